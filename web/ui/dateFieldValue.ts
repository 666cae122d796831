import { CalendarDate, GregorianCalendar, createCalendar, parseDate, toCalendar, toCalendarDate, type DateValue } from '@internationalized/date';
import { type ArabicCalendar, type Locale, intlLocaleOf } from '../i18n/locales';

/** The calendars a Majma user reads dates in. */
export type CalendarId = 'persian' | 'islamic-umalqura' | 'gregory';

/** fa → Solar Hijri; ar → Umm al-Qura or Gregorian by preference; en → Gregorian. */
export function calendarIdOf(locale: Locale, arCalendar: ArabicCalendar): CalendarId {
  if (locale === 'fa') return 'persian';
  if (locale === 'ar' && arCalendar === 'islamic') return 'islamic-umalqura';
  return 'gregory';
}

/**
 * The Intl locale for the date picker, with the calendar spelled out (`fa-IR-u-ca-persian`):
 * React Aria picks the picker's calendar from the locale, and a region default may change with CLDR.
 */
export function pickerLocaleOf(locale: Locale, arCalendar: ArabicCalendar): string {
  return new Intl.Locale(intlLocaleOf(locale, arCalendar), { calendar: calendarIdOf(locale, arCalendar) }).toString();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` (Gregorian) → a Gregorian CalendarDate; '' or anything malformed → null. */
export function isoToDate(iso: string | undefined): CalendarDate | null {
  if (!iso || !ISO_DATE.test(iso)) return null;
  try {
    const d = parseDate(iso);
    // parseDate clamps out-of-range days (2026-02-31); only an exact round trip is a real date.
    return d.toString() === iso ? d : null;
  } catch {
    return null;
  }
}

/** `YYYY-MM-DD` (Gregorian) → the same day in another calendar (e.g. 2026-11-23 → persian 1405-09-02). */
export function isoToCalendar(iso: string | undefined, calendar: CalendarId): CalendarDate | null {
  const d = isoToDate(iso);
  return d ? toCalendar(d, createCalendar(calendar)) : null;
}

/** A picked day in any calendar → its Gregorian `YYYY-MM-DD`; null → ''. */
export function dateToIso(date: DateValue | null | undefined): string {
  if (!date) return '';
  const gregorian = toCalendar(toCalendarDate(date), new GregorianCalendar());
  return gregorian.toString();
}
