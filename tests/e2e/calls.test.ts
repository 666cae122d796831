/// <reference lib="dom" />
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalog, launchBrowser, screenshot, startMajma, watchExternalRequests, type RunningMajma, signedInPage } from './support.js';

const fa = catalog('fa');
/** A small but real PDF: the server sniffs the type from these bytes. */
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1'), Buffer.alloc(200, 32)]);

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

async function person(email: string, options: { clock?: Date } = {}): Promise<Page> {
  const { context, page } = await signedInPage(browser, majma.url, email, options);
  contexts.push(context);
  return page;
}

const button = (page: Page, key: string) => page.getByRole('button', { name: fa[key], exact: true });

async function contribute(page: Page, callId: string, c: { group: string; domain: string; title: string; body: string; file: string }) {
  await page.goto(`${majma.url}/calls/${callId}/contribute`);
  await page.getByRole('radio', { name: c.group, exact: true }).check();
  await page.getByRole('button', { name: new RegExp(fa['contribution.field.domain']!) }).click();
  await page.getByRole('option', { name: c.domain, exact: true }).click();
  await page.locator('input[name="title"]').fill(c.title);
  await page.locator('textarea[name="body"]').fill(c.body);
  await page.locator('input[type="file"]').setInputFiles({ name: c.file, mimeType: 'application/pdf', buffer: PDF });
  await button(page, 'contribution.send').click();
  await page.getByText(fa['contribution.receipt']!, { exact: true }).first().waitFor();
  const code = await page.getByText(/^MJ-[2-9A-Z]{8}$/).first().innerText();
  expect(code).toMatch(/^MJ-/);
  return code;
}

it('a manager opens a call with the six domains; two people contribute with attachments; the manager sees Table 1 and exports', async () => {
  // ---- The manager creates the call in the form (its browser clock two days back, so the
  // default opening time is already past) and publishes it: it opens at once.
  const manager = await person('admin@majma.local', { clock: new Date(Date.now() - 2 * 86_400_000) });
  const external = watchExternalRequests(manager, majma.url);
  await manager.goto(`${majma.url}/calls/new`);
  await manager.locator('input[name="title"]').fill('فراخوان آزمون برنامه هفتم');
  await manager.locator('[name="summary"]').fill('فراخوان جمع‌سپاری برای آزمون');
  await manager.getByRole('group', { name: fa['callAdmin.field.attachmentsAllowed'] }).getByRole('radio', { name: fa['common.yes'], exact: true }).check();
  await manager.getByRole('checkbox', { name: fa['callAdmin.attachmentKind.pdf'] }).check();
  await button(manager, 'callAdmin.create').click();
  await button(manager, 'callAdmin.action.publish').click();
  await manager.getByText(fa['callAdmin.next.open']!).waitFor();
  const callId = /\/calls\/([0-9a-f-]{36})\/manage/.exec(manager.url())![1]!;

  // ---- Two people contribute in two domains, each with a PDF.
  const first = await person('member@majma.local');
  await contribute(first, callId, { group: 'اندیشکده‌ها', domain: 'سلامت', title: 'نظام ارجاع', body: 'پزشک خانواده در همه استان‌ها', file: 'پیوست ارجاع.pdf' });
  const second = await person('chair@majma.local');
  await contribute(second, callId, { group: 'اساتید دانشگاه', domain: 'حقوقی و قضایی', title: 'دادرسی الکترونیک', body: 'همه پرونده‌ها الکترونیک شوند', file: 'دادرسی.pdf' });

  // The public call page counts them per domain.
  await first.goto(`${majma.url}/calls/${callId}`);
  await first.getByRole('heading', { name: 'فراخوان آزمون برنامه هفتم', level: 1 }).waitFor();
  await screenshot(first, 'call-page-fa.png');

  // ---- The manager's Table 1: one contribution in each of the two domains, two in all.
  await manager.goto(`${majma.url}/calls/${callId}/statistics`);
  const table = manager.getByRole('table', { name: new RegExp(fa['callAdmin.stats.table1']!.split(' — ')[0]!) });
  await table.waitFor();
  const rows = await table.locator('tbody tr').allInnerTexts();
  expect(rows.find((r) => r.includes('سلامت'))).toContain('۱');
  expect(rows.find((r) => r.includes('حقوقی و قضایی'))).toContain('۱');
  expect(rows.find((r) => r.includes('زیربنایی و تولیدی'))).toContain('۰');
  await screenshot(manager, 'call-statistics-fa.png');

  // ---- And downloads the export, which holds both contributions and their authors.
  await manager.goto(`${majma.url}/calls/${callId}/manage`);
  const [download] = await Promise.all([manager.waitForEvent('download'), manager.getByRole('link', { name: fa['callAdmin.export.csv'], exact: true }).click()]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('نظام ارجاع');
  expect(csv).toContain('دادرسی الکترونیک');
  expect(csv).toContain('فاطمه حسینی');
  expect(external).toEqual([]);
});
