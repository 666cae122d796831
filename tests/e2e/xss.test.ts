/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { XSS_PAYLOADS } from '../../web/ui/xssPayloads.js';
import { ARTIFACTS, apiAs, launchBrowser, screenshot, startMajma, watchExternalRequests, type RunningMajma } from './support.js';

/**
 * The XSS payloads of web/ui/xssPayloads.ts in the real browser: a call manager puts all of them
 * into a call's description (rendered by the Markdown component on the call's public page) and
 * some into a community's description (shown in search snippets); the page is opened with
 * `alert`, `confirm`, `prompt`, `print` and `window.__xss.push` recording every call, every
 * element is hovered and every link clicked — and nothing may run.
 *
 * The first pass turns the page's content security policy off (bypassCSP), so it tests the
 * renderer alone and not the CSP that would also stop inline script; a second pass runs with it.
 */

const MARKER = 'xss-suite';

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

/** A Persian page that records every attempt to run script, and every dialog. */
async function watchedPage(options: { bypassCSP: boolean }) {
  const context = await browser.newContext({ locale: 'fa-IR', viewport: { width: 1200, height: 900 }, bypassCSP: options.bypassCSP });
  contexts.push(context);
  const ran: string[] = [];
  const dialogs: string[] = [];
  await context.exposeBinding('__xssReport', (_source, what: string) => void ran.push(what));
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __xssReport: (what: string) => void };
    const report = (what: string, args: unknown[]) => w.__xssReport(`${what}(${args.map((a) => String(a)).join(', ')})`);
    const list: unknown[] = [];
    list.push = (...args: unknown[]) => {
      report('__xss.push', args);
      return Array.prototype.push.apply(list, args);
    };
    w.__xss = list;
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      w[name] = (...args: unknown[]) => {
        report(name, args);
        return name === 'confirm' ? false : null;
      };
    }
  });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  // Links to other sites answer 204 No Content: the browser stays on the page.
  await page.route(
    (url) => !url.href.startsWith(majma.url),
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  return { page, ran, dialogs };
}

/** What the rendered Markdown holds that it must not: elements, event handlers, link targets. */
async function inspect(page: Page, selector: string) {
  return page.locator(selector).evaluate((root) => {
    const problems: string[] = [];
    const forbidden = ['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'img', 'frame', 'base', 'meta', 'link', 'form', 'input', 'button', 'template', 'noscript', 'details'];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const name = el.localName;
      if (forbidden.includes(name)) problems.push(`<${name}>`);
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.toLowerCase().startsWith('on')) problems.push(`${attr.name} on <${name}>`);
        if (attr.name === 'style' && !/^text-align:(left|right|center)$/.test(attr.value)) problems.push(`style="${attr.value}"`);
      }
    }
    const links = Array.from(root.querySelectorAll('a'));
    for (const a of links) {
      const raw = (a.getAttribute('href') ?? '').trim().toLowerCase();
      if (!['http:', 'https:', 'mailto:', '/', '#'].some((p) => raw.startsWith(p))) problems.push(`href="${a.getAttribute('href')}"`);
      if (!['http:', 'https:', 'mailto:'].includes(a.protocol)) problems.push(`link to ${a.protocol}`);
      if (a.getAttribute('rel') !== 'nofollow ugc noopener') problems.push(`rel="${a.getAttribute('rel')}"`);
      if (a.hasAttribute('target')) problems.push('target');
    }
    return { problems, links: links.length, text: (root as HTMLElement).innerText };
  });
}

it('no XSS payload runs in a call description, hovered or clicked, and each is shown as text', async () => {
  // ---- The scene: a call manager (the administrator) opens a call whose description holds
  // every payload, and whose title and summary hold some more.
  const admin = await apiAs(majma.url, 'admin@majma.local');
  const description = [`## ${MARKER}`, ...XSS_PAYLOADS.map((p) => p.source), `[${MARKER}-end](https://example.org/end)`].join('\n\n');
  const call = await admin.call('POST', '/api/calls', {
    title: 'فراخوان آزمون امنیت <img src=x onerror=alert(1)>',
    summary: '<script>alert("summary")</script>',
    description,
    domains: [{ key: 'culture', title: 'علمی <svg onload=alert(1)>', description: '[x](javascript:alert(1))' }],
    audienceGroups: [{ key: 'public', title: 'عموم مردم' }],
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    blindReview: false,
    publicAfterClose: false,
    wordLimit: null,
    attachments: { allowed: false, maxBytes: 1024 * 1024, types: [], maxFiles: 0 },
  });
  await admin.call('POST', `/api/calls/${call.id}/publish`);
  const callUrl = `${majma.url}/calls/${call.id}`;
  const descriptionSelector = 'section[aria-labelledby="about-title"] .markdown';

  // ---- Without the CSP: only the renderer stands between the payloads and the page.
  const { page, ran, dialogs } = await watchedPage({ bypassCSP: true });
  const external = watchExternalRequests(page, majma.url);
  await page.goto(callUrl);
  await page.getByRole('heading', { name: MARKER }).waitFor();
  await page.waitForLoadState('networkidle');

  const found = await inspect(page, descriptionSelector);
  expect(found.problems).toEqual([]);
  for (const p of XSS_PAYLOADS) expect(found.text, p.name).toContain(p.visible);
  // The title and summary are plain text.
  await page.getByRole('heading', { level: 1, name: 'فراخوان آزمون امنیت <img src=x onerror=alert(1)>' }).waitFor();
  expect(await page.locator('main img, main iframe, main script, main object, main embed').count()).toBe(0);
  // Loading the page fetched nothing from elsewhere (no image, no stylesheet import).
  expect(external).toEqual([]);
  await screenshot(page, 'xss-call-fa.png');

  // ---- Hover every element of the description (onmouseover and the like).
  const elements = page.locator(`${descriptionSelector} *`);
  const count = await elements.count();
  for (let i = 0; i < count; i++) await elements.nth(i).hover({ force: true, timeout: 2_000 }).catch(() => undefined);

  // ---- Click every link: only web and mail links exist; none of them runs anything.
  const links = page.locator(`${descriptionSelector} a`);
  const linkCount = await links.count();
  expect(linkCount).toBe(found.links);
  expect(linkCount).toBeGreaterThan(5);
  for (let i = 0; i < linkCount; i++) {
    const href = (await links.nth(i).getAttribute('href')) ?? '';
    if (href.startsWith('mailto:')) continue; // would hand over to a mail program
    await links.nth(i).click({ timeout: 5_000 });
    await page.waitForTimeout(50);
    if (!page.url().startsWith(callUrl)) {
      await page.goto(callUrl);
      await page.getByRole('heading', { name: MARKER }).waitFor();
    }
  }
  // And try the keyboard: tab through the description's links.
  await page.locator(descriptionSelector).locator('h2').first().click();
  for (let i = 0; i < Math.min(linkCount, 20); i++) await page.keyboard.press('Tab');

  await page.waitForTimeout(300);
  expect(ran).toEqual([]);
  expect(dialogs).toEqual([]);

  // The harness itself works: a handler that did get into the page would be seen.
  await page.locator(descriptionSelector).evaluate((root) => root.insertAdjacentHTML('beforeend', '<img src="x" onerror="alert(\'control\')">'));
  await expect.poll(() => ran).toEqual(['alert(control)']);
  expect((await inspect(page, descriptionSelector)).problems).toEqual(['<img>', 'onerror on <img>']);

  // ---- With the CSP, as deployed: the same.
  const secured = await watchedPage({ bypassCSP: false });
  await secured.page.goto(callUrl);
  await secured.page.getByRole('heading', { name: MARKER }).waitFor();
  await secured.page.waitForLoadState('networkidle');
  expect((await inspect(secured.page, descriptionSelector)).problems).toEqual([]);
  expect(secured.ran).toEqual([]);
  expect(secured.dialogs).toEqual([]);

  fs.mkdirSync('/tmp/h-h5', { recursive: true });
  fs.copyFileSync(path.join(ARTIFACTS, 'xss-call-fa.png'), '/tmp/h-h5/xss-call-fa.png');
});

it('search snippets show payloads as text, with the matched words marked', async () => {
  // The community's chair writes payloads into its description; it is indexed for search.
  const chair = await apiAs(majma.url, 'chair@majma.local');
  const payloads = XSS_PAYLOADS.slice(0, 8).map((p) => p.source);
  await chair.call('PATCH', '/api/communities/productivity-experts', { description: `آزمون‌امنیتی ${payloads.join(' ')}` });

  const { page, ran, dialogs } = await watchedPage({ bypassCSP: true });
  await page.goto(`${majma.url}/search?q=${encodeURIComponent('آزمون امنيتي')}&kind=community`);
  const result = page.locator('.search-result').first();
  await result.waitFor();
  // Arabic yeh in the query, Persian in the text, ZWNJ between the words: both marked.
  expect(await result.locator('mark').allInnerTexts()).toEqual(['آزمون', 'امنیتی']);
  const snippet = await result.locator('.search-result-snippet').innerText();
  expect(snippet).toContain(XSS_PAYLOADS[0]!.visible);
  expect(await page.locator('main img, main svg:not([aria-hidden="true"]), main iframe, main script').count()).toBe(0);
  for (const el of await result.locator('*').all()) await el.hover({ force: true, timeout: 2_000 }).catch(() => undefined);
  await page.waitForTimeout(200);
  expect(ran).toEqual([]);
  expect(dialogs).toEqual([]);
  await screenshot(page, 'xss-search-fa.png');
  fs.copyFileSync(path.join(ARTIFACTS, 'xss-search-fa.png'), '/tmp/h-h5/xss-search-fa.png');
});
