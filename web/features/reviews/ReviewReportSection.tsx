import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { ReviewReport } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading } from '../../ui/Page';
import { BarChart } from '../calls-admin/charts';
import type { Call } from '../calls-admin/model';
import { formatPercent, percentDone, reportKey, SCORE_BANDS } from './ReviewSetupModel';

const exportHref = (callId: string, format: 'csv' | 'xlsx') => `/api/calls/${encodeURIComponent(callId)}/review-report/export?format=${format}`;

/** The review report: reviewer progress, scores per domain, decisions per domain and audience group, exports. */
export function ReviewReportSection({ call }: { call: Call }) {
  const t = useT();
  const report = useQuery({
    queryKey: reportKey(call.id),
    queryFn: () => unwrap(api.GET('/api/calls/{id}/review-report', { params: { path: { id: call.id } } })),
  });

  let body: React.ReactNode;
  if (report.isPending) body = <Loading />;
  else if (report.isError) body = <FormAlert error={report.error} />;
  else
    body = (
      <>
        <Progress rows={report.data.progress} />
        <Scores rows={report.data.scoreDistribution} />
        <Decisions id="report-decisions-domain" title={t('reviewSetup.report.decisionsByDomain')} nameHeader={t('reviewSetup.report.col.domain')} rows={report.data.decisionsByDomain} />
        <Decisions id="report-decisions-group" title={t('reviewSetup.report.decisionsByGroup')} nameHeader={t('reviewSetup.report.col.group')} rows={report.data.decisionsByAudienceGroup} />
      </>
    );

  return (
    <section className="card rs-section review-report" aria-labelledby="review-report">
      <h2 id="review-report">{t('reviewSetup.report.title')}</h2>
      <div className="rs-report-toolbar">
        <p className="muted">{t('reviewSetup.report.lead')}</p>
        <div className="calls-admin-export" role="group" aria-label={t('reviewSetup.report.export')}>
          <span className="muted small" aria-hidden="true">
            {t('reviewSetup.report.export')}
          </span>
          <a className="button button-secondary calls-admin-small-button" href={exportHref(call.id, 'csv')} download>
            {t('reviewSetup.report.csv')}
          </a>
          <a className="button button-secondary calls-admin-small-button" href={exportHref(call.id, 'xlsx')} download>
            {t('reviewSetup.report.xlsx')}
          </a>
        </div>
      </div>
      {body}
    </section>
  );
}

function Progress({ rows }: { rows: ReviewReport['progress'] }) {
  const t = useT();
  const { locale, intlLocale } = useLocale();
  const id = useId();
  const total = rows.reduce((acc, r) => ({ assigned: acc.assigned + r.assigned, submitted: acc.submitted + r.submitted, declined: acc.declined + r.declined }), { assigned: 0, submitted: 0, declined: 0 });
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section className="rs-report-part" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('reviewSetup.report.progress')}</h3>
      {rows.length === 0 ? (
        <p className="empty">{t('reviewSetup.report.noReviewers')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="table rs-report-table">
            <caption id={`${id}-caption`} className="visually-hidden">
              {t('reviewSetup.report.progress')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('reviewSetup.report.col.panel')}</th>
                <th scope="col">{t('reviewSetup.report.col.reviewer')}</th>
                <th scope="col" className="calls-admin-num">
                  {t('reviewSetup.report.col.assigned')}
                </th>
                <th scope="col" className="calls-admin-num">
                  {t('reviewSetup.report.col.submitted')}
                </th>
                <th scope="col" className="calls-admin-num">
                  {t('reviewSetup.report.col.declined')}
                </th>
                <th scope="col">{t('reviewSetup.report.col.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const pct = percentDone(r.submitted, r.assigned);
                return (
                  <tr key={`${r.panelId}|${r.reviewer.id}`}>
                    <td className="rs-report-wrap">
                      <Link to={routePaths.panel(r.panelId)}>
                        <UserText>{r.panelTitle}</UserText>
                      </Link>
                    </td>
                    <th scope="row" className="rs-report-wrap">
                      <UserText>{r.reviewer.name}</UserText>
                    </th>
                    <td className="calls-admin-num">{n(r.assigned)}</td>
                    <td className="calls-admin-num">{n(r.submitted)}</td>
                    <td className="calls-admin-num">{n(r.declined)}</td>
                    <td>
                      <ProgressBar pct={pct} label={formatPercent(pct, intlLocale)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('reviewSetup.report.total')}
                </th>
                <td className="calls-admin-num">{n(total.assigned)}</td>
                <td className="calls-admin-num">{n(total.submitted)}</td>
                <td className="calls-admin-num">{n(total.declined)}</td>
                <td>
                  <ProgressBar pct={percentDone(total.submitted, total.assigned)} label={formatPercent(percentDone(total.submitted, total.assigned), intlLocale)} />
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

/** A small bar with the percentage written beside it (the text is what screen readers read). */
function ProgressBar({ pct, label }: { pct: number; label: string }) {
  return (
    <span className="rs-progress">
      <span className="rs-progress-track" aria-hidden="true">
        <span className="rs-progress-bar" style={{ inlineSize: `${pct}%` }} />
      </span>
      <span className="rs-progress-text">{label}</span>
    </span>
  );
}

function Scores({ rows }: { rows: ReviewReport['scoreDistribution'] }) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section className="rs-report-part" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('reviewSetup.report.scores')}</h3>
      <p className="muted small">{t('reviewSetup.report.scoresLead')}</p>
      {rows.length === 0 ? (
        <p className="empty">{t('reviewSetup.report.noDomains')}</p>
      ) : rows.every((d) => d.reviewed === 0) ? (
        <p className="empty">{t('reviewSetup.report.noScores')}</p>
      ) : (
        <ul className="rs-score-grid">
          {rows.map((d) => {
            const data = SCORE_BANDS.map(([from, to], i) => ({ key: String(i), label: t('reviewSetup.report.band', { from: n(from), to: n(to) }), value: d.buckets[i] ?? 0 }));
            return (
              <li key={d.key} className="rs-score-card">
                <h4>
                  <UserText>{d.title}</UserText>
                </h4>
                <dl className="details details-inline">
                  <div>
                    <dt>{t('reviewSetup.report.reviewed')}</dt>
                    <dd>{n(d.reviewed)}</dd>
                  </div>
                  <div>
                    <dt>{t('reviewSetup.report.mean')}</dt>
                    <dd>{d.mean === null ? t('reviewSetup.report.noMean') : n(Math.round(d.mean * 10) / 10)}</dd>
                  </div>
                </dl>
                {d.reviewed > 0 ? (
                  <figure className="calls-admin-figure rs-score-figure">
                    <BarChart title={t('reviewSetup.report.chartTitle', { domain: d.title })} data={data} />
                  </figure>
                ) : (
                  <p className="empty">{t('reviewSetup.report.noScores')}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Decisions({ id, title, nameHeader, rows }: { id: string; title: string; nameHeader: string; rows: ReviewReport['decisionsByDomain'] }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  const cols = ['accepted', 'partlyAccepted', 'merged', 'rejected', 'undecided'] as const;
  const sum = (r: (typeof rows)[number]) => cols.reduce((s, c) => s + r[c], 0);
  const totals = Object.fromEntries(cols.map((c) => [c, rows.reduce((s, r) => s + r[c], 0)])) as Record<(typeof cols)[number], number>;
  return (
    <section className="rs-report-part" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      {rows.length === 0 ? (
        <p className="empty">{t('reviewSetup.report.noDomains')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={`${id}-h`} tabIndex={0}>
          <table className="table rs-report-table">
            <thead>
              <tr>
                <th scope="col">{nameHeader}</th>
                {cols.map((c) => (
                  <th key={c} scope="col" className="calls-admin-num">
                    {t(`reviewSetup.report.outcome.${c}`)}
                  </th>
                ))}
                <th scope="col" className="calls-admin-num">
                  {t('reviewSetup.report.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className="rs-report-wrap">
                    <UserText>{r.title}</UserText>
                  </th>
                  {cols.map((c) => (
                    <td key={c} className="calls-admin-num">
                      {n(r[c])}
                    </td>
                  ))}
                  <td className="calls-admin-num">{n(sum(r))}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('reviewSetup.report.total')}</th>
                {cols.map((c) => (
                  <td key={c} className="calls-admin-num">
                    {n(totals[c])}
                  </td>
                ))}
                <td className="calls-admin-num">{n(cols.reduce((s, c) => s + totals[c], 0))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
