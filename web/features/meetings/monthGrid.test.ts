import { describe, expect, it } from 'vitest';
import {
  addMonths,
  localDateIn,
  localTimeIn,
  monthGrid,
  monthOfIso,
  monthStartIso,
  startOfDayIn,
  weekStartOf,
  weekdaysFrom,
  zonedInstant,
} from './monthGrid';

describe('month grid', () => {
  it('lays out Azar 1405 (Solar Hijri) in weeks from Saturday', () => {
    const g = monthGrid('persian', { year: 1405, month: 9 }, 6);
    // 1 Azar 1405 is Sunday 2026-11-22: the first week starts with Saturday 30 Aban.
    expect(g.monthStart).toBe('2026-11-22');
    expect(g.first).toBe('2026-11-21');
    expect(g.weeks[0]![0]).toEqual({ iso: '2026-11-21', day: 30, weekday: 6, inMonth: false });
    expect(g.weeks[0]![1]).toEqual({ iso: '2026-11-22', day: 1, weekday: 0, inMonth: true });
    // Azar has 30 days: 5 weeks, the last padded with the first days of Dey.
    expect(g.weeks).toHaveLength(5);
    expect(g.weeks.every((w) => w.length === 7 && w[0]!.weekday === 6 && w[6]!.weekday === 5)).toBe(true);
    const inMonth = g.weeks.flat().filter((d) => d.inMonth);
    expect(inMonth.map((d) => d.day)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(inMonth.at(-1)!.iso).toBe('2026-12-21');
    expect(g.weeks[4]![3]).toMatchObject({ iso: '2026-12-22', day: 1, inMonth: false });
    expect(g.end).toBe('2026-12-26');
  });

  it('pads the first week with the previous month (Esfand 1404 starts on a Friday)', () => {
    const g = monthGrid('persian', { year: 1404, month: 12 }, 6);
    expect(g.monthStart).toBe('2026-02-20');
    expect(g.first).toBe('2026-02-14');
    expect(g.weeks[0]!.slice(0, 6).every((d) => !d.inMonth)).toBe(true);
    expect(g.weeks[0]![6]).toMatchObject({ iso: '2026-02-20', day: 1, weekday: 5, inMonth: true });
    expect(g.weeks.flat().filter((d) => d.inMonth)).toHaveLength(29);
  });

  it('lays out a Gregorian month from Sunday for English', () => {
    const g = monthGrid('gregory', { year: 2026, month: 11 }, 0);
    expect(g.first).toBe('2026-11-01'); // a Sunday
    expect(g.weeks[0]![0]!.weekday).toBe(0);
    expect(g.weeks).toHaveLength(5);
    expect(g.end).toBe('2026-12-06');
  });

  it('lays out an Umm al-Qura month from Saturday', () => {
    const ref = monthOfIso('2026-11-22', 'islamic-umalqura');
    expect(ref).toEqual({ year: 1448, month: 6 });
    const g = monthGrid('islamic-umalqura', ref, 6);
    const inMonth = g.weeks.flat().filter((d) => d.inMonth);
    expect(inMonth[0]!.day).toBe(1);
    expect([29, 30]).toContain(inMonth.length);
    expect(g.weeks.every((w) => w[0]!.weekday === 6)).toBe(true);
  });

  it('moves between months across years and calendars', () => {
    expect(addMonths('persian', { year: 1405, month: 12 }, 1)).toEqual({ year: 1406, month: 1 });
    expect(addMonths('persian', { year: 1406, month: 1 }, -1)).toEqual({ year: 1405, month: 12 });
    expect(monthStartIso('persian', { year: 1405, month: 1 })).toBe('2026-03-21');
    expect(monthOfIso('2026-03-20', 'persian')).toEqual({ year: 1404, month: 12 });
    expect(monthOfIso('2026-03-21', 'gregory')).toEqual({ year: 2026, month: 3 });
  });

  it('orders weekdays from the week start', () => {
    expect(weekStartOf('fa')).toBe(6);
    expect(weekStartOf('ar')).toBe(6);
    expect(weekStartOf('en')).toBe(0);
    expect(weekdaysFrom(6)).toEqual([6, 0, 1, 2, 3, 4, 5]);
  });
});

describe('time zones', () => {
  it('turns a local day and time into UTC instants and back', () => {
    expect(startOfDayIn('2026-11-22', 'Asia/Tehran')).toBe('2026-11-21T20:30:00.000Z');
    expect(zonedInstant('2026-12-01', '16:00', 'Asia/Tehran')).toBe('2026-12-01T12:30:00.000Z');
    expect(localDateIn('2026-11-21T20:30:00.000Z', 'Asia/Tehran')).toBe('2026-11-22');
    expect(localDateIn('2026-11-21T20:29:00Z', 'Asia/Tehran')).toBe('2026-11-21');
    expect(localTimeIn('2026-12-01T12:30:00.000Z', 'Asia/Tehran')).toBe('16:00');
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    expect(zonedInstant('2026-07-01', '16:00', 'Europe/Berlin')).toBe('2026-07-01T14:00:00.000Z');
    expect(zonedInstant('2026-12-01', '16:00', 'Europe/Berlin')).toBe('2026-12-01T15:00:00.000Z');
  });
});
