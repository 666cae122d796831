import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { ApiClient } from '../../../tests/support/client.js';
import { signedInUser } from '../../../tests/support/builders.js';
import { openCall, panelFor, RUBRIC, scores } from '../../../tests/support/reviews.js';
import { linkIn, tokenOf } from '../../../tests/support/smtp.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  t = await startTestApp({ smtp: true });
  admin = await signedInUser(t, { role: 'admin' });
});
afterAll(() => t.close());

const people = (n: number, options: Parameters<typeof signedInUser>[1] = {}) => Promise.all(Array.from({ length: n }, () => signedInUser(t, options)));
const fieldsOf = (body: { errors?: { field: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);
type Row = { id: string; assignments: { id: string; reviewer: { id: string }; state: string; weighted: number | null }[]; average: number | null; spread: number | null; disagreement: boolean; conflicts: { reviewer: { id: string }; kind: string }[] };
const rowsOf = async (client: ApiClient, panelId: string) => (await client.get(`/api/panels/${panelId}/contributions`)).body.items as Row[];
const myReviews = async (client: ApiClient) => (await client.get('/api/me/reviews')).body.items as { id: string; contribution: { id: string } }[];

describe('the rubric', () => {
  it('is set by the manager, refused with a repeated key, read by panel members, and fixed once a review is submitted', async () => {
    const call = await openCall(t, admin.client);
    const [author, reviewer, outsider] = await people(3);
    await call.contribute(author!.client, 'culture');
    const dup = await admin.client.request('PUT', `/api/calls/${call.id}/rubric`, { criteria: [RUBRIC[0], RUBRIC[0]] });
    expect(dup.status).toBe(400);
    expect(fieldsOf(dup.body)).toEqual(['criteria.1.key:duplicateKey']);
    expect((await admin.client.request('PUT', `/api/calls/${call.id}/rubric`, { criteria: RUBRIC })).status).toBe(200);
    const panel = await panelFor(admin.client, call.id, ['culture'], [[reviewer!.me.id, 'reviewer']], { reviewersPerContribution: 1 });
    expect((await reviewer!.client.get(`/api/calls/${call.id}/rubric`)).body).toMatchObject({ criteria: RUBRIC, locked: false, canEdit: false });
    expect((await outsider!.client.get(`/api/calls/${call.id}/rubric`)).status).toBe(404);

    await call.close();
    await admin.client.post(`/api/panels/${panel.id}/auto-assign`);
    const [mine] = await myReviews(reviewer!.client);
    expect((await reviewer!.client.request('PUT', `/api/reviews/${mine!.id}`, { scores: scores(4, 7, 3), comment: '', submit: true })).status).toBe(200);
    const locked = await admin.client.request('PUT', `/api/calls/${call.id}/rubric`, { criteria: RUBRIC.slice(0, 2) });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('rubric_locked');
    expect((await admin.client.get(`/api/calls/${call.id}/rubric`)).body).toMatchObject({ criteria: RUBRIC, locked: true });
  });
});

describe('panels and members', () => {
  it('cover known domains, one panel per domain', async () => {
    const call = await openCall(t, admin.client);
    const unknown = await admin.client.post(`/api/calls/${call.id}/panels`, { title: 'هیأت', domainKeys: ['space'], reviewersPerContribution: 2, deadline: null, disagreementThreshold: 30 });
    expect(fieldsOf(unknown.body)).toEqual(['domainKeys.0:unknownDomain']);
    await panelFor(admin.client, call.id, ['culture'], []);
    const twice = await admin.client.post(`/api/calls/${call.id}/panels`, { title: 'هیأت دوم', domainKeys: ['economy', 'culture'], reviewersPerContribution: 2, deadline: null, disagreementThreshold: 30 });
    expect(twice.status).toBe(400);
    expect(fieldsOf(twice.body)).toEqual(['domainKeys.1:domainHasPanel']);
    expect((await admin.client.get(`/api/calls/${call.id}/panels`)).body.items).toHaveLength(1);
  });

  it('adds users, mails them, invites unknown emails by a link, and keeps one chair', async () => {
    const call = await openCall(t, admin.client);
    const [first, second] = await people(2);
    const panel = await panelFor(admin.client, call.id, ['economy'], [[first!.me.id, 'chair']]);
    await t.runJobs();
    expect((await t.smtp!.waitFor(first!.email)).subject).toContain('هیأت');

    // A new chair takes the place of the old one, who stays on as a reviewer.
    const changed = await admin.client.request('PUT', `/api/panels/${panel.id}/members`, { email: second!.email.toUpperCase(), role: 'chair' });
    expect(changed.body.members.map((m: { user: { id: string }; role: string }) => [m.user.id, m.role])).toEqual([
      [second!.me.id, 'chair'],
      [first!.me.id, 'reviewer'],
    ]);

    const invited = await admin.client.request('PUT', `/api/panels/${panel.id}/members`, { email: 'new.reviewer@example.org', name: 'داور تازه', role: 'reviewer' });
    expect(invited.body.invitations).toMatchObject([{ email: 'new.reviewer@example.org', role: 'reviewer' }]);
    await t.runJobs();
    const token = tokenOf(linkIn(await t.smtp!.waitFor('new.reviewer@example.org'), '/panel-invitations/accept'));
    expect((await new ApiClient(t.app).post('/api/panel-invitations/lookup', { token })).body).toMatchObject({ role: 'reviewer', usable: true });
    const newcomer = await signedInUser(t, { email: 'new.reviewer@example.org' });
    const accepted = await newcomer.client.post('/api/panel-invitations/accept', { token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.myRole).toBe('reviewer');
    expect((await newcomer.client.post('/api/panel-invitations/accept', { token })).body.code).toBe('token_invalid');
  });
});

describe('conflicts of interest', () => {
  it('keeps authors and same-organization reviewers off a contribution, and a declared conflict for good', async () => {
    const call = await openCall(t, admin.client);
    // «دانشگاه شريف» typed with Arabic yeh is the same organization as «دانشگاه شریف».
    const author = await signedInUser(t, { organization: 'دانشگاه شريف' });
    const colleague = await signedInUser(t, { organization: 'دانشگاه شریف' });
    const affiliated = await signedInUser(t, { organization: 'اندیشکده راهبرد' });
    const [free1, free2, chair] = await people(3);
    const byAuthor = await call.contribute(author.client, 'culture', { affiliation: '' });
    const fromThinkTank = await call.contribute(free1!.client, 'culture', { affiliation: 'اندیشكده راهبرد' });
    await call.close();
    await admin.client.request('PUT', `/api/calls/${call.id}/rubric`, { criteria: RUBRIC });
    const panel = await panelFor(admin.client, call.id, ['culture'], [
      [chair!.me.id, 'chair'],
      [author.me.id, 'reviewer'],
      [colleague.me.id, 'reviewer'],
      [affiliated.me.id, 'reviewer'],
      [free1!.me.id, 'reviewer'],
      [free2!.me.id, 'reviewer'],
    ]);
    const report = (await admin.client.post(`/api/panels/${panel.id}/auto-assign`)).body;
    expect(report.assigned).toBe(4);
    expect(report.unassigned).toEqual([]);
    const rows = await rowsOf(admin.client, panel.id);
    const reviewersOf = (id: string) => rows.find((r) => r.id === id)!.assignments.map((a) => a.reviewer.id);
    expect(reviewersOf(byAuthor.id)).not.toContain(author.me.id);
    expect(reviewersOf(byAuthor.id)).not.toContain(colleague.me.id);
    expect(reviewersOf(fromThinkTank.id)).not.toContain(affiliated.me.id);
    expect(reviewersOf(fromThinkTank.id)).not.toContain(free1!.me.id);
    // The manager sees why; the kinds are named.
    expect(rows.find((r) => r.id === byAuthor.id)!.conflicts.map((c) => [c.reviewer.id, c.kind])).toEqual(
      expect.arrayContaining([
        [author.me.id, 'author'],
        [colleague.me.id, 'organization'],
      ]),
    );

    // The call is blind: on the panel, the automatic ones are honoured but not listed (they would say who wrote it).
    expect((await rowsOf(chair!.client, panel.id)).find((r) => r.id === byAuthor.id)!.conflicts).toEqual([]);

    // By hand: refused, nothing saved.
    const manual = await admin.client.post(`/api/panels/${panel.id}/assignments`, { contributionId: byAuthor.id, reviewerId: colleague.me.id });
    expect(manual.status).toBe(409);
    expect(manual.body.code).toBe('conflict_of_interest');
    expect(reviewersOf(byAuthor.id)).toEqual((await rowsOf(admin.client, panel.id)).find((r) => r.id === byAuthor.id)!.assignments.map((a) => a.reviewer.id));

    // A declared conflict: the reviewer declines, someone free takes it, and the first can no longer open it.
    const assignment = (await rowsOf(admin.client, panel.id)).find((r) => r.id === byAuthor.id)!.assignments[0]!;
    const decliner = [free1, free2, affiliated].find((p) => p!.me.id === assignment.reviewer.id)!;
    expect((await decliner.client.get(`/api/reviews/${assignment.id}`)).status).toBe(200);
    expect((await decliner.client.post(`/api/reviews/${assignment.id}/decline`, { reason: 'همکار نزدیک نویسنده هستم', conflictOfInterest: true })).status).toBe(204);
    const after = (await rowsOf(admin.client, panel.id)).find((r) => r.id === byAuthor.id)!;
    expect(after.assignments.filter((a) => a.state !== 'declined').map((a) => a.reviewer.id)).toHaveLength(2);
    expect(after.assignments.filter((a) => a.state !== 'declined').map((a) => a.reviewer.id)).not.toContain(decliner.me.id);
    expect(after.conflicts.map((c) => [c.reviewer.id, c.kind])).toContainEqual([decliner.me.id, 'declared']);
    expect((await decliner.client.get(`/api/reviews/${assignment.id}`)).status).toBe(404);
    const again = await admin.client.post(`/api/panels/${panel.id}/assignments`, { contributionId: byAuthor.id, reviewerId: decliner.me.id });
    expect(again.body.code).toBe('conflict_of_interest');
  });

  it('says what could not be assigned and why', async () => {
    const call = await openCall(t, admin.client);
    const author = await signedInUser(t);
    const [other] = await people(1);
    const c1 = await call.contribute(author.client, 'culture');
    const c2 = await call.contribute(other!.client, 'economy');
    await call.close();
    // Culture: two reviewers, one of them the author → conflicts. Economy: one reviewer for N = 2 → too few.
    const culture = await panelFor(admin.client, call.id, ['culture'], [
      [author.me.id, 'reviewer'],
      [other!.me.id, 'reviewer'],
    ]);
    const economy = await panelFor(admin.client, call.id, ['economy'], [[author.me.id, 'reviewer']]);
    expect((await admin.client.post(`/api/panels/${culture.id}/auto-assign`)).body.unassigned).toEqual([{ contributionId: c1.id, title: c1.title, missing: 1, reason: 'conflicts' }]);
    expect((await admin.client.post(`/api/panels/${economy.id}/auto-assign`)).body.unassigned).toEqual([{ contributionId: c2.id, title: c2.title, missing: 1, reason: 'too_few_reviewers' }]);
  });
});

describe('automatic assignment', () => {
  it('gives every contribution N reviewers, spread evenly within each domain', async () => {
    const call = await openCall(t, admin.client);
    const authors = await people(6);
    const reviewers = await people(5);
    const counts = { culture: 23, economy: 11 };
    for (const [domain, n] of Object.entries(counts)) for (let i = 0; i < n; i++) await call.contribute(authors[i % authors.length]!.client, domain);
    await call.close();
    // One reviewer also wrote contributions: they never get their own.
    const pool = [...reviewers, authors[0]!];
    const panel = await panelFor(
      admin.client,
      call.id,
      ['culture', 'economy'],
      pool.map((p) => [p.me.id, 'reviewer']),
      { reviewersPerContribution: 3 },
    );
    const report = (await admin.client.post(`/api/panels/${panel.id}/auto-assign`)).body;
    expect(report.unassigned).toEqual([]);
    expect(report.assigned).toBe(34 * 3);
    const rows = await rowsOf(admin.client, panel.id);
    expect(rows).toHaveLength(34);
    for (const r of rows) expect(new Set(r.assignments.map((a) => a.reviewer.id)).size).toBe(3);
    const contributions = (await admin.client.get(`/api/calls/${call.id}/contributions?limit=100`)).body.items as { id: string; domainKey: string; author: { id: string } }[];
    for (const [domain, n] of Object.entries(counts)) {
      const inDomain = rows.filter((r) => contributions.find((c) => c.id === r.id)!.domainKey === domain);
      const total = n * 3;
      const limit = Math.ceil(total / pool.length) + 1;
      for (const p of pool) {
        const got = inDomain.filter((r) => r.assignments.some((a) => a.reviewer.id === p.me.id)).length;
        expect(got, `${domain}: ${got} of ${total} for one reviewer`).toBeLessThanOrEqual(limit);
      }
    }
    for (const r of rows) {
      const authorId = contributions.find((c) => c.id === r.id)!.author.id;
      expect(r.assignments.map((a) => a.reviewer.id)).not.toContain(authorId);
    }
    // Running it again assigns nothing more.
    expect((await admin.client.post(`/api/panels/${panel.id}/auto-assign`)).body.assigned).toBe(0);
  });

  it('waits for the call to close', async () => {
    const call = await openCall(t, admin.client);
    const [reviewer] = await people(1);
    const panel = await panelFor(admin.client, call.id, ['culture'], [[reviewer!.me.id, 'reviewer']]);
    const early = await admin.client.post(`/api/panels/${panel.id}/auto-assign`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('call_not_closed');
  });
});

describe('scoring', () => {
  async function reviewedByTwo(extra: Record<string, unknown> = {}) {
    const call = await openCall(t, admin.client);
    const [author, r1, r2, chair] = await people(4);
    const contribution = await call.contribute(author!.client, 'culture');
    await call.close();
    await admin.client.request('PUT', `/api/calls/${call.id}/rubric`, { criteria: RUBRIC });
    const panel = await panelFor(
      admin.client,
      call.id,
      ['culture'],
      [
        [chair!.me.id, 'chair'],
        [r1!.me.id, 'reviewer'],
        [r2!.me.id, 'reviewer'],
      ],
      extra,
    );
    await admin.client.post(`/api/panels/${panel.id}/auto-assign`);
    const [a1] = await myReviews(r1!.client);
    const [a2] = await myReviews(r2!.client);
    return { call, panel, contribution, author: author!, r1: r1!, r2: r2!, chair: chair!, a1: a1!.id, a2: a2!.id };
  }

  it('names missing scores and comments, refuses scores off the scale, and weighs the criteria', async () => {
    const { r1, a1 } = await reviewedByTwo();
    const incomplete = await r1.client.request('PUT', `/api/reviews/${a1}`, { scores: { novelty: { score: 4, comment: '' }, alignment: { score: 3, comment: ' ' } }, comment: '', submit: true });
    expect(incomplete.status).toBe(400);
    expect(fieldsOf(incomplete.body)).toEqual(['scores.feasibility.score:required', 'scores.alignment.comment:required']);
    const off = await r1.client.request('PUT', `/api/reviews/${a1}`, { scores: { novelty: { score: 6, comment: '' }, extra: { score: 1, comment: '' } }, comment: '' });
    expect(fieldsOf(off.body)).toEqual(['scores.extra:unknownCriterion', 'scores.novelty.score:outOfScale']);
    // Nothing was saved by the refusals.
    expect((await r1.client.get(`/api/reviews/${a1}`)).body).toMatchObject({ state: 'assigned', scores: {} });

    // An unscored criterion stays unscored (null is not read as 0 on the 0–10 scale).
    const draft = await r1.client.request('PUT', `/api/reviews/${a1}`, { scores: { novelty: { score: 4, comment: '' }, feasibility: { score: null, comment: 'بعداً' } }, comment: 'پیش‌نویس' });
    expect(draft.body).toMatchObject({ state: 'assigned', weighted: null, scores: { feasibility: { score: null, comment: 'بعداً' } } });
    const nullSubmit = await r1.client.request('PUT', `/api/reviews/${a1}`, { scores: { ...scores(4, 7, 3), feasibility: { score: null, comment: '' } }, comment: '', submit: true });
    expect(fieldsOf(nullSubmit.body)).toEqual(['scores.feasibility.score:required']);
    // novelty 4 of 1–5 = 75 (×2), feasibility 7 of 0–10 = 70, alignment 3 of 1–5 = 50: (150 + 70 + 50) / 4 = 67.5
    const submitted = await r1.client.request('PUT', `/api/reviews/${a1}`, { scores: scores(4, 7, 3), comment: 'خوب', submit: true });
    expect(submitted.body).toMatchObject({ state: 'submitted', weighted: 67.5 });
  });

  it('shows others\' scores only after one\'s own is submitted, and flags strong disagreement', async () => {
    const { panel, contribution, r1, r2, chair, a1, a2 } = await reviewedByTwo();
    await r1.client.request('PUT', `/api/reviews/${a1}`, { scores: scores(5, 10, 5), comment: 'عالی', submit: true });
    const before = (await r2.client.get(`/api/reviews/${a2}`)).body;
    expect(before).toMatchObject({ others: null, average: null, spread: null, disagreement: false });
    expect(JSON.stringify(before)).not.toContain('عالی');
    expect((await r2.client.get(`/api/panels/${panel.id}/discussion/${contribution.id}`)).status).toBe(403);

    const mine = (await r2.client.request('PUT', `/api/reviews/${a2}`, { scores: scores(1, 2, 1), comment: 'ضعیف', submit: true })).body;
    expect(mine.others).toMatchObject([{ reviewer: { id: r1.me.id }, comment: 'عالی', weighted: 100 }]);
    // 100 and (0×2 + 20 + 0)/4 = 5: average 52.5, spread 95 ≥ 30.
    expect(mine).toMatchObject({ weighted: 5, average: 52.5, spread: 95, disagreement: true });
    const [row] = await rowsOf(chair.client, panel.id);
    expect(row).toMatchObject({ average: 52.5, spread: 95, disagreement: true });

    // Once both are in, the thread is open to them and to the chair.
    expect((await r2.client.post(`/api/panels/${panel.id}/discussion/${contribution.id}`, { body: 'اختلاف نظر زیاد است؛ بحث کنیم.' })).status).toBe(201);
    expect((await chair.client.get(`/api/panels/${panel.id}/discussion/${contribution.id}`)).body.items.map((p: { body: string }) => p.body)).toEqual(['اختلاف نظر زیاد است؛ بحث کنیم.']);

    // A submitted review can be revised (and must stay complete).
    const revised = await r2.client.request('PUT', `/api/reviews/${a2}`, { scores: scores(4, 8, 4), comment: 'بازنگری شد' });
    expect(revised.body).toMatchObject({ state: 'submitted', disagreement: false });
    expect((await r2.client.request('PUT', `/api/reviews/${a2}`, { scores: { novelty: { score: 4, comment: '' } }, comment: '' })).status).toBe(400);
  });

  it('closes at the panel\'s deadline', async () => {
    const deadline = new Date(t.clock.now().getTime() + 2 * 3_600_000).toISOString();
    const { r1, a1 } = await reviewedByTwo({ deadline });
    t.clock.set(new Date(new Date(deadline).getTime() + 1000));
    const late = await r1.client.request('PUT', `/api/reviews/${a1}`, { scores: scores(4, 7, 3), comment: '', submit: true });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('review_closed');
    expect((await r1.client.get(`/api/reviews/${a1}`)).body).toMatchObject({ editable: false, state: 'assigned' });
  });

  it('lets the chair decide, mails the contributor, and publishes results, recognitions and reports', async () => {
    const { call, panel, contribution, author, r1, r2, chair, a1, a2 } = await reviewedByTwo();
    await r1.client.request('PUT', `/api/reviews/${a1}`, { scores: scores(4, 7, 3), comment: '', submit: true });
    await r2.client.request('PUT', `/api/reviews/${a2}`, { scores: scores(5, 9, 4), comment: '', submit: true });
    const secretaryTry = await r1.client.request('PUT', `/api/panels/${panel.id}/decisions/${contribution.id}`, { outcome: 'accepted', reason: 'خوب' });
    expect(secretaryTry.status).toBe(403);
    const badMerge = await chair.client.request('PUT', `/api/panels/${panel.id}/decisions/${contribution.id}`, { outcome: 'merged', reason: 'تکراری', mergedInto: contribution.id });
    expect(fieldsOf(badMerge.body)).toEqual(['mergedInto:mergeTarget']);
    expect((await author.client.get(`/api/contributions/${contribution.id}/decision`)).body).toEqual({ decision: null });

    const decided = await chair.client.request('PUT', `/api/panels/${panel.id}/decisions/${contribution.id}`, { outcome: 'accepted', reason: 'ایده‌ای نو و اجرایی' });
    expect(decided.body.decision).toMatchObject({ outcome: 'accepted', reason: 'ایده‌ای نو و اجرایی' });
    await t.runJobs();
    const mail = await t.smtp!.waitFor(author.email, 10_000, (m) => m.text.includes('ایده‌ای نو و اجرایی'));
    expect(mail.text).toContain('پذیرفته شد');
    expect((await author.client.get(`/api/contributions/${contribution.id}/decision`)).body.decision).toMatchObject({ outcome: 'accepted' });

    // Before publication: the public sees nothing, the manager a preview; no one is recognized yet.
    const visitor = new ApiClient(t.app);
    expect((await visitor.get(`/api/calls/${call.id}/results`)).status).toBe(404);
    expect((await admin.client.get(`/api/calls/${call.id}/results`)).body.published).toBe(false);
    expect((await visitor.get(`/api/users/${author.me.id}/recognitions`)).body.items).toEqual([]);

    await admin.client.post(`/api/calls/${call.id}/state`, { state: 'under_review' });
    await admin.client.post(`/api/calls/${call.id}/state`, { state: 'results_published' });
    const results = (await visitor.get(`/api/calls/${call.id}/results`)).body;
    expect(results.published).toBe(true);
    expect(results.byDomain).toEqual([
      { key: 'culture', title: 'علمی، فرهنگی و اجتماعی', submitted: 1, accepted: 1, partlyAccepted: 0, merged: 0, rejected: 0 },
      { key: 'economy', title: 'اقتصاد کلان، بازرگانی و اداری', submitted: 0, accepted: 0, partlyAccepted: 0, merged: 0, rejected: 0 },
    ]);
    expect(results.contributions).toMatchObject([{ id: contribution.id, outcome: 'accepted', reason: 'ایده‌ای نو و اجرایی' }]);
    expect(JSON.stringify(results)).not.toContain(author.me.id);

    // Talent network: the contributor is marked with the call and domain, and found by domain.
    expect((await visitor.get(`/api/users/${author.me.id}/recognitions`)).body.items).toEqual([{ callId: call.id, callTitle: 'ایده‌های ارتقای بهره‌وری', domainKey: 'culture', domainTitle: 'علمی، فرهنگی و اجتماعی', outcome: 'accepted' }]);
    const found = (await r1.client.get(`/api/talent?q=${encodeURIComponent('فرهنگي')}`)).body.items.map((i: { user: { id: string } }) => i.user.id);
    expect(found).toContain(author.me.id);
    expect((await r1.client.get(`/api/talent?callId=${call.id}&domain=economy`)).body.items).toEqual([]);

    // Frozen once published.
    expect((await chair.client.request('PUT', `/api/panels/${panel.id}/decisions/${contribution.id}`, { outcome: 'rejected', reason: 'x' })).body.code).toBe('results_published');

    // Reports: progress per reviewer, distribution and decisions per domain and group; the export.
    const report = (await admin.client.get(`/api/calls/${call.id}/review-report`)).body;
    expect(report.progress.map((p: { reviewer: { id: string }; assigned: number; submitted: number }) => [p.reviewer.id, p.assigned, p.submitted]).sort()).toEqual(
      [
        [r1.me.id, 1, 1],
        [r2.me.id, 1, 1],
      ].sort(),
    );
    // (67.5 + (75×2 + 90 + 75)/4 = 78.8) / 2 = 73.2 (rounded from 73.15): bucket 60–80.
    expect(report.scoreDistribution[0]).toMatchObject({ key: 'culture', reviewed: 1, buckets: [0, 0, 0, 1, 0] });
    expect(report.decisionsByDomain[0]).toMatchObject({ key: 'culture', accepted: 1, undecided: 0 });
    expect(report.decisionsByAudienceGroup.find((g: { key: string }) => g.key === 'public')).toMatchObject({ accepted: 1 });
    const csv = await admin.client.get(`/api/calls/${call.id}/review-report/export?format=csv`);
    const table: string[][] = parse(csv.raw.toString('utf8').replace(/^\uFEFF/, ''), {});
    expect(table[0]).toContain('Decision');
    expect(table[1]).toEqual(expect.arrayContaining([contribution.title, 'accepted', 'ایده‌ای نو و اجرایی', author.email]));
    const xlsx = await admin.client.get(`/api/calls/${call.id}/review-report/export?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('merges into another contribution and hides the text of results when contributions are not public', async () => {
    const call = await openCall(t, admin.client, { publicAfterClose: false });
    const [a, b, chair, reviewer] = await people(4);
    const first = await call.contribute(a!.client, 'economy');
    const second = await call.contribute(b!.client, 'economy');
    await call.close();
    const panel = await panelFor(admin.client, call.id, ['economy'], [
      [chair!.me.id, 'chair'],
      [reviewer!.me.id, 'reviewer'],
    ]);
    const merged = await chair!.client.request('PUT', `/api/panels/${panel.id}/decisions/${second.id}`, { outcome: 'merged', reason: 'همان ایده', mergedInto: first.id });
    expect(merged.body.decision.mergedInto).toEqual({ id: first.id, title: first.title });
    await chair!.client.request('PUT', `/api/panels/${panel.id}/decisions/${first.id}`, { outcome: 'partly_accepted', reason: 'بخشی پذیرفته شد' });
    await admin.client.post(`/api/calls/${call.id}/state`, { state: 'under_review' });
    await admin.client.post(`/api/calls/${call.id}/state`, { state: 'results_published' });
    const results = (await new ApiClient(t.app).get(`/api/calls/${call.id}/results`)).body;
    expect(results.byDomain[1]).toMatchObject({ submitted: 2, partlyAccepted: 1, merged: 1 });
    expect(results.contributions).toEqual([]);
  });
});
