import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { setSessionUser, useMe } from '../api/session';
import { type ArabicCalendar, LOCALES, type Locale } from '../i18n/locales';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/useT';
import { SelectField } from '../ui/SelectField';

/** Header language choice: remembered on this device and, when signed in, on the account. */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const me = useMe();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (next: Locale) => unwrap(api.PATCH('/api/me/profile', { body: { locale: next } })),
    onSuccess: (user) => setSessionUser(queryClient, user),
  });
  const options = LOCALES.map((code) => ({ id: code, label: t(`locale.name.${code}` as const), lang: code }));
  return (
    <SelectField
      className="select-compact"
      name="locale"
      label={t('settings.language')}
      hideLabel
      value={locale}
      options={options}
      onChange={(next) => {
        setLocale(next);
        // The page has switched already; saving on the account is best effort.
        if (me) save.mutate(next);
      }}
    />
  );
}

/** For Arabic: Hijri (Umm al-Qura) or Gregorian dates. */
export function CalendarSwitcher() {
  const t = useT();
  const { arCalendar, setArCalendar } = useLocale();
  const options: { id: ArabicCalendar; label: string }[] = [
    { id: 'islamic', label: t('settings.calendar.islamic') },
    { id: 'gregory', label: t('settings.calendar.gregory') },
  ];
  return (
    <SelectField
      className="select-compact"
      name="calendar"
      label={t('settings.calendar')}
      hideLabel
      value={arCalendar}
      options={options}
      onChange={setArCalendar}
    />
  );
}
