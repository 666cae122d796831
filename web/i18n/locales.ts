/** The languages Majma speaks, in order of priority: Persian first, then Arabic, then English. */
export const LOCALES = ['fa', 'ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fa';

export type Direction = 'rtl' | 'ltr';
/** Arabic users may read dates in the Hijri (Umm al-Qura) or the Gregorian calendar. */
export type ArabicCalendar = 'islamic' | 'gregory';
export const DEFAULT_AR_CALENDAR: ArabicCalendar = 'islamic';

export interface LocaleInfo {
  code: Locale;
  dir: Direction;
  /** BCP 47 tag handed to Intl (dates, numbers, plurals). */
  intl: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  // fa-IR defaults to the Solar Hijri (persian) calendar and Persian digits ۰-۹.
  fa: { code: 'fa', dir: 'rtl', intl: 'fa-IR' },
  // ar-SA is Gregorian by default in CLDR 48: ask for Umm al-Qura explicitly. Arabic-Indic digits ٠-٩.
  ar: { code: 'ar', dir: 'rtl', intl: 'ar-SA-u-ca-islamic-umalqura' },
  en: { code: 'en', dir: 'ltr', intl: 'en-US' },
};

/** The list of locales with their direction and Intl locale, in display order. */
export const locales: readonly LocaleInfo[] = LOCALES.map((code) => LOCALE_INFO[code]);

/** Arabic with the Gregorian calendar: ar-EG keeps Arabic-Indic digits and Arabic month names. */
export const AR_GREGORIAN_INTL = 'ar-EG';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function dirOf(locale: Locale): Direction {
  return LOCALE_INFO[locale].dir;
}

/** The Intl locale for an app locale, honouring the Arabic calendar preference. */
export function intlLocaleOf(locale: Locale, arCalendar: ArabicCalendar = readArabicCalendar()): string {
  if (locale === 'ar' && arCalendar === 'gregory') return AR_GREGORIAN_INTL;
  return LOCALE_INFO[locale].intl;
}

export const LOCALE_STORAGE_KEY = 'majma.locale';
export const AR_CALENDAR_STORAGE_KEY = 'majma.arCalendar';

function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage disabled (private mode, sandboxed frame)
  }
}

function writeStorage(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // ignore: the choice then lasts for this page only
  }
}

/** The locale chosen on this device, or null when the user never chose one here. */
export function readStoredLocale(): Locale | null {
  const v = readStorage(LOCALE_STORAGE_KEY);
  return isLocale(v) ? v : null;
}

export function storeLocale(locale: Locale): void {
  writeStorage(LOCALE_STORAGE_KEY, locale);
}

export function readArabicCalendar(): ArabicCalendar {
  const v = readStorage(AR_CALENDAR_STORAGE_KEY);
  return v === 'gregory' || v === 'islamic' ? v : DEFAULT_AR_CALENDAR;
}

export function storeArabicCalendar(calendar: ArabicCalendar): void {
  writeStorage(AR_CALENDAR_STORAGE_KEY, calendar);
}
