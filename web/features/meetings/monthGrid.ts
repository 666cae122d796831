import {
  CalendarDate,
  CalendarDateTime,
  GregorianCalendar,
  createCalendar,
  parseAbsolute,
  parseDate,
  toCalendar,
  toCalendarDate,
  toZoned,
  today,
} from '@internationalized/date';
import type { CalendarId } from '../../ui/dateFieldValue';

/**
 * The community calendar's month grid and the time-zone arithmetic around it, pure and
 * unit-tested. Days go in and out as Gregorian ISO dates (`2026-11-22`); months are counted in
 * the viewer's calendar (a Solar Hijri month for fa), so «آذر ۱۴۰۵» is one page of the grid.
 */

/** 0 = Sunday … 6 = Saturday (as JavaScript and the API count them). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A month of some calendar: `{ year: 1405, month: 9 }` is آذر ۱۴۰۵ in the Persian calendar. */
export interface MonthRef {
  year: number;
  month: number;
}

export interface GridDay {
  /** The Gregorian ISO date of this cell. */
  iso: string;
  /** The day of the month in the grid's calendar (1–31). */
  day: number;
  weekday: Weekday;
  /** False for the days of the previous and next months that fill the first and last weeks. */
  inMonth: boolean;
}

export interface MonthGrid {
  calendar: CalendarId;
  year: number;
  month: number;
  /** Whole weeks, each starting on the week start. */
  weeks: GridDay[][];
  /** The first grid day (Gregorian ISO). */
  first: string;
  /** The day after the last grid day (Gregorian ISO): the end of the range to fetch. */
  end: string;
  /** The first day of the month itself (Gregorian ISO). */
  monthStart: string;
}

const gregorian = new GregorianCalendar();

/** A CalendarDate in any calendar → its Gregorian `YYYY-MM-DD`. */
export function isoOf(date: CalendarDate): string {
  const g = toCalendar(date, gregorian);
  return `${String(g.year).padStart(4, '0')}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
}

/** The weekday of a day, computed from its Gregorian date whatever its calendar. */
export function weekdayOf(date: CalendarDate): Weekday {
  const g = toCalendar(date, gregorian);
  return new Date(Date.UTC(g.year, g.month - 1, g.day)).getUTCDay() as Weekday;
}

export function weekdayOfIso(iso: string): Weekday {
  return weekdayOf(parseDate(iso));
}

/** Persian and Arabic weeks start on Saturday, English ones on Sunday. */
export function weekStartOf(locale: string): Weekday {
  return locale === 'fa' || locale === 'ar' ? 6 : 0;
}

/** The seven weekdays in display order from the week start. */
export function weekdaysFrom(start: Weekday): Weekday[] {
  return Array.from({ length: 7 }, (_, i) => ((start + i) % 7) as Weekday);
}

/** The month (of `calendar`) that a Gregorian day falls in. */
export function monthOfIso(iso: string, calendar: CalendarId): MonthRef {
  const d = toCalendar(parseDate(iso), createCalendar(calendar));
  return { year: d.year, month: d.month };
}

function firstOfMonth(calendar: CalendarId, ref: MonthRef): CalendarDate {
  const cal = createCalendar(calendar);
  // A CalendarDate in a non-Gregorian calendar is built from its own year/month/day; islamic
  // calendars have no eras to pass, Persian's single era is the default.
  return new CalendarDate(cal, ref.year, ref.month, 1);
}

/** The month `delta` months before or after `ref`, in the same calendar. */
export function addMonths(calendar: CalendarId, ref: MonthRef, delta: number): MonthRef {
  const d = firstOfMonth(calendar, ref).add({ months: delta });
  return { year: d.year, month: d.month };
}

/** The first day of a month as a Gregorian ISO date. */
export function monthStartIso(calendar: CalendarId, ref: MonthRef): string {
  return isoOf(firstOfMonth(calendar, ref));
}

/** The month's days in whole weeks from `weekStart`, padded with the neighbouring months' days. */
export function monthGrid(calendar: CalendarId, ref: MonthRef, weekStart: Weekday): MonthGrid {
  const first = firstOfMonth(calendar, ref);
  const daysInMonth = first.calendar.getDaysInMonth(first);
  const lead = (weekdayOf(first) - weekStart + 7) % 7;
  const total = Math.ceil((lead + daysInMonth) / 7) * 7;
  const start = first.subtract({ days: lead });
  const weeks: GridDay[][] = [];
  for (let i = 0; i < total; i++) {
    const d = start.add({ days: i });
    if (i % 7 === 0) weeks.push([]);
    weeks.at(-1)!.push({ iso: isoOf(d), day: d.day, weekday: weekdayOf(d), inMonth: d.month === first.month && d.year === first.year });
  }
  return {
    calendar,
    year: first.year,
    month: first.month,
    weeks,
    first: isoOf(start),
    end: isoOf(start.add({ days: total })),
    monthStart: isoOf(first),
  };
}

/** The same month as a CalendarDate on its first day (for formatting its name). */
export function monthStartDate(calendar: CalendarId, ref: MonthRef): CalendarDate {
  return firstOfMonth(calendar, ref);
}

// ---------------------------------------------------------------------------------------------
// Time zones: local days and wall-clock times of a zone ↔ UTC instants.

/** Midnight at the start of a Gregorian day in a time zone, as a UTC ISO instant. */
export function startOfDayIn(iso: string, timeZone: string): string {
  return new Date(toZoned(parseDate(iso), timeZone).toDate()).toISOString();
}

/** A wall-clock time `HH:MM` on a Gregorian day in a time zone, as a UTC ISO instant. */
export function zonedInstant(iso: string, time: string, timeZone: string): string {
  const d = parseDate(iso);
  const [h, m] = time.split(':').map(Number);
  return toZoned(new CalendarDateTime(d.year, d.month, d.day, h ?? 0, m ?? 0), timeZone).toDate().toISOString();
}

/** The Gregorian day an instant falls on in a time zone. */
export function localDateIn(instant: string, timeZone: string): string {
  return isoOf(toCalendarDate(parseAbsolute(new Date(instant).toISOString(), timeZone)));
}

/** The wall-clock time `HH:MM` of an instant in a time zone. */
export function localTimeIn(instant: string, timeZone: string): string {
  const z = parseAbsolute(new Date(instant).toISOString(), timeZone);
  return `${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
}

/** Today's Gregorian date in a time zone. */
export function todayIn(timeZone: string): string {
  return isoOf(today(timeZone));
}

/** A Gregorian ISO date plus some days. */
export function addDaysIso(iso: string, days: number): string {
  return isoOf(parseDate(iso).add({ days }));
}

/** Whether `iso` is a real Gregorian `YYYY-MM-DD`. */
export function isIsoDate(iso: string | null | undefined): iso is string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  try {
    return parseDate(iso).toString() === iso;
  } catch {
    return false;
  }
}
