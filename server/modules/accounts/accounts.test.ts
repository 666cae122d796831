import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { ApiClient } from '../../../tests/support/client.js';
import { PASSWORD, signedInUser, withoutRequestId } from '../../../tests/support/builders.js';
import { linkIn, tokenOf } from '../../../tests/support/smtp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ smtp: true });
});
afterAll(() => t.close());

/** Registers through the API and returns the verification token from the real mail. */
async function register(client: ApiClient, email: string, password = PASSWORD, name = 'نرگس امینی') {
  const res = await client.post('/api/auth/register', { email, password, name, locale: 'fa' });
  expect(res.status).toBe(202);
  await t.runJobs();
  return tokenOf(linkIn(await t.smtp!.waitFor(email), '/verify-email'));
}

describe('registration and email verification', () => {
  it('registers, mails a Persian verification link, verifies, then signs in', async () => {
    const client = new ApiClient(t.app, 'fa', '10.1.0.1');
    const token = await register(client, 'narges@example.org');
    const mail = t.smtp!.to('narges@example.org')[0]!;
    expect(mail.subject).toBe('تأیید نشانی ایمیل در مجمع');
    expect(mail.text).toContain('نرگس امینی');

    const before = await client.post('/api/auth/sign-in', { email: 'narges@example.org', password: PASSWORD });
    expect(before.status).toBe(403);
    expect(before.body.code).toBe('email_not_verified');

    const verified = await client.post('/api/auth/verify-email', { token });
    expect(verified.status).toBe(200);
    expect(verified.body.message).toContain('تأیید شد');

    const signIn = await client.post('/api/auth/sign-in', { email: 'Narges@Example.org', password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user).toMatchObject({ email: 'narges@example.org', emailVerified: true, role: 'user', locale: 'fa' });
    const session = await client.get('/api/session');
    expect(session.body.user.profile.name).toBe('نرگس امینی');
  });

  it('refuses a verification token used twice or unknown', async () => {
    const client = new ApiClient(t.app, 'en', '10.1.0.2');
    const token = await register(client, 'twice@example.org');
    expect((await client.post('/api/auth/verify-email', { token })).status).toBe(200);
    const again = await client.post('/api/auth/verify-email', { token });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('token_invalid');
    const unknown = await client.post('/api/auth/verify-email', { token: 'not-a-token' });
    expect(unknown.body.code).toBe('token_invalid');
  });

  it('gives the same answer for a registered and a new email, and tells the owner by mail', async () => {
    await signedInUser(t, { email: 'taken@example.org' });
    const client = new ApiClient(t.app, 'en', '10.1.0.3');
    const known = await client.post('/api/auth/register', { email: 'taken@example.org', password: 'another password', name: 'Intruder' });
    const unknown = await client.post('/api/auth/register', { email: 'fresh@example.org', password: 'another password', name: 'Newcomer' });
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    await t.runJobs();
    const notice = await t.smtp!.waitFor('taken@example.org');
    expect(notice.subject).toContain('تلاش برای ثبت‌نام');
    // The intruder's password did not replace the owner's.
    const owner = await client.post('/api/auth/sign-in', { email: 'taken@example.org', password: PASSWORD });
    expect(owner.status).toBe(200);
  });

  it('answers two registrations of the same new address at once alike, creating one account', async () => {
    const a = new ApiClient(t.app, 'en', '10.1.0.7');
    const b = new ApiClient(t.app, 'en', '10.1.0.8');
    await a.get('/api/session');
    await b.get('/api/session');
    const body = { email: 'twin@example.org', password: PASSWORD, name: 'Twin' };
    const [first, second] = await Promise.all([a.post('/api/auth/register', body), b.post('/api/auth/register', body)]);
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(second.body).toEqual(first.body);
    const admin = await signedInUser(t, { role: 'admin' });
    expect((await admin.client.get('/api/admin/users?q=twin@example.org')).body.items).toHaveLength(1);
  });

  it('names every invalid field at once, in the language asked for, and stores nothing', async () => {
    const client = new ApiClient(t.app, 'fa', '10.1.0.4');
    const res = await client.post('/api/auth/register', { email: 'not-an-email', password: 'short' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toBe('برخی از مقادیر واردشده درست نیستند.');
    const fields = Object.fromEntries(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
    expect(fields).toEqual({ email: 'email', password: 'minLength', name: 'required' });
    expect(res.body.errors.find((e: { field: string }) => e.field === 'password').message).toBe('دست‌کم ۸ نویسه لازم است.');
    const admin = await signedInUser(t, { role: 'admin' });
    const users = await admin.client.get('/api/admin/users?q=not-an-email');
    expect(users.body.items).toEqual([]);
  });

  it('answers malformed and oversized bodies with a 4xx problem, never a 500', async () => {
    const client = new ApiClient(t.app, 'en', '10.1.0.5');
    const malformed = await client.request('POST', '/api/auth/sign-in', '{"email":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_body');
    const huge = await client.post('/api/auth/register', { email: 'big@example.org', password: PASSWORD, name: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toBe('The data sent is larger than allowed.');
    const unknownField = await client.post('/api/auth/sign-in', { email: 'a@b.org', password: 'x', admin: true });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual([expect.objectContaining({ field: 'admin', code: 'unknownField' })]);
  });
});

describe('signing in and out', () => {
  it('answers a wrong password and an unknown email identically', async () => {
    await signedInUser(t, { email: 'known@example.org' });
    const client = new ApiClient(t.app, 'en', '10.2.0.1');
    const wrong = await client.post('/api/auth/sign-in', { email: 'known@example.org', password: 'wrong password' });
    const unknown = await client.post('/api/auth/sign-in', { email: 'nobody@example.org', password: 'wrong password' });
    expect(wrong.status).toBe(401);
    expect(withoutRequestId(wrong.body)).toEqual(withoutRequestId(unknown.body));
    expect(wrong.body.detail).toBe('The email or password is wrong.');
  });

  it('replaces the browser\'s previous session when signing in again', async () => {
    const { client, email } = await signedInUser(t);
    const oldCookie = client.cookie('majma_session');
    expect((await client.post('/api/auth/sign-in', { email, password: PASSWORD })).status).toBe(200);
    expect(client.cookie('majma_session')).not.toBe(oldCookie);
    const stale = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `majma_session=${oldCookie}` } });
    expect(stale.statusCode).toBe(401);
  });

  it('keeps the session in an httpOnly cookie and ends it on sign-out', async () => {
    const { client } = await signedInUser(t);
    const res = await client.get('/api/me');
    expect(res.status).toBe(200);
    const again = new ApiClient(t.app);
    const signIn = await again.post('/api/auth/sign-in', { email: res.body.email, password: PASSWORD });
    const setCookie = String(signIn.headers['set-cookie']);
    expect(setCookie).toMatch(/majma_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect((await client.post('/api/auth/sign-out')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/session')).body.user).toBeNull();
  });

  it('expires sessions after the configured number of days', async () => {
    const { client } = await signedInUser(t);
    t.clock.advance((t.config.sessionDays + 1) * 86_400_000);
    const res = await client.get('/api/me');
    t.clock.set(new Date());
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { client } = await signedInUser(t);
    const res = await client.request('PATCH', '/api/me/profile', { profile: { bio: 'x' } }, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf');
    const me = await client.get('/api/me');
    expect(me.body.profile.bio).toBe('');
  });

  it('limits sign-in attempts per email, with Retry-After', async () => {
    await signedInUser(t, { email: 'target@example.org' });
    const client = new ApiClient(t.app, 'en', '10.2.0.9');
    const statuses: number[] = [];
    // The owner's own sign-in above was the first of the ten attempts the window allows.
    for (let i = 0; i < 10; i++) statuses.push((await client.post('/api/auth/sign-in', { email: 'target@example.org', password: `guess ${i}` })).status);
    expect(statuses).toEqual([...Array(9).fill(401), 429]);
    const limited = await client.post('/api/auth/sign-in', { email: 'target@example.org', password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(11 * 60_000);
    const later = await client.post('/api/auth/sign-in', { email: 'target@example.org', password: PASSWORD });
    t.clock.set(new Date());
    expect(later.status).toBe(200);
  });

  it('limits registrations per client address', async () => {
    const client = new ApiClient(t.app, 'en', '10.2.0.10');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await client.post('/api/auth/register', { email: `flood${i}@example.org`, password: PASSWORD, name: 'Flood' })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
    expect(statuses[10]).toBe(429);
  });
});

describe('password reset and change', () => {
  it('resets the password with the mailed link once, and signs out other sessions', async () => {
    const { client: oldSession, email } = await signedInUser(t, { email: 'forgetful@example.org' });
    const visitor = new ApiClient(t.app, 'en', '10.3.0.1');
    const res = await visitor.post('/api/auth/password-reset', { email });
    expect(res.status).toBe(202);
    await t.runJobs();
    const token = tokenOf(linkIn(await t.smtp!.waitFor(email), '/reset-password'));

    const done = await visitor.post('/api/auth/password-reset/confirm', { token, password: 'a brand new secret' });
    expect(done.status).toBe(200);
    expect((await oldSession.get('/api/me')).status).toBe(401);
    const reused = await visitor.post('/api/auth/password-reset/confirm', { token, password: 'yet another secret' });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('token_invalid');
    expect((await visitor.post('/api/auth/sign-in', { email, password: PASSWORD })).status).toBe(401);
    expect((await visitor.post('/api/auth/sign-in', { email, password: 'a brand new secret' })).status).toBe(200);
  });

  it('refuses an expired reset link', async () => {
    const { email } = await signedInUser(t, { email: 'slow@example.org' });
    const visitor = new ApiClient(t.app, 'fa', '10.3.0.2');
    await visitor.post('/api/auth/password-reset', { email });
    await t.runJobs();
    const token = tokenOf(linkIn(await t.smtp!.waitFor(email), '/reset-password'));
    t.clock.advance(61 * 60_000);
    const res = await visitor.post('/api/auth/password-reset/confirm', { token, password: 'a brand new secret' });
    t.clock.set(new Date());
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('token_expired');
    expect(res.body.detail).toBe('این پیوند منقضی شده است. پیوند تازه‌ای درخواست کنید.');
  });

  it('answers a reset request for an unknown email like a known one, and mails nobody', async () => {
    const visitor = new ApiClient(t.app, 'en', '10.3.0.3');
    const before = t.smtp!.mails.length;
    const unknown = await visitor.post('/api/auth/password-reset', { email: 'ghost@example.org' });
    const known = await visitor.post('/api/auth/password-reset', { email: 'known@example.org' });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    await t.runJobs();
    expect(t.smtp!.to('ghost@example.org')).toHaveLength(0);
    expect(t.smtp!.mails.length).toBe(before + 1);
  });

  it('limits reset mails per email, so nobody can flood an inbox', async () => {
    const { email } = await signedInUser(t, { email: 'flooded@example.org' });
    const visitor = new ApiClient(t.app, 'en', '10.3.0.4');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await visitor.post('/api/auth/password-reset', { email })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    await t.runJobs();
    expect(t.smtp!.to(email)).toHaveLength(3);
  });

  it('re-sends verification only to an unverified account, answering the same for any email', async () => {
    const visitor = new ApiClient(t.app, 'en', '10.3.0.6');
    await register(visitor, 'waiting@example.org');
    await signedInUser(t, { email: 'already@example.org' });
    const answers = [];
    for (const email of ['waiting@example.org', 'already@example.org', 'nobody-here@example.org']) {
      const res = await visitor.post('/api/auth/resend-verification', { email });
      answers.push({ status: res.status, body: res.body });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    await t.runJobs();
    expect(t.smtp!.to('waiting@example.org')).toHaveLength(2);
    expect(t.smtp!.to('already@example.org')).toHaveLength(0);
    expect(t.smtp!.to('nobody-here@example.org')).toHaveLength(0);
  });

  it('changes the password with the current one, keeping this session only', async () => {
    const { client, email } = await signedInUser(t);
    const other = new ApiClient(t.app, 'en', '10.3.0.5');
    await other.post('/api/auth/sign-in', { email, password: PASSWORD });
    const wrong = await client.post('/api/me/password', { currentPassword: 'nope nope', newPassword: 'a brand new secret' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    expect((await client.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'a brand new secret' })).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
  });
});

describe('profiles and their visibility', () => {
  it('saves every formation-form field, with Persian digits in the phone accepted', async () => {
    const { client } = await signedInUser(t);
    const res = await client.patch('/api/me/profile', {
      locale: 'ar',
      profile: {
        degree: 'دکتری',
        fieldOfStudy: 'مهندسی صنایع',
        jobTitle: 'استاد',
        position: 'رئیس دانشکده',
        organization: 'دانشگاه تهران',
        phone: '۰۹۱۲ ۳۴۵ ٦٧٨٩',
        address: 'تهران، خیابان انقلاب',
        bio: 'پژوهشگر بهره‌وری',
        expertise: ['بهره‌وری', ' مدیریت دانش ', 'بهره‌وری'],
        languages: ['fa', 'en'],
      },
      visibility: { phone: 'members', organization: 'public' },
    });
    expect(res.status).toBe(200);
    expect(res.body.locale).toBe('ar');
    expect(res.body.profile).toMatchObject({ phone: '0912 345 6789', expertise: ['بهره‌وری', 'مدیریت دانش'] });
    expect(res.body.visibility.phone).toBe('members');
    expect(res.body.visibility.email).toBe('admins');
  });

  it('rejects an invalid phone and an unknown visibility, naming the fields', async () => {
    const { client } = await signedInUser(t);
    const res = await client.patch('/api/me/profile', { profile: { phone: 'call me' }, visibility: { email: 'everyone' } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['visibility.email']);
    const phone = await client.patch('/api/me/profile', { profile: { phone: 'call me' } });
    expect(phone.body.errors).toEqual([expect.objectContaining({ field: 'profile.phone', code: 'phone' })]);
  });

  it('shows each contact field only to those its visibility allows', async () => {
    const owner = await signedInUser(t, { email: 'visible@example.org' });
    await owner.client.patch('/api/me/profile', {
      profile: { phone: '+98 21 1234 5678', organization: 'اندیشکده', address: 'قم' },
      visibility: { phone: 'members', organization: 'public', address: 'admins', email: 'admins' },
    });
    const id = owner.me.id;
    const visitor = new ApiClient(t.app);
    const member = await signedInUser(t);
    const admin = await signedInUser(t, { role: 'admin' });

    const seen = async (c: ApiClient) => (await c.get(`/api/users/${id}`)).body.fields;
    expect(await seen(visitor)).toEqual({ organization: 'اندیشکده' });
    // A signed-in user who shares no community with the owner does not see members-only fields
    // (communities.test.ts shows that a fellow member does).
    expect(await seen(member.client)).toEqual({ organization: 'اندیشکده' });
    expect(await seen(admin.client)).toEqual({ organization: 'اندیشکده', phone: '+98 21 1234 5678', address: 'قم', email: 'visible@example.org' });
  });
});

describe('platform roles', () => {
  it('lets only admins list users and change roles, and keeps the last admin', async () => {
    const user = await signedInUser(t, { name: 'كاربر عادي' });
    expect((await user.client.get('/api/admin/users')).status).toBe(403);
    expect((await user.client.patch(`/api/admin/users/${user.me.id}`, { role: 'admin' })).status).toBe(403);

    const fresh = await startTestApp();
    try {
      const admin = await signedInUser(fresh, { role: 'admin' });
      const member = await signedInUser(fresh, { name: 'كاظم علي' });
      // Arabic kaf/yeh typed by one, Persian letters searched by another: still found.
      const found = await admin.client.get(`/api/admin/users?q=${encodeURIComponent('کاظم علی')}`);
      expect(found.body.items.map((u: { id: string }) => u.id)).toEqual([member.me.id]);
      const promoted = await admin.client.patch(`/api/admin/users/${member.me.id}`, { role: 'admin' });
      expect(promoted.body.role).toBe('admin');
      expect((await admin.client.patch(`/api/admin/users/${admin.me.id}`, { role: 'user' })).status).toBe(200);
      const last = await member.client.patch(`/api/admin/users/${member.me.id}`, { role: 'user' });
      expect(last.status).toBe(409);
      expect(last.body.code).toBe('last_admin');
    } finally {
      await fresh.close();
    }
  });

  it('pages through users with a cursor, newest first', async () => {
    const fresh = await startTestApp();
    try {
      const admin = await signedInUser(fresh, { role: 'admin' });
      for (let i = 0; i < 4; i++) {
        fresh.clock.advance(1000);
        await fresh.app.services.accounts.createUser({ email: `p${i}@example.org`, password: PASSWORD, name: `P${i}` });
      }
      const first = await admin.client.get('/api/admin/users?limit=3');
      expect(first.body.items.map((u: { name: string }) => u.name)).toEqual(['P3', 'P2', 'P1']);
      const second = await admin.client.get(`/api/admin/users?limit=3&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((u: { name: string }) => u.name)).toEqual(['P0', admin.me.profile.name]);
      expect(second.body.nextCursor).toBeNull();
      expect((await admin.client.get('/api/admin/users?cursor=garbage')).status).toBe(400);
    } finally {
      await fresh.close();
    }
  });

  it('creates the first admin with a one-time password on an empty database only', async () => {
    const fresh = await startTestApp();
    try {
      const created = await fresh.app.services.accounts.ensureFirstAdmin();
      expect(created?.email).toBe(fresh.config.adminEmail);
      expect(await fresh.app.services.accounts.ensureFirstAdmin()).toBeNull();
      const client = new ApiClient(fresh.app);
      const res = await client.post('/api/auth/sign-in', { email: created!.email, password: created!.password });
      expect(res.body.user).toMatchObject({ role: 'admin', mustChangePassword: true });
      // Until the one-time password is replaced, the account can do nothing else.
      const blocked = await client.get('/api/admin/users');
      expect(blocked.status).toBe(403);
      expect(blocked.body.code).toBe('password_change_required');
      expect((await client.post('/api/me/password', { currentPassword: created!.password, newPassword: 'my own long secret' })).status).toBe(204);
      expect((await client.get('/api/admin/users')).status).toBe(200);
      expect((await client.get('/api/me')).body.mustChangePassword).toBe(false);
    } finally {
      await fresh.close();
    }
  });
});
