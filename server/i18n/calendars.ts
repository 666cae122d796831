/** The calendars a community can keep its meetings in; display follows the viewer's locale. */
export const CALENDARS = ['persian', 'gregorian', 'islamic-umalqura'] as const;
export type CalendarSystem = (typeof CALENDARS)[number];

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
