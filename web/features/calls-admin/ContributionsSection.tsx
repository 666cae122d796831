import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Markdown } from '../../ui/Markdown';
import { Loading } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { CONTRIBUTION_STATES, isContributionState, type Call, type Contribution, type ContributionState } from './model';

const PAGE_SIZE = 25;
const ALL = '*';

/** The filters, as kept in the page's URL (`?domain=health&group=public&state=withdrawn&q=…`). */
interface Filters {
  domain: string;
  audienceGroup: string;
  state: ContributionState;
  q: string;
}

function useFilters(call: Call): [Filters, (patch: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const domain = params.get('domain') ?? '';
  const group = params.get('group') ?? '';
  const state = params.get('state');
  const filters: Filters = {
    domain: call.domains.some((d) => d.key === domain) ? domain : '',
    audienceGroup: call.audienceGroups.some((g) => g.key === group) ? group : '',
    state: isContributionState(state) ? state : 'submitted',
    q: params.get('q') ?? '',
  };
  const update = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    if (next.domain) out.set('domain', next.domain);
    if (next.audienceGroup) out.set('group', next.audienceGroup);
    if (next.state !== 'submitted') out.set('state', next.state);
    if (next.q.trim()) out.set('q', next.q.trim());
    setParams(out, { replace: true, preventScrollReset: true });
  };
  return [filters, update];
}

/** The API's query for the current filters (the list's and the export's). */
function apiQuery(f: Filters) {
  return {
    domain: f.domain || undefined,
    audienceGroup: f.audienceGroup || undefined,
    state: f.state,
    q: f.q.trim() || undefined,
  };
}

function exportHref(callId: string, format: 'csv' | 'xlsx', f: Filters): string {
  const params = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(apiQuery(f))) if (v) params.set(k, v);
  return `/api/calls/${encodeURIComponent(callId)}/contributions/export?${params.toString()}`;
}

/** The manager's table of contributions: filters in the URL, search, export, and each body on demand. */
export function ContributionsSection({ call }: { call: Call }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const [filters, setFilters] = useFilters(call);
  const [draft, setDraft] = useState(filters.q);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  // Back and forward move the URL: keep the search box in step.
  useEffect(() => setDraft(filters.q), [filters.q]);

  const query = apiQuery(filters);
  const list = useInfiniteQuery({
    queryKey: ['calls-admin', 'contributions', call.id, query],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/calls/{id}/contributions', { params: { path: { id: call.id }, query: { ...query, cursor: pageParam ?? undefined, limit: PAGE_SIZE } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const domainTitle = (key: string) => call.domains.find((d) => d.key === key)?.title ?? key;
  const groupTitle = (key: string) => call.audienceGroups.find((g) => g.key === key)?.title ?? key;
  const toggle = (id: string) =>
    setOpen((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const filtered = Boolean(filters.domain || filters.audienceGroup || filters.q);
  const columns = 8;

  return (
    <section className="calls-admin-contributions" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t('callAdmin.contributions.title')}</h2>

      <div className="card calls-admin-filters">
        <div className="calls-admin-filter-row">
          <SelectField<string>
            name="domain"
            label={t('callAdmin.filter.domain')}
            value={filters.domain || ALL}
            options={[{ id: ALL, label: t('callAdmin.filter.allDomains') }, ...call.domains.map((d) => ({ id: d.key, label: d.title }))]}
            onChange={(v) => setFilters({ domain: v === ALL ? '' : v })}
          />
          <SelectField<string>
            name="group"
            label={t('callAdmin.filter.group')}
            value={filters.audienceGroup || ALL}
            options={[{ id: ALL, label: t('callAdmin.filter.allGroups') }, ...call.audienceGroups.map((g) => ({ id: g.key, label: g.title }))]}
            onChange={(v) => setFilters({ audienceGroup: v === ALL ? '' : v })}
          />
          <SelectField<ContributionState>
            name="state"
            label={t('callAdmin.filter.state')}
            value={filters.state}
            options={CONTRIBUTION_STATES.map((s) => ({ id: s, label: t(`callAdmin.contributionState.${s}`) }))}
            onChange={(v) => setFilters({ state: v })}
          />
        </div>
        <form
          role="search"
          className="form form-inline calls-admin-search"
          onSubmit={(e) => {
            e.preventDefault();
            setFilters({ q: draft });
          }}
        >
          <TextInput name="q" type="search" label={t('callAdmin.filter.q')} value={draft} onChange={setDraft} dir="auto" />
          <SubmitButton variant="secondary">{t('callAdmin.filter.search')}</SubmitButton>
          {filtered ? (
            <Button className="button button-secondary" onPress={() => setFilters({ domain: '', audienceGroup: '', q: '' })}>
              {t('callAdmin.filter.clear')}
            </Button>
          ) : null}
        </form>
      </div>

      <div className="calls-admin-toolbar">
        <p className="muted" aria-live="polite">
          {list.isSuccess ? (list.hasNextPage ? t('callAdmin.contributions.countMore', { count: rows.length }) : t('callAdmin.contributions.count', { count: rows.length })) : null}
        </p>
        <div className="calls-admin-export" role="group" aria-label={t('callAdmin.export.label')}>
          <span className="muted small" aria-hidden="true">
            {t('callAdmin.export.label')}
          </span>
          <a className="button button-secondary calls-admin-small-button" href={exportHref(call.id, 'csv', filters)} download>
            {t('callAdmin.export.csv')}
          </a>
          <a className="button button-secondary calls-admin-small-button" href={exportHref(call.id, 'xlsx', filters)} download>
            {t('callAdmin.export.xlsx')}
          </a>
        </div>
      </div>

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <FormAlert error={list.error} />
      ) : rows.length === 0 ? (
        <p className="empty">{filtered ? t('callAdmin.contributions.noMatch') : t('callAdmin.contributions.empty')}</p>
      ) : (
        <>
          <div className="table-wrap" role="region" aria-labelledby="contributions-caption" tabIndex={0}>
            <table className="table calls-admin-table">
              <caption id="contributions-caption" className="visually-hidden">
                {t('callAdmin.contributions.caption', { state: t(`callAdmin.contributionState.${filters.state}`) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('callAdmin.col.trackingCode')}</th>
                  <th scope="col">{t('callAdmin.col.title')}</th>
                  <th scope="col">{t('callAdmin.col.domain')}</th>
                  <th scope="col">{t('callAdmin.col.group')}</th>
                  <th scope="col">{t('callAdmin.col.author')}</th>
                  <th scope="col">{t('callAdmin.col.affiliation')}</th>
                  <th scope="col">{filters.state === 'draft' ? t('callAdmin.col.updatedAt') : t('callAdmin.col.submittedAt')}</th>
                  <th scope="col" className="calls-admin-num">
                    {t('callAdmin.col.words')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => {
                  const expanded = open.has(c.id);
                  const bodyId = `contribution-${c.id}`;
                  const date = filters.state === 'draft' ? c.updatedAt : c.submittedAt;
                  return (
                    <Fragment key={c.id}>
                      <tr className={expanded ? 'calls-admin-row-open' : undefined}>
                        <td>
                          <Ltr>{c.trackingCode}</Ltr>
                        </td>
                        <td className="calls-admin-cell-title">
                          <button type="button" className="calls-admin-expand" aria-expanded={expanded} aria-controls={expanded ? bodyId : undefined} onClick={() => toggle(c.id)}>
                            <svg className="calls-admin-chevron" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
                              <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
                            </svg>
                            <span dir="auto">{c.title}</span>
                          </button>
                        </td>
                        <td className="calls-admin-cell-wrap">
                          <UserText>{domainTitle(c.domainKey)}</UserText>
                        </td>
                        <td className="calls-admin-cell-wrap">
                          <UserText>{groupTitle(c.audienceGroup)}</UserText>
                        </td>
                        <td>{c.author ? <UserText>{c.author.name}</UserText> : <>
                              <span aria-hidden="true">—</span>
                              <span className="visually-hidden">{t('callAdmin.author.unknown')}</span>
                            </>}</td>
                        <td className="calls-admin-cell-wrap">{c.affiliation ? <UserText>{c.affiliation}</UserText> : '—'}</td>
                        <td>{date ? formatDate(date, locale, { arCalendar }) : '—'}</td>
                        <td className="calls-admin-num">{formatNumber(c.words, locale)}</td>
                      </tr>
                      {expanded ? (
                        <tr className="calls-admin-body-row">
                          <td colSpan={columns} id={bodyId}>
                            <ContributionBody contribution={c} />
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
          <LoadMore query={list} />
        </>
      )}
    </section>
  );
}

function ContributionBody({ contribution: c }: { contribution: Contribution }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="calls-admin-body">
      <Markdown source={c.body} />
      {c.attachments.length > 0 ? (
        <div className="calls-admin-files">
          <h3 className="small">{t('callAdmin.contributions.attachments')}</h3>
          <ul>
            {c.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/attachments/${encodeURIComponent(a.id)}`} download>
                  <UserText>{a.name}</UserText>
                </a>{' '}
                <span className="muted small">{t('callAdmin.size.kb', { size: formatNumber(Math.max(1, Math.round(a.size / 1024)), locale) })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
