import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { Community, MeetingSummary } from '../../api/types';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { WithCommunity } from '../communities/shared';
import { useCalendarFormat } from './calendarFormat';
import { useZoneLabel } from './MeetingFormFields';
import { MeetingsBreadcrumb } from './MeetingsBreadcrumb';
import { MonthGrid } from './MonthGrid';
import { addDaysIso, addMonths, isIsoDate, localDateIn, monthGrid, monthOfIso, monthStartIso, startOfDayIn, todayIn, weekStartOf } from './monthGrid';
import './calendar.css';

type View = 'month' | 'list';

/** How far ahead the list looks at first, and how much more each "later" adds (days). */
const LIST_DAYS = 184;

/** `GET /api/communities/{slug}/meetings?from&to` (both UTC instants). */
function useCommunityMeetings(slug: string, from: string, to: string) {
  return useQuery({
    queryKey: ['meetings', 'community', slug, from, to],
    queryFn: ({ signal }) => unwrap(api.GET('/api/communities/{slug}/meetings', { params: { path: { slug }, query: { from, to } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** `/communities/:slug/meetings`: the community's meetings, as a month (`?date=`) or a list (`?view=list`). */
export function CalendarPage() {
  const t = useT();
  const { slug = '' } = useParams();
  return <WithCommunity slug={slug} title={t('meetings.calendar.title')}>{(c) => <CalendarView c={c} />}</WithCommunity>;
}

function CalendarView({ c }: { c: Community }) {
  const t = useT();
  const zoneLabel = useZoneLabel();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'list' ? 'list' : 'month';
  const setView = (next: View) =>
    setParams(
      (old) => {
        const p = new URLSearchParams(old);
        if (next === 'list') p.set('view', 'list');
        else p.delete('view');
        return p;
      },
      { replace: true },
    );

  const switcher = (
    <div className="meetings-view-switch" role="group" aria-label={t('meetings.calendar.view')}>
      <button type="button" className="button button-secondary button-compact" aria-pressed={view === 'month'} onClick={() => setView('month')}>
        {t('meetings.calendar.view.month')}
      </button>
      <button type="button" className="button button-secondary button-compact" aria-pressed={view === 'list'} onClick={() => setView('list')}>
        {t('meetings.calendar.view.list')}
      </button>
    </div>
  );

  return (
    <Page
      title={`${t('meetings.calendar.title')}: ${c.title}`}
      heading={<Msg id="meetings.calendar.heading" values={{ community: <UserText>{c.title}</UserText> }} />}
      lead={t('meetings.calendar.zoneNote', { zone: zoneLabel(c.timeZone) })}
      before={<MeetingsBreadcrumb community={c} />}
    >
      {view === 'month' ? <MonthView c={c} switcher={switcher} /> : <ListView c={c} switcher={switcher} />}
    </Page>
  );
}

/** The view switch and, for those who may, "Schedule a meeting". */
function Toolbar({ switcher, slug, canSchedule }: { switcher: ReactNode; slug: string; canSchedule: boolean | undefined }) {
  const t = useT();
  return (
    <div className="meetings-toolbar">
      {switcher}
      {canSchedule ? (
        <Link className="button button-primary" to={routePaths.newMeeting(slug)}>
          {t('meetings.calendar.schedule')}
        </Link>
      ) : null}
    </div>
  );
}

/** Meetings by the day they start on in their own time zone, each day in start order. */
function byLocalDay(items: readonly MeetingSummary[]): Map<string, MeetingSummary[]> {
  const map = new Map<string, MeetingSummary[]>();
  for (const m of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = localDateIn(m.startsAt, m.timeZone);
    map.set(day, [...(map.get(day) ?? []), m]);
  }
  return map;
}

function MonthView({ c, switcher }: { c: Community; switcher: ReactNode }) {
  const t = useT();
  const f = useCalendarFormat();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const today = todayIn(c.timeZone);
  const anchor = params.get('date');
  const ref = monthOfIso(isIsoDate(anchor) ? anchor : today, f.calendar);
  const weekStart = weekStartOf(f.locale);
  const grid = monthGrid(f.calendar, ref, weekStart);
  const from = startOfDayIn(grid.first, c.timeZone);
  const to = startOfDayIn(grid.end, c.timeZone);
  const meetings = useCommunityMeetings(c.slug, from, to);
  const byDay = useMemo(() => byLocalDay(meetings.data?.items ?? []), [meetings.data]);

  const go = (date: string | null) =>
    setParams((old) => {
      const p = new URLSearchParams(old);
      if (date) p.set('date', date);
      else p.delete('date');
      return p;
    });
  const titleId = `${ids}-month`;

  return (
    <section className="meetings-month" aria-labelledby={titleId}>
      <Toolbar switcher={switcher} slug={c.slug} canSchedule={meetings.data?.canSchedule} />
      <div className="meetings-month-head">
        <h2 id={titleId} className="meetings-month-title" aria-live="polite">
          {f.monthTitle(ref)}
        </h2>
        <div className="meetings-month-nav">
          <button type="button" className="button button-secondary button-compact meetings-nav-button" onClick={() => go(monthStartIso(f.calendar, addMonths(f.calendar, ref, -1)))}>
            <svg className="meetings-nav-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
              <path d="M10 3L5 8l5 5" fill="none" stroke="currentColor" strokeWidth="1.8" />
            </svg>
            <span>{t('meetings.calendar.previousMonth')}</span>
          </button>
          <button type="button" className="button button-secondary button-compact" onClick={() => go(null)}>
            {t('meetings.calendar.today')}
          </button>
          <button type="button" className="button button-secondary button-compact meetings-nav-button" onClick={() => go(monthStartIso(f.calendar, addMonths(f.calendar, ref, 1)))}>
            <span>{t('meetings.calendar.nextMonth')}</span>
            <svg className="meetings-nav-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
              <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.8" />
            </svg>
          </button>
        </div>
      </div>
      {meetings.isError ? <FormAlert error={meetings.error} /> : null}
      {meetings.isPending ? (
        <Loading />
      ) : (
        <div className={meetings.isPlaceholderData ? 'meetings-month-body meetings-stale' : 'meetings-month-body'} aria-busy={meetings.isFetching || undefined}>
          <MonthGrid grid={grid} labelledBy={titleId} byDay={byDay} today={today} weekStart={weekStart} />
        </div>
      )}
    </section>
  );
}

function ListView({ c, switcher }: { c: Community; switcher: ReactNode }) {
  const t = useT();
  const f = useCalendarFormat();
  const [days, setDays] = useState(LIST_DAYS);
  const today = todayIn(c.timeZone);
  const from = startOfDayIn(today, c.timeZone);
  const to = startOfDayIn(addDaysIso(today, days), c.timeZone);
  const meetings = useCommunityMeetings(c.slug, from, to);
  const now = Date.now();
  const items = [...(meetings.data?.items ?? [])].filter((m) => new Date(m.endsAt).getTime() > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  // Grouped by month of the viewer's calendar, in the meeting's own time zone.
  const groups: { key: string; title: string; items: MeetingSummary[] }[] = [];
  for (const m of items) {
    const ref = monthOfIso(localDateIn(m.startsAt, m.timeZone), f.calendar);
    const key = `${ref.year}-${ref.month}`;
    if (groups.at(-1)?.key !== key) groups.push({ key, title: f.monthTitle(ref), items: [] });
    groups.at(-1)!.items.push(m);
  }

  return (
    <div className="meetings-list-view">
      <Toolbar switcher={switcher} slug={c.slug} canSchedule={meetings.data?.canSchedule} />
      {meetings.isPending ? <Loading /> : null}
      {meetings.isError ? <FormAlert error={meetings.error} /> : null}
      {groups.length === 0 && meetings.isSuccess ? <p className="empty">{t('meetings.calendar.emptyList')}</p> : null}
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`month-${g.key}`} className="meetings-list-month">
          <h2 id={`month-${g.key}`}>{g.title}</h2>
          <ul className="my-list">
            {g.items.map((m) => (
              <MeetingItem key={m.id} m={m} />
            ))}
          </ul>
        </section>
      ))}
      <div className="form-actions">
        <SubmitButton type="button" variant="secondary" isPending={meetings.isFetching} onPress={() => setDays((d) => d + LIST_DAYS)}>
          {t('meetings.calendar.later')}
        </SubmitButton>
      </div>
    </div>
  );
}

function MeetingItem({ m }: { m: MeetingSummary }) {
  const t = useT();
  const f = useCalendarFormat();
  return (
    <li className={m.cancelled ? 'my-item meetings-item meetings-item-cancelled' : 'my-item meetings-item'}>
      <div className="meetings-item-when">
        <time dateTime={m.startsAt} className="meetings-item-date">
          {f.dateOf(m.startsAt, m.timeZone)}
        </time>
        <span className="meetings-item-time">{f.timeRange(m.startsAt, m.endsAt, m.timeZone)}</span>
      </div>
      <h3 className="my-item-title">
        <Link to={routePaths.meeting(m.id)}>
          <bdi className="meetings-item-title">{m.title}</bdi>
        </Link>
      </h3>
      <ul className="meetings-tags">
        {m.cancelled ? <li className="badge meetings-badge-cancelled">{t('meetings.cancelled')}</li> : null}
        <li className="badge">{t(`meetings.kind.${m.kind}`)}</li>
        <li className="badge">{t(`meetings.format.${m.format}`)}</li>
        {m.recurring ? <li className="badge">{t('meetings.calendar.recurring')}</li> : null}
        {m.myResponse ? <li className={`badge meetings-badge-${m.myResponse}`}>{t('meetings.calendar.myResponse', { response: t(`meetings.response.${m.myResponse}`) })}</li> : null}
      </ul>
      {m.place ? (
        <p className="muted small meetings-item-place">
          <Msg id="meetings.calendar.place" values={{ place: <UserText>{m.place}</UserText> }} />
        </p>
      ) : null}
    </li>
  );
}
