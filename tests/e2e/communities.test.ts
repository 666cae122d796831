/// <reference lib="dom" />
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { linkIn } from '../support/smtp.js';
import { catalog, launchBrowser, screenshot, startMajma, watchExternalRequests, type RunningMajma } from './support.js';

const fa = catalog('fa');
const PASSWORD = 'majma-demo-1405';

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

/** A separate browser (own cookies) for one person, in Persian. */
async function person(): Promise<Page> {
  const context = await browser.newContext({ locale: 'fa-IR', viewport: { width: 1200, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, email: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: fa['auth.signIn.submit'], exact: true }).click();
  await page.getByRole('button', { name: fa['nav.signOut'] }).waitFor();
}

const button = (page: Page, key: string) => page.getByRole('button', { name: fa[key], exact: true });
/** Next step: waits until the step counter moves (the step is saved on the way). */
async function next(page: Page) {
  const progress = page.locator('.formation-step-progress');
  const before = await progress.innerText();
  await button(page, 'formation.actions.next').click();
  await page.waitForFunction((text) => document.querySelector('.formation-step-progress')?.textContent !== text, before);
}
const radio = (page: Page, groupKey: string, optionKey: string) =>
  page.getByRole('group', { name: fa[groupKey] }).getByRole('radio', { name: fa[optionKey], exact: true }).check();

async function pickPerson(page: Page, name: string) {
  const box = page.getByRole('combobox', { name: fa['formation.core.pick'] });
  await box.pressSequentially(name.split(' ')[0]!, { delay: 30 });
  await page.locator('[role=option][data-key]', { hasText: name }).first().click();
  await page.getByText(fa['formation.core.added']!.replace('{name}', name)).waitFor();
  await page.keyboard.press('Escape'); // close the picker's list, as a user clicking away does
}

/** Waits for a mail to `address` whose subject contains `subject` (the demo start mails too). */
async function mailTo(address: string, subject: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = majma.smtp.to(address).find((m) => m.subject.includes(subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no “${subject}” mail to ${address}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

it('a formation request goes through changes and approval; the new chair invites a member by email, who accepts and sees the community', async () => {
  try {
    await journey();
  } catch (error) {
    // What each person's page showed when it failed, to look at.
    for (const [i, c] of contexts.entries()) for (const p of c.pages()) await screenshot(p, `failure-communities-${i}.png`);
    throw error;
  }
});

async function journey() {
  // ---- The applicant (حسین کریمی, a demo user) fills in the multi-step form.
  const applicant = await person();
  const external = watchExternalRequests(applicant, majma.url);
  await applicant.goto(`${majma.url}/sign-in?next=${encodeURIComponent('/formation-requests/new')}`);
  await signIn(applicant, 'secretary@majma.local');
  await button(applicant, 'formation.new.start').click();
  await applicant.locator('input[name="applicant.name"]').waitFor();
  expect(await applicant.locator('input[name="applicant.name"]').inputValue()).toBe('حسین کریمی');
  expect(await applicant.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await applicant.locator('[name="applicant.phone"]').fill('۰۲۱-۴۲۳۹۱۱۲۹');
  await next(applicant);

  await applicant.locator('[name="title"]').fill('انجمن خبرگی مدیریت دانش سازمانی');
  await applicant.locator('[name="domain"]').fill('مستندسازی تجربه‌ها و انتقال دانش در سازمان‌های دولتی');
  await applicant.locator('[name="goals"]').fill('ایجاد بستری برای تبادل دانش و تجارب تخصصی');
  await applicant.locator('[name="rationale"]').fill('دانش خبرگان با بازنشستگی آنان از سازمان می‌رود');
  await next(applicant);

  await applicant.locator('[name="scope"]').fill('در سطح سازمانی، با حضور کارشناسان دستگاه‌های دولتی');
  await radio(applicant, 'formation.field.level', 'level.organizational');
  await radio(applicant, 'formation.field.geography', 'geography.national');
  await radio(applicant, 'formation.field.kind', 'kind.expert_association');
  await next(applicant);

  // Founding core: one person picked from the directory makes two; the form says it is too few.
  await pickPerson(applicant, 'زهرا محمدی');
  await applicant.getByText(fa['formation.core.tooFew']!.replace('{need, number}', '۱')).waitFor();
  await pickPerson(applicant, 'علی رضایی');
  await applicant.getByText(fa['formation.core.ok']!).waitFor();
  await next(applicant);

  await applicant.locator('[name="platforms"]').fill('جلسات ماهانه و تالار گفت‌وگوی مجمع');
  await applicant.locator('[name="knowledgeTools"]').fill('ویکی مشارکتی و پایگاه دانش');
  await next(applicant);

  await radio(applicant, 'formation.field.hasPriorExperience', 'common.no');
  await applicant.locator('[name="funding"]').fill('حق عضویت داوطلبانه');
  await applicant.locator('[name="supportNeeded"]').fill('فضای برگزاری جلسات');
  await next(applicant);

  await applicant.getByRole('checkbox', { name: fa['formation.field.acknowledged'] }).check();
  await screenshot(applicant, 'formation-review-fa.png');
  await button(applicant, 'formation.actions.submit').click();
  await applicant.getByText(fa['formation.state.submitted']!).first().waitFor();
  const requestUrl = applicant.url().split('?')[0]!;

  // ---- An administrator asks for changes.
  const admin = await person();
  await admin.goto(`${majma.url}/sign-in?next=${encodeURIComponent('/admin/formation-requests')}`);
  await signIn(admin, 'admin@majma.local');
  await admin.getByRole('link', { name: 'انجمن خبرگی مدیریت دانش سازمانی' }).click();
  await admin.getByLabel(fa['admin.requests.changes.comment']!).fill('لطفاً یک عضو از دستگاه‌های دولتی به هسته بیفزایید.');
  await button(admin, 'admin.requests.changes.submit').click();
  await admin.getByText(fa['admin.requests.changes.done']!).waitFor();

  // ---- The applicant sees the comment, adds a person not yet registered, and resubmits.
  await applicant.goto(requestUrl);
  await applicant.getByText('لطفاً یک عضو از دستگاه‌های دولتی به هسته بیفزایید.').waitFor();
  await applicant.goto(`${requestUrl}?step=core`);
  await applicant.locator('[name="newMember.name"]').fill('رضا توکلی');
  await applicant.locator('[name="newMember.position"]').fill('مدیر منابع انسانی');
  await applicant.locator('[name="newMember.email"]').fill('reza.tavakoli@example.org');
  await button(applicant, 'formation.core.add').click();
  await applicant.getByText(fa['formation.core.added']!.replace('{name}', 'رضا توکلی')).waitFor();
  for (let i = 0; i < 3; i++) await next(applicant); // each step saves on the way to the review
  await applicant.getByRole('checkbox', { name: fa['formation.field.acknowledged'] }).check();
  await button(applicant, 'formation.actions.resubmit').click();
  await applicant.getByText(fa['formation.state.submitted']!).first().waitFor();

  // ---- The administrator approves: the community is formed with the applicant as chair.
  await admin.reload();
  await button(admin, 'admin.requests.approve.submit').click();
  await admin.getByText(fa['admin.requests.approve.done']!).waitFor();
  const invitationToCore = await mailTo('reza.tavakoli@example.org', 'انجمن خبرگی مدیریت دانش سازمانی');
  expect(invitationToCore.text).toContain('حسین کریمی');

  // ---- The new chair invites a member by email.
  await applicant.goto(`${majma.url}/communities?q=${encodeURIComponent('مديريت دانش')}`);
  await applicant.getByRole('link', { name: 'انجمن خبرگی مدیریت دانش سازمانی' }).click();
  await applicant.getByText(fa['community.you.role']!.replace('{role}', fa['role.chair']!)).waitFor();
  await applicant.getByRole('radio', { name: fa['community.invite.mode.email'] }).check();
  await applicant.getByLabel(fa['community.invite.name']!).fill('فاطمه حسینی');
  await applicant.getByLabel(fa['community.invite.email']!).fill('member@majma.local');
  await button(applicant, 'community.invite.submit').click();
  await applicant.getByText(fa['community.invite.sent']!.replace('{name}', 'فاطمه حسینی')).waitFor();

  // ---- The member opens the mailed link, signs in, accepts and sees the community.
  const mail = await mailTo('member@majma.local', 'دعوت به «انجمن خبرگی مدیریت دانش سازمانی»');
  const member = await person();
  await member.goto(linkIn(mail, '/invitations/accept'));
  await member.getByRole('link', { name: fa['invitation.signIn'] }).click();
  await signIn(member, 'member@majma.local');
  await button(member, 'invitation.accept').click();
  await member.getByRole('heading', { name: 'انجمن خبرگی مدیریت دانش سازمانی', level: 1 }).waitFor();
  await member.getByText(fa['community.you.role']!.replace('{role}', fa['role.member']!)).waitFor();
  expect(await member.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await screenshot(member, 'community-home-fa.png');

  // ---- A core member who had no account: opens the invitation mailed at approval, registers,
  // confirms the address and, once signed in, is back at the invitation and accepts it.
  const reza = await person();
  await reza.goto(linkIn(invitationToCore, '/invitations/accept'));
  await reza.getByRole('link', { name: fa['invitation.signUp'] }).click();
  await reza.locator('input[name="name"]').fill('رضا توکلی');
  await reza.locator('input[name="email"]').fill('reza.tavakoli@example.org');
  await reza.locator('input[name="password"]').fill('گذرواژه‌ای بلند ۱۴۰۵');
  await reza.locator('input[name="passwordConfirm"]').fill('گذرواژه‌ای بلند ۱۴۰۵');
  await button(reza, 'auth.signUp.submit').click();
  await reza.getByRole('heading', { name: fa['auth.signUp.done.title'] }).waitFor();
  const verification = await mailTo('reza.tavakoli@example.org', 'تأیید نشانی ایمیل');
  await reza.goto(linkIn(verification, '/verify-email'));
  await reza.getByRole('link', { name: fa['auth.goSignIn'] }).click();
  await reza.locator('input[name="email"]').fill('reza.tavakoli@example.org');
  await reza.locator('input[name="password"]').fill('گذرواژه‌ای بلند ۱۴۰۵');
  await button(reza, 'auth.signIn.submit').click();
  await button(reza, 'invitation.accept').click();
  await reza.getByText(fa['community.you.role']!.replace('{role}', fa['role.member']!)).waitFor();

  expect(external).toEqual([]);
}
