import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signedInUser } from '../support/builders.js';
import { ApiClient } from '../support/client.js';
import { formedCommunity } from '../support/communities.js';
import { linkIn, tokenOf } from '../support/smtp.js';

/**
 * The meetings table of docs/permissions.md, walked through the API in a private community:
 * a visitor, a signed-in outsider, a guest expert of one series, a member, the secretary, the
 * facilitator, the chair and a platform administrator (not a member).
 */
const ROLES = ['visitor', 'outsider', 'guest', 'member', 'secretary', 'facilitator', 'chair', 'admin'] as const;
type Who = (typeof ROLES)[number];
const row = (base: number, overrides: Partial<Record<Who, number>>) => ({ ...Object.fromEntries(ROLES.map((r) => [r, base])), ...overrides }) as Record<Who, number>;

interface Ids {
  slug: string;
  /** Tomorrow; the guest's series. */
  meeting: string;
  /** Starting in ten minutes: attendance and minutes. */
  live: string;
  /** For the cancellation row. */
  spare: string;
}
const leaders = { facilitator: 200, chair: 200, admin: 200 };
const insiders = { member: 200, secretary: 200, ...leaders };
const schedule = (startDate: string) => ({
  title: 'نشست ماهانه',
  description: '',
  kind: 'online',
  format: 'workshop',
  place: '',
  onlineUrl: 'https://meet.example.org/x',
  capacity: null,
  startDate,
  startTime: '10:00',
  endTime: '11:00',
  recurrence: null,
  reminderMinutes: 0,
  invitedRoles: ['chair', 'facilitator', 'secretary', 'member'],
});

const TABLE: { action: string; method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: (ids: Ids) => string; body?: (ids: Ids) => unknown; expect: Record<Who, number> }[] = [
  { action: 'see the community calendar', method: 'GET', url: (i) => `/api/communities/${i.slug}/meetings`, expect: row(404, insiders) },
  { action: 'see a meeting', method: 'GET', url: (i) => `/api/meetings/${i.meeting}`, expect: row(404, { guest: 200, ...insiders }) },
  { action: 'see another meeting', method: 'GET', url: (i) => `/api/meetings/${i.live}`, expect: row(404, insiders) },
  { action: 'schedule a meeting', method: 'POST', url: (i) => `/api/communities/${i.slug}/meetings`, body: () => schedule('2026-01-20'), expect: row(404, { visitor: 401, member: 403, secretary: 403, facilitator: 201, chair: 201, admin: 201 }) },
  { action: 'edit a meeting', method: 'PATCH', url: (i) => `/api/meetings/${i.meeting}`, body: () => ({ scope: 'occurrence', title: 'نشست ماهانهٔ ویژه' }), expect: row(403, { visitor: 401, outsider: 404, ...leaders }) },
  { action: 'invite a guest', method: 'POST', url: (i) => `/api/meetings/${i.meeting}/invitees`, body: () => ({ email: `g-${randomBytes(3).toString('hex')}@example.org` }), expect: row(403, { visitor: 401, outsider: 404, ...leaders }) },
  { action: 'answer (RSVP)', method: 'PUT', url: (i) => `/api/meetings/${i.meeting}/rsvp`, body: () => ({ response: 'yes' }), expect: row(200, { visitor: 401, outsider: 404, admin: 403 }) },
  { action: 'add or propose an agenda item', method: 'POST', url: (i) => `/api/meetings/${i.meeting}/agenda`, body: () => ({ title: 'بند تازه' }), expect: row(200, { visitor: 401, outsider: 404 }) },
  { action: 'see the roster', method: 'GET', url: (i) => `/api/meetings/${i.meeting}/roster`, expect: row(403, { visitor: 401, outsider: 404, secretary: 200, ...leaders }) },
  { action: 'record attendance', method: 'PUT', url: (i) => `/api/meetings/${i.live}/attendance`, body: () => ({ userIds: [] }), expect: row(403, { visitor: 401, outsider: 404, guest: 404, secretary: 200, ...leaders }) },
  { action: 'read draft minutes', method: 'GET', url: (i) => `/api/meetings/${i.live}/minutes`, expect: row(403, { visitor: 404, outsider: 404, guest: 404, secretary: 200, ...leaders }) },
  { action: 'write the minutes', method: 'PUT', url: (i) => `/api/meetings/${i.live}/minutes`, body: () => ({ notes: 'متن', items: [] }), expect: row(403, { visitor: 401, outsider: 404, guest: 404, secretary: 200 }) },
  { action: 'record a decision', method: 'POST', url: (i) => `/api/meetings/${i.live}/decisions`, body: () => ({ text: 'مصوبه' }), expect: row(403, { visitor: 401, outsider: 404, guest: 404, secretary: 200 }) },
  // Draft minutes: the chair may approve only minutes in review (409), the secretary may publish only approved ones (409).
  { action: 'approve the minutes', method: 'POST', url: (i) => `/api/meetings/${i.live}/minutes/approve`, body: () => ({}), expect: row(403, { visitor: 401, outsider: 404, guest: 404, chair: 409 }) },
  { action: 'publish the minutes', method: 'POST', url: (i) => `/api/meetings/${i.live}/minutes/publish`, expect: row(403, { visitor: 401, outsider: 404, guest: 404, secretary: 409 }) },
  // The first leader cancels; after that the meeting is cancelled already (409).
  { action: 'cancel a meeting', method: 'POST', url: (i) => `/api/meetings/${i.spare}/cancel`, body: () => ({ scope: 'occurrence' }), expect: row(403, { visitor: 401, outsider: 404, guest: 404, facilitator: 200, chair: 409, admin: 409 }) },
  { action: 'list my meetings', method: 'GET', url: () => '/api/me/meetings', expect: row(200, { visitor: 401 }) },
  { action: 'list my actions', method: 'GET', url: () => '/api/me/actions', expect: row(200, { visitor: 401 }) },
];

let t: TestApp;
let ids: Ids;
const clients = {} as Record<Who, ApiClient>;
beforeAll(async () => {
  t = await startTestApp({ smtp: true });
  t.clock.set('2026-01-10T06:20:00Z');
  const admin = await signedInUser(t, { role: 'admin' });
  const c = await formedCommunity(t, { admin: admin.client, visibility: 'private', joinPolicy: 'invitation' });
  const create = async (startDate: string, startTime = '10:00') => {
    const res = await c.facilitator.client.post(`/api/communities/${c.slug}/meetings`, { ...schedule(startDate), startTime, endTime: '11:00' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  // 06:30 UTC is 10:00 in Tehran: "live" starts ten minutes after the clock.
  const live = await create('2026-01-10');
  const meeting = await create('2026-01-11');
  const spare = await create('2026-01-12');
  await c.facilitator.client.post(`/api/meetings/${meeting}/invitees`, { email: 'guest@example.org' });
  await t.runJobs();
  const token = tokenOf(linkIn(await t.smtp!.waitFor('guest@example.org'), '/meeting-invitations/accept'));
  const guest = await signedInUser(t, { email: 'guest@example.org' });
  expect((await guest.client.post('/api/meeting-invitations/accept', { token })).status).toBe(200);
  const outsider = await signedInUser(t);
  Object.assign(clients, {
    visitor: new ApiClient(t.app),
    outsider: outsider.client,
    guest: guest.client,
    member: c.member.client,
    secretary: c.secretary.client,
    facilitator: c.facilitator.client,
    chair: c.chair.client,
    admin: admin.client,
  });
  ids = { slug: c.slug, meeting, live, spare };
});
afterAll(() => t.close());

describe.each(TABLE)('$action', (r) => {
  it.each([...ROLES])('as %s', async (who) => {
    const res = await clients[who].request(r.method, r.url(ids), r.body?.(ids));
    expect(res.status, JSON.stringify(res.body)).toBe(r.expect[who]);
  });
});
