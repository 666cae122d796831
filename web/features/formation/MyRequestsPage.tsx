import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { EDITABLE_STATES, myRequestsKey } from './model';
import { StateBadge } from './RequestSummary';
import './formation.css';
import { LoadMore } from '../../ui/LoadMore';

const PAGE_SIZE = 20;

/** `/formation-requests`: the signed-in user's own requests, drafts included, newest first. */
export function MyRequestsPage() {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const requests = useInfiniteQuery({
    queryKey: myRequestsKey,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/formation-requests', { params: { query: { cursor: pageParam ?? undefined, limit: PAGE_SIZE } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = requests.data?.pages.flatMap((p) => p.items) ?? [];
  const date = (iso: string) => formatDate(iso, locale, { arCalendar });

  return (
    <Page title={t('formation.mine.title')} lead={t('formation.mine.lead')}>
      <p className="formation-new-cta">
        <Link to={routePaths.newRequest} className="button button-primary">
          <span aria-hidden="true">+</span>
          {t('formation.mine.new')}
        </Link>
      </p>

      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <FormAlert error={requests.error} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('formation.mine.empty')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('formation.mine.count', { count: rows.length })}
          </p>
          <ul className="formation-request-list" aria-label={t('formation.mine.listLabel')}>
            {rows.map((r) => (
              <li key={r.id} className="formation-request-card">
                <div className="formation-request-head">
                  <h2 className="formation-request-title" id={`request-${r.id}`}>
                    <Link to={routePaths.request(r.id)}>{r.title ? <UserText>{r.title}</UserText> : t('formation.untitled')}</Link>
                  </h2>
                  <StateBadge state={r.state} />
                </div>
                <p className="formation-request-dates muted small">
                  <span>{t('formation.dates.created', { date: date(r.createdAt) })}</span>
                  {r.submittedAt ? <span>{t('formation.dates.submitted', { date: date(r.submittedAt) })}</span> : null}
                  <span>{t('formation.dates.updated', { date: date(r.updatedAt) })}</span>
                </p>
                <p className="formation-request-actions">
                  <Link to={routePaths.request(r.id)} aria-describedby={`request-${r.id}`}>
                    {EDITABLE_STATES.includes(r.state) ? t('formation.mine.continue') : t('formation.mine.view')}
                  </Link>
                  {r.state === 'approved' && r.communitySlug ? (
                    <Link to={routePaths.community(r.communitySlug)} className="button button-secondary formation-small-button" aria-describedby={`request-${r.id}`}>
                      {t('formation.openCommunity')}
                    </Link>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
          <LoadMore query={requests} />
        </>
      )}
    </Page>
  );
}
