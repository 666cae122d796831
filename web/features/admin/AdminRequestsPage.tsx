import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { adminQueueKey, type RequestState } from '../formation/model';
import { StateBadge } from '../formation/RequestSummary';
import { AdminBreadcrumb } from './AdminHomePage';
import '../formation/formation.css';
import { LoadMore } from '../../ui/LoadMore';

const PAGE_SIZE = 25;
/** Drafts are never listed: they belong to their applicants until submitted. */
const QUEUE_STATES = ['submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn'] as const satisfies readonly RequestState[];
type QueueState = (typeof QUEUE_STATES)[number];
const isQueueState = (s: string | null): s is QueueState => s !== null && (QUEUE_STATES as readonly string[]).includes(s);

/** `/admin/formation-requests`: the review queue, submitted requests first, filtered by state. */
export function AdminRequestsPage() {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state: QueueState = isQueueState(stateParam) ? stateParam : 'submitted';

  const requests = useInfiniteQuery({
    queryKey: [...adminQueueKey, state],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/admin/formation-requests', { params: { query: { state, cursor: pageParam ?? undefined, limit: PAGE_SIZE } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = requests.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Page title={t('admin.requests.title')} lead={t('admin.requests.summary')} before={<AdminBreadcrumb />}>
      <div className="formation-filter">
        <SelectField<QueueState>
          name="state"
          label={t('admin.requests.filter')}
          value={state}
          options={QUEUE_STATES.map((s) => ({ id: s, label: t(`formation.state.${s}` as const) }))}
          onChange={(next) => setParams(next === 'submitted' ? {} : { state: next }, { replace: true })}
        />
      </div>

      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <FormAlert error={requests.error} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('admin.requests.empty')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('admin.requests.count', { count: rows.length })}
          </p>
          <div className="table-wrap" role="region" aria-labelledby="requests-caption" tabIndex={0}>
            <table className="table">
              <caption id="requests-caption" className="visually-hidden">
                {t('admin.requests.title')} · {t(`formation.state.${state}` as const)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.requests.col.title')}</th>
                  <th scope="col">{t('admin.requests.col.applicant')}</th>
                  <th scope="col">{t('admin.requests.col.coreSize')}</th>
                  <th scope="col">{t('admin.requests.col.submittedAt')}</th>
                  <th scope="col">{t('admin.requests.col.state')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td className="formation-cell-title">
                      <Link to={routePaths.adminRequest(r.id)}>{r.title ? <UserText>{r.title}</UserText> : t('formation.untitled')}</Link>
                    </td>
                    <td>
                      <UserText>{r.applicantName}</UserText>
                    </td>
                    <td>{t('admin.requests.people', { count: r.coreSize })}</td>
                    <td>{r.submittedAt ? formatDate(r.submittedAt, locale, { arCalendar }) : '—'}</td>
                    <td>
                      <StateBadge state={r.state} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore query={requests} />
        </>
      )}
    </Page>
  );
}
