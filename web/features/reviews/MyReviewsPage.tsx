import { useQueries, useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { MyReview } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { callKeys, useNow } from '../calls/shared';
import { deadlineStatus, groupByCall, reviewKeys } from './scoreModel';
import './review.css';

/** What `/reviews` is told after a decline (router state). */
export interface DeclinedState {
  declined?: { conflict: boolean };
}

/** To do / submitted. */
export function ReviewStateBadge({ state }: { state: MyReview['state'] }) {
  const t = useT();
  return <span className={`badge badge-dot review-badge-${state}`}>{t(state === 'submitted' ? 'review.state.submitted' : 'review.state.assigned')}</span>;
}

/** The deadline in the reader's calendar, and how far off it is. */
export function DeadlineText({ deadline }: { deadline: string | null }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const now = useNow(deadline ? [deadline] : [], 60_000);
  const status = deadlineStatus(deadline, now);
  if (status.kind === 'none' || !deadline) return <span className="muted">{t('review.deadline.none')}</span>;
  return (
    <span className="review-deadline">
      <time dateTime={deadline}>{formatDateTime(deadline, locale, { arCalendar })}</time>{' '}
      {status.kind === 'passed' ? (
        <span className="review-deadline-note review-deadline-passed">{t('review.deadline.passed')}</span>
      ) : (
        <span className={status.days < 3 ? 'review-deadline-note review-deadline-soon' : 'review-deadline-note'}>
          {status.days === 0 ? t('review.deadline.lessThanDay') : t('review.deadline.daysLeft', { count: status.days, n: formatNumber(status.days, locale) })}
        </span>
      )}
    </span>
  );
}

function Item({ r, domainTitle }: { r: MyReview; domainTitle: string }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const titleId = `r-${r.id}`;
  return (
    <li className="my-item review-mine-item">
      <div className="card-head">
        <h3 className="my-item-title" id={titleId}>
          <Link to={routePaths.review(r.id)}>
            <bdi dir="auto">{r.contribution.title}</bdi>
          </Link>
        </h3>
        <ReviewStateBadge state={r.state} />
      </div>
      <dl className="details details-inline small my-item-facts review-mine-facts">
        <div>
          <dt>{t('review.field.panel')}</dt>
          <dd>
            <UserText>{r.panel.title}</UserText>
          </dd>
        </div>
        <div>
          <dt>{t('review.field.domain')}</dt>
          <dd>
            <UserText>{domainTitle}</UserText>
          </dd>
        </div>
        <div>
          <dt>{t('review.field.deadline')}</dt>
          <dd>
            <DeadlineText deadline={r.deadline} />
          </dd>
        </div>
        <div>
          <dt>{r.submittedAt ? t('review.field.submittedAt') : t('review.field.assignedAt')}</dt>
          <dd>
            <time dateTime={r.submittedAt ?? r.assignedAt}>{formatDateTime(r.submittedAt ?? r.assignedAt, locale, { arCalendar })}</time>
          </dd>
        </div>
      </dl>
      <p className="my-item-actions">
        <Link to={routePaths.review(r.id)} aria-describedby={titleId}>
          {r.state === 'submitted' ? t('review.mine.open') : t('review.mine.start')}
        </Link>
      </p>
    </li>
  );
}

/** `/reviews`: the contributions given to me to review, by call. */
export function MyReviewsPage() {
  const t = useT();
  const { locale } = useLocale();
  const location = useLocation();
  const declined = (location.state as DeclinedState | null)?.declined ?? null;
  const list = useQuery({
    queryKey: reviewKeys.mine,
    queryFn: () => unwrap(api.GET('/api/me/reviews')),
  });
  const rows = list.data?.items ?? [];
  // Domain titles come from the calls (the list names domains by key).
  const callIds = [...new Set(rows.map((r) => r.call.id))];
  const calls = useQueries({
    queries: callIds.map((id) => ({
      queryKey: callKeys.detail(id),
      queryFn: () => unwrap(api.GET('/api/calls/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
      retry: false,
    })),
  });
  const domainTitle = (callId: string, key: string) => calls.find((q) => q.data?.id === callId)?.data?.domains.find((d) => d.key === key)?.title ?? key;
  const toDo = rows.filter((r) => r.state === 'assigned').length;
  const done = rows.filter((r) => r.state === 'submitted').length;

  return (
    <Page title={t('review.mine.title')} lead={t('review.mine.lead')}>
      {declined ? (
        <StatusMessage>
          <p>{declined.conflict ? t('review.decline.doneConflict') : t('review.decline.done')}</p>
        </StatusMessage>
      ) : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <FormAlert error={list.error} />
      ) : rows.length === 0 ? (
        <div className="card">
          <p className="empty">{t('review.mine.empty')}</p>
        </div>
      ) : (
        <>
          <p className="muted small">
            {t('review.mine.summary', { toDo: formatNumber(toDo, locale), done: formatNumber(done, locale) })}
          </p>
          {groupByCall(rows).map((g) => (
            <section key={g.call.id} className="review-mine-group" aria-labelledby={`call-${g.call.id}`}>
              <h2 id={`call-${g.call.id}`} className="review-mine-call">
                <bdi dir="auto">{g.call.title}</bdi>
              </h2>
              <ul className="my-list">
                {g.items.map((r) => (
                  <Item key={r.id} r={r} domainTitle={domainTitle(r.call.id, r.contribution.domainKey)} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </Page>
  );
}
