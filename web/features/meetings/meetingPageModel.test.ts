import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import ar from '../../i18n/messages/ar.json';
import en from '../../i18n/messages/en.json';
import fa from '../../i18n/messages/fa.json';
import { agendaMinutes, parseWholeNumber, recurrenceMessage, showZone, timeRange, weekdayIn, weekdayName, zoneName } from './meetingPageModel';

const plain = (s: string) => s.replace(/[\u200E\u200F\u061C]/g, '');
const catalogs = { 'fa-IR': fa, 'ar-SA-u-ca-islamic-umalqura': ar, 'en-US': en } as const;
type Tag = keyof typeof catalogs;

/** The recurrence sentence as the page shows it. */
function sentence(rec: Parameters<typeof recurrenceMessage>[0], tag: Tag, calendar: string) {
  const nf = new Intl.NumberFormat(tag);
  const msg = recurrenceMessage(rec, { calendar, startsAt: '2026-05-31T12:30:00Z', timeZone: 'Asia/Tehran', intlLocale: tag, formatNumber: (n) => nf.format(n) });
  return plain(String(new IntlMessageFormat(catalogs[tag][msg.id], tag).format(msg.values)));
}

describe('times in the meeting\'s zone', () => {
  it('a time range in each language', () => {
    expect(plain(timeRange('2026-05-31T12:30:00Z', '2026-05-31T14:30:00Z', 'fa-IR', 'Asia/Tehran'))).toBe('۱۶:۰۰ تا ۱۸:۰۰');
    expect(plain(timeRange('2026-05-31T12:30:00Z', '2026-05-31T14:30:00Z', 'en-US', 'Asia/Tehran')).replace(/\s/g, ' ')).toBe('4:00 – 6:00 PM');
  });

  it('names the zone when it is not Tehran\'s or not the viewer\'s', () => {
    expect(showZone('Asia/Tehran', 'Asia/Tehran')).toBe(false);
    expect(showZone('Asia/Tehran', 'Europe/Berlin')).toBe(true);
    expect(showZone('Europe/Berlin', 'Europe/Berlin')).toBe(true);
    expect(zoneName('Europe/Berlin', 'en-US', '2026-05-31T12:30:00Z')).toBe('Central European Time');
  });

  it('weekdays', () => {
    expect(weekdayName(6, 'fa-IR')).toBe('شنبه');
    expect(weekdayName(0, 'en-US')).toBe('Sunday');
    // 00:30 on Monday in Tehran is still Sunday in UTC.
    expect(weekdayIn('2026-05-31T21:00:00Z', 'Asia/Tehran')).toBe(1);
  });
});

describe('the recurrence in words', () => {
  it('monthly on a day of the Solar Hijri month', () => {
    const rec = { freq: 'monthly', interval: 1, monthDay: 10 } as const;
    expect(sentence(rec, 'fa-IR', 'هجری شمسی')).toBe('ماهانه، روز ۱۰ هر ماه هجری شمسی');
    expect(sentence(rec, 'en-US', 'Solar Hijri')).toBe('Monthly, on the 10th of each Solar Hijri month');
    expect(sentence(rec, 'ar-SA-u-ca-islamic-umalqura', 'الهجري الشمسي')).toBe('شهريًا، في اليوم ١٠ من الشهر الهجري الشمسي');
    expect(sentence({ freq: 'monthly', interval: 2, monthDay: 1 }, 'en-US', 'Gregorian')).toBe('Every 2 months, on the 1st of the Gregorian month');
  });

  it('weekly, the last day, the nth weekday', () => {
    expect(sentence({ freq: 'weekly', interval: 2 }, 'fa-IR', 'هجری شمسی')).toBe('هر ۲ هفته یک‌بار، روزهای یکشنبه');
    expect(sentence({ freq: 'monthly', interval: 1, monthDay: -1 }, 'en-US', 'Solar Hijri')).toBe('Monthly, on the last day of each Solar Hijri month');
    expect(sentence({ freq: 'monthly', interval: 1, weekday: 6, nth: 1 }, 'fa-IR', 'هجری شمسی')).toBe('ماهانه، نخستین شنبه ماه هجری شمسی');
    expect(sentence({ freq: 'monthly', interval: 3, weekday: 1, nth: -1 }, 'en-US', 'Solar Hijri')).toBe('Every 3 months, on the last Monday of the Solar Hijri month');
  });
});

describe('agenda and numbers', () => {
  it('counts the minutes of accepted items only', () => {
    const item = (durationMinutes: number | null, state: 'accepted' | 'proposed' | 'declined') =>
      ({ id: '', position: 0, title: '', description: '', presenter: null, presenterName: '', durationMinutes, state, proposedBy: null, approvesMinutesOf: null }) as const;
    expect(agendaMinutes([item(15, 'accepted'), item(45, 'accepted'), item(30, 'proposed'), item(null, 'accepted')])).toBe(60);
  });

  it('reads whole numbers in any digits', () => {
    expect(parseWholeNumber('۴۵')).toBe(45);
    expect(parseWholeNumber('٤٥ ')).toBe(45);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('4.5')).toBeNaN();
  });
});
