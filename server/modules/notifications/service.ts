import type { Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/connection.js';
import { forbidden, notFound } from '../../http/errors.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import type { Locale } from '../../i18n/index.js';
import type { Mailer } from '../../jobs/mailer.js';
import { insertJob } from '../../jobs/store.js';
import { renderEmail, type Email, type EmailTemplate } from './emails.js';
import { mailboxPolicy } from './policy.js';
import { presentMail, presentMailSummary } from './present.js';
import { findDevMail, insertDevMail, listDevMails } from './store.js';

export const SEND_EMAIL_JOB = 'send_email';

export function createNotificationsService(deps: { db: Db; clock: Clock; mailer: Mailer | null }) {
  const { db, clock } = deps;

  return {
    /**
     * Queues a mail in the caller's transaction (the outbox): it is sent after commit,
     * retried with backoff, and never sent for a rolled-back change.
     */
    async queueEmail(tx: Db, to: string, locale: Locale, mail: EmailTemplate) {
      const email = renderEmail(to, locale, mail);
      const now = clock.now();
      await insertJob(tx, { kind: SEND_EMAIL_JOB, payload: { ...email }, runAt: now, createdAt: now });
    },

    /** The send_email job: SMTP when configured, else the dev mailbox. */
    async deliver(payload: Record<string, unknown>) {
      const email = payload as unknown as Email;
      if (deps.mailer) await deps.mailer.send(email);
      else await insertDevMail(db, { to: email.to, subject: email.subject, text: email.text, html: email.html, createdAt: clock.now() });
    },

    async listMailbox(ctx: Ctx, query: { cursor?: string; limit?: number }) {
      if (!mailboxPolicy.read(ctx.actor)) throw forbidden();
      const limit = query.limit ?? 20;
      const rows = await listDevMails(db, decodeCursor(query.cursor), limit);
      return toPage(rows, limit, presentMailSummary);
    },

    async readMail(ctx: Ctx, id: string) {
      if (!mailboxPolicy.read(ctx.actor)) throw forbidden();
      const row = await findDevMail(db, id);
      if (!row) throw notFound();
      return presentMail(row);
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
