import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { CallsBreadcrumb, CallStateBadge } from './CallsBreadcrumb';
import { BarChart, DayChart } from './charts';
import { fillDays, type Call } from './model';
import '../formation/formation.css';
import './calls-admin.css';
import { ForCallManagers } from './ForCallManagers';

/** `/calls/:id/statistics`: Table 1 of the source (contributions per domain), per audience group, per day. */
export function StatisticsPage() {
  const t = useT();
  return <ForCallManagers title={t('callAdmin.stats.title')}>{(call) => <Statistics call={call} />}</ForCallManagers>;
}

function Statistics({ call }: { call: Call }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const stats = useQuery({
    queryKey: ['calls-admin', 'statistics', call.id],
    queryFn: () => unwrap(api.GET('/api/calls/{id}/statistics', { params: { path: { id: call.id } } })),
  });

  const heading = <Msg id="callAdmin.stats.heading" values={{ title: <UserText>{call.title}</UserText> }} />;

  let body: React.ReactNode;
  if (stats.isPending) body = <Loading />;
  else if (stats.isError) body = <FormAlert error={stats.error} />;
  else {
    const s = stats.data;
    const domains = s.byDomain.map((d) => ({ key: d.key, label: d.title, value: d.count }));
    const groups = s.byAudienceGroup.map((g) => ({ key: g.key, label: g.title, value: g.count }));
    const days = fillDays(s.byDay);
    body = (
      <>
        <p className="calls-admin-total" aria-live="polite">
          <span className="calls-admin-total-number">{formatNumber(s.total, locale)}</span>
          <span>{t('callAdmin.stats.total', { count: s.total })}</span>
        </p>

        <section className="card calls-admin-stats" aria-labelledby="stats-domains">
          <h2 id="stats-domains">{t('callAdmin.stats.byDomain')}</h2>
          <div className="calls-admin-stats-grid">
            <CountTable
              id="table-domains"
              caption={t('callAdmin.stats.table1')}
              nameHeader={t('callAdmin.stats.col.domain')}
              rows={domains}
              total={s.total}
            />
            <figure className="calls-admin-figure">
              <BarChart title={t('callAdmin.stats.chart.domains')} data={domains} />
              <figcaption className="muted small">{t('callAdmin.stats.chart.domainsCaption')}</figcaption>
            </figure>
          </div>
        </section>

        <section className="card calls-admin-stats" aria-labelledby="stats-groups">
          <h2 id="stats-groups">{t('callAdmin.stats.byGroup')}</h2>
          <div className="calls-admin-stats-grid">
            <CountTable id="table-groups" caption={t('callAdmin.stats.table2')} nameHeader={t('callAdmin.stats.col.group')} rows={groups} total={groups.reduce((sum, g) => sum + g.value, 0)} />
            <figure className="calls-admin-figure">
              <BarChart title={t('callAdmin.stats.chart.groups')} data={groups} />
              <figcaption className="muted small">{t('callAdmin.stats.chart.groupsCaption')}</figcaption>
            </figure>
          </div>
        </section>

        <section className="card calls-admin-stats" aria-labelledby="stats-days">
          <h2 id="stats-days">{t('callAdmin.stats.byDay')}</h2>
          {days.length === 0 ? (
            <p className="empty">{t('callAdmin.stats.noDays')}</p>
          ) : (
            <>
              <figure className="calls-admin-figure calls-admin-figure-wide">
                <DayChart title={t('callAdmin.stats.chart.days')} data={days} />
                <figcaption className="muted small">{t('callAdmin.stats.chart.daysCaption')}</figcaption>
              </figure>
              <details className="calls-admin-details">
                <summary>{t('callAdmin.stats.daysTable')}</summary>
                <div className="table-wrap" role="region" aria-labelledby="table-days-caption" tabIndex={0}>
                  <table className="table calls-admin-count-table">
                    <caption id="table-days-caption" className="visually-hidden">
                      {t('callAdmin.stats.byDay')}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('callAdmin.stats.col.day')}</th>
                        <th scope="col" className="calls-admin-num">
                          {t('callAdmin.stats.col.count')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {days
                        .filter((d) => d.count > 0)
                        .map((d) => (
                          <tr key={d.day}>
                            <th scope="row">{formatDate(d.day, locale, { arCalendar })}</th>
                            <td className="calls-admin-num">{formatNumber(d.count, locale)}</td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              </details>
              <p className="muted small">{t('callAdmin.stats.daysNote')}</p>
            </>
          )}
        </section>
      </>
    );
  }

  return (
    <Page title={`${t('callAdmin.stats.title')}: ${call.title}`} heading={heading} before={<CallsBreadcrumb call={call} />}>
      <div className="calls-admin-meta">
        <CallStateBadge state={call.state} />
        <span className="muted small">{t('callAdmin.meta.closes', { date: formatDateTime(call.closesAt, locale, { arCalendar }) })}</span>
        <Link to={routePaths.manageCall(call.id)} className="small">
          {t('callAdmin.backToManage')}
        </Link>
      </div>
      {body}
    </Page>
  );
}

/** The source's Table 1 layout: row number, name, count received; a total row at the foot. */
function CountTable({ id, caption, nameHeader, rows, total }: { id: string; caption: string; nameHeader: string; rows: readonly { key: string; label: string; value: number }[]; total: number }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="table calls-admin-count-table">
        <caption id={`${id}-caption`} className="calls-admin-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="calls-admin-rownum">
              {t('callAdmin.stats.col.row')}
            </th>
            <th scope="col">{nameHeader}</th>
            <th scope="col" className="calls-admin-num">
              {t('callAdmin.stats.col.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key}>
              <td className="calls-admin-rownum">{formatNumber(i + 1, locale)}</td>
              <th scope="row" className="calls-admin-cell-wrap">
                <UserText>{r.label}</UserText>
              </th>
              <td className="calls-admin-num">{formatNumber(r.value, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('callAdmin.stats.col.total')}
            </th>
            <td className="calls-admin-num">{formatNumber(total, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
