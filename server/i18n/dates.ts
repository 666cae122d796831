import { INTL_LOCALE, type Locale } from './index.js';

/**
 * A meeting time for mail, in the reader's calendar and digits and the meeting's time zone:
 * `سه‌شنبه ۱۰ فروردین ۱۴۰۵، ساعت ۱۸:۰۰` for Persian. fa-IR's full date style puts the year first,
 * so the date is built from its parts.
 */
export function formatWhen(instant: Date, timeZone: string, locale: Locale): string {
  const intl = INTL_LOCALE[locale];
  const time = new Intl.DateTimeFormat(intl, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: locale === 'en' ? 'h12' : 'h23' }).format(instant);
  if (locale === 'fa') {
    const parts = new Intl.DateTimeFormat(intl, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(instant);
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}، ساعت ${time}`;
  }
  const date = new Intl.DateTimeFormat(intl, { timeZone, dateStyle: 'full' }).format(instant);
  return locale === 'ar' ? `${date}، الساعة ${time}` : `${date}, ${time}`;
}

/** A day (`2026-04-10`) in the reader's calendar, for due dates in mail. */
export function formatDay(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${isoDate}T00:00:00Z`));
}
