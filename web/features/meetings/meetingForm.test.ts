import { describe, expect, it } from 'vitest';
import { checkMeetingValues, localDigits, meetingInputOf, monthlyDefaults, newMeetingValues, parseTime, parseWhole, scheduleInputOf } from './meetingForm';

const messages = { required: 'required', time: 'time', endBeforeStart: 'order', whole: 'whole', url: 'url', countMax: 'max' };

describe('meeting form values', () => {
  it('reads times typed with Persian or Arabic digits and separators', () => {
    expect(parseTime('۱۶:۳۰')).toBe('16:30');
    expect(parseTime('٤:٠٥')).toBe('04:05');
    expect(parseTime(' 9 ')).toBe('09:00');
    expect(parseTime('۱۶٫۰۰')).toBe('16:00');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('4 PM')).toBeNull();
    expect(parseTime('')).toBeNull();
  });

  it('reads whole numbers in any digits', () => {
    expect(parseWhole('۳۰')).toBe(30);
    expect(parseWhole('٢')).toBe(2);
    expect(parseWhole('2.5')).toBeNull();
    expect(parseWhole('')).toBeNull();
  });

  it('shows normalized values in the locale digits', () => {
    expect(localDigits('16:30', 'fa-IR')).toBe('۱۶:۳۰');
    expect(localDigits('16:30', 'ar-SA-u-ca-islamic-umalqura')).toBe('١٦:٣٠');
    expect(localDigits('16:30', 'en-US')).toBe('16:30');
  });

  it('builds a monthly-on-the-10th schedule with a count', () => {
    const v = { ...newMeetingValues('Asia/Tehran'), startDate: '2026-11-22', startTime: '۱۶:۰۰', endTime: '۱۸:۰۰', repeat: 'monthlyDay' as const, monthDay: '10', count: '۶' };
    expect(scheduleInputOf(v)).toEqual({
      startDate: '2026-11-22',
      startTime: '16:00',
      endTime: '18:00',
      timeZone: 'Asia/Tehran',
      recurrence: { freq: 'monthly', interval: 1, monthDay: 10 },
      count: 6,
    });
    expect(scheduleInputOf({ ...v, startDate: '' })).toBeNull();
    expect(scheduleInputOf({ ...v, count: '' })).toBeNull();
    expect(scheduleInputOf({ ...v, end: 'until', until: '' })).toBeNull();
    expect(scheduleInputOf({ ...v, end: 'until', until: '2027-06-01' })).toMatchObject({ until: '2027-06-01' });
  });

  it('builds the body to schedule: place or link by kind, capacity, invitees', () => {
    const v = {
      ...newMeetingValues('Asia/Tehran'),
      title: ' نشست ',
      kind: 'online' as const,
      place: 'سالن',
      onlineUrl: 'https://meet.example.org/x',
      capacity: '۳۰',
      startDate: '2026-12-01',
      invitees: [{ id: 'u1', name: 'A' }],
    };
    expect(meetingInputOf(v)).toMatchObject({ title: 'نشست', place: '', onlineUrl: 'https://meet.example.org/x', capacity: 30, recurrence: null, invitedUserIds: ['u1'], reminderMinutes: 1440 });
    expect(meetingInputOf(v)).not.toHaveProperty('count');
  });

  it('checks the fields before sending', () => {
    const v = { ...newMeetingValues('Asia/Tehran'), kind: 'hybrid' as const, startTime: '18:00', endTime: '16:00', repeat: 'weekly' as const, count: '' };
    expect(checkMeetingValues(v, messages)).toEqual({ title: 'required', place: 'required', onlineUrl: 'required', endTime: 'order', startDate: 'required', count: 'required' });
    expect(checkMeetingValues({ ...v, count: '۶۰۰' }, messages).count).toBe('max');
  });

  it('suggests monthly rules from the start date in the community calendar', () => {
    // 2026-12-01 is 10 Azar 1405, the second Tuesday of Azar.
    expect(monthlyDefaults('2026-12-01', 'persian')).toEqual({ monthDay: '10', nth: '2', weekday: '2' });
    expect(monthlyDefaults('2026-12-01', 'gregorian')).toEqual({ monthDay: '1', nth: '1', weekday: '2' });
    expect(monthlyDefaults('', 'persian')).toBeNull();
  });
});
