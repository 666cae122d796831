import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, ApiError, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Loading, Page } from '../../ui/Page';
import { AdminBreadcrumb } from '../admin/AdminHomePage';
import { CallStateBadge } from './CallsBreadcrumb';
import { myCallsKey } from './model';
import '../formation/formation.css';
import './calls-admin.css';

const PAGE_SIZE = 25;

/** `/calls/manage`: the calls this person runs (every call, for administrators), drafts included. */
export function MyCallsPage() {
  const t = useT();
  const me = useMe();
  const { locale, arCalendar } = useLocale();
  const calls = useInfiniteQuery({
    queryKey: myCallsKey,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/calls', { params: { query: { when: 'mine', cursor: pageParam ?? undefined, limit: PAGE_SIZE } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: false,
  });
  const rows = calls.data?.pages.flatMap((p) => p.items) ?? [];
  const forbidden = calls.error instanceof ApiError && calls.error.status === 403;
  const when = (iso: string) => formatDateTime(iso, locale, { arCalendar });

  return (
    <Page title={t('callAdmin.mine.title')} lead={t('callAdmin.mine.lead')} before={me?.role === 'admin' ? <AdminBreadcrumb /> : undefined}>
      {forbidden ? null : (
        <p className="calls-admin-new">
          <Link to={routePaths.newCall} className="button button-primary">
            {t('callAdmin.mine.new')}
          </Link>
        </p>
      )}
      {calls.isPending ? (
        <Loading />
      ) : forbidden ? (
        <p className="alert alert-warning">{t('callAdmin.mine.forbidden')}</p>
      ) : calls.isError ? (
        <FormAlert error={calls.error} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('callAdmin.mine.empty')}</p>
      ) : (
        <>
          <div className="table-wrap" role="region" aria-labelledby="calls-caption" tabIndex={0}>
            <table className="table">
              <caption id="calls-caption" className="visually-hidden">
                {t('callAdmin.mine.title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('callAdmin.col.call')}</th>
                  <th scope="col">{t('callAdmin.col.state')}</th>
                  <th scope="col">{t('callAdmin.field.opensAt')}</th>
                  <th scope="col">{t('callAdmin.field.closesAt')}</th>
                  <th scope="col" className="calls-admin-num">
                    {t('callAdmin.col.submitted')}
                  </th>
                  <th scope="col">{t('callAdmin.col.links')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <td className="calls-admin-cell-title">
                      <Link to={routePaths.manageCall(c.id)}>
                        <UserText>{c.title}</UserText>
                      </Link>
                    </td>
                    <td>
                      <CallStateBadge state={c.state} />
                    </td>
                    <td>{when(c.opensAt)}</td>
                    <td>{when(c.closesAt)}</td>
                    <td className="calls-admin-num">{formatNumber(c.submitted, locale)}</td>
                    <td>
                      <Link to={routePaths.callStatistics(c.id)} aria-label={t('callAdmin.mine.statsOf', { title: c.title })}>
                        {t('callAdmin.mine.stats')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore query={calls} />
        </>
      )}
    </Page>
  );
}
