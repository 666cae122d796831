import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signedInUser } from '../support/builders.js';
import { ApiClient } from '../support/client.js';
import { formedCommunity } from '../support/communities.js';

/**
 * The discussions table of docs/permissions.md, walked through the API in a private community:
 * a visitor, a signed-in outsider, a guest expert (a member with that role), a member, the
 * secretary, the facilitator, the chair and a platform administrator (not a member).
 */
const ROLES = ['visitor', 'outsider', 'guest', 'member', 'secretary', 'facilitator', 'chair', 'admin'] as const;
type Who = (typeof ROLES)[number];
const row = (base: number, overrides: Partial<Record<Who, number>>) => ({ ...Object.fromEntries(ROLES.map((r) => [r, base])), ...overrides }) as Record<Who, number>;

interface Ids {
  slug: string;
  /** Started by the member. */
  thread: string;
  /** The member's opening post of `thread`. */
  opening: string;
  /** A reply of the member's, for the deletion row. */
  doomed: string;
  /** A reply of the secretary's, for the report row. */
  secretarys: string;
  /** For the lock row. */
  lockable: string;
  /** A report already made (by the member). */
  report: string;
}
const outside = { visitor: 401, outsider: 404 };
const moderators = { facilitator: 200, chair: 200, admin: 200 };

const TABLE: { action: string; method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: (ids: Ids) => string; body?: () => unknown; expect: Record<Who, number> }[] = [
  { action: 'list threads', method: 'GET', url: (i) => `/api/communities/${i.slug}/discussions`, expect: row(200, { visitor: 404, outsider: 404 }) },
  { action: 'read a thread', method: 'GET', url: (i) => `/api/discussions/${i.thread}`, expect: row(200, { visitor: 404, outsider: 404 }) },
  { action: 'see a post\'s earlier texts', method: 'GET', url: (i) => `/api/posts/${i.opening}/revisions`, expect: row(200, { visitor: 404, outsider: 404 }) },
  { action: 'start a thread', method: 'POST', url: (i) => `/api/communities/${i.slug}/discussions`, body: () => ({ title: 'گفتگوی تازه', body: 'متن' }), expect: row(201, { ...outside, admin: 403 }) },
  { action: 'reply', method: 'POST', url: (i) => `/api/discussions/${i.thread}/posts`, body: () => ({ body: 'پاسخ' }), expect: row(201, { ...outside, admin: 403 }) },
  { action: 'rename a thread (the member started it)', method: 'PATCH', url: (i) => `/api/discussions/${i.thread}`, body: () => ({ title: 'عنوان تازه' }), expect: row(403, { ...outside, member: 200, ...moderators }) },
  { action: 'pin a thread', method: 'PATCH', url: (i) => `/api/discussions/${i.thread}`, body: () => ({ pinned: true }), expect: row(403, { ...outside, ...moderators }) },
  { action: 'lock a thread', method: 'PATCH', url: (i) => `/api/discussions/${i.lockable}`, body: () => ({ locked: true }), expect: row(403, { ...outside, ...moderators }) },
  { action: 'edit a post (the member\'s)', method: 'PATCH', url: (i) => `/api/posts/${i.opening}`, body: () => ({ body: 'متن ویرایش‌شده' }), expect: row(403, { ...outside, member: 200 }) },
  // The first allowed deletes it; a deleted post stays deleted (204 again).
  { action: 'delete a post (the member\'s)', method: 'DELETE', url: (i) => `/api/posts/${i.doomed}`, expect: row(403, { ...outside, member: 204, facilitator: 204, chair: 204, admin: 204 }) },
  { action: 'follow a thread', method: 'PUT', url: (i) => `/api/discussions/${i.thread}/follow`, body: () => ({}), expect: row(204, outside) },
  { action: 'stop following', method: 'DELETE', url: (i) => `/api/discussions/${i.thread}/follow`, expect: row(204, outside) },
  { action: 'mark as read', method: 'PUT', url: (i) => `/api/discussions/${i.thread}/read`, body: () => ({ number: 1 }), expect: row(204, outside) },
  { action: 'report a post (the secretary\'s)', method: 'POST', url: (i) => `/api/posts/${i.secretarys}/reports`, body: () => ({ reason: 'نیاز به بررسی' }), expect: row(201, { ...outside, secretary: 403 }) },
  { action: 'list reports', method: 'GET', url: (i) => `/api/communities/${i.slug}/discussion-reports`, expect: row(403, { ...outside, ...moderators }) },
  // Resolving twice changes nothing (204 again).
  { action: 'resolve a report', method: 'POST', url: (i) => `/api/discussion-reports/${i.report}/resolve`, expect: row(403, { ...outside, facilitator: 204, chair: 204, admin: 204 }) },
];

let t: TestApp;
let ids: Ids;
const clients = {} as Record<Who, ApiClient>;
beforeAll(async () => {
  t = await startTestApp();
  const admin = await signedInUser(t, { role: 'admin' });
  const c = await formedCommunity(t, { admin: admin.client, visibility: 'private', joinPolicy: 'invitation' });
  const guest = await signedInUser(t);
  expect((await c.chair.client.post(`/api/communities/${c.slug}/invitations`, { userId: guest.me.id, role: 'guest_expert', accessEndsAt: new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString() })).status).toBe(201);
  const invitation = (await guest.client.get('/api/me/invitations')).body.items[0];
  expect((await guest.client.post('/api/invitations/accept', { id: invitation.id })).status).toBe(200);
  const start = async (client: ApiClient, title: string) => {
    const res = await client.post(`/api/communities/${c.slug}/discussions`, { title, body: 'متن آغازین' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; posts: { id: string }[] };
  };
  const reply = async (client: ApiClient, threadId: string) => {
    const res = await client.post(`/api/discussions/${threadId}/posts`, { body: 'پاسخ' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const thread = await start(c.member.client, 'گفتگوی عضو');
  const lockable = await start(c.member.client, 'گفتگوی قفل‌شدنی');
  const doomed = await reply(c.member.client, thread.id);
  const secretarys = await reply(c.secretary.client, thread.id);
  const facilitators = await reply(c.facilitator.client, thread.id);
  const report = await c.member.client.post(`/api/posts/${facilitators}/reports`, { reason: 'نمونه' });
  expect(report.status).toBe(201);
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
  ids = { slug: c.slug, thread: thread.id, opening: thread.posts[0]!.id, doomed, secretarys, lockable: lockable.id, report: report.body.id };
});
afterAll(() => t.close());

describe.each(TABLE)('$action', (r) => {
  it.each([...ROLES])('as %s', async (who) => {
    const res = await clients[who].request(r.method, r.url(ids), r.body?.());
    expect(res.status, JSON.stringify(res.body)).toBe(r.expect[who]);
  });
});
