import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import type { Email } from '../modules/notifications/emails.js';

export interface Mailer {
  /** Delivers one mail or throws; the job runner retries on a throw. */
  send(mail: Email): Promise<void>;
  /** Lets go of open connections (on shutdown). */
  close?(): void;
}

/** SMTP through nodemailer; used when SMTP_HOST is set. */
export function smtpMailer(smtp: NonNullable<Config['smtp']>, from: string): Mailer {
  const transport = nodemailer.createTransport({
    // One kept-open connection for a batch of mails instead of a handshake per mail.
    pool: true,
    maxConnections: 2,
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    // A dead server must fail the attempt quickly; the job is retried later.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    },
    close: () => transport.close(),
  };
}
