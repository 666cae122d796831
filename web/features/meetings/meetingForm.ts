import { createCalendar, parseDate, toCalendar } from '@internationalized/date';
import { COMMUNITY_ROLES, type CalendarSystem, type MeetingFormat, type MeetingInput, type MeetingKind, type Recurrence, type ScheduleInput } from '../../api/types';
import { toLatinDigits } from '../../i18n/digits';
import { weekdayOfIso, isIsoDate } from './monthGrid';

/**
 * The scheduling and editing forms' values and their conversion to the API's bodies, pure and
 * unit-tested. Everything typed is kept as typed (Persian digits included) and converted here.
 */

/** Every community role can be invited. */
export const INVITABLE_ROLES = COMMUNITY_ROLES;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** Reminder lead times offered, in minutes (0 = none). */
export const REMINDER_CHOICES = [0, 60, 1440, 2880, 10080] as const;

/** Time zones offered besides the community's own. */
export const COMMON_TIME_ZONES = ['Asia/Tehran', 'Asia/Kabul', 'Asia/Dubai', 'Asia/Baghdad', 'Asia/Riyadh', 'Europe/Berlin', 'Europe/London', 'UTC'] as const;

export type RepeatMode = 'none' | 'weekly' | 'monthlyDay' | 'monthlyWeekday';
export type EndMode = 'count' | 'until';

export interface DetailValues {
  title: string;
  description: string;
  kind: MeetingKind;
  format: MeetingFormat;
  place: string;
  onlineUrl: string;
  capacity: string;
}

export interface ScheduleValues {
  startDate: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  repeat: RepeatMode;
  /** Every N weeks or months. */
  interval: string;
  /** 1–31, or -1 for the last day of the month. */
  monthDay: string;
  /** 1–4, or -1 for the last. */
  nth: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: string;
  end: EndMode;
  count: string;
  until: string;
}

export interface Invitee {
  id: string;
  name: string;
}

export interface MeetingFormValues extends DetailValues, ScheduleValues {
  reminderMinutes: string;
  invitedRoles: InvitableRole[];
  invitees: Invitee[];
}

export function newMeetingValues(timeZone: string): MeetingFormValues {
  return {
    title: '',
    description: '',
    kind: 'in_person',
    format: 'experience_sharing',
    place: '',
    onlineUrl: '',
    capacity: '',
    startDate: '',
    startTime: '16:00',
    endTime: '18:00',
    timeZone,
    repeat: 'none',
    interval: '1',
    monthDay: '1',
    nth: '1',
    weekday: '6',
    end: 'count',
    count: '6',
    until: '',
    reminderMinutes: '1440',
    invitedRoles: ['chair', 'facilitator', 'secretary', 'member'],
    invitees: [],
  };
}

/**
 * A typed time as `HH:MM` (24-hour, Latin digits), or null. Accepts Persian and Arabic-Indic
 * digits, `:` or the Persian/Arabic separators, one-digit hours and a bare hour (`16` → `16:00`).
 */
export function parseTime(input: string): string | null {
  const s = toLatinDigits(input).trim().replace(/[٫.،,]/g, ':');
  const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** A typed whole number (any digits), or null when blank or not a whole number. */
export function parseWhole(input: string): number | null {
  const s = toLatinDigits(input).trim();
  if (!/^\d+$/.test(s)) return null;
  return Number(s);
}

/** Latin digits → the locale's digits (fa: ۰-۹, ar: ٠-٩), for showing a normalized value back. */
export function localDigits(s: string, intlLocale: string): string {
  const digits = new Intl.NumberFormat(intlLocale, { useGrouping: false }).format(1234567890);
  if (digits === '1234567890') return s;
  const map: Record<string, string> = {};
  '1234567890'.split('').forEach((d, i) => (map[d] = digits[i]!));
  return s.replace(/[0-9]/g, (d) => map[d] ?? d);
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function recurrenceOf(v: ScheduleValues): Recurrence | null {
  const interval = parseWhole(v.interval) ?? 1;
  switch (v.repeat) {
    case 'weekly':
      return { freq: 'weekly', interval };
    case 'monthlyDay':
      return { freq: 'monthly', interval, monthDay: Number(v.monthDay) };
    case 'monthlyWeekday':
      return { freq: 'monthly', interval, weekday: Number(v.weekday), nth: Number(v.nth) };
    default:
      return null;
  }
}

/** The body for the preview (and the schedule part of the body to schedule), or null while a date, a time or the series' end is missing. */
export function scheduleInputOf(v: ScheduleValues): ScheduleInput | null {
  const startTime = parseTime(v.startTime);
  const endTime = parseTime(v.endTime);
  if (!isIsoDate(v.startDate) || !startTime || !endTime) return null;
  const recurrence = recurrenceOf(v);
  const input: ScheduleInput = { startDate: v.startDate, startTime, endTime, timeZone: v.timeZone, recurrence };
  if (recurrence) {
    // Without its end (a count or a last date) a series is not complete yet.
    if (v.end === 'count') {
      const count = parseWhole(v.count);
      if (count === null) return null;
      input.count = count;
    } else {
      if (!isIsoDate(v.until)) return null;
      input.until = v.until;
    }
  }
  return input;
}

export function meetingInputOf(v: MeetingFormValues): MeetingInput | null {
  const schedule = scheduleInputOf(v);
  if (!schedule) return null;
  const capacity = parseWhole(v.capacity);
  return {
    ...schedule,
    title: v.title.trim(),
    description: v.description,
    kind: v.kind,
    format: v.format,
    place: v.kind === 'online' ? '' : v.place.trim(),
    onlineUrl: v.kind === 'in_person' ? '' : v.onlineUrl.trim(),
    capacity: capacity && capacity > 0 ? capacity : null,
    reminderMinutes: Number(v.reminderMinutes) || 0,
    invitedRoles: [...v.invitedRoles],
    invitedUserIds: v.invitees.map((p) => p.id),
  };
}

export interface CheckMessages {
  required: string;
  time: string;
  endBeforeStart: string;
  whole: string;
  url: string;
  /** More meetings than a series may have. */
  countMax: string;
}

/** The most meetings one series may have (the server's limit too). */
export const MAX_MEETINGS = 500;

/** Whether the count asked for is over the limit (the preview is then not asked for). */
export function countTooHigh(v: ScheduleValues): boolean {
  return v.repeat !== 'none' && v.end === 'count' && (parseWhole(v.count) ?? 0) > MAX_MEETINGS;
}

/** The details' client checks (both forms): required fields by kind, a https link, a whole capacity. */
export function checkDetails(v: DetailValues, m: CheckMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.title.trim()) errors.title = m.required;
  if (v.kind !== 'online' && !v.place.trim()) errors.place = m.required;
  if (v.kind !== 'in_person') {
    if (!v.onlineUrl.trim()) errors.onlineUrl = m.required;
    else if (!/^https?:\/\/\S+\.\S+/i.test(v.onlineUrl.trim())) errors.onlineUrl = m.url;
  }
  if (v.capacity.trim() && !(parseWhole(v.capacity)! > 0)) errors.capacity = m.whole;
  return errors;
}

/** Start and end times: both valid, the end after the start. */
export function checkTimes(v: { startTime: string; endTime: string }, m: CheckMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  const start = parseTime(v.startTime);
  const end = parseTime(v.endTime);
  if (!start) errors.startTime = v.startTime.trim() ? m.time : m.required;
  if (!end) errors.endTime = v.endTime.trim() ? m.time : m.required;
  if (start && end && minutesOf(end) <= minutesOf(start)) errors.endTime = m.endBeforeStart;
  return errors;
}

export function checkMeetingValues(v: MeetingFormValues, m: CheckMessages): Record<string, string> {
  const errors: Record<string, string> = { ...checkDetails(v, m), ...checkTimes(v, m) };
  if (!isIsoDate(v.startDate)) errors.startDate = m.required;
  if (v.repeat !== 'none') {
    if (!(parseWhole(v.interval)! >= 1)) errors.interval = m.whole;
    if (v.end === 'count' && !(parseWhole(v.count)! >= 1)) errors.count = v.count.trim() ? m.whole : m.required;
    if (countTooHigh(v)) errors.count = m.countMax;
    if (v.end === 'until' && !isIsoDate(v.until)) errors.until = m.required;
  }
  return errors;
}

const CALENDAR_IDS = { persian: 'persian', gregorian: 'gregory', 'islamic-umalqura': 'islamic-umalqura' } as const;

/**
 * Sensible monthly rules for a start date in the community's calendar: its day of the month,
 * and its weekday with which one of the month it is (the fifth counts as the last).
 */
export function monthlyDefaults(startDate: string, calendar: CalendarSystem): Pick<ScheduleValues, 'monthDay' | 'nth' | 'weekday'> | null {
  if (!isIsoDate(startDate)) return null;
  const d = toCalendar(parseDate(startDate), createCalendar(CALENDAR_IDS[calendar]));
  const nth = Math.ceil(d.day / 7);
  return { monthDay: String(d.day), nth: String(nth > 4 ? -1 : nth), weekday: String(weekdayOfIso(startDate)) };
}
