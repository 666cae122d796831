import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Call, CallResults, CallState } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { CallStateBadge, CallsBreadcrumb, useCall } from '../calls/shared';
import { OutcomeBadge } from './Recognitions';
import './results.css';

type DomainRow = CallResults['byDomain'][number];
type Published = CallResults['contributions'][number];

/** The figures of Table 1, in column order; `undecided` is what is left of the submitted ones. */
const TALLIES = ['accepted', 'partlyAccepted', 'merged', 'rejected'] as const;
type Tally = (typeof TALLIES)[number];
const SEGMENTS = [...TALLIES, 'undecided'] as const;
type Segment = (typeof SEGMENTS)[number];

const SEGMENT_LABELS = {
  accepted: 'results.outcome.accepted',
  partlyAccepted: 'results.outcome.partly_accepted',
  merged: 'results.outcome.merged',
  rejected: 'results.outcome.rejected',
  undecided: 'results.outcome.undecided',
} as const satisfies Record<Segment, string>;

const undecided = (d: Pick<DomainRow, 'submitted' | Tally>) => Math.max(0, d.submitted - TALLIES.reduce((sum, k) => sum + d[k], 0));

const noRetryOn4xx = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500);

/** `/calls/:id/results`: the published results of a call (public); its managers may preview them before. */
export function ResultsPage() {
  const t = useT();
  const { id = '' } = useParams();
  const results = useQuery({
    queryKey: ['results', id],
    queryFn: () => unwrap(api.GET('/api/calls/{id}/results', { params: { path: { id } } })),
    enabled: id !== '',
    retry: noRetryOn4xx,
  });
  // For the audience groups' titles and whether the call makes contributions public.
  const call = useCall(id);

  if (results.isPending) return <Loading />;
  if (results.isError) {
    if (results.error instanceof ApiError && (results.error.status === 404 || results.error.status === 400)) {
      return (
        <Page title={t('results.notPublished.title')} before={<CallsBreadcrumb />} narrow>
          <div className="card results-not-published">
            <p>{t('results.notPublished.text')}</p>
            {call.data ? (
              <p>
                <Link to={routePaths.call(id)}>
                  <Msg id="results.backToCall" values={{ title: <UserText>{call.data.title}</UserText> }} />
                </Link>
              </p>
            ) : (
              <p>
                <Link to={routePaths.calls}>{t('results.allCalls')}</Link>
              </p>
            )}
          </div>
        </Page>
      );
    }
    return (
      <Page title={t('results.title')} before={<CallsBreadcrumb />}>
        <FormAlert error={results.error} />
      </Page>
    );
  }
  return <Results results={results.data} call={call.data ?? null} />;
}

function Results({ results, call }: { results: CallResults; call: Call | null }) {
  const t = useT();
  const { locale } = useLocale();
  const rows = results.byDomain;
  const total = (k: Tally | 'submitted') => rows.reduce((sum, d) => sum + d[k], 0);
  const n = (x: number) => formatNumber(x, locale);

  return (
    <Page
      title={`${t('results.title')}: ${results.call.title}`}
      heading={<Msg id="results.heading" values={{ title: <UserText>{results.call.title}</UserText> }} />}
      before={<CallsBreadcrumb call={results.call} />}
    >
      <div className="badge-row">
        <CallStateBadge state={results.call.state as CallState} />
      </div>

      {!results.published ? (
        <div className="alert alert-warning results-preview" role="status">
          <p>
            <strong>{t('results.preview.title')}</strong> {t('results.preview.text')}
          </p>
        </div>
      ) : null}

      <dl className="results-figures">
        <div className="results-figure">
          <dt>{t('results.col.submitted')}</dt>
          <dd>{n(total('submitted'))}</dd>
        </div>
        {TALLIES.map((k) => (
          <div key={k} className={`results-figure results-figure-${k}`}>
            <dt>{t(SEGMENT_LABELS[k])}</dt>
            <dd>{n(total(k))}</dd>
          </div>
        ))}
      </dl>

      <section className="card results-section" aria-labelledby="results-domains">
        <h2 id="results-domains">{t('results.byDomain')}</h2>
        <div className="results-grid">
          <DomainTable rows={rows} />
          <OutcomeChart rows={rows} />
        </div>
      </section>

      <AcceptedContributions results={results} call={call} />
    </Page>
  );
}

/** The source's Table 1 with the panels' outcomes: row, domain, submitted, accepted, partly accepted, merged, not accepted; totals at the foot. */
function DomainTable({ rows }: { rows: readonly DomainRow[] }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (x: number) => formatNumber(x, locale);
  const columns = ['submitted', ...TALLIES] as const;
  const header = (k: (typeof columns)[number]) => (k === 'submitted' ? t('results.col.submitted') : t(SEGMENT_LABELS[k]));
  return (
    <div className="results-table-block">
      {/* The caption stays above the scrolling box, so it wraps at phone width. */}
      <p id="results-table-caption" className="results-caption" aria-hidden="true">
        {t('results.table.caption')}
      </p>
      <div className="table-wrap results-table-wrap" role="region" aria-labelledby="results-table-caption" tabIndex={0}>
        <table className="table results-table">
          <caption className="visually-hidden">{t('results.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="results-rownum">
                {t('results.col.row')}
              </th>
              <th scope="col">{t('results.col.domain')}</th>
              {columns.map((k) => (
                <th key={k} scope="col" className="results-num">
                  {header(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((d, i) => (
              <tr key={d.key}>
                <td className="results-rownum">{n(i + 1)}</td>
                <th scope="row" className="results-cell-wrap">
                  <UserText>{d.title}</UserText>
                </th>
                {columns.map((k) => (
                  <td key={k} className="results-num">
                    {n(d[k])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('results.col.total')}
              </th>
              {columns.map((k) => (
                <td key={k} className="results-num">
                  {n(rows.reduce((sum, d) => sum + d[k], 0))}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

/**
 * One bar per domain, as long as its submitted contributions, split by outcome (what is not decided
 * yet stays grey). Drawn with boxes, so it grows from the inline-start side in every language;
 * each bar tells its figures to screen readers, and the table beside it has them all.
 */
function OutcomeChart({ rows }: { rows: readonly DomainRow[] }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (x: number) => formatNumber(x, locale);
  const max = Math.max(1, ...rows.map((d) => d.submitted));
  const value = (d: DomainRow, s: Segment) => (s === 'undecided' ? undecided(d) : d[s]);
  const shown = SEGMENTS.filter((s) => s !== 'undecided' || rows.some((d) => undecided(d) > 0));
  return (
    <figure className="results-chart">
      <figcaption className="results-chart-title">{t('results.chart.title')}</figcaption>
      <ul className="results-legend" aria-hidden="true">
        {shown.map((s) => (
          <li key={s}>
            <span className={`results-swatch results-seg-${s}`} />
            {t(SEGMENT_LABELS[s])}
          </li>
        ))}
      </ul>
      <ul className="results-bars">
        {rows.map((d) => {
          const label = t('results.chart.row', {
            domain: d.title,
            submitted: n(d.submitted),
            items: shown
              .filter((s) => value(d, s) > 0)
              .map((s) => t('results.chart.item', { label: t(SEGMENT_LABELS[s]), count: n(value(d, s)) }))
              .join(t('results.chart.separator')),
          });
          return (
            <li key={d.key} className="results-bar-row">
              <div className="results-bar-label" aria-hidden="true">
                <bdi>{d.title}</bdi>
                <span className="results-bar-total">{n(d.submitted)}</span>
              </div>
              <div className="results-bar-track" role="img" aria-label={label}>
                <div className="results-bar" style={{ inlineSize: `${(d.submitted / max) * 100}%` }}>
                  {shown.map((s) => {
                    const v = value(d, s);
                    return v > 0 ? <span key={s} className={`results-seg results-seg-${s}`} style={{ flexGrow: v }} title={`${t(SEGMENT_LABELS[s])}: ${n(v)}`} /> : null;
                  })}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** The accepted and partly accepted contributions, by domain, without authors — when the call makes contributions public. */
function AcceptedContributions({ results, call }: { results: CallResults; call: Call | null }) {
  const t = useT();
  const { locale } = useLocale();
  const items = results.contributions;
  const groupTitle = (key: string) => call?.audienceGroups.find((g) => g.key === key)?.title ?? key;
  const domains = results.byDomain.filter((d) => items.some((c) => c.domainKey === d.key));
  // Contributions in a domain the call no longer lists still appear, under their key.
  const known = new Set(results.byDomain.map((d) => d.key));
  const others = [...new Set(items.filter((c) => !known.has(c.domainKey)).map((c) => c.domainKey))].map((key) => ({ key, title: key }));

  let body: React.ReactNode;
  if (items.length === 0) {
    const closedText = call && !call.publicAfterClose;
    body = <p className="empty">{closedText ? t('results.accepted.notPublic') : t('results.accepted.none')}</p>;
  } else {
    body = [...domains, ...others].map((d) => {
      const list = items.filter((c) => c.domainKey === d.key);
      return (
        <section key={d.key} className="results-domain" aria-labelledby={`results-domain-${d.key}`}>
          <h3 id={`results-domain-${d.key}`} className="results-domain-title">
            <bdi dir="auto">{d.title}</bdi>
            <span className="results-domain-count small muted">{t('results.accepted.count', { count: list.length, n: formatNumber(list.length, locale) })}</span>
          </h3>
          <ul className="results-list">
            {list.map((c) => (
              <AcceptedItem key={c.id} c={c} group={groupTitle(c.audienceGroup)} />
            ))}
          </ul>
        </section>
      );
    });
  }

  return (
    <section className="card results-section" aria-labelledby="results-accepted">
      <h2 id="results-accepted">{t('results.accepted.title')}</h2>
      {items.length > 0 ? <p className="muted small">{t('results.accepted.lead')}</p> : null}
      {body}
    </section>
  );
}

function AcceptedItem({ c, group }: { c: Published; group: string }) {
  const t = useT();
  return (
    <li>
      <article className="results-item" aria-labelledby={`results-item-${c.id}`}>
        <div className="results-item-head">
          <h4 id={`results-item-${c.id}`} className="results-item-title" dir="auto">
            {c.title}
          </h4>
          <OutcomeBadge outcome={c.outcome} />
        </div>
        <p className="small muted">
          {t('results.field.audienceGroup')}: <bdi>{group}</bdi>
        </p>
        {c.reason ? (
          <div className="results-reason-box">
            <p className="results-reason-label">{t('results.field.reason')}</p>
            <p className="results-reason prewrap" dir="auto">
              {c.reason}
            </p>
          </div>
        ) : null}
        <details className="results-body">
          <summary aria-describedby={`results-item-${c.id}`}>{t('results.field.body')}</summary>
          <Markdown source={c.body} />
        </details>
      </article>
    </li>
  );
}
