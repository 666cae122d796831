/// <reference lib="dom" />
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { catalog, launchBrowser, screenshot, signedInPage, startMajma, stripMarks, watchExternalRequests, type RunningMajma } from './support.js';

const fa = catalog('fa');

/** A catalog message with its simple `{name}` placeholders filled (no plural forms). */
const msg = (key: string, values: Record<string, string> = {}) => {
  const text = fa[key];
  if (text === undefined) throw new Error(`no fa message ${key}`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
};
/** One form (`one`, `other`) of a plural catalog message, with its `{name}` placeholders filled. */
const pluralForm = (key: string, form: 'one' | 'other', values: Record<string, string> = {}) => {
  const source = fa[key] ?? '';
  const open = source.indexOf(`${form} {`) + form.length + 1;
  if (open <= form.length) throw new Error(`no ${form} form in fa message ${key}`);
  let depth = 0;
  let end = open;
  for (; end < source.length; end++) {
    if (source[end] === '{') depth++;
    else if (source[end] === '}' && --depth === 0) break;
  }
  return source.slice(open + 1, end).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
};
/** Persian digits, as the UI writes numbers. */
const faDigits = (s: string | number) => String(s).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/** The twelve Solar Hijri month names (from the runtime's CLDR data, not typed in here). */
const PERSIAN_MONTHS = (() => {
  const names = new Set<string>();
  const f = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { month: 'long', timeZone: 'UTC' });
  for (let d = 0; d < 366; d += 15) names.add(f.format(new Date(Date.UTC(2026, 0, 1 + d))));
  return [...names];
})();

// The zone the meeting is held in and the browsers live in: Tehran, unless it is too late there
// for a meeting a quarter of an hour from now to fit in today (then UTC, which is 3½ hours behind).
const tehranHour = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tehran', hour: 'numeric', hourCycle: 'h23' }).format(new Date()));
const ZONE = tehranHour >= 22 ? 'UTC' : 'Asia/Tehran';

/** The wall-clock date (YYYY-MM-DD) and minutes since midnight of an instant in a zone. */
function wallClock(at: Date, timeZone: string) {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => p.find((x) => x.type === type)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}
/** The instant a wall-clock date and time in a zone stands for. */
function instantOf(date: string, minutes: number, timeZone: string): Date {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const offset = (t: number) => {
    const w = wallClock(new Date(t), timeZone);
    return Date.parse(`${w.date}T00:00:00Z`) + w.minutes * 60_000 - t;
  };
  return new Date(asUtc - offset(asUtc - offset(asUtc)));
}
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const persianDay = (at: Date) => new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: ZONE, day: 'numeric' }).format(at);

let majma: RunningMajma;
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  majma = await startMajma(['--demo']);
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await majma?.stop();
});

/** Every request a watched page made outside the app: there must be none. */
const external: string[][] = [];
async function person(email: string): Promise<Page> {
  const { context, page } = await signedInPage(browser, majma.url, email, { timezoneId: ZONE });
  contexts.push(context);
  external.push(watchExternalRequests(page, majma.url));
  return page;
}

const button = (scope: Page | Locator, key: string) => scope.getByRole('button', { name: fa[key], exact: true });
const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const region = (page: Page, key: string) => page.getByRole('region', { name: fa[key], exact: true });
const text = async (l: Locator) => stripMarks(await l.innerText());

/** Picks a person in a person picker, typing key by key as a person would. */
async function pickPerson(scope: Locator, label: string, typed: string, name: string) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.pressSequentially(typed, { delay: 40 });
  // The options are in a popover outside the form.
  await scope.page().getByRole('option', { name }).click();
}
/** A React Aria select's button, named by its value and then its label. */
const selectButton = (scope: Page | Locator, label: string) => scope.getByRole('button', { name: new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
/** Opens a React Aria select by its label and chooses an option. */
async function choose(page: Page, label: string, option: string) {
  await selectButton(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

it('a monthly Solar Hijri series: scheduled, agenda, answered, attended, minuted, followed up, and in the private calendar feed', async () => {
  const title = 'نشست ماهانهٔ آزمون';
  const place = 'تهران، سالن جلسات سازمان ملی بهره‌وری';
  const now = new Date();
  const today = wallClock(now, ZONE);
  const startMinutes = Math.ceil((today.minutes + 15) / 5) * 5;
  const startsAt = instantOf(today.date, startMinutes, ZONE);
  const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
  const day = persianDay(startsAt);
  const clock = new Intl.DateTimeFormat('fa-IR', { hour: 'numeric', minute: '2-digit', timeZone: ZONE });

  // ---- 1. The facilitator schedules the series with the form.
  const facilitator = await person('facilitator@majma.local');
  await facilitator.goto(`${majma.url}/communities/productivity-experts/meetings/new`);
  await textbox(facilitator, fa['meetings.form.title']!).fill(title);
  await facilitator.getByRole('radio', { name: fa['meetings.kind.in_person'], exact: true }).check();
  await textbox(facilitator, fa['meetings.form.place']!).fill(place);
  if (ZONE === 'UTC') await choose(facilitator, fa['meetings.form.timeZone']!, fa['meetings.form.zone.utc']!);
  await facilitator.getByRole('group', { name: fa['meetings.form.startDate'], exact: true }).getByRole('button', { name: fa['dateField.open'] }).click();
  await facilitator.locator('.date-calendar-cell[data-today]').click();
  await textbox(facilitator, fa['meetings.form.startTime']!).fill(faDigits(hhmm(startMinutes)));
  await textbox(facilitator, fa['meetings.form.endTime']!).fill(faDigits(hhmm(startMinutes + 60)));
  await facilitator.getByRole('radio', { name: fa['meetings.form.repeat.monthlyDay'], exact: true }).check();
  // Monthly rules follow the community's Solar Hijri calendar, and the day is today's.
  await facilitator.getByText(msg('meetings.form.repeat.calendarNote', { calendar: fa['meetings.calendarSystem.persian']! })).waitFor();
  await facilitator.getByRole('button', { name: `${msg('meetings.form.repeat.dayN', { day: faDigits(day) })} ${fa['meetings.form.repeat.monthDay']}`, exact: true }).waitFor();
  await facilitator.getByRole('radio', { name: fa['meetings.form.end.count'], exact: true }).check();
  await textbox(facilitator, fa['meetings.form.count']!).fill(faDigits(6));

  // The live preview lists the six dates, each on today's Solar Hijri day, at the chosen time.
  const preview = region(facilitator, 'meetings.form.preview');
  await preview.getByText(pluralForm('meetings.form.preview.count', 'other', { n: faDigits(6) })).waitFor();
  const start = clock.format(startsAt);
  await expect
    .poll(async () => (await preview.getByRole('listitem').allInnerTexts()).map(stripMarks), { timeout: 10_000 })
    .toSatisfy((items: string[]) => items.length === 6 && items.every((i) => i.includes(start)));
  const previewed = (await preview.getByRole('listitem').allInnerTexts()).map(stripMarks);
  for (const item of previewed) expect(PERSIAN_MONTHS.some((m) => item.includes(` ${faDigits(day)} ${m} `))).toBe(true);
  expect(previewed[0]).toContain(new Intl.DateTimeFormat('fa-IR', { month: 'long', timeZone: ZONE }).format(startsAt));

  await button(facilitator, 'meetings.form.schedule').click();
  await facilitator.waitForURL((u) => /^\/meetings\/[^/]+$/.test(u.pathname));
  const meetingUrl = facilitator.url();
  await facilitator.getByRole('heading', { name: title, level: 1 }).waitFor();
  await facilitator.getByText(msg('meetings.page.seriesPosition', { position: faDigits(1), total: faDigits(6) })).waitFor();
  await facilitator.getByText(pluralForm('meetings.page.recurrence.monthDay', 'one', { dayText: faDigits(day), calendar: fa['meetings.calendarSystem.persian']! })).waitFor();
  await facilitator.getByText(clock.formatRange(startsAt, endsAt)).waitFor();

  // Two agenda items, one presented by the member (picked with the person picker).
  const agenda = [
    { title: 'تجربهٔ مدیریت زمان در واحدهای پژوهشی', minutes: 30, presenter: 'فاطمه حسینی' },
    { title: 'گفت‌وگو و جمع‌بندی', minutes: 20, presenter: null },
  ];
  const agendaSection = region(facilitator, 'meetings.agenda.title');
  for (const item of agenda) {
    await button(agendaSection, 'meetings.agenda.add').click();
    const form = agendaSection.getByRole('form', { name: fa['meetings.agenda.addTitle'], exact: true });
    await textbox(form, fa['meetings.agenda.field.title']!).fill(item.title);
    if (item.presenter) {
      await pickPerson(form, fa['meetings.agenda.field.presenterMember']!, 'فاطمه', item.presenter);
      await form.getByRole('button', { name: msg('meetings.agenda.field.clearPresenter', { name: item.presenter }) }).waitFor();
    }
    await textbox(form, fa['meetings.agenda.field.minutes']!).fill(faDigits(item.minutes));
    await button(form, 'meetings.agenda.addSubmit').click();
    await agendaSection.getByText(fa['meetings.agenda.added']!).waitFor();
    await agendaSection.getByRole('heading', { name: item.title }).waitFor();
  }
  await agendaSection.getByText(msg('meetings.agenda.total', { n: faDigits(50) })).waitFor();
  const firstItem = agendaSection.getByRole('listitem').filter({ has: facilitator.getByRole('heading', { name: agenda[0]!.title }) });
  expect(await text(firstItem)).toContain(msg('meetings.agenda.presenter', { name: agenda[0]!.presenter! }));

  // ---- 2. The member answers «می‌آیم».
  const member = await person('member@majma.local');
  await member.goto(meetingUrl);
  const rsvp = region(member, 'meetings.rsvp.title');
  await rsvp.getByRole('radio', { name: fa['meetings.response.yes'], exact: true }).check();
  await rsvp.getByText(msg('meetings.rsvp.saved', { response: fa['meetings.response.yes']! })).waitFor();
  const yesCount = rsvp.locator('div').filter({ has: member.getByRole('term').getByText(fa['meetings.rsvp.count.yes']!, { exact: true }) }).getByRole('definition');
  expect(await yesCount.innerText()).toBe(faDigits(1));

  // ---- 3. The secretary records attendance, writes the minutes, and records a decision with an action.
  const secretary = await person('secretary@majma.local');
  await secretary.goto(meetingUrl);
  const attendance = region(secretary, 'meetings.attendance.title');
  const memberRow = attendance.getByRole('listitem').filter({ hasText: 'فاطمه حسینی' });
  expect(await text(memberRow)).toContain(fa['meetings.attendance.response.yes']);
  await attendance.getByRole('checkbox', { name: 'فاطمه حسینی' }).check();
  await button(attendance, 'meetings.attendance.save').click();
  await attendance.getByText(msg('meetings.attendance.saved', { n: faDigits(1) })).waitFor();

  const minutes = region(secretary, 'meetings.minutes.title');
  const record = 'اعضا تجربهٔ بودجه‌بندی زمان را مرور کردند و بر ثبت هفتگی زمان توافق کردند.';
  await textbox(minutes, `${faDigits(1)}. ${agenda[0]!.title}`).fill(record);
  await button(minutes, 'meetings.minutes.editor.submit').click();
  await minutes.getByText(fa['meetings.minutes.editor.saved']!).waitFor();

  const decision = 'ثبت هفتگی زمان در واحدهای پژوهشی آزموده شود.';
  const action = 'تهیهٔ الگوی ثبت هفتگی زمان';
  await button(minutes, 'meetings.decisions.new').click();
  const decisionForm = minutes.getByRole('form', { name: fa['meetings.decisions.new'], exact: true });
  await textbox(decisionForm, fa['meetings.decisions.text']!).fill(decision);
  await choose(secretary, fa['meetings.decisions.agendaItem']!, `${faDigits(1)}. ${agenda[0]!.title}`);
  await button(decisionForm, 'meetings.actions.addRow').click();
  await textbox(decisionForm, fa['meetings.actions.title']!).fill(action);
  await pickPerson(decisionForm, fa['meetings.actions.ownerLabel']!, 'فاطمه', 'فاطمه حسینی');
  await decisionForm.getByText(msg('meetings.actions.owner', { name: 'فاطمه حسینی' })).waitFor();
  // Due in two weeks: the calendar opens on today; two weeks down, Enter.
  await decisionForm.getByRole('group', { name: fa['meetings.actions.dueDate'], exact: true }).getByRole('button', { name: fa['dateField.open'] }).click();
  await secretary.locator('.date-calendar-cell[data-today]').waitFor();
  await secretary.keyboard.press('ArrowDown');
  await secretary.keyboard.press('ArrowDown');
  await secretary.keyboard.press('Enter');
  const due = new Date(Date.parse(`${today.date}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  const dueText = new Intl.DateTimeFormat('fa-IR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${due}T00:00:00Z`));
  await button(decisionForm, 'meetings.decisions.submit').click();
  await minutes.getByText(fa['meetings.decisions.added']!).waitFor();
  const decisions = minutes.getByRole('region', { name: fa['meetings.decisions.title'], exact: true });
  await decisions.getByText(decision).waitFor();
  expect(await text(decisions)).toContain(msg('meetings.decisions.onItem', { title: agenda[0]!.title }));
  const actions = decisions.getByRole('list', { name: fa['meetings.decisions.actionsOf'], exact: true });
  const actionLine = await text(actions);
  expect(actionLine).toContain(action);
  expect(actionLine).toContain(msg('meetings.actions.owner', { name: 'فاطمه حسینی' }));
  expect(actionLine).toContain(msg('meetings.actions.due', { date: dueText }));

  // After a reload the attendance and the minutes are still there.
  await secretary.reload();
  await region(secretary, 'meetings.attendance.title').getByRole('checkbox', { name: 'فاطمه حسینی' }).waitFor();
  expect(await region(secretary, 'meetings.attendance.title').getByRole('checkbox', { name: 'فاطمه حسینی' }).isChecked()).toBe(true);
  expect(await textbox(region(secretary, 'meetings.minutes.title'), `${faDigits(1)}. ${agenda[0]!.title}`).inputValue()).toBe(record);
  await region(secretary, 'meetings.minutes.title').getByText(decision).waitFor();
  await screenshot(secretary, 'meeting-page-fa.png');

  // ---- 4. The member finds the action on «اقدام‌های من» and marks it done.
  await member.goto(`${majma.url}/actions`);
  await member.getByRole('heading', { name: fa['meetings.actions.mineTitle'], level: 1 }).waitFor();
  const mine = member.getByRole('listitem').filter({ has: member.getByRole('heading', { name: action }) });
  await mine.waitFor();
  expect(await text(mine)).toContain(msg('meetings.actions.decision', { text: decision }));
  await choose(member, msg('meetings.actions.statusOf', { title: action }), fa['meetings.actionStatus.done']!);
  await mine.getByText(fa['meetings.actions.saved']!).waitFor();
  await mine.getByText(fa['meetings.actionStatus.done']!, { exact: true }).first().waitFor();
  // Done, it leaves the open list; the list of all shows it done.
  await member.reload();
  await member.getByText(fa['meetings.actions.emptyOpen']!).waitFor();
  await choose(member, fa['meetings.actions.filterLabel']!, fa['meetings.actions.filter.all']!);
  await mine.waitFor();
  expect(await text(selectButton(mine, msg('meetings.actions.statusOf', { title: action })))).toBe(fa['meetings.actionStatus.done']);

  // ---- 5. The member makes the private calendar link; a standard parser reads the series from it.
  await member.goto(`${majma.url}/meetings`);
  const feedBox = region(member, 'meetings.feed.title');
  await button(feedBox, 'meetings.feed.create').click();
  const feedUrl = await textbox(feedBox, fa['meetings.feed.link']!).inputValue();
  expect(feedUrl.startsWith(`${majma.url}/api/calendar/`)).toBe(true);
  const res = await fetch(feedUrl);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/calendar');
  const ics = await res.text();
  const cal = new ICAL.Component(ICAL.parse(ics));
  const zones = cal.getAllSubcomponents('vtimezone');
  for (const tz of zones) ICAL.TimezoneService.register(tz);
  try {
    const series = cal.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('summary') === title && !v.hasProperty('recurrence-id'));
    expect(series).toHaveLength(1);
    const master = series[0]!;
    // Solar Hijri months are not Gregorian ones: every date is listed, no Gregorian rule.
    expect(master.getAllProperties('rrule')).toHaveLength(0);
    expect(master.getAllProperties('rdate').length).toBeGreaterThan(0);
    const event = new ICAL.Event(master);
    const starts: Date[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate());
    expect(starts).toHaveLength(6);
    expect(starts[0]!.toISOString()).toBe(startsAt.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(endsAt.toISOString());
    for (const s of starts) {
      expect(persianDay(s)).toBe(day);
      expect(wallClock(s, ZONE).minutes).toBe(startMinutes);
    }
    // Six different Solar Hijri months.
    const month = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: ZONE, month: 'numeric', year: 'numeric' });
    expect(new Set(starts.map((s) => month.format(s))).size).toBe(6);
  } finally {
    for (const tz of zones) ICAL.TimezoneService.remove(tz.getFirstPropertyValue('tzid') as string);
  }

  // ---- 6. The community calendar's month, Solar Hijri and right to left, with today's meeting.
  await member.goto(`${majma.url}/communities/productivity-experts/meetings`);
  // The month is titled by a Solar Hijri month name: this month's.
  expect(PERSIAN_MONTHS).toHaveLength(12);
  const monthHeading = member.getByRole('heading', { level: 2, name: new RegExp(`^(${PERSIAN_MONTHS.join('|')}) `) });
  const heading = await text(monthHeading);
  expect(heading.startsWith(`${new Intl.DateTimeFormat('fa-IR', { month: 'long', timeZone: ZONE }).format(startsAt)} `)).toBe(true);
  const table = member.getByRole('table', { name: heading });
  const todayCell = table.locator('td[aria-current="date"]');
  await todayCell.getByRole('link', { name: title }).waitFor();
  expect(await member.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await screenshot(member, 'meetings-month-fa.png');

  expect(external.flat()).toEqual([]);
});
