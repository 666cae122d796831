import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signedInUser } from '../support/builders.js';
import { ApiClient } from '../support/client.js';
import { formedCommunity } from '../support/communities.js';

/**
 * The knowledge table of docs/permissions.md, walked through the API in a private community and
 * in a dissolved one: a visitor, a signed-in outsider, a guest expert (a member with that role),
 * a member, the secretary, the facilitator, the chair and a platform administrator (not a member).
 */
const ROLES = ['visitor', 'outsider', 'guest', 'member', 'secretary', 'facilitator', 'chair', 'admin'] as const;
type Who = (typeof ROLES)[number];
const row = (base: number, overrides: Partial<Record<Who, number>>) => ({ ...Object.fromEntries(ROLES.map((r) => [r, base])), ...overrides }) as Record<Who, number>;

interface Ids {
  slug: string;
  /** A page with one revision: saving its own text again (or reverting to revision 1) changes nothing, so every allowed row answers 200. */
  page: string;
  /** Published meeting minutes. */
  minutes: string;
}
const PAGE = { kind: 'page', title: 'راهنمای انجمن', body: 'شیوهٔ کار انجمن.', parentId: null, tags: ['راهنما'] };
const readers = { guest: 200, member: 200, secretary: 200, facilitator: 200, chair: 200, admin: 200 };
const writers = (status: number) => ({ guest: status, member: status, secretary: status, facilitator: status, chair: status });

type Row = { action: string; method: 'GET' | 'POST' | 'PUT'; url: (ids: Ids) => string; body?: (ids: Ids) => unknown; expect: Record<Who, number> };

const TABLE: Row[] = [
  { action: 'see the knowledge base', method: 'GET', url: (i) => `/api/communities/${i.slug}/knowledge`, expect: row(404, readers) },
  { action: 'see its tags', method: 'GET', url: (i) => `/api/communities/${i.slug}/knowledge/tags`, expect: row(404, readers) },
  { action: 'read a page', method: 'GET', url: (i) => `/api/knowledge/${i.page}`, expect: row(404, readers) },
  { action: 'read a revision', method: 'GET', url: (i) => `/api/knowledge/${i.page}/revisions/1`, expect: row(404, readers) },
  { action: 'write a page', method: 'POST', url: (i) => `/api/communities/${i.slug}/knowledge`, body: () => PAGE, expect: row(403, { visitor: 401, outsider: 404, ...writers(201) }) },
  { action: 'edit a page', method: 'PUT', url: (i) => `/api/knowledge/${i.page}`, body: () => ({ ...PAGE, baseRevision: 1 }), expect: row(403, { visitor: 401, outsider: 404, ...writers(200) }) },
  { action: 'revert a page', method: 'POST', url: (i) => `/api/knowledge/${i.page}/revert`, body: () => ({ revision: 1, baseRevision: 1 }), expect: row(403, { visitor: 401, outsider: 404, ...writers(200) }) },
  { action: 'rate a page', method: 'PUT', url: (i) => `/api/knowledge/${i.page}/rating`, body: () => ({ stars: 4 }), expect: row(403, { visitor: 401, outsider: 404, ...writers(200) }) },
  // Minutes change from their meeting only: 409 minutes_from_meeting to those who could edit a page.
  { action: 'edit published minutes', method: 'PUT', url: (i) => `/api/knowledge/${i.minutes}`, body: () => ({ ...PAGE, baseRevision: 1 }), expect: row(403, { visitor: 401, outsider: 404, ...writers(409) }) },
  { action: 'rate published minutes', method: 'PUT', url: (i) => `/api/knowledge/${i.minutes}/rating`, body: () => ({ stars: 5 }), expect: row(403, { visitor: 401, outsider: 404, ...writers(200) }) },
];

/** Dissolved: everything stays readable to members and administrators; every write is 409 (outsiders still 404). */
const DISSOLVED: Row[] = [
  ...TABLE.filter((r) => r.method === 'GET'),
  ...TABLE.filter((r) => r.method !== 'GET').map((r) => ({ ...r, expect: row(409, { visitor: 401, outsider: 404 }) })),
];

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
const ids = {} as Ids;
const clients = {} as Record<Who, ApiClient>;

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-02-01T08:00:00Z');
  admin = await signedInUser(t, { role: 'admin' });
  const guest = await signedInUser(t, { name: 'کارشناس مهمان' });
  const outsider = await signedInUser(t);
  const c = await formedCommunity(t, { admin: admin.client, visibility: 'private', joinPolicy: 'invitation' });
  const invited = await c.chair.client.post(`/api/communities/${c.slug}/invitations`, { userId: guest.me.id, role: 'guest_expert', accessEndsAt: '2027-01-01T00:00:00Z' });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  expect((await guest.client.post('/api/invitations/accept', { id: invited.body.id })).status).toBe(200);
  const page = await c.member.client.post(`/api/communities/${c.slug}/knowledge`, PAGE);
  expect(page.status, JSON.stringify(page.body)).toBe(201);
  // Published minutes arrive from the meetings module through publish().
  const minutes = await t.app.services.knowledge.publish(t.database.db, { communityId: page.body.community.id, kind: 'meeting_minutes', title: 'صورتجلسه', body: 'مصوبات', authorId: c.secretary.me.id });
  Object.assign(ids, { slug: c.slug, page: page.body.id, minutes });
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
});
afterAll(() => t.close());

describe('in a private community', () => {
  describe.each(TABLE)('$action', (r) => {
    it.each([...ROLES])('as %s', async (who) => {
      const res = await clients[who].request(r.method, r.url(ids), r.body?.(ids));
      expect(res.status, JSON.stringify(res.body)).toBe(r.expect[who]);
    });
  });
});

// Runs after the table above (files run their tests in order): the same community, now dissolved.
describe('once the community is dissolved', () => {
  beforeAll(async () => {
    expect((await admin.client.post(`/api/communities/${ids.slug}/state`, { state: 'dissolved', reason: 'پایان دوره' })).status).toBe(200);
  });
  describe.each(DISSOLVED)('$action', (r) => {
    it.each([...ROLES])('as %s', async (who) => {
      const res = await clients[who].request(r.method, r.url(ids), r.body?.(ids));
      expect(res.status, JSON.stringify(res.body)).toBe(r.expect[who]);
    });
  });
});
