import { createCalendar, parseAbsolute, toCalendar } from '@internationalized/date';
import { ApiError } from '../../api/client';
import { type ArabicCalendar, type Locale, intlLocaleOf } from '../../i18n/locales';
import { calendarIdOf } from '../../ui/dateFieldValue';

/**
 * Query keys of the minutes, "my meetings", "my actions", the calendar feed and knowledge items.
 * The minutes sit under the meeting page's `['meeting', id]`, so whatever refreshes a meeting
 * (attendance recorded, for one) refreshes them too.
 */
export const minutesKeys = {
  minutes: (meetingId: string) => ['meeting', meetingId, 'minutes'] as const,
  myMeetings: (range: string) => ['meetings', 'mine', range] as const,
  myActions: (status: 'open' | 'all') => ['actions', 'mine', status] as const,
  feed: ['calendar-feed'] as const,
  knowledge: (id: string) => ['knowledge', id] as const,
  revision: (id: string, n: number) => ['knowledge', id, 'revision', n] as const,
};

/** A meeting's day (with its weekday) and its hours, in the meeting's time zone and the reader's calendar. */
export function meetingWhen(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: Locale,
  arCalendar: ArabicCalendar,
): { day: string; time: string } {
  const intl = intlLocaleOf(locale, arCalendar);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  let day: string;
  if (intl.startsWith('fa')) {
    // fa-IR's dateStyle "full" puts the year first with a Latin comma: build it from parts.
    const parts = new Intl.DateTimeFormat(intl, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).formatToParts(start);
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    day = [get('weekday'), get('day'), get('month'), get('year')].filter(Boolean).join(' ');
  } else {
    day = new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone }).format(start);
  }
  const time = new Intl.DateTimeFormat(intl, { hour: 'numeric', minute: '2-digit', timeZone }).formatRange(start, end);
  return { day, time };
}

/** An instant with its time, in the given time zone and the reader's calendar (a deadline, a publication). */
export function instantIn(iso: string, timeZone: string, locale: Locale, arCalendar: ArabicCalendar): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale, arCalendar), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export interface MonthGroup<T> {
  /** `year-month` in the reader's calendar, e.g. `1405-9`. */
  key: string;
  /** The month's name and year in the reader's calendar and digits: `آذر ۱۴۰۵`. */
  label: string;
  items: T[];
}

/**
 * Meetings grouped by month of the reader's calendar (Solar Hijri for fa, Umm al-Qura or
 * Gregorian for ar, Gregorian for en), each meeting placed by its day in its own time zone.
 * Keeps the items' order; months follow the first meeting in each.
 */
export function groupByMonth<T extends { startsAt: string; timeZone: string }>(items: readonly T[], locale: Locale, arCalendar: ArabicCalendar): MonthGroup<T>[] {
  const calendar = createCalendar(calendarIdOf(locale, arCalendar));
  const intl = intlLocaleOf(locale, arCalendar);
  const groups = new Map<string, MonthGroup<T>>();
  for (const item of items) {
    const local = toCalendar(parseAbsolute(item.startsAt, item.timeZone), calendar);
    const key = `${local.year}-${local.month}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, label: monthLabel(item.startsAt, item.timeZone, intl), items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** `آذر ۱۴۰۵`: fa-IR alone would put the year first (`۱۴۰۵ آذر`), so Persian is built from parts. */
function monthLabel(iso: string, timeZone: string, intl: string): string {
  const format = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone });
  if (!intl.startsWith('fa')) return format.format(new Date(iso));
  const parts = format.formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('month')} ${get('year')}`;
}

export type DiffLine = { kind: 'same' | 'removed' | 'added'; text: string };

/**
 * A line-by-line comparison of two texts (longest common subsequence): what a suggested
 * correction removes from the current text and what it adds.
 */
export function lineDiff(current: string, proposed: string): DiffLine[] {
  const a = current.split('\n');
  const b = proposed.split('\n');
  // Very long texts: skip the table and show everything as replaced.
  if (a.length * b.length > 250_000) return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ kind: 'removed', text: a[i]! });
      i++;
    } else {
      out.push({ kind: 'added', text: b[j]! });
      j++;
    }
  }
  while (i < a.length) out.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) out.push({ kind: 'added', text: b[j++]! });
  return out;
}

/**
 * Field errors of a list in a request body, by row: `actions.0.ownerId` → `{ 0: { ownerId: … } }`.
 * Errors of other fields come back in `rest`.
 */
export function rowErrors(error: unknown, list: string): { rows: Record<number, Record<string, string>>; rest: { field: string; message: string }[] } {
  const rows: Record<number, Record<string, string>> = {};
  const rest: { field: string; message: string }[] = [];
  if (!(error instanceof ApiError)) return { rows, rest };
  for (const e of error.errors) {
    const parts = e.field.split(/[./[\]]+/).filter(Boolean);
    const index = parts[0] === list && parts[1] !== undefined && /^\d+$/.test(parts[1]) ? Number(parts[1]) : null;
    if (index !== null && parts[2]) {
      rows[index] ??= {};
      rows[index][parts[2]] ??= e.message;
    } else {
      rest.push(e);
    }
  }
  return { rows, rest };
}

/** Today as a Gregorian `YYYY-MM-DD` in the browser's time zone (the earliest due date offered). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
