import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsCalendar, type IcsEvent } from './ics.js';
import { expand, gregorianExpressible, RecurrenceError, rrule, type SeriesRule } from './recurrence.js';

/** The Solar Hijri (year, month, day) and weekday of an instant in a zone, read from ICU. */
function jalali(instant: Date, timeZone: string) {
  const p = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short' }).formatToParts(instant);
  const n = (t: string) => Number.parseInt(p.find((x) => x.type === t)!.value, 10);
  return { year: n('year'), month: n('month'), day: n('day'), weekday: p.find((x) => x.type === 'weekday')!.value };
}
const wall = (instant: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

const base: SeriesRule = { startDate: '2026-03-21', startTime: '18:00', durationMinutes: 90, timeZone: 'Asia/Tehran', calendar: 'persian', recurrence: null, count: null, until: null };

describe('Solar Hijri monthly series (Asia/Tehran)', () => {
  it('"monthly on the 10th" lands on the 10th of each Solar Hijri month, across 31-, 30- and 29-day months', () => {
    const slots = expand({ ...base, recurrence: { freq: 'monthly', interval: 1, monthDay: 10 }, count: 14 });
    expect(slots).toHaveLength(14);
    slots.forEach((s, i) => {
      const j = jalali(s.start, 'Asia/Tehran');
      expect(j.day).toBe(10);
      expect(j.month).toBe(((i + 0) % 12) + 1);
      expect(j.year).toBe(i < 12 ? 1405 : 1406);
      expect(wall(s.start, 'Asia/Tehran')).toBe('18:00');
      expect(s.end.getTime() - s.start.getTime()).toBe(90 * 60_000);
    });
    // Farvardin 10 is 30 March, Mehr 10 is 2 October: Gregorian day numbers differ month to month.
    expect(slots[0]!.date).toBe('2026-03-30');
    expect(slots[6]!.date).toBe('2026-10-02');
  });

  it('"last Thursday of the month" is the last Thursday of the Solar Hijri month', () => {
    const slots = expand({ ...base, recurrence: { freq: 'monthly', interval: 1, weekday: 4, nth: -1 }, count: 12 });
    for (const s of slots) {
      const j = jalali(s.start, 'Asia/Tehran');
      expect(j.weekday).toBe('Thu');
      // A week later is already the next Solar Hijri month.
      expect(jalali(new Date(s.start.getTime() + 7 * 86_400_000), 'Asia/Tehran').month).toBe((j.month % 12) + 1);
    }
  });

  it('the second Saturday, every two months', () => {
    const slots = expand({ ...base, recurrence: { freq: 'monthly', interval: 2, weekday: 6, nth: 2 }, count: 6 });
    expect(slots.map((s) => jalali(s.start, 'Asia/Tehran').month)).toEqual([1, 3, 5, 7, 9, 11]);
    for (const s of slots) {
      const j = jalali(s.start, 'Asia/Tehran');
      expect(j.weekday).toBe('Sat');
      expect(j.day).toBeGreaterThan(7);
      expect(j.day).toBeLessThanOrEqual(14);
    }
  });

  it('the 31st skips the 30-day months; the last day (-1) follows each month\'s length', () => {
    const on31 = expand({ ...base, recurrence: { freq: 'monthly', interval: 1, monthDay: 31 }, until: '2027-03-20' });
    expect(on31.map((s) => jalali(s.start, 'Asia/Tehran').month)).toEqual([1, 2, 3, 4, 5, 6]);
    const last = expand({ ...base, recurrence: { freq: 'monthly', interval: 1, monthDay: -1 }, count: 12 });
    expect(last.map((s) => jalali(s.start, 'Asia/Tehran').day)).toEqual([31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29]);
  });

  it('a first date after the chosen day starts in the next month', () => {
    const slots = expand({ ...base, startDate: '2026-04-01', recurrence: { freq: 'monthly', interval: 1, monthDay: 10 }, count: 2 });
    expect(slots.map((s) => s.date)).toEqual(['2026-04-30', '2026-05-31']);
  });
});

describe('weekly series and daylight saving (Europe/Berlin)', () => {
  it('keeps 10:00 local time across the change, so the UTC hour moves', () => {
    const slots = expand({ ...base, calendar: 'gregorian', timeZone: 'Europe/Berlin', startDate: '2026-03-17', startTime: '10:00', recurrence: { freq: 'weekly', interval: 1 }, count: 4 });
    expect(slots.map((s) => s.date)).toEqual(['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07']);
    expect(slots.map((s) => wall(s.start, 'Europe/Berlin'))).toEqual(['10:00', '10:00', '10:00', '10:00']);
    expect(slots.map((s) => s.start.getUTCHours())).toEqual([9, 9, 8, 8]);
  });

  it('every three weeks until a date', () => {
    const slots = expand({ ...base, recurrence: { freq: 'weekly', interval: 3 }, until: '2026-05-31' });
    expect(slots.map((s) => s.date)).toEqual(['2026-03-21', '2026-04-11', '2026-05-02', '2026-05-23']);
  });
});

describe('bad rules', () => {
  it('a rule that yields nothing, or more than 500', () => {
    expect(() => expand({ ...base, recurrence: { freq: 'weekly', interval: 1 }, until: '2026-03-01' })).toThrow(RecurrenceError);
    expect(() => expand({ ...base, recurrence: { freq: 'weekly', interval: 1 }, until: '2040-01-01' })).toThrow(new RecurrenceError('too_many_occurrences'));
    expect(expand({ ...base, recurrence: { freq: 'weekly', interval: 1 }, count: 500 })).toHaveLength(500);
  });
});

/** Expands every series of an .ics document with ical.js, as a calendar client would. */
function clientView(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const out: { start: Date; end: Date; summary: string }[] = [];
  for (const master of vevents.filter((e) => !e.isRecurrenceException())) {
    for (const exc of vevents.filter((e) => e.isRecurrenceException() && e.uid === master.uid)) master.relateException(exc);
    if (!master.isRecurring()) {
      out.push({ start: master.startDate.toJSDate(), end: master.endDate.toJSDate(), summary: master.summary });
      continue;
    }
    const it = master.iterator();
    for (let next = it.next(); next; next = it.next()) {
      const d = master.getOccurrenceDetails(next);
      out.push({ start: d.startDate.toJSDate(), end: d.endDate.toJSDate(), summary: d.item.summary });
    }
  }
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(tz.getFirstPropertyValue('tzid') as string);
  return out;
}

function seriesEvent(rule: SeriesRule, cancelled: number[] = []): IcsEvent {
  const slots = expand(rule);
  const expressible = gregorianExpressible(rule);
  return {
    uid: 'series@majma',
    start: slots[0]!.start,
    end: slots[0]!.end,
    timeZone: rule.timeZone,
    summary: 'نشست ماهانه',
    description: '',
    location: '',
    url: 'http://127.0.0.1/meetings/x',
    cancelled: false,
    sequence: 0,
    updatedAt: new Date('2026-03-01T00:00:00Z'),
    rrule: expressible ? rrule(rule, slots.length) : undefined,
    rdates: expressible ? undefined : slots.map((s) => s.start),
    exdates: cancelled.map((i) => slots[i]!.start),
    lastEnd: slots.at(-1)!.end,
  };
}

describe('the .ics export, read back by a standard parser (ical.js)', () => {
  it('a Solar Hijri series lands on the right Gregorian days, without the cancelled one', () => {
    const rule: SeriesRule = { ...base, recurrence: { freq: 'monthly', interval: 1, monthDay: 10 }, count: 12 };
    const seen = clientView(icsCalendar('انجمن', [seriesEvent(rule, [3])]));
    const expected = expand(rule).filter((_, i) => i !== 3);
    expect(seen.map((s) => s.start.toISOString())).toEqual(expected.map((s) => s.start.toISOString()));
    for (const s of seen) expect(jalali(s.start, 'Asia/Tehran').day).toBe(10);
  });

  it('a Gregorian weekly series in Berlin is an RRULE that keeps local time across DST', () => {
    const rule: SeriesRule = { ...base, calendar: 'gregorian', timeZone: 'Europe/Berlin', startDate: '2026-03-03', startTime: '10:00', recurrence: { freq: 'weekly', interval: 2 }, count: 20 };
    const ics = icsCalendar('Community', [seriesEvent(rule, [1])]);
    expect(ics).toMatch(/^RRULE:.*FREQ=WEEKLY/m);
    const seen = clientView(ics);
    expect(seen.map((s) => s.start.toISOString())).toEqual(
      expand(rule)
        .filter((_, i) => i !== 1)
        .map((s) => s.start.toISOString()),
    );
  });

  it('Gregorian monthly rules read back identically (the 31st, last Friday, second Monday)', () => {
    for (const recurrence of [
      { freq: 'monthly', interval: 1, monthDay: 31 },
      { freq: 'monthly', interval: 1, weekday: 5, nth: -1 },
      { freq: 'monthly', interval: 3, weekday: 1, nth: 2 },
    ] as const) {
      const rule: SeriesRule = { ...base, calendar: 'gregorian', timeZone: 'Europe/Berlin', startDate: '2026-01-05', recurrence, count: 10 };
      const seen = clientView(icsCalendar('c', [seriesEvent(rule)]));
      expect(seen.map((s) => s.start.toISOString())).toEqual(expand(rule).map((s) => s.start.toISOString()));
    }
  });

  it('an edited occurrence replaces its slot', () => {
    const rule: SeriesRule = { ...base, recurrence: { freq: 'weekly', interval: 1 }, count: 3 };
    const slots = expand(rule);
    const moved = new Date(slots[1]!.start.getTime() + 3_600_000);
    const master = seriesEvent(rule);
    const override: IcsEvent = { ...master, rrule: undefined, rdates: undefined, exdates: undefined, recurrenceId: slots[1]!.start, start: moved, end: new Date(moved.getTime() + 3_600_000), summary: 'جابه‌جا شد' };
    const seen = clientView(icsCalendar('c', [master, override]));
    expect(seen.map((s) => s.start.toISOString())).toEqual([slots[0]!.start, moved, slots[2]!.start].map((d) => d.toISOString()));
    expect(seen[1]!.summary).toBe('جابه‌جا شد');
  });
});
