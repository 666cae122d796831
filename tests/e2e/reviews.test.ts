/// <reference lib="dom" />
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalog, launchBrowser, screenshot, startMajma, watchExternalRequests, type RunningMajma, apiAs as apiAsUser, signedInPage } from './support.js';

const fa = catalog('fa');

let majma: RunningMajma;
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  majma = await startMajma(['--demo']);
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await majma?.stop();
});

const apiAs = (email: string) => apiAsUser(majma.url, email);

async function person(email: string): Promise<Page> {
  const { context, page } = await signedInPage(browser, majma.url, email);
  contexts.push(context);
  return page;
}

const button = (page: Page, key: string) => page.getByRole('button', { name: fa[key], exact: true });

it('a blind call with two panels: automatic assignment, two reviewers disagree, the chair decides, the results are public', async () => {
  // ---- The scene, through the API: a blind call of two domains that has just closed, one
  // contribution in each, a rubric, and a panel per domain as in the source.
  const admin = await apiAs('admin@majma.local');
  const member = await apiAs('member@majma.local');
  const chair = await apiAs('chair@majma.local');
  const facilitator = await apiAs('facilitator@majma.local');
  const secretary = await apiAs('secretary@majma.local');
  const call = await admin.call('POST', '/api/calls', {
    title: 'فراخوان آزمون داوری',
    summary: '',
    description: '',
    domains: [
      { key: 'culture', title: 'علمی، فرهنگی و اجتماعی', description: '' },
      { key: 'economy', title: 'اقتصاد کلان، بازرگانی و اداری', description: '' },
    ],
    audienceGroups: [{ key: 'public', title: 'عموم مردم' }],
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 8_000).toISOString(),
    blindReview: true,
    publicAfterClose: true,
    wordLimit: null,
    attachments: { allowed: false, maxBytes: 1024 * 1024, types: [], maxFiles: 0 },
  });
  await admin.call('POST', `/api/calls/${call.id}/publish`);
  const idea = { domainKey: 'culture', audienceGroup: 'public', title: 'کتابخانه‌های محله‌ای برای یادگیری مادام‌العمر', body: 'کتابخانه‌های عمومی به مراکز یادگیری محله تبدیل شوند.', submit: true };
  await member.call('POST', `/api/calls/${call.id}/contributions`, idea);
  await member.call('POST', `/api/calls/${call.id}/contributions`, { ...idea, domainKey: 'economy', title: 'پنجره واحد مجوزها' });
  for (let i = 0; (await admin.call('GET', `/api/calls/${call.id}`)).state !== 'closed'; i++) {
    if (i > 100) throw new Error('the call did not close');
    await new Promise((r) => setTimeout(r, 200));
  }
  await admin.call('PUT', `/api/calls/${call.id}/rubric`, {
    criteria: [
      { key: 'novelty', title: 'نوآوری', description: '', scaleMin: 1, scaleMax: 5, weight: 2, commentRequired: false },
      { key: 'feasibility', title: 'امکان‌پذیری', description: '', scaleMin: 1, scaleMax: 5, weight: 1, commentRequired: false },
      { key: 'alignment', title: 'هم‌راستایی با سیاست‌های کلی', description: '', scaleMin: 1, scaleMax: 5, weight: 1, commentRequired: true },
    ],
  });
  const panels: Record<string, { id: string }> = {};
  for (const [key, title, members] of [
    ['culture', 'هیأت بررسی و داوری عرصه علمی، فرهنگی و اجتماعی', [[chair.id, 'chair'], [secretary.id, 'secretary'], [facilitator.id, 'reviewer'], [admin.id, 'reviewer']]],
    ['economy', 'هیأت بررسی و داوری عرصه اقتصاد کلان، بازرگانی و اداری', [[facilitator.id, 'chair'], [secretary.id, 'secretary'], [chair.id, 'reviewer'], [admin.id, 'reviewer']]],
  ] as const) {
    panels[key] = await admin.call('POST', `/api/calls/${call.id}/panels`, { title, domainKeys: [key], reviewersPerContribution: 2, deadline: null, disagreementThreshold: 30 });
    for (const [userId, role] of members) await admin.call('PUT', `/api/panels/${panels[key]!.id}/members`, { userId, role });
  }
  await secretary.call('POST', `/api/panels/${panels.economy!.id}/auto-assign`);

  // ---- The secretary assigns the culture panel's contributions automatically.
  const secretaryPage = await person('secretary@majma.local');
  const external = watchExternalRequests(secretaryPage, majma.url);
  await secretaryPage.goto(`${majma.url}/panels/${panels.culture!.id}`);
  await button(secretaryPage, 'panel.auto.run').click();
  await secretaryPage.getByText(fa['panel.auto.complete']!).waitFor();

  // ---- Two reviewers score: the facilitator highly (blind: the author is nowhere on the page)…
  async function score(page: Page, marks: [number, number, number]) {
    await page.goto(`${majma.url}/reviews`);
    await page.getByRole('link', { name: idea.title }).click();
    await page.getByRole('heading', { name: fa['review.form.title'] }).waitFor();
    for (const [i, key] of ['novelty', 'feasibility', 'alignment'].entries()) await page.locator(`input[name="scores.${key}.score"][value="${marks[i]}"]`).check();
    await page.locator('textarea[name="scores.alignment.comment"]').fill('با سیاست‌های کلی هم‌راستاست.');
  }
  const reviewer = await person('facilitator@majma.local');
  await score(reviewer, [5, 5, 5]);
  expect(await reviewer.locator('main').innerText()).not.toContain('فاطمه حسینی');
  await reviewer.getByText(fa['review.blind']!).first().waitFor();
  await screenshot(reviewer, 'review-scoring-fa.png');
  await button(reviewer, 'review.form.submit').click();
  await reviewer.getByText(fa['review.form.saved.submitted']!).waitFor();

  // …the administrator, also on the panel, low: once submitted, both see the strong disagreement.
  const adminPage = await person('admin@majma.local');
  await score(adminPage, [1, 1, 1]);
  await button(adminPage, 'review.form.submit').click();
  await adminPage.getByText(fa['review.others.disagreement']!).waitFor();

  // ---- The chair sees the flag on the panel's table and accepts the contribution with a reason.
  const chairPage = await person('chair@majma.local');
  await chairPage.goto(`${majma.url}/panels/${panels.culture!.id}`);
  const row = chairPage.locator('tr', { hasText: idea.title });
  await row.getByText(fa['panel.disagreement']!).waitFor();
  await row.getByRole('button', { name: fa['panel.decide.open'], exact: true }).click();
  const dialog = chairPage.getByRole('dialog');
  await dialog.getByRole('radio', { name: fa['panel.outcome.accepted'], exact: true }).check();
  await dialog.locator('textarea[name="reason"]').fill('ایده‌ای اجرایی که با گفت‌وگوی هیأت پذیرفته شد.');
  await dialog.getByRole('button', { name: fa['panel.decide.save'], exact: true }).click();
  await row.getByText(fa['panel.outcome.accepted']!, { exact: true }).waitFor();
  const mail = await majma.smtp.waitFor('member@majma.local', 15_000, (m) => m.text.includes('ایده‌ای اجرایی'));
  expect(mail.text).toContain(idea.title);

  // ---- The manager publishes the results; a visitor sees them, without the author.
  await adminPage.goto(`${majma.url}/calls/${call.id}/manage`);
  await button(adminPage, 'callAdmin.action.startReview').click();
  await button(adminPage, 'callAdmin.action.publishResults').click();
  await adminPage.getByText(fa['callAdmin.next.results_published']!).waitFor();

  const visitorContext = await browser.newContext({ locale: 'fa-IR', viewport: { width: 1200, height: 900 } });
  contexts.push(visitorContext);
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${majma.url}/calls/${call.id}`);
  await visitor.getByRole('link', { name: fa['results.callout.link'], exact: true }).click();
  await visitor.getByRole('heading', { name: idea.title }).waitFor();
  const page = await visitor.locator('main').innerText();
  expect(page).not.toContain('فاطمه حسینی');
  expect(await visitor.locator('html').getAttribute('dir')).toBe('rtl');
  await screenshot(visitor, 'review-results-fa.png');
  expect(external).toEqual([]);
});
