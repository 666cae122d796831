import { DateFormatter } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { calendarIdOf, dateToIso, isoToCalendar, isoToDate, pickerLocaleOf } from './dateFieldValue';

describe('date field value: Gregorian ISO outside, the locale calendar inside', () => {
  it('shows 2026-11-23 as 1405-09-02 in the Persian calendar and round-trips', () => {
    const d = isoToCalendar('2026-11-23', 'persian');
    expect(d?.calendar.identifier).toBe('persian');
    expect(d && [d.year, d.month, d.day]).toEqual([1405, 9, 2]);
    expect(dateToIso(d)).toBe('2026-11-23');
  });

  it('round-trips through Umm al-Qura and Gregorian', () => {
    const h = isoToCalendar('2020-09-06', 'islamic-umalqura');
    expect(h && [h.year, h.month, h.day]).toEqual([1442, 1, 18]);
    expect(dateToIso(h)).toBe('2020-09-06');
    expect(dateToIso(isoToCalendar('2020-09-06', 'gregory'))).toBe('2020-09-06');
  });

  it('treats empty and malformed values as no date', () => {
    expect(isoToDate('')).toBeNull();
    expect(isoToDate('2026-02-31')).toBeNull();
    expect(isoToDate('۱۴۰۵-۰۹-۰۲')).toBeNull();
    expect(dateToIso(null)).toBe('');
  });

  it('picks the calendar from the locale and the Arabic preference', () => {
    expect(calendarIdOf('fa', 'islamic')).toBe('persian');
    expect(calendarIdOf('ar', 'islamic')).toBe('islamic-umalqura');
    expect(calendarIdOf('ar', 'gregory')).toBe('gregory');
    expect(calendarIdOf('en', 'islamic')).toBe('gregory');
    expect(pickerLocaleOf('fa', 'islamic')).toBe('fa-IR-u-ca-persian');
    expect(new DateFormatter(pickerLocaleOf('fa', 'islamic')).resolvedOptions().calendar).toBe('persian');
    expect(new DateFormatter(pickerLocaleOf('ar', 'islamic')).resolvedOptions().calendar).toBe('islamic-umalqura');
    expect(new DateFormatter(pickerLocaleOf('ar', 'gregory')).resolvedOptions().calendar).toBe('gregory');
  });
});
