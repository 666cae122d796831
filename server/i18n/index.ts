import { IntlMessageFormat } from 'intl-messageformat';
import ar from './messages/ar.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import fa from './messages/fa.json' with { type: 'json' };

export const LOCALES = ['fa', 'ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fa';

export const catalogs: Record<Locale, Record<string, string>> = { fa, ar, en };
export type MessageKey = Extract<keyof typeof fa, string>;

/** The Intl locale used for numbers and dates in server-made text (emails). */
export const INTL_LOCALE: Record<Locale, string> = { fa: 'fa-IR', ar: 'ar-SA-u-ca-islamic-umalqura', en: 'en-US' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header. */
export function localeFromHeader(header: string | undefined): Locale | null {
  if (!header) return null;
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((t) => t.tag && !Number.isNaN(t.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const base = tag.split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

const cache = new Map<string, IntlMessageFormat>();

/** Formats a catalog message; a missing key is a bug the catalog test catches. */
export function t(locale: Locale, key: MessageKey, values?: Record<string, string | number>): string {
  const id = `${locale}:${key}`;
  let format = cache.get(id);
  if (!format) {
    const message = catalogs[locale][key] ?? catalogs.en[key] ?? key;
    format = new IntlMessageFormat(message, INTL_LOCALE[locale]);
    cache.set(id, format);
  }
  return String(format.format(values));
}
