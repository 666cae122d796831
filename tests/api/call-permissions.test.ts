import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { ApiClient } from '../support/client.js';
import { signedInUser } from '../support/builders.js';

/**
 * The calls table of docs/permissions.md, walked through the API: a visitor, a signed-in user,
 * the contribution's author, a call manager who does not run this call, the one who does, and
 * an administrator.
 */
const ROLES = ['visitor', 'user', 'author', 'otherManager', 'manager', 'admin'] as const;
type Who = (typeof ROLES)[number];
const row = (base: number, overrides: Partial<Record<Who, number>>) => ({ ...Object.fromEntries(ROLES.map((r) => [r, base])), ...overrides }) as Record<Who, number>;

interface Ids {
  call: string;
  draft: string;
  contribution: string;
  user: string;
}
const TABLE: { action: string; method: 'GET' | 'POST' | 'PATCH' | 'PUT'; url: (ids: Ids) => string; body?: () => unknown; expect: Record<Who, number> }[] = [
  { action: 'list open calls', method: 'GET', url: () => '/api/calls', expect: row(200, {}) },
  { action: 'read a published call', method: 'GET', url: (i) => `/api/calls/${i.call}`, expect: row(200, {}) },
  { action: 'read a draft call', method: 'GET', url: (i) => `/api/calls/${i.draft}`, expect: row(404, { manager: 200, admin: 200 }) },
  { action: 'create a call', method: 'POST', url: () => '/api/calls', body: () => CALL, expect: row(403, { visitor: 401, otherManager: 201, manager: 201, admin: 201 }) },
  { action: 'edit a call', method: 'PATCH', url: (i) => `/api/calls/${i.call}`, body: () => ({ summary: 'خلاصه' }), expect: row(403, { visitor: 401, otherManager: 403, manager: 200, admin: 200 }) },
  { action: 'list all contributions of an open call', method: 'GET', url: (i) => `/api/calls/${i.call}/contributions`, expect: row(403, { manager: 200, admin: 200 }) },
  { action: 'export contributions', method: 'GET', url: (i) => `/api/calls/${i.call}/contributions/export?format=csv`, expect: row(403, { visitor: 401, manager: 200, admin: 200 }) },
  { action: 'see statistics', method: 'GET', url: (i) => `/api/calls/${i.call}/statistics`, expect: row(403, { visitor: 401, manager: 200, admin: 200 }) },
  { action: 'contribute', method: 'POST', url: (i) => `/api/calls/${i.call}/contributions`, body: () => CONTRIBUTION, expect: row(201, { visitor: 401 }) },
  { action: 'read a contribution', method: 'GET', url: (i) => `/api/contributions/${i.contribution}`, expect: row(404, { visitor: 401, author: 200, manager: 200, admin: 200 }) },
  { action: 'edit a contribution', method: 'PATCH', url: (i) => `/api/contributions/${i.contribution}`, body: () => ({ title: 'عنوان تازه' }), expect: row(404, { visitor: 401, author: 200 }) },
  { action: 'grant the call-manager role', method: 'PUT', url: (i) => `/api/admin/call-managers/${i.user}`, expect: row(403, { visitor: 401, admin: 204 }) },
];

const CALL = {
  title: 'فراخوان آزمون',
  summary: '',
  description: '',
  domains: [{ key: 'health', title: 'سلامت', description: '' }],
  audienceGroups: [{ key: 'public', title: 'عموم مردم' }],
  opensAt: new Date(Date.now() - 60_000).toISOString(),
  closesAt: new Date(Date.now() + 86_400_000).toISOString(),
  blindReview: false,
  publicAfterClose: true,
  wordLimit: null,
  attachments: { allowed: false, maxBytes: 1024 * 1024, types: [], maxFiles: 0 },
};
const CONTRIBUTION = { domainKey: 'health', audienceGroup: 'public', title: 'پیشنهاد', body: 'متن پیشنهاد', submit: true };

let t: TestApp;
let ids: Ids;
const clients = {} as Record<Who, ApiClient>;
beforeAll(async () => {
  t = await startTestApp();
  const admin = await signedInUser(t, { role: 'admin' });
  const manager = await signedInUser(t);
  const otherManager = await signedInUser(t);
  const author = await signedInUser(t);
  const user = await signedInUser(t);
  for (const m of [manager, otherManager]) await admin.client.request('PUT', `/api/admin/call-managers/${m.me.id}`);
  const call = (await manager.client.post('/api/calls', CALL)).body;
  await manager.client.post(`/api/calls/${call.id}/publish`);
  const draft = (await manager.client.post('/api/calls', CALL)).body;
  const contribution = (await author.client.post(`/api/calls/${call.id}/contributions`, CONTRIBUTION)).body;
  Object.assign(clients, { visitor: new ApiClient(t.app), user: user.client, author: author.client, otherManager: otherManager.client, manager: manager.client, admin: admin.client });
  ids = { call: call.id, draft: draft.id, contribution: contribution.id, user: user.me.id };
});
afterAll(() => t.close());

describe.each(TABLE)('$action', (r) => {
  it.each([...ROLES])('as %s', async (who) => {
    const res = await clients[who].request(r.method, r.url(ids), r.body?.());
    expect(res.status, JSON.stringify(res.body)).toBe(r.expect[who]);
  });
});
