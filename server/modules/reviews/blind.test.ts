import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import type { ApiClient, ApiResponse } from '../../../tests/support/client.js';
import { signedInUser } from '../../../tests/support/builders.js';
import { openCall, panelFor, RUBRIC, scores } from '../../../tests/support/reviews.js';
import { multipart, PDF } from '../../../tests/support/uploads.js';

/**
 * Blind review: nothing about the author reaches anyone on the panel. Every response a
 * reviewer (and the panel's chair and secretary) can get is searched for the author's name,
 * email, organization and user id — bodies, headers and mails alike. The same walk on an open
 * review must find the author, which shows the search can fail.
 */
let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  t = await startTestApp({ smtp: true });
  admin = await signedInUser(t, { role: 'admin' });
});
afterAll(() => t.close());

async function everythingThePanelSees(blindReview: boolean, tag: string) {
  const name = `Zebulon Quixote ${tag}`;
  const email = `zebulon.${tag}@quux.example`;
  const organization = `Quux Institute ${tag}`;
  const author = await signedInUser(t, { name, email, organization });
  const reviewer = await signedInUser(t);
  const second = await signedInUser(t);
  const chair = await signedInUser(t);
  const secretary = await signedInUser(t);
  const call = await openCall(t, admin.client, { blindReview, attachments: true });
  const c = await call.contribute(author.client, 'culture', { affiliation: organization, title: 'ایده‌ای برای بهره‌وری' });
  const m = multipart(`${name} proposal.pdf`, PDF, 'application/pdf');
  const attached = await author.client.request('POST', `/api/contributions/${c.id}/attachments`, m.body, m.headers);
  expect(attached.status).toBe(201);
  await call.close();
  await admin.client.request('PUT', `/api/calls/${call.id}/rubric`, { criteria: RUBRIC });
  const panel = await panelFor(admin.client, call.id, ['culture'], [
    [chair.me.id, 'chair'],
    [secretary.me.id, 'secretary'],
    [reviewer.me.id, 'reviewer'],
    [second.me.id, 'reviewer'],
  ]);
  await secretary.client.post(`/api/panels/${panel.id}/auto-assign`);

  const seen: { what: string; res: ApiResponse }[] = [];
  const look = async (who: ApiClient, what: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => {
    const res = await who.request(method, url, body);
    seen.push({ what: `${what} ${method} ${url} → ${res.status}`, res });
    return res;
  };
  const r = reviewer.client;
  const reviews = (await look(r, 'my reviews', 'GET', '/api/me/reviews')).body.items as { id: string }[];
  expect(reviews).toHaveLength(1);
  const id = reviews[0]!.id;
  const review = (await look(r, 'review', 'GET', `/api/reviews/${id}`)).body;
  await look(r, 'draft', 'PUT', `/api/reviews/${id}`, { scores: { novelty: { score: 3, comment: '' } }, comment: '' });
  for (const f of review.contribution.attachments as { id: string }[]) await look(r, 'attachment', 'GET', `/api/reviews/${id}/attachments/${f.id}`);
  await look(r, 'submit', 'PUT', `/api/reviews/${id}`, { scores: scores(4, 7, 3), comment: 'خوب', submit: true });
  const [secondReview] = (await second.client.get('/api/me/reviews')).body.items as { id: string }[];
  await second.client.request('PUT', `/api/reviews/${secondReview!.id}`, { scores: scores(2, 3, 2), comment: 'متوسط', submit: true });
  await look(r, 'review after both', 'GET', `/api/reviews/${id}`);
  await look(r, 'post', 'POST', `/api/panels/${panel.id}/discussion/${c.id}`, { body: 'نظر من' });
  await look(r, 'discussion', 'GET', `/api/panels/${panel.id}/discussion/${c.id}`);
  await look(r, 'session', 'GET', '/api/session');
  await look(r, 'call', 'GET', `/api/calls/${call.id}`);
  await look(r, 'closed calls', 'GET', '/api/calls?when=closed');
  await look(r, 'rubric', 'GET', `/api/calls/${call.id}/rubric`);
  await look(r, 'panels', 'GET', `/api/calls/${call.id}/panels`);
  await look(r, 'panel', 'GET', `/api/panels/${panel.id}`);
  await look(r, 'panel table', 'GET', `/api/panels/${panel.id}/contributions`);
  // Search and lists: the public list after closing, searched by the author's name, and its files.
  const listed = await look(r, 'search', 'GET', `/api/calls/${call.id}/contributions?q=${encodeURIComponent(name)}`);
  await look(r, 'public list', 'GET', `/api/calls/${call.id}/contributions`);
  for (const f of (listed.body.items?.[0]?.attachments ?? []) as { id: string }[]) await look(r, 'public file', 'GET', `/api/attachments/${f.id}`);
  const publicList = (await r.get(`/api/calls/${call.id}/contributions`)).body.items as { attachments: { id: string }[] }[];
  for (const f of publicList[0]?.attachments ?? []) await look(r, 'public file', 'GET', `/api/attachments/${f.id}`);
  await look(r, 'export', 'GET', `/api/calls/${call.id}/contributions/export?format=csv`);
  await look(r, 'report export', 'GET', `/api/calls/${call.id}/review-report/export?format=csv`);
  await look(r, 'statistics', 'GET', `/api/calls/${call.id}/statistics`);
  await look(r, 'contribution', 'GET', `/api/contributions/${c.id}`);
  await look(r, 'decision', 'GET', `/api/contributions/${c.id}/decision`);
  await look(r, 'talent', 'GET', '/api/talent');
  // The panel's leaders work on the same blind material.
  for (const [who, client] of [
    ['chair', chair.client],
    ['secretary', secretary.client],
  ] as const) {
    await look(client, who, 'GET', `/api/panels/${panel.id}/contributions`);
    await look(client, who, 'GET', `/api/panels/${panel.id}/discussion/${c.id}`);
    await look(client, who, 'GET', `/api/panels/${panel.id}`);
  }
  await look(chair.client, 'decide', 'PUT', `/api/panels/${panel.id}/decisions/${c.id}`, { outcome: 'accepted', reason: 'نو و اجرایی' });

  await t.runJobs();
  const mails = [reviewer, chair, secretary].flatMap((p) => t.smtp!.to(p.email));
  expect(mails.length).toBeGreaterThan(0);
  const texts = [
    ...seen.map((s) => ({ what: s.what, text: `${JSON.stringify(s.res.headers)}\n${s.res.raw.toString('utf8')}` })),
    ...mails.map((mail) => ({ what: `mail “${mail.subject}”`, text: `${mail.subject}\n${mail.text}\n${mail.html}` })),
  ];
  const secrets = [name, email, organization, author.me.id];
  return { texts, secrets, seen };
}

describe('blind review', () => {
  it('lets nothing about the author reach the panel: not in any response, header, file name or mail', async () => {
    const { texts, secrets, seen } = await everythingThePanelSees(true, 'blind');
    // The walk really reached the material (not a run of refusals).
    expect(seen.filter((s) => s.res.status < 300).length).toBeGreaterThan(20);
    const leaks = texts.flatMap(({ what, text }) => secrets.filter((s) => text.includes(s)).map((s) => `${what}: ${s}`));
    expect(leaks).toEqual([]);
  });

  it('shows the author when the review is open (the check above can fail)', async () => {
    const { texts, secrets } = await everythingThePanelSees(false, 'open');
    const review = texts.find((x) => x.what.startsWith('review GET'))!;
    expect(secrets.filter((s) => review.text.includes(s))).toEqual(expect.arrayContaining([secrets[0], secrets[2], secrets[3]]));
  });
});
