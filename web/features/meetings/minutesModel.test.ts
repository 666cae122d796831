import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { groupByMonth, lineDiff, meetingWhen, rowErrors } from './minutesModel';

const strip = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');

describe('groupByMonth', () => {
  // 2026-11-21 is 30 Aban 1405; 2026-11-22 is 1 Azar 1405 (Tehran).
  const items = [
    { id: 'a', startsAt: '2026-11-21T12:30:00Z', timeZone: 'Asia/Tehran' },
    { id: 'b', startsAt: '2026-11-21T21:00:00Z', timeZone: 'Asia/Tehran' }, // 00:30 on 1 Azar in Tehran
    { id: 'c', startsAt: '2026-12-01T12:30:00Z', timeZone: 'Asia/Tehran' },
  ];

  it('uses Solar Hijri months for Persian, by the day in the meeting\'s time zone', () => {
    const groups = groupByMonth(items, 'fa', 'islamic');
    expect(groups.map((g) => g.key)).toEqual(['1405-8', '1405-9']);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['a'], ['b', 'c']]);
    expect(strip(groups[1]!.label)).toBe('آذر ۱۴۰۵');
  });

  it('uses Gregorian months for English', () => {
    const groups = groupByMonth(items, 'en', 'islamic');
    expect(groups.map((g) => g.key)).toEqual(['2026-11', '2026-12']);
    expect(groups[0]!.label).toBe('November 2026');
  });

  it('uses the Arabic calendar preference', () => {
    expect(groupByMonth(items, 'ar', 'gregory').map((g) => g.key)).toEqual(['2026-11', '2026-12']);
    expect(groupByMonth(items, 'ar', 'islamic')[0]!.key.startsWith('1448-')).toBe(true);
  });
});

describe('meetingWhen', () => {
  it('says the day with its weekday and the hours, in the meeting\'s time zone', () => {
    const w = meetingWhen('2026-12-01T12:30:00Z', '2026-12-01T14:30:00Z', 'Asia/Tehran', 'fa', 'islamic');
    expect(strip(w.day)).toBe('سه‌شنبه ۱۰ آذر ۱۴۰۵');
    expect(strip(w.time)).toContain('۱۶:۰۰');
    expect(strip(w.time)).toContain('۱۸:۰۰');
    const en = meetingWhen('2026-12-01T12:30:00Z', '2026-12-01T14:30:00Z', 'Asia/Tehran', 'en', 'islamic');
    expect(en.day).toBe('Tuesday, December 1, 2026');
  });
});

describe('lineDiff', () => {
  it('marks removed and added lines', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
    expect(lineDiff('', 'x')).toEqual([
      { kind: 'removed', text: '' },
      { kind: 'added', text: 'x' },
    ]);
  });
});

describe('rowErrors', () => {
  it('puts each row\'s field errors in place', () => {
    const error = new ApiError(400, {
      errors: [
        { field: 'actions.1.ownerId', message: 'not a member' },
        { field: 'text', message: 'required' },
      ],
    });
    expect(rowErrors(error, 'actions')).toEqual({ rows: { 1: { ownerId: 'not a member' } }, rest: [{ field: 'text', message: 'required' }] });
  });
});
