import { describe, expect, it } from 'vitest';
import { toLatinDigits } from './digits';
import { formatDate, formatDateLong, formatNumber } from './format';

// Intl output carries invisible bidi marks; users never see them, tests ignore them.
const plain = (s: string) => s.replace(/[\u200E\u200F\u061C]/g, '');

describe('dates in each locale', () => {
  it('Persian: Solar Hijri calendar with Persian digits', () => {
    expect(plain(formatDate('2020-09-06', 'fa'))).toBe('۱۶ شهریور ۱۳۹۹');
    expect(plain(formatDateLong('2020-09-06', 'fa'))).toBe('یکشنبه ۱۶ شهریور ۱۳۹۹');
    expect(plain(formatDate('2026-03-21', 'fa'))).toBe('۱ فروردین ۱۴۰۵');
  });

  it('Arabic: Hijri (Umm al-Qura) with Arabic-Indic digits, or Gregorian by choice', () => {
    expect(plain(formatDateLong('2020-09-06', 'ar', { arCalendar: 'islamic' }))).toBe('الأحد، ١٨ محرم ١٤٤٢ هـ');
    expect(plain(formatDate('2020-09-06', 'ar', { arCalendar: 'gregory' }))).toBe('٦ سبتمبر ٢٠٢٠');
  });

  it('English: Gregorian with Latin digits', () => {
    expect(formatDate('2020-09-06', 'en')).toBe('September 6, 2020');
  });

  it('an instant falls on the day of the viewer\'s time zone', () => {
    expect(plain(formatDate('2020-09-06T21:00:00Z', 'fa', { timeZone: 'Asia/Tehran' }))).toBe('۱۷ شهریور ۱۳۹۹');
    expect(plain(formatDate('2020-09-06T21:00:00Z', 'fa', { timeZone: 'UTC' }))).toBe('۱۶ شهریور ۱۳۹۹');
  });
});

describe('numbers and digits', () => {
  it('formats numbers with the locale digits', () => {
    expect(plain(formatNumber(1403, 'fa'))).toBe('۱٬۴۰۳');
    expect(formatNumber(1403, 'en')).toBe('1,403');
  });

  it('reads Persian, Arabic-Indic and Latin digits typed into inputs', () => {
    expect(toLatinDigits('۱۴۰۳/٠٥/12')).toBe('1403/05/12');
  });
});
