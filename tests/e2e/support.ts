import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSmtpSink, type SmtpSink } from '../support/smtp.js';

export const ARTIFACTS = path.resolve('tests/e2e/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The web catalogs, so tests find buttons by the words users see. */
export const catalog = (locale: 'fa' | 'ar' | 'en') =>
  JSON.parse(fs.readFileSync(path.resolve('web/i18n/messages', `${locale}.json`), 'utf8')) as Record<string, string>;

/** Formatted dates carry invisible bidi marks; compare without them. */
export const stripMarks = (s: string) => s.replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface RunningMajma {
  url: string;
  smtp: SmtpSink;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts the built app (`node dist/server/main.js`) as a real process on a fresh data folder. */
export async function startMajma(args: string[] = [], options: { dataDir?: string } = {}): Promise<RunningMajma> {
  if (!fs.existsSync('dist/server/main.js') || !fs.existsSync('dist/web/index.html')) {
    throw new Error('The app is not built: run `npm run build` first (npm test does).');
  }
  const smtp = await startSmtpSink();
  const port = await freePort();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'majma-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js', ...args], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      JOB_POLL_MS: '100',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Majma exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Majma did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    smtp,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await smtp.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** Records every request the page makes outside the app: there must be none. */
export function watchExternalRequests(page: Page, origin: string): string[] {
  const external: string[] = [];
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  return external;
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

export const DEMO_PASSWORD = 'majma-demo-1405';

/** A signed-in API session the way the web client keeps one (session cookie, CSRF header), for setting the scene. */
export async function apiAs(baseUrl: string, email: string, password = DEMO_PASSWORD) {
  const first = await fetch(`${baseUrl}/api/session`);
  const csrf = (first.headers.getSetCookie().find((c) => c.startsWith('majma_csrf=')) ?? '').split(';')[0]!;
  let cookie = csrf;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf.split('=')[1]!, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('majma_session='));
    if (session) cookie = `${csrf}; ${session.split(';')[0]}`;
    const text = await res.text();
    const json = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return json;
  };
  await call('POST', '/api/auth/sign-in', { email, password });
  const me = await call('GET', '/api/me');
  return { call, id: me.id as string };
}

/** A Persian browser context signed in through the form; the caller closes the context. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string, options: { clock?: Date; timezoneId?: string; password?: string } = {}) {
  const context = await browser.newContext({ locale: 'fa-IR', viewport: { width: 1200, height: 900 }, acceptDownloads: true, timezoneId: options.timezoneId });
  const page = await context.newPage();
  if (options.clock) await page.clock.install({ time: options.clock });
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(options.password ?? DEMO_PASSWORD);
  const fa = catalog('fa');
  await page.getByRole('button', { name: fa['auth.signIn.submit'], exact: true }).click();
  await page.getByRole('button', { name: fa['nav.signOut'] }).waitFor();
  return { context, page };
}
