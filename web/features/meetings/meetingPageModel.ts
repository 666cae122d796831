import type { AgendaItem, Meeting, Recurrence } from '../../api/types';
import { toLatinDigits } from '../../i18n/digits';

/**
 * The meeting page's pure helpers: query keys, times in the meeting's zone, the recurrence in
 * words (as a message id and its values), agenda totals and number parsing.
 */

/** `['meeting', id]` is the meeting; everything under it (roster, minutes) is refreshed with it. */
export const meetingKeys = {
  detail: (id: string) => ['meeting', id] as const,
  roster: (id: string) => ['meeting', id, 'roster'] as const,
};

/** Check-in (attendance) opens this long before the start. */
export const CHECK_IN_LEAD_MS = 3_600_000;

/** The meeting's start and end as a time range in its own time zone: `۱۶:۰۰ تا ۱۸:۰۰`, `4:00 – 6:00 PM`. */
export function timeRange(startsAt: string, endsAt: string, intlLocale: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(intlLocale, { hour: 'numeric', minute: '2-digit', timeZone });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
  return end > start ? format.formatRange(start, end) : format.format(start);
}

/** A time zone's name in the viewer's language at an instant: `وقت عادی ایران`, `Central European Time`. */
export function zoneName(timeZone: string, intlLocale: string, at: string): string {
  try {
    const parts = new Intl.DateTimeFormat(intlLocale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(at));
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** The browser's time zone (the viewer's). */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether to name the meeting's zone: when it is not Tehran's, or not the viewer's. */
export function showZone(meetingZone: string, viewerZone: string): boolean {
  return meetingZone !== 'Asia/Tehran' || meetingZone !== viewerZone;
}

/** A weekday's name, 0 = Sunday … 6 = Saturday (7 January 2024 was a Sunday). */
export function weekdayName(weekday: number, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + weekday, 12)));
}

/** The weekday (0 = Sunday) an instant falls on in a time zone. */
export function weekdayIn(iso: string, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(new Date(iso));
  return Math.max(0, ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(name));
}

export type RecurrenceMessage =
  | { id: 'meetings.page.recurrence.weekly'; values: { interval: number; weekday: string } }
  | { id: 'meetings.page.recurrence.monthDay'; values: { interval: number; day: number; dayText: string; calendar: string } }
  | { id: 'meetings.page.recurrence.lastDay'; values: { interval: number; calendar: string } }
  | { id: 'meetings.page.recurrence.nthWeekday'; values: { interval: number; nth: string; weekday: string; calendar: string } };

/**
 * The recurrence as a message and its values. `calendar` is the calendar's name already
 * translated; numbers to show come formatted (`dayText`), numbers to choose plurals by raw.
 */
export function recurrenceMessage(
  rec: Recurrence,
  ctx: { calendar: string; startsAt: string; timeZone: string; intlLocale: string; formatNumber: (n: number) => string },
): RecurrenceMessage {
  if (rec.freq === 'weekly') {
    return { id: 'meetings.page.recurrence.weekly', values: { interval: rec.interval, weekday: weekdayName(weekdayIn(ctx.startsAt, ctx.timeZone), ctx.intlLocale) } };
  }
  if ('monthDay' in rec) {
    if (rec.monthDay === -1) return { id: 'meetings.page.recurrence.lastDay', values: { interval: rec.interval, calendar: ctx.calendar } };
    return { id: 'meetings.page.recurrence.monthDay', values: { interval: rec.interval, day: rec.monthDay, dayText: ctx.formatNumber(rec.monthDay), calendar: ctx.calendar } };
  }
  return {
    id: 'meetings.page.recurrence.nthWeekday',
    values: { interval: rec.interval, nth: rec.nth === -1 ? 'last' : String(rec.nth), weekday: weekdayName(rec.weekday, ctx.intlLocale), calendar: ctx.calendar },
  };
}

/** The agenda in its order. */
export function sortedAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort((a, b) => a.position - b.position);
}

/** Minutes allotted to the accepted items. */
export function agendaMinutes(items: readonly AgendaItem[]): number {
  return items.filter((i) => i.state === 'accepted').reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);
}

/**
 * A whole number typed in any digits (`۴۵`, `٤٥`, `45`): the number, null when blank, NaN when
 * it is not a whole number.
 */
export function parseWholeNumber(text: string): number | null {
  const s = toLatinDigits(text).trim();
  if (s === '') return null;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** Whether the meeting has started (or check-in is open, with `lead`). */
export function hasStarted(meeting: Pick<Meeting, 'startsAt'>, now: number, lead = 0): boolean {
  return Date.parse(meeting.startsAt) - lead <= now;
}
