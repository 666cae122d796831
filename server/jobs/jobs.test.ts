import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startTestApp } from '../../tests/support/app.js';
import { freshDatabase } from '../../tests/support/db.js';
import { ApiClient } from '../../tests/support/client.js';
import { startSmtpSink } from '../../tests/support/smtp.js';
import type { Database } from '../db/connection.js';
import { inTransaction } from '../db/transaction.js';
import { SEND_EMAIL_JOB } from '../modules/notifications/service.js';
import { backoffMs } from './runner.js';
import { findJobs } from './store.js';

describe('email delivery through the jobs table', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(inject('dbTemplate'));
  });
  afterAll(() => database.close());

  it('retries with backoff while SMTP is down and delivers after a restart', async () => {
    const smtp = await startSmtpSink();
    smtp.failNext(2);
    const env = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) };
    const first = await startTestApp({ database, env });
    const client = new ApiClient(first.app, 'en');
    expect((await client.post('/api/auth/password-reset', { email: 'nobody@example.org' })).status).toBe(202);
    await first.app.services.accounts.createUser({ email: 'patient@example.org', password: 'long enough pw', name: 'Patient' });
    await client.post('/api/auth/password-reset', { email: 'patient@example.org' });

    await first.runJobs();
    let [job] = await findJobs(database.db, SEND_EMAIL_JOB);
    expect(job).toMatchObject({ attempts: 1, doneAt: null, failedAt: null });
    expect(job!.lastError).toContain('451');
    expect(job!.runAt.getTime()).toBe(first.clock.now().getTime() + backoffMs(1));

    // Not due yet: nothing is sent.
    await first.runJobs();
    expect(smtp.mails).toHaveLength(0);

    first.clock.advance(backoffMs(1));
    await first.runJobs();
    [job] = await findJobs(database.db, SEND_EMAIL_JOB);
    expect(job!.attempts).toBe(2);
    const retryAt = job!.runAt;
    await first.close();

    // The process restarts: a new app on the same database finds the pending mail.
    const second = await startTestApp({ database, env });
    second.clock.set(retryAt);
    await second.runJobs();
    const mail = await smtp.waitFor('patient@example.org');
    expect(mail.subject).toBe('بازنشانی گذرواژه مجمع');
    [job] = await findJobs(database.db, SEND_EMAIL_JOB);
    expect(job).toMatchObject({ attempts: 3, lastError: null });
    expect(job!.doneAt).not.toBeNull();
    await second.close();
    await smtp.close();
  });

  it('keeps a mail that failed every attempt, marked failed, instead of dropping it', async () => {
    const t = await startTestApp({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: '1' } });
    try {
      await t.app.services.accounts.createUser({ email: 'unlucky@example.org', password: 'long enough pw', name: 'Unlucky' });
      await new ApiClient(t.app).post('/api/auth/password-reset', { email: 'unlucky@example.org' });
      for (let i = 0; i < 12; i++) {
        await t.runJobs();
        t.clock.advance(backoffMs(12));
      }
      const [job] = await findJobs(t.database.db, SEND_EMAIL_JOB);
      expect(job!.attempts).toBe(12);
      expect(job!.failedAt).not.toBeNull();
      expect(job!.payload).toMatchObject({ to: 'unlucky@example.org' });
    } finally {
      await t.close();
    }
  });

  it('without SMTP, puts mails in the dev mailbox that only admins can read', async () => {
    const t = await startTestApp();
    try {
      const admin = await t.app.services.accounts.createUser({ email: 'root@example.org', password: 'long enough pw', name: 'Root', role: 'admin' });
      const adminClient = new ApiClient(t.app, 'fa');
      await adminClient.post('/api/auth/sign-in', { email: admin.email, password: 'long enough pw' });
      const visitor = new ApiClient(t.app, 'fa');
      await visitor.post('/api/auth/register', { email: 'newbie@example.org', password: 'long enough pw', name: 'تازه‌وارد', locale: 'fa' });
      await t.runJobs();

      const list = await adminClient.get('/api/admin/mailbox');
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([expect.objectContaining({ to: 'newbie@example.org', subject: 'تأیید نشانی ایمیل در مجمع' })]);
      const mail = await adminClient.get(`/api/admin/mailbox/${list.body.items[0].id}`);
      expect(mail.body.text).toContain('http://majma.test/verify-email?token=');

      await visitor.post('/api/auth/verify-email', { token: new URL(mail.body.text.match(/http\S+/)[0]).searchParams.get('token') });
      await visitor.post('/api/auth/sign-in', { email: 'newbie@example.org', password: 'long enough pw' });
      expect((await visitor.get('/api/admin/mailbox')).status).toBe(403);
      expect((await new ApiClient(t.app).get('/api/admin/mailbox')).status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('sends nothing for a change that was rolled back', async () => {
    const t = await startTestApp();
    try {
      const attempt = inTransaction(t.database.db, async (tx) => {
        await t.app.services.notifications.queueEmail(tx, 'ghost@example.org', 'fa', { template: 'verifyEmail', name: 'Ghost', link: 'http://majma.test/x' });
        throw new Error('the change fails after queueing its mail');
      });
      await expect(attempt).rejects.toThrow('the change fails');
      expect(await findJobs(t.database.db, SEND_EMAIL_JOB)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
