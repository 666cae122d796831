import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { signedInUser } from '../../../tests/support/builders.js';
import { ApiClient } from '../../../tests/support/client.js';
import { formedCommunity } from '../../../tests/support/communities.js';
import { linkIn, tokenOf } from '../../../tests/support/smtp.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  // Meetings run months ahead of the clock's start: sessions must outlive that.
  t = await startTestApp({ smtp: true, env: { SESSION_DAYS: '365' } });
  admin = await signedInUser(t, { role: 'admin' });
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALL_ROLES = ['chair', 'facilitator', 'secretary', 'member', 'guest_expert'];
const fieldsOf = (body: { errors?: { field: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);

/** The Solar Hijri date and wall time of an instant in a zone, read from ICU. */
function jalali(iso: string, timeZone = 'Asia/Tehran') {
  const p = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => p.find((x) => x.type === type)!.value;
  return { year: Number.parseInt(get('year'), 10), month: Number(get('month')), day: Number(get('day')), weekday: get('weekday'), time: `${get('hour')}:${get('minute')}` };
}

const meetingInput = (over: Record<string, unknown> = {}) => ({
  title: 'نشست ماهانهٔ تبادل تجربه',
  description: 'ارائهٔ تجربیات موفق اعضا',
  kind: 'in_person',
  format: 'experience_sharing',
  place: 'تهران، سالن اجتماعات',
  onlineUrl: '',
  capacity: null,
  startDate: '2026-03-15',
  startTime: '18:00',
  endTime: '20:00',
  recurrence: { freq: 'monthly', interval: 1, monthDay: 10 },
  count: 12,
  reminderMinutes: 0,
  invitedRoles: ALL_ROLES,
  ...over,
});

type Community = Awaited<ReturnType<typeof formedCommunity>>;
async function community(options: Parameters<typeof formedCommunity>[1] = {}) {
  t.clock.set('2026-01-01T08:00:00Z');
  return formedCommunity(t, { admin: admin.client, ...options });
}
async function schedule(c: Community, over: Record<string, unknown> = {}) {
  const res = await c.facilitator.client.post(`/api/communities/${c.slug}/meetings`, meetingInput(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; seriesId: string; startsAt: string; endsAt: string };
}
const listOf = async (client: ApiClient, slug: string, from = '2026-01-01T00:00:00Z', to = '2028-01-01T00:00:00Z') =>
  (await client.get(`/api/communities/${slug}/meetings?from=${from}&to=${to}`)).body.items as { id: string; startsAt: string; endsAt: string; cancelled: boolean; title: string; seriesId: string }[];

/** Every event instance a standard client would show, expanded by ical.js. */
function expandIcs(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const out: { start: string; summary: string }[] = [];
  for (const master of events.filter((e) => !e.isRecurrenceException())) {
    for (const exc of events.filter((e) => e.isRecurrenceException() && e.uid === master.uid)) master.relateException(exc);
    if (!master.isRecurring()) {
      if (master.component.getFirstPropertyValue('status') !== 'CANCELLED') out.push({ start: master.startDate.toJSDate().toISOString(), summary: master.summary });
      continue;
    }
    const it = master.iterator();
    for (let next = it.next(); next; next = it.next()) {
      const d = master.getOccurrenceDetails(next);
      out.push({ start: d.startDate.toJSDate().toISOString(), summary: d.item.summary });
    }
  }
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(tz.getFirstPropertyValue('tzid') as string);
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

describe('scheduling a series in the community\'s calendar', () => {
  it('"monthly on the 10th" in a Solar Hijri community lands on the 10th of each Solar Hijri month at 18:00 Tehran time', async () => {
    const c = await community();
    await schedule(c);
    const items = await listOf(c.member.client, c.slug);
    expect(items).toHaveLength(12);
    // Farvardin 1405 … Esfand 1405: across 31-, 30- and 29-day months and the new year.
    expect(items.map((m) => [jalali(m.startsAt).month, jalali(m.startsAt).day, jalali(m.startsAt).time])).toEqual(Array.from({ length: 12 }, (_, i) => [i + 1, 10, '18:00']));
    expect(items.map((m) => m.startsAt.slice(0, 10)).slice(0, 7)).toEqual(['2026-03-30', '2026-04-30', '2026-05-31', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-02']);
  });

  it('"last Thursday of the month" is of the Solar Hijri month', async () => {
    const c = await community();
    await schedule(c, { recurrence: { freq: 'monthly', interval: 1, weekday: 4, nth: -1 }, count: 6 });
    for (const m of await listOf(c.member.client, c.slug)) {
      const j = jalali(m.startsAt);
      expect(j.weekday).toBe('Thu');
      expect(jalali(new Date(new Date(m.startsAt).getTime() + 7 * DAY).toISOString()).month).toBe((j.month % 12) + 1);
    }
  });

  it('a weekly series in a Gregorian community in Europe/Berlin keeps its local time across the DST change', async () => {
    const c = await community();
    expect((await c.chair.client.request('PATCH', `/api/communities/${c.slug}`, { calendar: 'gregorian', timeZone: 'Europe/Berlin' })).status).toBe(200);
    await schedule(c, { startDate: '2026-03-17', startTime: '10:00', endTime: '11:30', recurrence: { freq: 'weekly', interval: 1 }, count: 4 });
    const items = await listOf(c.member.client, c.slug);
    expect(items.map((m) => m.startsAt)).toEqual(['2026-03-17T09:00:00.000Z', '2026-03-24T09:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-04-07T08:00:00.000Z']);
    expect(items.map((m) => m.endsAt)).toEqual(['2026-03-17T10:30:00.000Z', '2026-03-24T10:30:00.000Z', '2026-03-31T09:30:00.000Z', '2026-04-07T09:30:00.000Z']);
    const badZone = await c.chair.client.request('PATCH', `/api/communities/${c.slug}`, { timeZone: 'Mars/Olympus' });
    expect(fieldsOf(badZone.body)).toEqual(['timeZone:timeZone']);
  });

  it('the preview shows the dates before saving anything', async () => {
    const c = await community();
    const preview = await c.facilitator.client.post(`/api/communities/${c.slug}/meetings/preview`, { startDate: '2026-03-15', startTime: '18:00', endTime: '20:00', recurrence: { freq: 'monthly', interval: 2, monthDay: -1 }, count: 3 });
    expect(preview.body).toMatchObject({ calendar: 'persian', timeZone: 'Asia/Tehran' });
    // From 24 Esfand 1404: Esfand's last day is the 29th, then every other month.
    expect(preview.body.items.map((o: { startsAt: string }) => [jalali(o.startsAt).year, jalali(o.startsAt).month, jalali(o.startsAt).day])).toEqual([
      [1404, 12, 29],
      [1405, 2, 31],
      [1405, 4, 31],
    ]);
    expect(await listOf(c.member.client, c.slug)).toEqual([]);
  });

  it('refuses bad schedules with the field named, saving nothing', async () => {
    const c = await community();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ endTime: '17:00' }, ['endTime:endBeforeStart']],
      [{ until: '2026-03-01', count: null }, ['recurrence:noOccurrence']],
      [{ recurrence: { freq: 'weekly', interval: 1 }, count: null, until: '2040-01-01' }, ['recurrence:tooManyOccurrences']],
      [{ count: null }, ['count:countOrUntil']],
      [{ place: '' }, ['place:required']],
      [{ kind: 'online', place: '', onlineUrl: 'javascript:alert(1)' }, ['onlineUrl:url']],
      [{ timeZone: 'Nowhere/City' }, ['timeZone:timeZone']],
      [{ startDate: '2025-12-01', recurrence: null }, ['startDate:futureDate']],
      [{ invitedUserIds: [admin.me.id] }, ['invitedUserIds.0:notMember']],
    ];
    for (const [over, fields] of cases) {
      const res = await c.facilitator.client.post(`/api/communities/${c.slug}/meetings`, meetingInput(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(res.body), JSON.stringify(over)).toEqual(fields);
    }
    expect((await c.member.client.post(`/api/communities/${c.slug}/meetings`, meetingInput())).status).toBe(403);
    expect(await listOf(c.member.client, c.slug)).toEqual([]);
  });
});

describe('editing and cancelling', () => {
  it('edits one meeting or the rest of the series, cancels one, and the .ics reads back right in a standard parser', async () => {
    const c = await community();
    const first = await schedule(c, { count: 6 });
    const before = await listOf(c.member.client, c.slug);

    // One meeting moved an hour later and renamed; it stays as edited when the series changes.
    const third = before[2]!;
    const moved = await c.facilitator.client.request('PATCH', `/api/meetings/${third.id}`, {
      scope: 'occurrence',
      title: 'نشست ویژه',
      startsAt: new Date(new Date(third.startsAt).getTime() + HOUR).toISOString(),
      endsAt: new Date(new Date(third.endsAt).getTime() + HOUR).toISOString(),
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ title: 'نشست ویژه', detached: true });
    const backwards = await c.facilitator.client.request('PATCH', `/api/meetings/${third.id}`, { scope: 'occurrence', endsAt: third.startsAt, startsAt: third.endsAt });
    expect(fieldsOf(backwards.body)).toEqual(['endsAt:endBeforeStart']);
    const wrongScope = await c.facilitator.client.request('PATCH', `/api/meetings/${third.id}`, { scope: 'occurrence', startTime: '09:00' });
    expect(fieldsOf(wrongScope.body)).toEqual(['startTime:seriesOnly']);

    // From the second meeting on, the series moves to 17:00–19:00 and a new place.
    const series = await c.facilitator.client.request('PATCH', `/api/meetings/${before[1]!.id}`, { scope: 'series', startTime: '17:00', endTime: '19:00', place: 'اصفهان' });
    expect(series.status, JSON.stringify(series.body)).toBe(200);
    const cancelled = await c.facilitator.client.post(`/api/meetings/${before[4]!.id}/cancel`, { scope: 'occurrence', reason: 'تعطیلی رسمی' });
    expect(cancelled.body.cancelled).toBe(true);

    const after = await listOf(c.member.client, c.slug);
    expect(after.map((m) => jalali(m.startsAt).time)).toEqual(['18:00', '17:00', '19:00', '17:00', '17:00', '17:00']);
    expect(after.map((m) => m.cancelled)).toEqual([false, false, false, false, true, false]);
    expect(after[2]!.title).toBe('نشست ویژه');

    const ics = await new ApiClient(t.app).request('GET', `/api/communities/${c.slug}/meetings.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const seen = expandIcs(ics.body as string);
    const live = after.filter((m) => !m.cancelled);
    expect(seen.map((s) => s.start)).toEqual(live.map((m) => m.startsAt));
    expect(seen.map((s) => s.summary)).toEqual(live.map((m) => m.title));
    // A Solar Hijri series is listed day by day (a Gregorian RRULE cannot say "the 10th of Dey").
    expect(ics.body).not.toMatch(/^RRULE/m);
    expect(ics.body).toMatch(/^EXDATE;TZID=Asia\/Tehran:/m);

    const one = await c.member.client.request('GET', `/api/meetings/${first.id}/ics`);
    expect(expandIcs(one.body as string).map((s) => s.start)).toEqual([after[0]!.startsAt]);

    const past = await (async () => {
      t.clock.set(new Date(new Date(after[0]!.startsAt).getTime() + 10 * 60_000));
      return c.facilitator.client.post(`/api/meetings/${after[0]!.id}/cancel`, { scope: 'occurrence' });
    })();
    expect(past.status).toBe(409);
    expect(past.body.code).toBe('meeting_past');
  });

  it('a Gregorian weekly series is exported as an RRULE with EXDATE', async () => {
    const c = await community();
    await c.chair.client.request('PATCH', `/api/communities/${c.slug}`, { calendar: 'gregorian', timeZone: 'Europe/Berlin' });
    await schedule(c, { startDate: '2026-03-17', startTime: '10:00', endTime: '11:00', recurrence: { freq: 'weekly', interval: 2 }, count: 5 });
    const items = await listOf(c.member.client, c.slug);
    await c.facilitator.client.post(`/api/meetings/${items[1]!.id}/cancel`, { scope: 'occurrence' });
    const ics = (await new ApiClient(t.app).request('GET', `/api/communities/${c.slug}/meetings.ics`)).body as string;
    expect(ics).toMatch(/^RRULE:.*FREQ=WEEKLY/m);
    expect(ics).toMatch(/^BEGIN:DAYLIGHT/m);
    expect(expandIcs(ics).map((s) => s.start)).toEqual(items.filter((_, i) => i !== 1).map((m) => m.startsAt));
  });
});

describe('RSVP, capacity and reminders', () => {
  it('fills seats, waits the rest, moves the first waiting one up, and refuses answers to cancelled or past meetings', async () => {
    const c = await community();
    const m = await schedule(c, { capacity: 2, recurrence: null, startDate: '2026-02-01' });
    expect((await c.member.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'yes' })).body).toMatchObject({ yes: 1, mine: { response: 'yes', waitlisted: false } });
    await c.secretary.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'yes' });
    const third = await c.chair.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'yes' });
    expect(third.body).toMatchObject({ yes: 2, waitlisted: 1, capacity: 2, mine: { response: 'yes', waitlisted: true } });
    // A seat frees: the waiting chair moves up and is mailed.
    expect((await c.member.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'no' })).body).toMatchObject({ yes: 2, no: 1, waitlisted: 0 });
    expect((await c.chair.client.get(`/api/meetings/${m.id}`)).body.rsvp.mine).toEqual({ response: 'yes', waitlisted: false });
    await t.runJobs();
    expect((await t.smtp!.waitFor(c.chair.email, 10_000, (mail) => mail.subject.includes('جای شما'))).text).toContain('فهرست انتظار');

    const outsider = await signedInUser(t);
    expect((await outsider.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'yes' })).status).toBe(403);
    const bad = await c.member.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'perhaps' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['response:enum']);

    t.clock.set(new Date(new Date(m.startsAt).getTime() + 60_000));
    const late = await c.member.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'yes' });
    expect([late.status, late.body.code]).toEqual([409, 'meeting_past']);

    t.clock.set('2026-01-01T08:00:00Z');
    const other = await schedule(c, { recurrence: null, startDate: '2026-02-05' });
    await c.facilitator.client.post(`/api/meetings/${other.id}/cancel`, { scope: 'occurrence' });
    const toCancelled = await c.member.client.request('PUT', `/api/meetings/${other.id}/rsvp`, { response: 'yes' });
    expect([toCancelled.status, toCancelled.body.code]).toEqual([409, 'meeting_cancelled']);
  });

  it('invites only the chosen roles and names', async () => {
    const c = await community();
    const m = await schedule(c, { recurrence: null, startDate: '2026-02-01', invitedRoles: ['chair', 'facilitator'], invitedUserIds: [c.secretary.me.id] });
    expect((await c.member.client.get(`/api/meetings/${m.id}`)).body.viewer.invited).toBe(false);
    expect((await c.member.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'yes' })).status).toBe(403);
    expect((await c.secretary.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'maybe' })).status).toBe(200);
    await t.runJobs();
    expect((await t.smtp!.waitFor(c.secretary.email, 10_000, (mail) => mail.subject.includes('دعوت'))).text).toContain('نشست ماهانهٔ تبادل تجربه');
    expect(t.smtp!.to(c.member.email).filter((mail) => mail.subject.includes('نشست ماهانه'))).toEqual([]);
  });

  it('mails a reminder at the lead time to invitees who have not declined, once', async () => {
    const c = await community();
    const m = await schedule(c, { recurrence: null, startDate: '2026-02-01', reminderMinutes: 60 });
    await c.member.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'no' });
    const people = [c.chair, c.facilitator, c.secretary, c.member];
    const reminders = () => people.filter((p) => t.smtp!.to(p.email).some((mail) => mail.subject.includes('یادآوری'))).map((p) => p.email);
    await t.runJobs();
    t.clock.set(new Date(new Date(m.startsAt).getTime() - 2 * HOUR));
    await t.runJobs();
    expect(reminders()).toEqual([]);
    t.clock.set(new Date(new Date(m.startsAt).getTime() - 50 * 60_000));
    await t.runJobs();
    await t.smtp!.waitFor(c.secretary.email, 10_000, (mail) => mail.subject.includes('یادآوری'));
    // Everyone invited but the member, who declined; the time in Tehran and in Persian.
    expect(reminders().sort()).toEqual([c.chair.email, c.facilitator.email, c.secretary.email].sort());
    expect((await t.smtp!.waitFor(c.chair.email, 10_000, (mail) => mail.subject.includes('یادآوری'))).text).toContain('ساعت ۱۸:۰۰');
    await t.runJobs();
    expect(t.smtp!.to(c.chair.email).filter((mail) => mail.subject.includes('یادآوری'))).toHaveLength(1);
  });
});

describe('guests and private communities', () => {
  it('a guest expert invited by email sees that series only', async () => {
    const c = await community({ visibility: 'private', joinPolicy: 'invitation' });
    const m = await schedule(c, { recurrence: null, startDate: '2026-02-01' });
    const other = await schedule(c, { recurrence: null, startDate: '2026-02-08', title: 'جلسهٔ داخلی' });
    const outsider = await signedInUser(t);
    expect((await outsider.client.get(`/api/meetings/${m.id}`)).status).toBe(404);
    expect((await new ApiClient(t.app).get(`/api/communities/${c.slug}/meetings`)).status).toBe(404);

    const invited = await c.facilitator.client.post(`/api/meetings/${m.id}/invitees`, { email: 'guest.expert@example.org', name: 'کارشناس مهمان' });
    expect(invited.body.invitees).toMatchObject([{ email: 'guest.expert@example.org', guest: true, pending: true }]);
    expect((await c.facilitator.client.post(`/api/meetings/${m.id}/invitees`, { email: 'guest.expert@example.org' })).body.code).toBe('already_invited');
    await t.runJobs();
    const token = tokenOf(linkIn(await t.smtp!.waitFor('guest.expert@example.org'), '/meeting-invitations/accept'));
    expect((await new ApiClient(t.app).get(`/api/meeting-invitations/${token}`)).body.meeting.id).toBe(m.id);
    const guest = await signedInUser(t, { email: 'guest.expert@example.org' });
    const accepted = await guest.client.post('/api/meeting-invitations/accept', { token });
    expect(accepted.body).toMatchObject({ id: m.id, viewer: { guest: true, invited: true } });
    expect((await guest.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'yes' })).status).toBe(200);
    // Nothing else of the private community.
    expect((await guest.client.get(`/api/meetings/${other.id}`)).status).toBe(404);
    expect((await guest.client.get(`/api/communities/${c.slug}/meetings`)).status).toBe(404);
    expect((await guest.client.get('/api/me/meetings?from=2026-01-01T00:00:00Z')).body.items.map((x: { id: string }) => x.id)).toEqual([m.id]);
    // The link works once.
    expect((await outsider.client.post('/api/meeting-invitations/accept', { token })).body.code).toBe('token_invalid');
  });
});

describe('agenda', () => {
  it('members propose, the facilitator accepts; the order is the leaders\'', async () => {
    const c = await community();
    const m = await schedule(c, { recurrence: null, startDate: '2026-02-01' });
    const add = (client: ApiClient, title: string, extra: Record<string, unknown> = {}) => client.post(`/api/meetings/${m.id}/agenda`, { title, ...extra });
    await add(c.facilitator.client, 'گزارش دبیر', { presenterId: c.secretary.me.id, durationMinutes: 15 });
    await add(c.facilitator.client, 'ارائهٔ تجربه', { durationMinutes: 45 });
    const proposed = await add(c.member.client, 'پیشنهاد: بازدید از کارخانه');
    expect(proposed.body.agenda.map((i: { state: string }) => i.state)).toEqual(['accepted', 'accepted', 'proposed']);
    expect((await c.secretary.client.get(`/api/meetings/${m.id}`)).body.agenda).toHaveLength(3);
    expect((await c.chair.client.get(`/api/meetings/${m.id}`)).body.agenda).toHaveLength(3);
    const stranger = await signedInUser(t);
    expect((await stranger.client.get(`/api/meetings/${m.id}`)).body.agenda).toHaveLength(2);
    expect((await add(c.facilitator.client, 'x', { presenterId: stranger.me.id })).body.errors.map((e: { field: string }) => e.field)).toEqual(['presenterId']);

    const proposal = proposed.body.agenda[2];
    expect((await c.member.client.post(`/api/agenda-items/${proposal.id}/answer`, { accept: true })).status).toBe(403);
    expect((await c.facilitator.client.post(`/api/agenda-items/${proposal.id}/answer`, { accept: true })).body.agenda[2].state).toBe('accepted');
    const ids = proposed.body.agenda.map((i: { id: string }) => i.id);
    expect((await c.member.client.request('PUT', `/api/meetings/${m.id}/agenda/order`, { ids: [...ids].reverse() })).status).toBe(403);
    expect(fieldsOf((await c.facilitator.client.request('PUT', `/api/meetings/${m.id}/agenda/order`, { ids: ids.slice(1) })).body)).toEqual(['ids:agendaOrder']);
    const reordered = await c.facilitator.client.request('PUT', `/api/meetings/${m.id}/agenda/order`, { ids: [ids[2], ids[0], ids[1]] });
    expect(reordered.body.agenda.map((i: { title: string }) => i.title)).toEqual(['پیشنهاد: بازدید از کارخانه', 'گزارش دبیر', 'ارائهٔ تجربه']);
  });
});

describe('attendance, minutes, decisions and actions', () => {
  it('runs the whole minutes workflow: draft, corrections, approval, publication, revisions', async () => {
    const c = await community();
    const m = await schedule(c, { recurrence: null, startDate: '2026-02-01' });
    const item = (await c.facilitator.client.post(`/api/meetings/${m.id}/agenda`, { title: 'گزارش دبیر' })).body.agenda[0];
    const guestOutside = await signedInUser(t);

    // Attendance opens an hour before the start; the secretary records it in one go.
    const early = await c.secretary.client.request('PUT', `/api/meetings/${m.id}/attendance`, { userIds: [c.member.me.id] });
    expect([early.status, early.body.code]).toEqual([409, 'meeting_not_started']);
    t.clock.set(new Date(new Date(m.startsAt).getTime() + 5 * 60_000));
    expect((await c.member.client.request('PUT', `/api/meetings/${m.id}/attendance`, { userIds: [c.member.me.id] })).status).toBe(403);
    const unknown = await c.secretary.client.request('PUT', `/api/meetings/${m.id}/attendance`, { userIds: [c.member.me.id, guestOutside.me.id] });
    expect(fieldsOf(unknown.body)).toEqual(['userIds.1:notMember']);
    const roster = await c.secretary.client.request('PUT', `/api/meetings/${m.id}/attendance`, { userIds: [c.member.me.id, c.chair.me.id, c.secretary.me.id] });
    expect(roster.body.items.filter((r: { attended: boolean }) => r.attended)).toHaveLength(3);

    // The secretary's draft is not for members yet.
    const saved = await c.secretary.client.request('PUT', `/api/meetings/${m.id}/minutes`, { notes: 'جلسه با حضور سه نفر آغاز شد.', items: [{ agendaItemId: item.id, minutes: 'دبیر گزارش پیگیری‌ها را ارائه کرد.' }] });
    expect(saved.body).toMatchObject({ state: 'draft', can: { write: true, send: true } });
    expect((await c.member.client.get(`/api/meetings/${m.id}/minutes`)).status).toBe(403);
    expect((await c.facilitator.client.request('PUT', `/api/meetings/${m.id}/minutes`, { notes: 'x', items: [] })).status).toBe(403);
    const decided = await c.secretary.client.post(`/api/meetings/${m.id}/decisions`, {
      text: 'تهیهٔ گزارش تجربهٔ بهره‌وری انرژی',
      agendaItemId: item.id,
      actions: [{ title: 'نگارش پیش‌نویس گزارش', ownerId: c.member.me.id, dueDate: '2026-02-20' }],
    });
    expect(decided.body.decisions[0].actions[0]).toMatchObject({ title: 'نگارش پیش‌نویس گزارش', owner: { id: c.member.me.id }, status: 'open', overdue: false });

    // Out to the attendees for three days of corrections.
    const sent = await c.secretary.client.post(`/api/meetings/${m.id}/minutes/send`, { correctionDays: 3 });
    expect(sent.body.state).toBe('in_review');
    await t.runJobs();
    expect((await t.smtp!.waitFor(c.member.email, 10_000, (mail) => mail.subject.includes('صورتجلسه'))).text).toContain('اصلاح');
    expect((await c.facilitator.client.post(`/api/meetings/${m.id}/minutes/corrections`, { agendaItemId: item.id, text: 'x' })).status).toBe(403);
    const suggested = await c.member.client.post(`/api/meetings/${m.id}/minutes/corrections`, { agendaItemId: item.id, text: 'دبیر گزارش پیگیری سه اقدام را ارائه کرد.', comment: 'شمار اقدام‌ها' });
    expect(suggested.body.corrections).toMatchObject([{ state: 'pending', author: { id: c.member.me.id } }]);
    await c.chair.client.post(`/api/meetings/${m.id}/minutes/corrections`, { agendaItemId: null, text: 'متن دیگر' });

    const tooSoon = await c.chair.client.post(`/api/meetings/${m.id}/minutes/approve`, {});
    expect(tooSoon.body.code).toBe('corrections_open');
    t.clock.advance(3 * DAY + HOUR);
    const late = await c.member.client.post(`/api/meetings/${m.id}/minutes/corrections`, { agendaItemId: null, text: 'دیرهنگام' });
    expect(late.body.code).toBe('corrections_closed');
    expect((await c.chair.client.post(`/api/meetings/${m.id}/minutes/approve`, {})).body.code).toBe('corrections_pending');

    const [memberFix, chairFix] = (await c.secretary.client.get(`/api/meetings/${m.id}/minutes`)).body.corrections;
    const acceptedFix = await c.secretary.client.post(`/api/minutes-corrections/${memberFix.id}/answer`, { accept: true });
    expect(acceptedFix.body.items[0].minutes).toBe('دبیر گزارش پیگیری سه اقدام را ارائه کرد.');
    const declinedFix = await c.secretary.client.post(`/api/minutes-corrections/${chairFix.id}/answer`, { accept: false });
    expect(declinedFix.body.notes).toBe('جلسه با حضور سه نفر آغاز شد.');

    expect((await c.secretary.client.post(`/api/meetings/${m.id}/minutes/approve`, {})).status).toBe(403);
    const approved = await c.chair.client.post(`/api/meetings/${m.id}/minutes/approve`, {});
    expect(approved.body).toMatchObject({ state: 'approved', approvedBy: { id: c.chair.me.id } });
    expect((await c.secretary.client.request('PUT', `/api/meetings/${m.id}/minutes`, { notes: 'x', items: [] })).body.code).toBe('minutes_approved');

    // Only the secretary publishes; members are mailed; the minutes become a knowledge item.
    expect((await c.chair.client.post(`/api/meetings/${m.id}/minutes/publish`)).status).toBe(403);
    expect((await c.facilitator.client.post(`/api/meetings/${m.id}/minutes/publish`)).status).toBe(403);
    const published = await c.secretary.client.post(`/api/meetings/${m.id}/minutes/publish`);
    expect(published.body.state).toBe('published');
    await t.runJobs();
    expect((await t.smtp!.waitFor(c.facilitator.email, 10_000, (mail) => mail.subject.includes('منتشر'))).subject).toContain('صورتجلسه');
    const knowledge = await new ApiClient(t.app).get(`/api/knowledge/${published.body.knowledgeItemId}`);
    expect(knowledge.body, JSON.stringify(knowledge.body)).toMatchObject({ kind: 'meeting_minutes', sourceMeetingId: m.id, revisions: [{ number: 1 }] });
    expect(knowledge.body.body).toContain('دبیر گزارش پیگیری سه اقدام را ارائه کرد.');
    expect(knowledge.body.body).toContain('نگارش پیش‌نویس گزارش');
    expect((await new ApiClient(t.app).get(`/api/meetings/${m.id}/minutes`)).body.state).toBe('published');

    // Later edits are kept as revisions.
    await c.secretary.client.request('PUT', `/api/meetings/${m.id}/minutes`, { notes: 'جلسه با حضور سه عضو آغاز شد.', items: [], revisionNote: 'اصلاح شمار حاضران' });
    const revised = await new ApiClient(t.app).get(`/api/knowledge/${published.body.knowledgeItemId}`);
    expect(revised.body.revisions.map((r: { number: number; note: string }) => [r.number, r.note])).toEqual([
      [1, ''],
      [2, 'اصلاح شمار حاضران'],
    ]);
    expect((await new ApiClient(t.app).get(`/api/knowledge/${published.body.knowledgeItemId}/revisions/1`)).body.body).toContain('جلسه با حضور سه نفر آغاز شد.');
  });

  it('minutes approved by the next meeting, as an item of its agenda', async () => {
    const c = await community();
    const first = await schedule(c, { count: 2 });
    const [, second] = await listOf(c.member.client, c.slug);
    t.clock.set(first.startsAt);
    await c.secretary.client.request('PUT', `/api/meetings/${first.id}/attendance`, { userIds: [c.member.me.id] });
    await c.secretary.client.request('PUT', `/api/meetings/${first.id}/minutes`, { notes: 'متن صورتجلسه', items: [] });
    await c.secretary.client.post(`/api/meetings/${first.id}/minutes/send`, { correctionDays: 1 });
    const withItem = await c.facilitator.client.post(`/api/meetings/${second!.id}/agenda`, { title: 'تصویب صورتجلسهٔ پیشین', approvesMinutesOf: first.id });
    expect(withItem.body.agenda[0].approvesMinutesOf.id).toBe(first.id);
    t.clock.advance(2 * DAY);
    const early = await c.secretary.client.post(`/api/meetings/${first.id}/minutes/approve`, { inMeetingId: second!.id });
    expect(fieldsOf(early.body)).toEqual(['inMeetingId:noApprovalItem']);
    t.clock.set(second!.startsAt);
    const approved = await c.secretary.client.post(`/api/meetings/${first.id}/minutes/approve`, { inMeetingId: second!.id });
    expect(approved.body).toMatchObject({ state: 'approved', approvedBy: null, approvedInMeeting: { id: second!.id } });
  });

  it('actions: the owner\'s own list, overdue marks, follow-ups on the next meeting, status by the owner', async () => {
    const c = await community();
    const first = await schedule(c, { count: 2 });
    const [, second] = await listOf(c.member.client, c.slug);
    t.clock.set(first.startsAt);
    const badOwner = await c.secretary.client.post(`/api/meetings/${first.id}/decisions`, { text: 'x', actions: [{ title: 'y', ownerId: admin.me.id, dueDate: null }] });
    expect(fieldsOf(badOwner.body)).toEqual(['actions.0.ownerId:notMember']);
    expect((await c.secretary.client.get(`/api/meetings/${first.id}/minutes`)).body.decisions).toEqual([]);
    const due = new Date(new Date(first.startsAt).getTime() + 5 * DAY).toISOString().slice(0, 10);
    await c.secretary.client.post(`/api/meetings/${first.id}/decisions`, { text: 'بازدید از واحد نمونه', actions: [{ title: 'هماهنگی بازدید', ownerId: c.member.me.id, dueDate: due }] });
    await t.runJobs();
    expect((await t.smtp!.waitFor(c.member.email, 10_000, (mail) => mail.subject.includes('هماهنگی بازدید'))).text).toContain('بازدید');

    t.clock.advance(10 * DAY);
    const mine = (await c.member.client.get('/api/me/actions')).body.items;
    expect(mine).toMatchObject([{ title: 'هماهنگی بازدید', overdue: true, status: 'open', canUpdate: true, meeting: { id: first.id } }]);
    const followUps = (await c.member.client.get(`/api/meetings/${second!.id}`)).body.followUps;
    expect(followUps.map((a: { title: string }) => a.title)).toEqual(['هماهنگی بازدید']);

    expect((await c.facilitator.client.request('PATCH', `/api/actions/${mine[0].id}`, { status: 'in_progress' })).status).toBe(200);
    const stranger = await signedInUser(t);
    expect((await stranger.client.request('PATCH', `/api/actions/${mine[0].id}`, { status: 'done' })).status).toBe(403);
    expect((await c.member.client.request('PATCH', `/api/actions/${mine[0].id}`, { dueDate: '2027-01-01' })).status).toBe(403);
    const done = await c.member.client.request('PATCH', `/api/actions/${mine[0].id}`, { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', overdue: false });
    expect((await c.member.client.get('/api/me/actions')).body.items).toEqual([]);
    expect((await c.member.client.get('/api/me/actions?status=all')).body.items).toHaveLength(1);
    expect((await c.member.client.get(`/api/meetings/${second!.id}`)).body.followUps).toEqual([]);
  });
});

describe('calendar feeds', () => {
  it('a private feed link per user, revocable; a private community\'s feed needs a member\'s link', async () => {
    const c = await community({ visibility: 'private', joinPolicy: 'invitation' });
    await schedule(c, { count: 3 });
    expect((await c.member.client.get('/api/me/calendar-feed')).body).toEqual({ exists: false, createdAt: null, url: null });
    const made = await c.member.client.post('/api/me/calendar-feed');
    const path = new URL(made.body.url).pathname;
    const visitor = new ApiClient(t.app);
    const feed = await visitor.request('GET', path);
    expect(feed.status).toBe(200);
    expect(expandIcs(feed.body as string)).toHaveLength(3);
    const token = path.split('/')[3]!;
    expect((await visitor.request('GET', `/api/communities/${c.slug}/meetings.ics`)).status).toBe(404);
    expect((await visitor.request('GET', `/api/communities/${c.slug}/meetings.ics?token=${token}`)).status).toBe(200);

    // A new link revokes the old one; revoking leaves none.
    const renewed = await c.member.client.post('/api/me/calendar-feed');
    expect((await visitor.request('GET', path)).status).toBe(404);
    expect((await visitor.request('GET', new URL(renewed.body.url).pathname)).status).toBe(200);
    expect((await c.member.client.request('DELETE', '/api/me/calendar-feed')).status).toBe(204);
    expect((await visitor.request('GET', new URL(renewed.body.url).pathname)).status).toBe(404);
  });
});

describe('a dissolved community', () => {
  it('keeps its meetings readable and refuses changes', async () => {
    const c = await community();
    const m = await schedule(c, { recurrence: null, startDate: '2026-02-01' });
    expect((await admin.client.post(`/api/communities/${c.slug}/state`, { state: 'dissolved', reason: 'پایان مأموریت' })).status).toBe(200);
    expect((await c.member.client.get(`/api/meetings/${m.id}`)).status).toBe(200);
    const rsvp = await c.member.client.request('PUT', `/api/meetings/${m.id}/rsvp`, { response: 'yes' });
    expect([rsvp.status, rsvp.body.code]).toEqual([409, 'community_dissolved']);
    expect((await c.facilitator.client.post(`/api/communities/${c.slug}/meetings`, meetingInput())).body.code).toBe('community_dissolved');
  });
});
