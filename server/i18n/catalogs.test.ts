import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogs, localeFromHeader, t } from './index.js';

const ARABIC_PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Every catalog set of the project: the server's and the web client's. */
const sets: Record<string, Record<string, Record<string, string>>> = {
  server: catalogs,
  web: Object.fromEntries(
    ['fa', 'ar', 'en'].map((l) => [l, JSON.parse(fs.readFileSync(path.resolve('web/i18n/messages', `${l}.json`), 'utf8')) as Record<string, string>]),
  ),
};

function plurals(elements: MessageFormatElement[]): string[][] {
  return elements.flatMap((e) => {
    if (e.type === TYPE.plural) return [Object.keys(e.options), ...Object.values(e.options).flatMap((o) => plurals(o.value))];
    if (e.type === TYPE.select) return Object.values(e.options).flatMap((o) => plurals(o.value));
    return [];
  });
}

describe.each(Object.entries(sets))('%s catalogs', (_name, set) => {
  const keys = Object.keys(set.fa!).sort();

  it.each(['ar', 'en'])('%s has exactly the keys of fa', (locale) => {
    expect(Object.keys(set[locale]!).sort()).toEqual(keys);
  });

  it.each(['fa', 'ar', 'en'])('every %s message is valid ICU and not empty', (locale) => {
    for (const [key, message] of Object.entries(set[locale]!)) {
      expect(message.trim(), key).not.toBe('');
      expect(() => parse(message), key).not.toThrow();
    }
  });

  it('every Arabic plural has all six forms', () => {
    for (const [key, message] of Object.entries(set.ar!)) {
      for (const forms of plurals(parse(message))) expect(forms.sort(), key).toEqual([...ARABIC_PLURALS].sort());
    }
  });
});

describe('server messages', () => {
  it('format numbers with the locale digits', () => {
    expect(t('fa', 'validation.minLength', { limit: 8 })).toBe('دست‌کم ۸ نویسه لازم است.');
    expect(t('en', 'validation.minLength', { limit: 8 })).toBe('At least 8 characters are needed.');
    expect(t('ar', 'validation.minLength', { limit: 8 })).toContain('٨');
  });

  it('pick the language from Accept-Language, Persian when none fits', () => {
    expect(localeFromHeader('ar-SA,ar;q=0.9,en;q=0.5')).toBe('ar');
    expect(localeFromHeader('de-DE, en;q=0.8')).toBe('en');
    expect(localeFromHeader('de-DE')).toBeNull();
  });
});
