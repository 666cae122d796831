/// <reference lib="dom" />
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiAs, catalog, launchBrowser, screenshot, signedInPage, startMajma, watchExternalRequests, type RunningMajma } from './support.js';

const fa = catalog('fa');
/** A Persian catalog message (the test fails if the key is gone). */
const label = (key: string) => {
  const text = fa[key];
  if (text === undefined) throw new Error(`no fa message ${key}`);
  return text;
};
/** Persian digits, as the UI writes numbers. */
const faDigits = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
const msg = (key: string, values: Record<string, number> = {}) =>
  label(key).replace(/\{(\w+)(, number)?\}/g, (whole, name: string) => (values[name] === undefined ? whole : faDigits(values[name])));
/** Arabic-keyboard letters for a Persian text: ي for ی, ك for ک. */
const arabicKeyboard = (s: string) => s.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

let majma: RunningMajma;
let browser: Browser;
beforeAll(async () => {
  majma = await startMajma(['--demo']);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await majma?.stop();
});

it('in Persian: a member starts a thread, replies mentioning the facilitator, edits a wiki page twice, compares the revisions and finds the page typing Arabic letters', async () => {
  const { context, page } = await signedInPage(browser, majma.url, 'member@majma.local');
  const external = watchExternalRequests(page, majma.url);

  // ---- A thread, from the community page.
  await page.goto(`${majma.url}/communities/productivity-experts`);
  await page.getByRole('link', { name: label('discussions.communityLink.link') }).click();
  await page.getByRole('link', { name: label('discussions.start') }).click();
  const title = 'تجربهٔ اجرای نظام پیشنهادها در کارگاه';
  await page.getByLabel(label('discussions.new.field.title')).fill(title);
  await page.getByRole('textbox', { name: label('discussions.new.field.body') }).fill('در کارگاه ما پیشنهادهای کارکنان هر ماه بررسی می‌شود. تجربهٔ شما چیست؟');
  await page.getByRole('button', { name: label('discussions.new.submit') }).click();
  await page.waitForURL(/\/discussions\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.locator('#post-1').textContent()).toContain('پیشنهادهای کارکنان');
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

  // ---- A reply mentioning the facilitator, picked from the list that typing @ opens.
  const reply = page.getByRole('textbox', { name: label('discussions.reply.label') });
  await reply.click();
  await reply.pressSequentially('به نظرم ');
  await reply.pressSequentially('@زهر');
  await page.getByRole('option', { name: /زهرا محمدی/ }).click();
  await reply.pressSequentially('نظر شما دربارهٔ پاداش پیشنهادها چیست؟');
  await page.getByRole('button', { name: label('discussions.reply.submit') }).click();
  const mention = page.locator('#post-2 a', { hasText: '@زهرا محمدی' });
  await mention.waitFor();
  const facilitator = await apiAs(majma.url, 'facilitator@majma.local');
  expect(await mention.getAttribute('href')).toBe(`/users/${facilitator.id}`);
  await screenshot(page, 'discussion-thread-fa.png');

  // The facilitator is told by mail, with a link to the post.
  const mail = await majma.smtp.waitFor('facilitator@majma.local', 30_000, (m) => m.subject.includes(title));
  expect(mail.text).toContain('#post-2');

  // ---- A wiki page, written and then edited twice through the form.
  await page.goto(`${majma.url}/communities/productivity-experts`);
  await page.getByRole('link', { name: label('knowledge.communityLink.link') }).click();
  await page.getByRole('link', { name: label('knowledge.new') }).first().click();
  const pageTitle = 'آیین‌نامهٔ بایگانی اسناد کارگاه';
  await page.locator('input[name="title"]').fill(pageTitle);
  await page.locator('textarea[name="body"]').fill('اسناد کارگاه در کتابخانهٔ اسناد نگهداری می‌شوند.\n\nهر سند یک شمارهٔ بایگانی دارد.');
  await page.getByRole('button', { name: label('knowledge.form.create'), exact: true }).click();
  await page.waitForURL(/\/knowledge\/[0-9a-f-]{36}$/);
  const itemUrl = page.url();
  const edit = async (change: (text: string) => string, note: string, revision: number) => {
    await page.goto(`${itemUrl}/edit`);
    const body = page.locator('textarea[name="body"]');
    await body.waitFor();
    await body.fill(change(await body.inputValue()));
    await page.locator('input[name="note"]').fill(note);
    await page.getByRole('button', { name: label('knowledge.form.save'), exact: true }).click();
    await page.getByText(msg('knowledge.saved.saved', { n: revision })).waitFor();
  };
  await edit((t) => t.replace('نگهداری می‌شوند', 'به ترتیب تاریخ نگهداری می‌شوند'), 'ترتیب نگهداری', 2);
  await edit((t) => t.replace('یک شمارهٔ بایگانی', 'یک شمارهٔ بایگانی و یک برچسب رنگی'), 'برچسب رنگی', 3);

  // ---- The difference between revisions 1 and 3.
  await page.getByRole('radio', { name: msg('knowledge.compare.fromRevision', { n: 1 }) }).check();
  await page.getByRole('radio', { name: msg('knowledge.compare.toRevision', { n: 3 }) }).check();
  await page.getByRole('link', { name: msg('knowledge.compare.button', { from: 1, to: 3 }) }).click();
  const diff = page.locator('.knowledge-diff');
  await diff.waitFor();
  const inserted = (await diff.locator('ins').allTextContents()).join(' ');
  expect(inserted).toContain('به ترتیب تاریخ');
  expect(inserted).toContain('برچسب رنگی');
  expect(await diff.locator('del').count()).toBe(0);
  expect(await diff.textContent()).toContain('کتابخانهٔ اسناد');
  await screenshot(page, 'knowledge-diff-fa.png');

  // ---- Search from the header, typed on an Arabic keyboard (ي and ك), finds the Persian page.
  const box = page.getByRole('searchbox', { name: label('search.header.label') });
  await box.fill(arabicKeyboard('بایگانی اسناد کارگاه'));
  await box.press('Enter');
  await page.waitForURL(/\/search\?/);
  const result = page.locator('.search-result-wiki', { hasText: pageTitle });
  await result.waitFor();
  expect(await result.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['بایگانی', 'اسناد', 'کارگاه']));
  await screenshot(page, 'search-results-fa.png');
  await result.getByRole('link', { name: pageTitle }).click();
  await page.waitForURL(itemUrl);

  expect(external).toEqual([]);
  await context.close();
});
