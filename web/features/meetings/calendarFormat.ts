import { useMemo } from 'react';
import { formatDateLong, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { intlLocaleOf } from '../../i18n/locales';
import { calendarIdOf, type CalendarId } from '../../ui/dateFieldValue';
import { isoOf, monthStartDate, type MonthRef, type Weekday } from './monthGrid';

/** A Gregorian ISO day as a Date at noon UTC (safe from any zone's midnight shifts when formatted in UTC). */
const noonUtc = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** The first 7 days of 2026-11 (Sunday 1 … Saturday 7): one date per weekday for naming them. */
const WEEKDAY_DATES = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 10, 1 + i, 12)));

/**
 * Dates and times for the meetings calendar in the viewer's calendar and digits: Solar Hijri with
 * Persian digits for fa, the Arabic preference for ar, Gregorian for en. Never parsed back.
 */
export function useCalendarFormat() {
  const { locale, arCalendar } = useLocale();
  return useMemo(() => {
    const intl = intlLocaleOf(locale, arCalendar);
    const calendar: CalendarId = calendarIdOf(locale, arCalendar);
    const cache = new Map<string, Intl.DateTimeFormat>();
    const fmt = (key: string, options: Intl.DateTimeFormatOptions) => {
      let f = cache.get(key);
      if (!f) {
        f = new Intl.DateTimeFormat(intl, options);
        cache.set(key, f);
      }
      return f;
    };
    return {
      locale,
      arCalendar,
      intl,
      calendar,
      number: (n: number) => formatNumber(n, intl),
      /** «آذر ۱۴۰۵» (fa-IR puts the year first by itself: built from parts). */
      monthTitle(ref: MonthRef): string {
        const date = noonUtc(isoOf(monthStartDate(calendar, ref)));
        const parts = fmt('month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(date);
        if (locale === 'fa') {
          const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
          return `${get('month')} ${get('year')}`;
        }
        return parts.map((p) => p.value).join('');
      },
      weekday(day: Weekday, style: 'long' | 'short' | 'narrow'): string {
        return fmt(`wd-${style}`, { weekday: style, timeZone: 'UTC' }).format(WEEKDAY_DATES[day]);
      },
      /** A Gregorian day with its weekday: «سه‌شنبه ۱۰ آذر ۱۴۰۵». */
      dayLong(iso: string): string {
        return formatDateLong(iso, locale, { arCalendar });
      },
      /** The day of an instant in a time zone, with its weekday. */
      dateOf(instant: string, timeZone: string): string {
        return formatDateLong(instant, locale, { arCalendar, timeZone });
      },
      /** A wall-clock time in a time zone: «۱۶:۰۰», «4:00 PM». */
      time(instant: string, timeZone: string): string {
        return new Intl.DateTimeFormat(intl, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(instant));
      },
      /** «۱۶:۰۰ تا ۱۸:۰۰», «4:00 – 6:00 PM». */
      timeRange(start: string, end: string, timeZone: string): string {
        return new Intl.DateTimeFormat(intl, { hour: 'numeric', minute: '2-digit', timeZone }).formatRange(new Date(start), new Date(end));
      },
    };
  }, [locale, arCalendar]);
}
