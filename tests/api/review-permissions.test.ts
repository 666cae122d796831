import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { ApiClient } from '../support/client.js';
import { signedInUser } from '../support/builders.js';
import { openCall, panelFor, RUBRIC, scores } from '../support/reviews.js';

/**
 * The review table of docs/permissions.md, walked through the API: a visitor, a signed-in
 * outsider, the contributor, a reviewer, the panel's secretary and chair, and the call manager
 * who runs the call. The reviewer has not submitted their review when the table runs.
 */
const ROLES = ['visitor', 'outsider', 'contributor', 'reviewer', 'secretary', 'chair', 'manager'] as const;
type Who = (typeof ROLES)[number];
const row = (base: number, overrides: Partial<Record<Who, number>>) => ({ ...Object.fromEntries(ROLES.map((r) => [r, base])), ...overrides }) as Record<Who, number>;

interface Ids {
  call: string;
  panel: string;
  contribution: string;
  review: string;
  spare: string;
}
const onPanel = { reviewer: 200, secretary: 200, chair: 200, manager: 200 };
const TABLE: { action: string; method: 'GET' | 'POST' | 'PUT'; url: (ids: Ids) => string; body?: (ids: Ids) => unknown; expect: Record<Who, number> }[] = [
  { action: 'read the rubric', method: 'GET', url: (i) => `/api/calls/${i.call}/rubric`, expect: row(404, { visitor: 401, ...onPanel }) },
  { action: 'set the rubric', method: 'PUT', url: (i) => `/api/calls/${i.call}/rubric`, body: () => ({ criteria: RUBRIC }), expect: row(403, { visitor: 401, manager: 200 }) },
  { action: 'create a panel', method: 'POST', url: (i) => `/api/calls/${i.call}/panels`, body: () => ({ title: 'هیأت اقتصاد', domainKeys: ['economy'], reviewersPerContribution: 2, deadline: null, disagreementThreshold: 30 }), expect: row(403, { visitor: 401, manager: 201 }) },
  { action: 'read the panel', method: 'GET', url: (i) => `/api/panels/${i.panel}`, expect: row(404, { visitor: 401, ...onPanel }) },
  { action: 'add a panel member', method: 'PUT', url: (i) => `/api/panels/${i.panel}/members`, body: (i) => ({ userId: i.spare, role: 'reviewer' }), expect: row(404, { visitor: 401, reviewer: 403, secretary: 403, chair: 403, manager: 200 }) },
  { action: 'see the panel\'s scores table', method: 'GET', url: (i) => `/api/panels/${i.panel}/contributions`, expect: row(404, { visitor: 401, reviewer: 403, secretary: 200, chair: 200, manager: 200 }) },
  { action: 'assign automatically', method: 'POST', url: (i) => `/api/panels/${i.panel}/auto-assign`, expect: row(404, { visitor: 401, reviewer: 403, secretary: 200, chair: 200, manager: 200 }) },
  { action: 'read the panel\'s discussion', method: 'GET', url: (i) => `/api/panels/${i.panel}/discussion/${i.contribution}`, expect: row(404, { visitor: 401, reviewer: 403, secretary: 200, chair: 200, manager: 200 }) },
  { action: 'post to the discussion', method: 'POST', url: (i) => `/api/panels/${i.panel}/discussion/${i.contribution}`, body: () => ({ body: 'نظر' }), expect: row(404, { visitor: 401, reviewer: 403, secretary: 201, chair: 201, manager: 403 }) },
  { action: 'decide on a contribution', method: 'PUT', url: (i) => `/api/panels/${i.panel}/decisions/${i.contribution}`, body: () => ({ outcome: 'accepted', reason: 'خوب' }), expect: row(404, { visitor: 401, reviewer: 403, secretary: 403, chair: 200, manager: 403 }) },
  { action: 'list my reviews', method: 'GET', url: () => '/api/me/reviews', expect: row(200, { visitor: 401 }) },
  { action: 'open a review', method: 'GET', url: (i) => `/api/reviews/${i.review}`, expect: row(404, { visitor: 401, reviewer: 200 }) },
  { action: 'score a review', method: 'PUT', url: (i) => `/api/reviews/${i.review}`, body: () => ({ scores: { novelty: { score: 3, comment: '' } }, comment: '' }), expect: row(404, { visitor: 401, reviewer: 200 }) },
  { action: 'see the review report', method: 'GET', url: (i) => `/api/calls/${i.call}/review-report`, expect: row(403, { visitor: 401, manager: 200 }) },
  { action: 'export the review report', method: 'GET', url: (i) => `/api/calls/${i.call}/review-report/export?format=csv`, expect: row(403, { visitor: 401, manager: 200 }) },
  { action: 'see results before publication', method: 'GET', url: (i) => `/api/calls/${i.call}/results`, expect: row(404, { manager: 200 }) },
  { action: 'see the decision on a contribution', method: 'GET', url: (i) => `/api/contributions/${i.contribution}/decision`, expect: row(404, { visitor: 401, contributor: 200, manager: 200 }) },
  { action: 'search the talent network', method: 'GET', url: () => '/api/talent', expect: row(200, { visitor: 401 }) },
];

let t: TestApp;
let ids: Ids;
const clients = {} as Record<Who, ApiClient>;
beforeAll(async () => {
  t = await startTestApp();
  const admin = await signedInUser(t, { role: 'admin' });
  const [manager, outsider, contributor, reviewer, secretary, chair, spare] = await Promise.all([0, 1, 2, 3, 4, 5, 6].map(() => signedInUser(t)));
  await admin.client.request('PUT', `/api/admin/call-managers/${manager!.me.id}`);
  const call = await openCall(t, manager!.client);
  const contribution = await call.contribute(contributor!.client, 'culture');
  await call.close();
  const panel = await panelFor(manager!.client, call.id, ['culture'], [
    [chair!.me.id, 'chair'],
    [secretary!.me.id, 'secretary'],
    [reviewer!.me.id, 'reviewer'],
  ], { reviewersPerContribution: 1 });
  await manager!.client.post(`/api/panels/${panel.id}/auto-assign`);
  const [review] = (await reviewer!.client.get('/api/me/reviews')).body.items;
  Object.assign(clients, { visitor: new ApiClient(t.app), outsider: outsider!.client, contributor: contributor!.client, reviewer: reviewer!.client, secretary: secretary!.client, chair: chair!.client, manager: manager!.client });
  ids = { call: call.id, panel: panel.id, contribution: contribution.id, review: review.id, spare: spare!.me.id };
});
afterAll(() => t.close());

describe.each(TABLE)('$action', (r) => {
  it.each([...ROLES])('as %s', async (who) => {
    const res = await clients[who].request(r.method, r.url(ids), r.body?.(ids));
    expect(res.status, JSON.stringify(res.body)).toBe(r.expect[who]);
  });
});

describe('after the reviewer submits', () => {
  it('opens the discussion to them, and the manager still only reads it', async () => {
    await clients.reviewer.request('PUT', `/api/reviews/${ids.review}`, { scores: scores(3, 5, 3), comment: '', submit: true });
    expect((await clients.reviewer.get(`/api/panels/${ids.panel}/discussion/${ids.contribution}`)).status).toBe(200);
    expect((await clients.reviewer.post(`/api/panels/${ids.panel}/discussion/${ids.contribution}`, { body: 'نظر داور' })).status).toBe(201);
    expect((await clients.manager.post(`/api/panels/${ids.panel}/discussion/${ids.contribution}`, { body: 'x' })).status).toBe(403);
  });
});
