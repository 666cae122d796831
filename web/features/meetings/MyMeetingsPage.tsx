import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { MeetingSummary } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { CalendarFeedBox } from './CalendarFeedBox';
import { groupByMonth, meetingWhen, minutesKeys } from './minutesModel';
import './minutes.css';

type Range = 'upcoming' | 'past';
const DAY = 86_400_000;

/** The query for a range, fixed when the page opens: upcoming (from yesterday, six months) or the past six months. */
function rangeQuery(range: Range, now: number): { from: string; to: string } {
  return range === 'upcoming'
    ? { from: new Date(now - DAY).toISOString(), to: new Date(now + 183 * DAY).toISOString() }
    : { from: new Date(now - 183 * DAY).toISOString(), to: new Date(now).toISOString() };
}

function MeetingRow({ m }: { m: MeetingSummary }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const when = meetingWhen(m.startsAt, m.endsAt, m.timeZone, locale, arCalendar);
  const titleId = `m-${m.id}`;
  return (
    <li className={m.cancelled ? 'my-item my-meeting my-meeting-cancelled' : 'my-item my-meeting'}>
      <div className="my-meeting-when">
        <time dateTime={m.startsAt}>
          <span className="my-meeting-day">{when.day}</span> <span className="my-meeting-time">{when.time}</span>
        </time>
      </div>
      <div className="my-meeting-body">
        <div className="card-head">
          <h4 className="my-item-title" id={titleId}>
            <Link to={routePaths.meeting(m.id)}>
              <bdi dir="auto">{m.title}</bdi>
            </Link>
          </h4>
          <span className="minutes-badges">
            {m.cancelled ? <span className="badge meeting-cancelled-badge">{t('meetings.cancelled')}</span> : null}
            {m.myResponse ? (
              <span className={`badge badge-dot my-response-${m.myResponse}`}>{t(`meetings.response.${m.myResponse}`)}</span>
            ) : !m.cancelled ? (
              <span className="badge">{t('meetings.mine.noResponse')}</span>
            ) : null}
          </span>
        </div>
        <p className="small muted my-meeting-facts">
          <Link to={routePaths.community(m.community.slug)}>
            <UserText>{m.community.title}</UserText>
          </Link>
          <span aria-hidden="true"> · </span>
          <span>{t(`meetings.kind.${m.kind}`)}</span>
          <span aria-hidden="true"> · </span>
          <span>{t(`meetings.format.${m.format}`)}</span>
          {m.place ? (
            <>
              <span aria-hidden="true"> · </span>
              <bdi dir="auto">{m.place}</bdi>
            </>
          ) : null}
        </p>
      </div>
    </li>
  );
}

/** `/meetings`: the meetings I am invited to, by month of my calendar, and my private calendar link. */
export function MyMeetingsPage() {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const [range, setRange] = useState<Range>('upcoming');
  const [now] = useState(() => Date.now());
  const query = rangeQuery(range, now);
  const list = useQuery({
    queryKey: minutesKeys.myMeetings(`${range}:${query.from}`),
    queryFn: () => unwrap(api.GET('/api/me/meetings', { params: { query } })),
  });
  const items = range === 'past' ? [...(list.data?.items ?? [])].reverse() : (list.data?.items ?? []);
  const groups = groupByMonth(items, locale, arCalendar);

  return (
    <Page title={t('meetings.mine.title')} lead={t('meetings.mine.lead')}>
      <div className="my-meetings-layout">
        <section aria-labelledby="my-meetings-list">
          <h2 id="my-meetings-list" className="visually-hidden">
            {t('meetings.mine.listTitle')}
          </h2>
          <div className="filter-row my-meetings-filter">
            <SelectField<Range>
              name="range"
              label={t('meetings.mine.rangeLabel')}
              value={range}
              options={[
                { id: 'upcoming', label: t('meetings.mine.range.upcoming') },
                { id: 'past', label: t('meetings.mine.range.past') },
              ]}
              onChange={setRange}
            />
          </div>
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <FormAlert error={list.error} />
          ) : items.length === 0 ? (
            <div className="card">
              <p className="empty">{range === 'upcoming' ? t('meetings.mine.emptyUpcoming') : t('meetings.mine.emptyPast')}</p>
            </div>
          ) : (
            <>
              <p className="muted small" aria-live="polite">
                {t('meetings.mine.count', { count: items.length, n: formatNumber(items.length, locale) })}
              </p>
              {groups.map((g) => (
                <section key={g.key} className="my-meetings-month" aria-labelledby={`month-${g.key}`}>
                  <h3 id={`month-${g.key}`} className="my-meetings-month-title">
                    {g.label}
                  </h3>
                  <ul className="my-list">
                    {g.items.map((m) => (
                      <MeetingRow key={m.id} m={m} />
                    ))}
                  </ul>
                </section>
              ))}
            </>
          )}
        </section>
        <CalendarFeedBox />
      </div>
    </Page>
  );
}
