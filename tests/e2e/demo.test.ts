import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startMajma } from './support.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'majma-demo-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Signs in through the API the way the web client does (CSRF cookie, then the header). */
async function signIn(url: string, email: string, password: string) {
  const session = await fetch(`${url}/api/session`);
  const csrf = (session.headers.getSetCookie().find((c) => c.startsWith('majma_csrf=')) ?? '').split(';')[0]!;
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: csrf, 'x-csrf-token': csrf.split('=')[1]! },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, body: (await res.json()) as { user?: { role: string; profile: { name: string } } } };
}

it('the demo start creates Persian demo accounts once and a second start keeps the data', async () => {
  const first = await startMajma(['--demo'], { dataDir });
  try {
    expect(first.output()).toContain('demo content created');
    const password = /password: (\S+)/.exec(first.output())?.[1];
    expect(password).toBeTruthy();
    const admin = await signIn(first.url, 'admin@majma.local', password!);
    expect(admin.status).toBe(200);
    expect(admin.body.user).toMatchObject({ role: 'admin', profile: { name: 'مریم احمدی' } });
    expect((await signIn(first.url, 'member@majma.local', password!)).body.user?.role).toBe('user');
    // Demo communities from the seeds' themes; the private one is not listed to a visitor.
    const listed = (await (await fetch(`${first.url}/api/communities`)).json()) as { items: { slug: string; membersCount: number }[] };
    expect(listed.items.map((c) => [c.slug, c.membersCount])).toEqual([
      ['ngo-network', 3],
      ['productivity-experts', 5],
    ]);
    const members = (await (await fetch(`${first.url}/api/communities/productivity-experts/members`)).json()) as { items: { role: string }[] };
    expect(members.items.map((m) => m.role).sort()).toEqual(['chair', 'facilitator', 'guest_expert', 'member', 'secretary']);
    // The source's call, open, with contributions in two of its six domains.
    const calls = (await (await fetch(`${first.url}/api/calls`)).json()) as { items: { title: string; state: string; submitted: number }[] };
    expect(calls.items).toEqual([expect.objectContaining({ title: 'مشارکت در تدوین سیاست‌های کلی برنامه هفتم', state: 'open', submitted: 2 })]);
  } finally {
    await first.stop();
  }
  expect(fs.existsSync(path.join(dataDir, 'pglite'))).toBe(true);

  const second = await startMajma(['--demo'], { dataDir });
  try {
    expect(second.output()).toContain('existing data kept');
    expect((await signIn(second.url, 'admin@majma.local', 'majma-demo-1405')).status).toBe(200);
    const listed = (await (await fetch(`${second.url}/api/communities`)).json()) as { items: unknown[] };
    expect(listed.items).toHaveLength(2);
  } finally {
    await second.stop();
  }
});
