import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { IntlProvider } from 'react-intl';
import { setApiLocale } from '../api/client';
import {
  type ArabicCalendar,
  DEFAULT_LOCALE,
  type Direction,
  type Locale,
  dirOf,
  intlLocaleOf,
  readArabicCalendar,
  readStoredLocale,
  storeArabicCalendar,
  storeLocale,
} from './locales';
import { catalogs } from './messages';

interface LocaleContextValue {
  locale: Locale;
  dir: Direction;
  /** The Intl locale for dates and numbers (calendar and digits included). */
  intlLocale: string;
  arCalendar: ArabicCalendar;
  /** Switches the UI language and remembers it on this device. */
  setLocale: (locale: Locale) => void;
  setArCalendar: (calendar: ArabicCalendar) => void;
  /** Whether the user picked a language on this device (else the account's language may apply). */
  hasStoredChoice: () => boolean;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

/** Sets `<html lang dir>`; called before the first render too, so the page never flashes the wrong way. */
export function applyDocumentLocale(locale: Locale): void {
  const html = document.documentElement;
  html.lang = locale;
  html.dir = dirOf(locale);
}

export function initialLocale(): Locale {
  return readStoredLocale() ?? DEFAULT_LOCALE;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const l = initialLocale();
    setApiLocale(l);
    return l;
  });
  const [arCalendar, setArCalendarState] = useState<ArabicCalendar>(readArabicCalendar);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setApiLocale(next);
    applyDocumentLocale(next);
    setLocaleState(next);
  }, []);

  const setArCalendar = useCallback((next: ArabicCalendar) => {
    storeArabicCalendar(next);
    setArCalendarState(next);
  }, []);

  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      dir: dirOf(locale),
      intlLocale: intlLocaleOf(locale, arCalendar),
      arCalendar,
      setLocale,
      setArCalendar,
      hasStoredChoice: () => readStoredLocale() !== null,
    }),
    [locale, arCalendar, setLocale, setArCalendar],
  );

  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={value.intlLocale} messages={catalogs[locale]} defaultLocale="fa-IR" textComponent="span">
        <I18nProvider locale={value.intlLocale}>{children}</I18nProvider>
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleContextValue {
  const ctx = useContext(LocaleContext);
  if (!ctx) throw new Error('useLocale outside LocaleProvider');
  return ctx;
}
