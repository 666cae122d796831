import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { Call, Contribution } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Loading, Page } from '../../ui/Page';
import { ContributionStateBadge, callKeys, contributionKeys } from './shared';

const PAGE_SIZE = 20;

function Item({ c, call }: { c: Contribution; call: Call | undefined }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const when = (iso: string) => formatDateTime(iso, locale, { arCalendar });
  return (
    <li className="my-item">
      <div className="card-head">
        <h2 className="my-item-title" id={`c-${c.id}`}>
          <Link to={routePaths.contribution(c.id)} dir="auto">
            {c.title}
          </Link>
        </h2>
        <ContributionStateBadge state={c.state} />
      </div>
      <p className="calls-mine-call small">
        {t('contribution.field.call')}:{' '}
        {call ? (
          <Link to={routePaths.call(call.id)}>
            <bdi>{call.title}</bdi>
          </Link>
        ) : (
          <span className="muted">…</span>
        )}
      </p>
      <dl className="details details-inline my-item-facts small">
        <div>
          <dt>{t('contribution.trackingCode')}</dt>
          <dd>
            <code className="calls-code-inline" dir="ltr">
              {c.trackingCode}
            </code>
          </dd>
        </div>
        <div>
          <dt>{c.submittedAt ? t('contribution.field.submittedAt') : t('contribution.field.createdAt')}</dt>
          <dd>
            <time dateTime={c.submittedAt ?? c.createdAt}>{when(c.submittedAt ?? c.createdAt)}</time>
          </dd>
        </div>
        {c.updatedAt !== c.createdAt ? (
          <div>
            <dt>{t('contribution.field.updatedAt')}</dt>
            <dd>
              <time dateTime={c.updatedAt}>{when(c.updatedAt)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="my-item-actions">
        <Link to={routePaths.contribution(c.id)} aria-describedby={`c-${c.id}`}>
          {c.state === 'draft' ? t('contribution.mine.continue') : t('contribution.mine.view')}
        </Link>
      </p>
    </li>
  );
}

/** `/contributions`: the signed-in user's contributions, drafts included, newest first. */
export function MyContributionsPage() {
  const t = useT();
  const { locale } = useLocale();
  const list = useInfiniteQuery({
    queryKey: contributionKeys.mine,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/me/contributions', { params: { query: { cursor: pageParam ?? undefined, limit: PAGE_SIZE } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const callIds = [...new Set(rows.map((r) => r.callId))];
  const calls = useQueries({
    queries: callIds.map((id) => ({
      queryKey: callKeys.detail(id),
      queryFn: () => unwrap(api.GET('/api/calls/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
      retry: false,
    })),
  });
  const callById = new Map(calls.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));

  return (
    <Page title={t('contribution.mine.title')} lead={t('contribution.mine.lead')}>
      <p>
        <Link to={routePaths.calls} className="button button-primary">
          {t('contribution.mine.browse')}
        </Link>
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <FormAlert error={list.error} />
      ) : rows.length === 0 ? (
        <div className="card">
          <p className="empty">{t('contribution.mine.empty')}</p>
        </div>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {t('contribution.mine.count', { count: rows.length, n: formatNumber(rows.length, locale) })}
          </p>
          <ul className="my-list calls-mine" aria-label={t('contribution.mine.title')}>
            {rows.map((c) => (
              <Item key={c.id} c={c} call={callById.get(c.callId)} />
            ))}
          </ul>
          <LoadMore query={list} />
        </>
      )}
    </Page>
  );
}
