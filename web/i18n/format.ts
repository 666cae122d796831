import { type ArabicCalendar, intlLocaleOf, isLocale, readArabicCalendar } from './locales';

/** An app locale (`fa`, `ar`, `en`) or any Intl tag as is (e.g. `ar-EG`). */
type LocaleOrTag = string;

/** A plain calendar date such as `2020-09-06`: a day, not an instant, so it is formatted in UTC. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(iso: string | Date): { date: Date; timeZone: string | undefined } {
  if (iso instanceof Date) return { date: iso, timeZone: undefined };
  if (DATE_ONLY.test(iso)) return { date: new Date(`${iso}T00:00:00Z`), timeZone: 'UTC' };
  return { date: new Date(iso), timeZone: undefined };
}

function resolveIntl(locale: LocaleOrTag, arCalendar?: ArabicCalendar): string {
  return isLocale(locale) ? intlLocaleOf(locale, arCalendar ?? readArabicCalendar()) : locale;
}

export interface DateFormatOptions {
  /** For `ar`: which calendar; defaults to the stored preference (`majma.arCalendar`). */
  arCalendar?: ArabicCalendar;
  /** Override the time zone (defaults to the browser's; UTC for date-only strings). */
  timeZone?: string;
}

/**
 * A date in the locale's calendar and digits, long month name, no weekday.
 * `formatDate('2020-09-06', 'fa')` → `۱۶ شهریور ۱۳۹۹`.
 */
export function formatDate(iso: string | Date, locale: LocaleOrTag, opts: DateFormatOptions = {}): string {
  const { date, timeZone } = toDate(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(resolveIntl(locale, opts.arCalendar), {
    dateStyle: 'long',
    timeZone: opts.timeZone ?? timeZone,
  }).format(date);
}

/**
 * A date with its weekday. fa-IR's `dateStyle: 'full'` puts the year first with a Latin comma
 * (`۱۳۹۹ شهریور ۱۶, یکشنبه`), so the Persian form is built from parts: `یکشنبه ۱۶ شهریور ۱۳۹۹`.
 */
export function formatDateLong(iso: string | Date, locale: LocaleOrTag, opts: DateFormatOptions = {}): string {
  const { date, timeZone } = toDate(iso);
  if (Number.isNaN(date.getTime())) return '';
  const intl = resolveIntl(locale, opts.arCalendar);
  const tz = opts.timeZone ?? timeZone;
  if (intl.startsWith('fa')) {
    const parts = new Intl.DateTimeFormat(intl, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: tz,
    }).formatToParts(date);
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return [get('weekday'), get('day'), get('month'), get('year')].filter(Boolean).join(' ');
  }
  return new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone: tz }).format(date);
}

/** Date and time (for mails, logs): medium date, short time, in the locale's calendar and digits. */
export function formatDateTime(iso: string | Date, locale: LocaleOrTag, opts: DateFormatOptions = {}): string {
  const { date, timeZone } = toDate(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(resolveIntl(locale, opts.arCalendar), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: opts.timeZone ?? timeZone,
  }).format(date);
}

export function formatNumber(n: number, locale: LocaleOrTag): string {
  return new Intl.NumberFormat(resolveIntl(locale)).format(n);
}
