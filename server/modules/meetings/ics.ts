import ICAL from 'ical.js';

/**
 * iCalendar (RFC 5545) output, built with ical.js (escaping, folding, CRLF). Times carry the
 * meeting's TZID with a VTIMEZONE made from the runtime's own time-zone data for the years the
 * events span, so a weekly series keeps its wall-clock time across daylight-saving changes.
 */

export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  cancelled: boolean;
  sequence: number;
  updatedAt: Date;
  /** A series master: RRULE when Gregorian rules express it, else every start as RDATE. */
  rrule?: string;
  rdates?: Date[];
  exdates?: Date[];
  /** An edited occurrence of a series: the start its slot had in the series. */
  recurrenceId?: Date;
  /** The end of a series' last meeting, so the VTIMEZONE covers all of it. */
  lastEnd?: Date;
}

const parts = (instant: Date, timeZone: string) => {
  const p = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const n = (type: string) => Number(p.find((x) => x.type === type)!.value);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour'), minute: n('minute'), second: n('second') };
};

/** The zone's offset from UTC at an instant, in minutes. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const localTime = (instant: Date, timeZone: string) => ICAL.Time.fromData({ ...parts(instant, timeZone), isDate: false });
const utcTime = (instant: Date) => ICAL.Time.fromJSDate(instant, true);

function zonedProperty(name: string, instants: Date[], timeZone: string) {
  const prop = new ICAL.Property(name);
  prop.setParameter('tzid', timeZone);
  const values = instants.map((i) => localTime(i, timeZone));
  if (values.length === 1) prop.setValue(values[0]!);
  else prop.setValues(values);
  return prop;
}

/** Offset changes of the zone between two instants, found day by day, then to the minute. */
function transitions(timeZone: string, from: Date, to: Date) {
  const found: { at: Date; from: number; to: number }[] = [];
  const DAY = 86_400_000;
  let prev = offsetMinutes(from, timeZone);
  for (let t = from.getTime() + DAY; t <= to.getTime() + DAY; t += DAY) {
    const next = offsetMinutes(new Date(t), timeZone);
    if (next === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(new Date(mid), timeZone) === prev) lo = mid;
      else hi = mid;
    }
    found.push({ at: new Date(hi), from: prev, to: next });
    prev = next;
  }
  return found;
}

/** A VTIMEZONE valid from `from` to `to`: the offset then, and each change in between. */
export function vtimezone(timeZone: string, from: Date, to: Date) {
  const tz = new ICAL.Component('vtimezone');
  tz.addPropertyWithValue('tzid', timeZone);
  const changes = transitions(timeZone, from, to);
  const standard = Math.min(offsetMinutes(from, timeZone), ...changes.map((c) => c.to));
  const onset = (kind: 'standard' | 'daylight', at: Date, offsetFrom: number, offsetTo: number) => {
    const c = new ICAL.Component(kind);
    // DTSTART is the local time just before the change, in the offset being left.
    c.addPropertyWithValue('dtstart', ICAL.Time.fromData({ ...parts(new Date(at.getTime() + offsetFrom * 60_000), 'UTC'), isDate: false }));
    c.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(offsetFrom * 60));
    c.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(offsetTo * 60));
    tz.addSubcomponent(c);
  };
  const initial = offsetMinutes(from, timeZone);
  onset(initial > standard ? 'daylight' : 'standard', from, initial, initial);
  for (const c of changes) onset(c.to > standard ? 'daylight' : 'standard', c.at, c.from, c.to);
  return tz;
}

function vevent(e: IcsEvent) {
  const v = new ICAL.Component('vevent');
  v.addPropertyWithValue('uid', e.uid);
  v.addPropertyWithValue('dtstamp', utcTime(e.updatedAt));
  v.addPropertyWithValue('last-modified', utcTime(e.updatedAt));
  v.addPropertyWithValue('sequence', e.sequence);
  if (e.recurrenceId) v.addProperty(zonedProperty('recurrence-id', [e.recurrenceId], e.timeZone));
  v.addProperty(zonedProperty('dtstart', [e.start], e.timeZone));
  v.addProperty(zonedProperty('dtend', [e.end], e.timeZone));
  if (e.rrule) v.addPropertyWithValue('rrule', ICAL.Recur.fromString(e.rrule));
  if (e.rdates?.length) v.addProperty(zonedProperty('rdate', e.rdates, e.timeZone));
  if (e.exdates?.length) v.addProperty(zonedProperty('exdate', e.exdates, e.timeZone));
  v.addPropertyWithValue('summary', e.summary);
  if (e.description) v.addPropertyWithValue('description', e.description);
  if (e.location) v.addPropertyWithValue('location', e.location);
  v.addPropertyWithValue('url', e.url);
  v.addPropertyWithValue('status', e.cancelled ? 'CANCELLED' : 'CONFIRMED');
  return v;
}

/** A whole VCALENDAR document. */
export function icsCalendar(name: string, events: IcsEvent[]): string {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', '-//Majma//Meetings//EN');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addPropertyWithValue('x-wr-calname', name);
  const spans = new Map<string, { from: Date; to: Date }>();
  for (const e of events) {
    const all = [e.start, e.end, ...(e.lastEnd ? [e.lastEnd] : []), ...(e.recurrenceId ? [e.recurrenceId] : [])];
    const span = spans.get(e.timeZone) ?? { from: e.start, to: e.end };
    for (const d of all) {
      if (d < span.from) span.from = d;
      if (d > span.to) span.to = d;
    }
    spans.set(e.timeZone, span);
  }
  for (const [tz, span] of spans) cal.addSubcomponent(vtimezone(tz, new Date(span.from.getTime() - 86_400_000), new Date(span.to.getTime() + 86_400_000)));
  for (const e of events) cal.addSubcomponent(vevent(e));
  return cal.toString() + '\r\n';
}
