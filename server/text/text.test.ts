import { describe, expect, it } from 'vitest';
import { toLatinDigits } from './digits.js';
import { searchKey } from './normalize.js';

describe('toLatinDigits', () => {
  it('turns Persian and Arabic-Indic digits into Latin ones and leaves the rest', () => {
    expect(toLatinDigits('۰۹۱۲ ٣٤٥ 678')).toBe('0912 345 678');
    expect(toLatinDigits('تلفن: ۱۴۰۳')).toBe('تلفن: 1403');
  });
});

describe('searchKey', () => {
  it('folds Arabic and Persian letter variants together', () => {
    expect(searchKey('كتاب علي')).toBe(searchKey('کتاب علی'));
    expect(searchKey('مدرسة')).toBe(searchKey('مدرسه'));
    expect(searchKey('أحمد')).toBe(searchKey('احمد'));
  });
  it('drops diacritics and tatweel, and turns ZWNJ into a space', () => {
    expect(searchKey('مُحَمَّد')).toBe('محمد');
    expect(searchKey('محـــمد')).toBe('محمد');
    expect(searchKey('بهره\u200Cوری')).toBe('بهره وری');
  });
  it('matches digits of any script', () => {
    expect(searchKey('سال ۱۴۰۳')).toBe(searchKey('سال 1403'));
  });
});
