/// <reference lib="dom" />
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { linkIn } from '../support/smtp.js';
import { catalog, launchBrowser, screenshot, startMajma, stripMarks, watchExternalRequests, type RunningMajma } from './support.js';

const fa = catalog('fa');
const ar = catalog('ar');
const en = catalog('en');

let majma: RunningMajma;
let browser: Browser;
beforeAll(async () => {
  majma = await startMajma();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await majma?.stop();
});

const dir = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

async function chooseLanguage(page: Page, current: Record<string, string>, target: string) {
  await page.getByRole('button', { name: current['settings.language'] }).first().click();
  await page.getByRole('option', { name: target }).click();
}

it('a Persian visitor registers, verifies by mail, signs in, sees a Jalali date and switches languages', async () => {
  const page = await browser.newPage({ locale: 'fa-IR', viewport: { width: 1200, height: 900 } });
  const external = watchExternalRequests(page, majma.url);

  // Persian is the default, right to left.
  await page.goto(majma.url);
  expect(await dir(page)).toEqual(['fa', 'rtl']);
  expect(majma.output()).toContain('First administrator created');

  await page.goto(`${majma.url}/sign-up`);
  await page.locator('input[name="name"]').fill('پریسا نوری');
  await page.locator('input[name="email"]').fill('parisa@example.org');
  await page.locator('input[name="password"]').fill('گذرواژه‌ای بلند ۱۴۰۵');
  await page.locator('input[name="passwordConfirm"]').fill('گذرواژه‌ای بلند ۱۴۰۵');
  await page.getByRole('button', { name: fa['auth.signUp.submit'] }).click();
  await page.getByRole('heading', { name: fa['auth.signUp.done.title'] }).waitFor();

  // The verification mail arrives at the real SMTP server, in Persian.
  const mail = await majma.smtp.waitFor('parisa@example.org', 15_000);
  expect(mail.subject).toBe('تأیید نشانی ایمیل در مجمع');
  await page.goto(linkIn(mail, '/verify-email'));
  await page.getByText(fa['auth.verify.done']!).waitFor();

  await page.goto(`${majma.url}/sign-in`);
  await page.locator('input[name="email"]').fill('parisa@example.org');
  await page.locator('input[name="password"]').fill('گذرواژه‌ای بلند ۱۴۰۵');
  await page.getByRole('button', { name: fa['auth.signIn.submit'], exact: true }).click();
  await page.getByRole('button', { name: fa['nav.signOut'] }).waitFor();

  // Profile: a phone typed with Persian and Arabic digits is accepted and stored in Latin digits.
  await page.goto(`${majma.url}/profile`);
  await page.locator('input[name="phone"]').fill('۰۹۱۲ ۳۴۵ ٦٧٨٩');
  await page.locator('input[name="jobTitle"]').fill('پژوهشگر بهره‌وری');
  await page.getByRole('button', { name: fa['profile.save'] }).click();
  await page.getByText(fa['profile.saved']!).waitFor();
  const me = await page.evaluate(() => fetch('/api/me').then((r) => r.json() as Promise<{ profile: { phone: string; jobTitle: string } }>));
  expect(me.profile).toMatchObject({ phone: '0912 345 6789', jobTitle: 'پژوهشگر بهره‌وری' });
  await screenshot(page, 'profile-fa.png');

  // Today in the Solar Hijri calendar with Persian digits, e.g. ۲ آذر ۱۴۰۵.
  await page.goto(majma.url);
  const today = stripMarks(await page.getByTestId('today').innerText());
  const jalali = stripMarks(new Intl.DateTimeFormat('fa-IR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));
  expect(today).toContain(jalali);
  expect(today).toMatch(/[۰-۹]{4}/);
  expect(today).not.toMatch(/[0-9]/);
  await page.getByText('پریسا نوری').first().waitFor();
  await screenshot(page, 'home-fa.png');

  // Arabic: still right to left.
  await chooseLanguage(page, fa, 'العربية');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  expect(await dir(page)).toEqual(['ar', 'rtl']);
  await page.getByRole('button', { name: ar['nav.signOut'] }).waitFor();
  await screenshot(page, 'home-ar.png');

  // English: left to right, Gregorian.
  await chooseLanguage(page, ar, 'English');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await dir(page)).toEqual(['en', 'ltr']);
  const todayEn = stripMarks(await page.getByTestId('today').innerText());
  expect(todayEn).toContain(String(new Date().getFullYear()));
  await screenshot(page, 'home-en.png');

  // The choice is remembered on a reload and on the account.
  await page.reload();
  expect(await dir(page)).toEqual(['en', 'ltr']);
  const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json() as Promise<{ user: { locale: string } }>));
  expect(session.user.locale).toBe('en');

  await page.getByRole('button', { name: en['nav.signOut'] }).click();
  await page.getByRole('link', { name: en['nav.signIn'] }).first().waitFor();
  expect(external).toEqual([]);
  await page.close();
});

it('the browsable API page works under the content security policy', async () => {
  const page = await browser.newPage();
  const external = watchExternalRequests(page, majma.url);
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto(`${majma.url}/api/docs`);
  await page.getByText('Majma API').first().waitFor();
  await page.getByText('/api/auth/sign-in').first().waitFor();
  expect(violations).toEqual([]);
  expect(external).toEqual([]);
  await page.close();
});
