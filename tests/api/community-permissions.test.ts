import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { ApiClient } from '../support/client.js';
import { signedInUser } from '../support/builders.js';
import { APPROVAL, formedCommunity } from '../support/communities.js';

/**
 * The community role × action table of docs/permissions.md, walked through the API for a
 * visitor, a signed-in non-member, every community role and an administrator, on a public
 * open community (P) and a private invitation-only one (Q). Rows that change something undo
 * it afterwards, so every cell starts from the same state.
 */
const ROLES = ['visitor', 'outsider', 'member', 'guest_expert', 'secretary', 'facilitator', 'chair', 'admin'] as const;
type Who = (typeof ROLES)[number];
type CommunityRole = 'member' | 'guest_expert' | 'secretary' | 'facilitator' | 'chair';

interface Community {
  slug: string;
  clients: Record<CommunityRole, ApiClient>;
  ids: Record<CommunityRole | 'extra', string>;
  extra: ApiClient;
  requestId: string;
}
interface World {
  P: Community;
  Q: Community;
  admin: ApiClient;
  outsider: ApiClient;
  visitor: ApiClient;
}

const all = (status: number) => Object.fromEntries(ROLES.map((r) => [r, status])) as Record<Who, number>;
const row = (base: number, overrides: Partial<Record<Who, number>>) => ({ ...all(base), ...overrides });
const at = (c: Community, rest = '') => `/api/communities/${encodeURIComponent(c.slug)}${rest}`;

interface Row {
  action: string;
  on: 'P' | 'Q';
  method: 'GET' | 'POST' | 'PATCH';
  url: (c: Community) => string;
  body?: (c: Community) => unknown;
  expect: Record<Who, number>;
  /** Puts things back after a successful change. */
  undo?: (w: World, c: Community, who: Who) => Promise<void>;
}

async function reinvite(w: World, c: Community, userId: string, client: ApiClient, role: CommunityRole | 'member') {
  const accessEndsAt = role === 'guest_expert' ? new Date(Date.now() + 30 * 86_400_000).toISOString() : undefined;
  const sent = await w.admin.post(at(c, '/invitations'), { userId, role, accessEndsAt });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  expect((await client.post('/api/invitations/accept', { id: sent.body.id })).status).toBe(200);
}

const TABLE: Row[] = [
  { action: 'read a public community', on: 'P', method: 'GET', url: (c) => at(c), expect: all(200) },
  { action: 'read a private community', on: 'Q', method: 'GET', url: (c) => at(c), expect: row(200, { visitor: 404, outsider: 404 }) },
  { action: 'list members of a public community', on: 'P', method: 'GET', url: (c) => at(c, '/members'), expect: all(200) },
  { action: 'list members of a private community', on: 'Q', method: 'GET', url: (c) => at(c, '/members'), expect: row(200, { visitor: 404, outsider: 404 }) },
  {
    action: 'read the history',
    on: 'P',
    method: 'GET',
    url: (c) => at(c, '/history'),
    expect: row(200, { visitor: 401, outsider: 403, member: 403, guest_expert: 403 }),
  },
  {
    action: 'read the history of a private community',
    on: 'Q',
    method: 'GET',
    url: (c) => at(c, '/history'),
    expect: row(200, { visitor: 401, outsider: 404, member: 403, guest_expert: 403 }),
  },
  {
    action: 'edit the profile',
    on: 'P',
    method: 'PATCH',
    url: (c) => at(c),
    body: () => ({ description: 'شرح انجمن' }),
    expect: row(403, { visitor: 401, chair: 200, admin: 200 }),
  },
  {
    action: 'edit a private community\'s profile',
    on: 'Q',
    method: 'PATCH',
    url: (c) => at(c),
    body: () => ({ description: 'شرح انجمن' }),
    expect: row(403, { visitor: 401, outsider: 404, chair: 200, admin: 200 }),
  },
  {
    action: 'invite someone',
    on: 'P',
    method: 'POST',
    url: (c) => at(c, '/invitations'),
    body: () => ({ email: `guest-${randomBytes(3).toString('hex')}@example.org`, role: 'member' }),
    expect: row(403, { visitor: 401, facilitator: 201, chair: 201, admin: 201 }),
  },
  {
    action: 'invite someone to a private community',
    on: 'Q',
    method: 'POST',
    url: (c) => at(c, '/invitations'),
    body: () => ({ email: `guest-${randomBytes(3).toString('hex')}@example.org`, role: 'member' }),
    expect: row(403, { visitor: 401, outsider: 404, facilitator: 201, chair: 201, admin: 201 }),
  },
  { action: 'list pending invitations', on: 'P', method: 'GET', url: (c) => at(c, '/invitations'), expect: row(403, { visitor: 401, facilitator: 200, chair: 200, admin: 200 }) },
  { action: 'list join requests', on: 'P', method: 'GET', url: (c) => at(c, '/join-requests'), expect: row(403, { visitor: 401, facilitator: 200, chair: 200, admin: 200 }) },
  {
    action: 'change a member\'s role',
    on: 'P',
    method: 'PATCH',
    url: (c) => at(c, `/members/${c.ids.extra}`),
    body: () => ({ role: 'member' }),
    expect: row(403, { visitor: 401, chair: 204, admin: 204 }),
  },
  {
    action: 'remove a member',
    on: 'P',
    method: 'POST',
    url: (c) => at(c, `/members/${c.ids.extra}/remove`),
    body: () => ({ reason: 'آزمون دسترسی' }),
    expect: row(403, { visitor: 401, facilitator: 204, chair: 204, admin: 204 }),
    undo: (w, c) => reinvite(w, c, c.ids.extra, c.extra, 'member'),
  },
  {
    action: 'join an open community',
    on: 'P',
    method: 'POST',
    url: (c) => at(c, '/join'),
    expect: row(409, { visitor: 401, outsider: 200, admin: 200 }),
    undo: async (w, c, who) => {
      expect((await (who === 'admin' ? w.admin : w.outsider).post(at(c, '/leave'))).status).toBe(204);
    },
  },
  { action: 'join an invitation-only private community', on: 'Q', method: 'POST', url: (c) => at(c, '/join'), expect: row(409, { visitor: 401, outsider: 404, admin: 403 }) },
  {
    action: 'leave',
    on: 'P',
    method: 'POST',
    url: (c) => at(c, '/leave'),
    expect: row(204, { visitor: 401, outsider: 403, chair: 409, admin: 403 }),
    undo: (w, c, who) => reinvite(w, c, c.ids[who as CommunityRole], c.clients[who as CommunityRole], who as CommunityRole),
  },
  {
    action: 'change the lifecycle state',
    on: 'P',
    method: 'POST',
    url: (c) => at(c, '/state'),
    body: () => ({ state: 'at_risk', reason: 'آزمون' }),
    expect: row(403, { visitor: 401, admin: 200 }),
    undo: async (w, c) => {
      expect((await w.admin.post(at(c, '/state'), { state: 'active', reason: 'آزمون' })).status).toBe(200);
    },
  },
  {
    action: 'read the chair\'s formation request',
    on: 'P',
    method: 'GET',
    url: (c) => `/api/formation-requests/${c.requestId}`,
    expect: row(404, { visitor: 401, chair: 200, admin: 200 }),
  },
  { action: 'see the formation review queue', on: 'P', method: 'GET', url: () => '/api/admin/formation-requests', expect: row(403, { visitor: 401, admin: 200 }) },
  {
    action: 'approve a formation request (already approved: 409 once allowed)',
    on: 'P',
    method: 'POST',
    url: (c) => `/api/admin/formation-requests/${c.requestId}/approve`,
    body: () => APPROVAL,
    expect: row(403, { visitor: 401, admin: 409 }),
  },
  { action: 'find people by name', on: 'P', method: 'GET', url: () => `/api/users?q=${encodeURIComponent('علی')}`, expect: row(200, { visitor: 401 }) },
];

let t: TestApp;
let w: World;

async function community(admin: ApiClient, options: { visibility: 'public' | 'private'; joinPolicy: 'open' | 'invitation' }): Promise<Community> {
  const c = await formedCommunity(t, { admin, ...options });
  const guest = await signedInUser(t, { name: 'خبره مهمان' });
  const extra = await signedInUser(t, { name: 'عضو دیگر' });
  const partial: Community = {
    slug: c.slug,
    requestId: c.requestId,
    clients: { chair: c.chair.client, facilitator: c.facilitator.client, secretary: c.secretary.client, member: c.member.client, guest_expert: guest.client },
    ids: { chair: c.chair.me.id, facilitator: c.facilitator.me.id, secretary: c.secretary.me.id, member: c.member.me.id, guest_expert: guest.me.id, extra: extra.me.id },
    extra: extra.client,
  };
  await reinvite({ admin } as World, partial, guest.me.id, guest.client, 'guest_expert');
  await reinvite({ admin } as World, partial, extra.me.id, extra.client, 'member');
  return partial;
}

beforeAll(async () => {
  t = await startTestApp();
  const admin = (await signedInUser(t, { role: 'admin' })).client;
  w = {
    admin,
    outsider: (await signedInUser(t)).client,
    visitor: new ApiClient(t.app),
    P: await community(admin, { visibility: 'public', joinPolicy: 'open' }),
    Q: await community(admin, { visibility: 'private', joinPolicy: 'invitation' }),
  };
}, 60_000);
afterAll(() => t.close());

const clientOf = (c: Community, who: Who) => (who === 'visitor' ? w.visitor : who === 'outsider' ? w.outsider : who === 'admin' ? w.admin : c.clients[who]);

describe.each(TABLE)('$action', (r) => {
  it.each([...ROLES])('as %s', async (who) => {
    const c = w[r.on];
    const res = await clientOf(c, who).request(r.method, r.url(c), r.body?.(c));
    expect(res.status, JSON.stringify(res.body)).toBe(r.expect[who]);
    if (r.undo && res.status < 300) await r.undo(w, c, who);
  });
});
