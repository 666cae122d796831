import {
  CalendarDate,
  CalendarDateTime,
  GregorianCalendar,
  IslamicUmalquraCalendar,
  PersianCalendar,
  toCalendar,
  toZoned,
  type Calendar,
} from '@internationalized/date';
import type { CalendarSystem } from '../../i18n/calendars.js';

/**
 * Meeting series: which days a rule yields, in the community's own calendar. "Monthly on the
 * 10th" in a Solar Hijri community means the 10th of every Solar Hijri month, and "the last
 * Thursday" the last Thursday of the Solar Hijri month; the wall-clock time is kept in the
 * series' time zone across daylight-saving changes.
 */

export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
/** 0 = Sunday … 6 = Saturday, as in JavaScript and RFC 5545's order. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const MAX_OCCURRENCES = 500;

export type Recurrence =
  /** Every `interval` weeks on the first date's weekday. */
  | { freq: 'weekly'; interval: number }
  /** Every `interval` months on day `monthDay` (1–31; -1 is the last day); months without it are skipped. */
  | { freq: 'monthly'; interval: number; monthDay: number }
  /** Every `interval` months on the `nth` (1–4, or -1 for last) `weekday` of the month. */
  | { freq: 'monthly'; interval: number; weekday: number; nth: number };

export interface SeriesRule {
  /** The first possible day, a Gregorian ISO date (`2026-03-30`) in the series' time zone. */
  startDate: string;
  /** Local start time, `HH:MM`. */
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  calendar: CalendarSystem;
  /** Null for a single meeting. */
  recurrence: Recurrence | null;
  /** Stop after this many meetings… */
  count: number | null;
  /** …or after this local Gregorian date (inclusive). */
  until: string | null;
}

export interface Slot {
  start: Date;
  end: Date;
  /** The local Gregorian date of the start, e.g. `2026-03-30`. */
  date: string;
}

export class RecurrenceError extends Error {
  constructor(readonly code: 'no_occurrence' | 'too_many_occurrences') {
    super(code);
  }
}

const calendars: Record<CalendarSystem, () => Calendar> = {
  persian: () => new PersianCalendar(),
  gregorian: () => new GregorianCalendar(),
  'islamic-umalqura': () => new IslamicUmalquraCalendar(),
};

const gregorian = new GregorianCalendar();
const isoDate = (d: CalendarDate) => {
  const g = toCalendar(d, gregorian);
  return `${String(g.year).padStart(4, '0')}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
};
const parseIso = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new CalendarDate(y!, m!, d!);
};
/** 0 = Sunday; computed from the Gregorian date, whatever calendar the date is in. */
export const weekdayOf = (d: CalendarDate): Weekday => {
  const g = toCalendar(d, gregorian);
  return new Date(Date.UTC(g.year, g.month - 1, g.day)).getUTCDay() as Weekday;
};

/** The days of one month (in its calendar) that a monthly rule picks: at most one. */
function dayInMonth(first: CalendarDate, r: Extract<Recurrence, { freq: 'monthly' }>): CalendarDate | null {
  const days = first.calendar.getDaysInMonth(first);
  if ('monthDay' in r) {
    const day = r.monthDay === -1 ? days : r.monthDay;
    return day <= days ? first.set({ day }) : null;
  }
  const offset = (r.weekday - weekdayOf(first) + 7) % 7;
  if (r.nth > 0) {
    const day = 1 + offset + 7 * (r.nth - 1);
    return day <= days ? first.set({ day }) : null;
  }
  const last = first.set({ day: days });
  return last.subtract({ days: (weekdayOf(last) - r.weekday + 7) % 7 });
}

/** The local days a rule yields, in order, capped one past the limit so callers can refuse. */
function days(rule: SeriesRule): CalendarDate[] {
  const start = toCalendar(parseIso(rule.startDate), calendars[rule.calendar]());
  const until = rule.until ? toCalendar(parseIso(rule.until), start.calendar) : null;
  const limit = Math.min(rule.count ?? MAX_OCCURRENCES + 1, MAX_OCCURRENCES + 1);
  const out: CalendarDate[] = [];
  const keep = (d: CalendarDate) => (until === null || d.compare(until) <= 0) && out.length < limit;
  const r = rule.recurrence;
  if (!r) return keep(start) ? [start] : [];
  if (r.freq === 'weekly') {
    for (let d = start; keep(d); d = d.add({ weeks: r.interval })) out.push(d);
    return out;
  }
  // Monthly: the first month that has a matching day on or after the start, then every
  // `interval` months from it (as RRULE counts from DTSTART). A missing day skips the month.
  let month = start.set({ day: 1 });
  let first = dayInMonth(month, r);
  for (let i = 0; (!first || first.compare(start) < 0) && i < 24; i++) {
    month = month.add({ months: 1 });
    first = dayInMonth(month, r);
  }
  if (!first) return out;
  // A sparse rule (the 31st every 12 months…) still ends: stop after 100 years of months.
  for (let i = 0; i < 1200; i++, month = month.add({ months: r.interval })) {
    const d = dayInMonth(month, r);
    if (!d) continue;
    if (!keep(d)) break;
    out.push(d);
  }
  return out;
}

/** The meetings of a series as UTC instants; throws when it yields none or more than 500. */
export function expand(rule: SeriesRule): Slot[] {
  const list = days(rule);
  if (list.length === 0) throw new RecurrenceError('no_occurrence');
  if (list.length > MAX_OCCURRENCES) throw new RecurrenceError('too_many_occurrences');
  const [hour, minute] = rule.startTime.split(':').map(Number);
  return list.map((d) => {
    const g = toCalendar(d, gregorian);
    const start = toZoned(new CalendarDateTime(g.year, g.month, g.day, hour, minute), rule.timeZone).toDate();
    return { start, end: new Date(start.getTime() + rule.durationMinutes * 60_000), date: isoDate(d) };
  });
}

/** Whether a standard (Gregorian-only) RRULE describes the rule exactly. */
export const gregorianExpressible = (rule: SeriesRule) => rule.recurrence !== null && (rule.recurrence.freq === 'weekly' || rule.calendar === 'gregorian');

/** The RFC 5545 RRULE value for a Gregorian-expressible rule, with the count of its slots. */
export function rrule(rule: SeriesRule, count: number): string {
  const r = rule.recurrence!;
  const parts = [`FREQ=${r.freq.toUpperCase()}`, `INTERVAL=${r.interval}`];
  if (r.freq === 'weekly') parts.push(`BYDAY=${WEEKDAYS[weekdayOf(parseIso(rule.startDate))]}`);
  else if ('monthDay' in r) parts.push(`BYMONTHDAY=${r.monthDay}`);
  else parts.push(`BYDAY=${r.nth}${WEEKDAYS[r.weekday]}`);
  parts.push(`COUNT=${count}`);
  return parts.join(';');
}

/** Today's local date in a time zone, as a Gregorian ISO date. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
