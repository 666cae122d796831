import { t, type Locale, type MessageKey } from '../../i18n/index.js';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The mails the app sends; each names its catalog keys, the values its text uses and its link. */
export type EmailTemplate =
  | { template: 'verifyEmail'; name: string; link: string }
  | { template: 'resetPassword'; name: string; link: string }
  | { template: 'accountExists'; name: string; link: string }
  | { template: 'passwordChanged'; name: string; link: string }
  | { template: 'formationSubmitted'; name: string; link: string; title: string }
  | { template: 'formationToReview'; name: string; link: string; title: string; applicant: string }
  | { template: 'formationChangesRequested'; name: string; link: string; title: string; note: string }
  | { template: 'formationApproved'; name: string; link: string; title: string; note: string }
  | { template: 'formationRejected'; name: string; link: string; title: string; note: string }
  | { template: 'communityInvitation'; name: string; link: string; title: string; inviter: string; role: string }
  | { template: 'joinRequestAnswered'; name: string; link: string; title: string; accepted: 'yes' | 'no' }
  | { template: 'memberRemoved'; name: string; link: string; title: string; note: string }
  | { template: 'contributionReceipt'; name: string; link: string; title: string; contribution: string; code: string }
  | { template: 'reviewAssigned'; name: string; link: string; title: string; count: number }
  | { template: 'panelInvitation'; name: string; link: string; title: string; call: string; role: string; inviter: string }
  | { template: 'panelMemberAdded'; name: string; link: string; title: string; call: string; role: string }
  | { template: 'reviewDecision'; name: string; link: string; title: string; contribution: string; outcome: string; note: string }
  | { template: 'meetingInvitation'; name: string; link: string; title: string; community: string; when: string; count: number }
  | { template: 'meetingGuestInvitation'; name: string; link: string; title: string; community: string; when: string; inviter: string }
  | { template: 'meetingReminder'; name: string; link: string; title: string; when: string; place: string }
  | { template: 'meetingChanged'; name: string; link: string; title: string; when: string }
  | { template: 'meetingCancelled'; name: string; link: string; title: string; when: string; note: string }
  | { template: 'meetingSeatFreed'; name: string; link: string; title: string; when: string }
  | { template: 'minutesForCorrection'; name: string; link: string; title: string; until: string }
  | { template: 'minutesPublished'; name: string; link: string; title: string; community: string }
  | { template: 'actionAssigned'; name: string; link: string; title: string; action: string; due: string }
  | { template: 'discussionMention'; name: string; link: string; title: string; community: string; author: string; note: string }
  | { template: 'discussionReply'; name: string; link: string; title: string; community: string; author: string; note: string }
  | { template: 'discussionReport'; name: string; link: string; title: string; community: string; author: string; reporter: string; note: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderEmail(to: string, locale: Locale, mail: EmailTemplate): Email {
  const key = (part: string) => `mail.${mail.template}.${part}` as MessageKey;
  const { template: _template, ...values } = mail;
  // A comment or reason written by a person is quoted as is, apart from the template text.
  const note = 'note' in mail && mail.note ? mail.note : '';
  const subject = t(locale, key('subject'), values);
  const greeting = t(locale, 'mail.greeting', values);
  const body = t(locale, key('body'), values);
  const action = t(locale, key('action'));
  const footer = t(locale, 'mail.footer');
  const dir = locale === 'en' ? 'ltr' : 'rtl';
  const text = `${greeting}\n\n${body}\n\n${note ? `«${note}»\n\n` : ''}${action}:\n${mail.link}\n\n${footer}\n`;
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:Vazirmatn,Tahoma,sans-serif;line-height:1.8">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>${note ? `<blockquote dir="auto" style="white-space:pre-wrap">${escapeHtml(note)}</blockquote>` : ''}
<p><a href="${escapeHtml(mail.link)}">${escapeHtml(action)}</a></p>
<p dir="ltr" style="text-align:end">${escapeHtml(mail.link)}</p><p>${escapeHtml(footer)}</p></body></html>`;
  return { to, subject, text, html };
}
