import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import type { MeetingSummary } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useCalendarFormat } from './calendarFormat';
import { weekdaysFrom, type MonthGrid as Grid } from './monthGrid';

interface MonthGridProps {
  grid: Grid;
  /** The month's title element's id: the table is named by it. */
  labelledBy: string;
  /** The meetings of each grid day (Gregorian ISO → meetings in start order). */
  byDay: Map<string, MeetingSummary[]>;
  /** Today in the community's time zone (Gregorian ISO). */
  today: string;
  weekStart: Parameters<typeof weekdaysFrom>[0];
}

/**
 * One month as a table of weeks, in the viewer's calendar and week start. Wide screens list each
 * day's meetings in its cell; narrow ones show dots there and the day-by-day list below the table.
 */
export function MonthGrid({ grid, labelledBy, byDay, today, weekStart }: MonthGridProps) {
  const t = useT();
  const f = useCalendarFormat();
  const days = grid.weeks.flat().filter((d) => (byDay.get(d.iso)?.length ?? 0) > 0);
  return (
    <>
      <table className="meetings-grid" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {weekdaysFrom(weekStart).map((wd) => (
              <th key={wd} scope="col" className={wd === 5 && weekStart === 6 ? 'meetings-weekend' : undefined}>
                <abbr title={f.weekday(wd, 'long')} className="meetings-wd-short">
                  {f.weekday(wd, 'short')}
                </abbr>
                <abbr title={f.weekday(wd, 'long')} className="meetings-wd-narrow">
                  {f.weekday(wd, 'narrow')}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week[0]!.iso}>
              {week.map((d) => {
                const meetings = byDay.get(d.iso) ?? [];
                const classes = ['meetings-day', d.inMonth ? '' : 'meetings-day-outside', d.iso === today ? 'meetings-day-today' : '', meetings.length ? 'meetings-day-busy' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={d.iso} className={classes} aria-current={d.iso === today ? 'date' : undefined}>
                    <span className="meetings-day-number">
                      <span aria-hidden="true">{f.number(d.day)}</span>
                      <span className="visually-hidden">{f.dayLong(d.iso)}</span>
                      {d.iso === today ? <span className="visually-hidden"> ({t('meetings.calendar.today')})</span> : null}
                    </span>
                    {meetings.length > 0 ? (
                      <>
                        <ul className="meetings-day-list">
                          {meetings.map((m) => (
                            <li key={m.id}>
                              <MeetingLink m={m} />
                            </li>
                          ))}
                        </ul>
                        <span className="meetings-day-dots" aria-hidden="true">
                          {meetings.slice(0, 3).map((m) => (
                            <span key={m.id} className={m.cancelled ? 'meetings-dot meetings-dot-cancelled' : 'meetings-dot'} />
                          ))}
                        </span>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      {/* On narrow screens the cells only show dots: the month's meetings, day by day. */}
      <div className="meetings-agenda">
        {days.length === 0 ? (
          <p className="empty">{t('meetings.calendar.emptyMonth')}</p>
        ) : (
          <ul className="meetings-agenda-list">
            {days.map((d) => (
              <li key={d.iso} className={d.iso === today ? 'meetings-agenda-day meetings-agenda-today' : 'meetings-agenda-day'}>
                <h3 className="meetings-agenda-date">{f.dayLong(d.iso)}</h3>
                <ul>
                  {(byDay.get(d.iso) ?? []).map((m) => (
                    <li key={m.id}>
                      <MeetingLink m={m} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** A meeting in a day: its local start time and title; struck through and labelled when cancelled. */
function MeetingLink({ m }: { m: MeetingSummary }) {
  const t = useT();
  const f = useCalendarFormat();
  return (
    <Link to={routePaths.meeting(m.id)} className={m.cancelled ? 'meetings-chip meetings-chip-cancelled' : 'meetings-chip'}>
      <time dateTime={m.startsAt} className="meetings-chip-time">
        {f.time(m.startsAt, m.timeZone)}
      </time>{' '}
      <bdi className="meetings-chip-title">{m.title}</bdi>
      {m.cancelled ? <span className="meetings-chip-badge"> {t('meetings.cancelled')}</span> : null}
    </Link>
  );
}
