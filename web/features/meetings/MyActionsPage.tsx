import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { ActionItem } from '../../api/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { ActionStatusBadges, ActionStatusControl } from './ActionStatusControl';
import { minutesKeys } from './minutesModel';
import './minutes.css';

type Filter = 'open' | 'all';

function ActionRow({ a, onUpdated }: { a: ActionItem; onUpdated: (a: ActionItem) => void }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const titleId = `a-${a.id}`;
  return (
    <li className={a.overdue ? 'my-item my-action my-action-overdue' : 'my-item my-action'} aria-labelledby={titleId}>
      <div className="card-head">
        <h2 className="my-item-title" id={titleId} dir="auto">
          {a.title}
        </h2>
        <ActionStatusBadges action={a} />
      </div>
      <p className="my-action-decision small">
        <Msg id="meetings.actions.decision" values={{ text: <bdi dir="auto">{a.decision}</bdi> }} />
      </p>
      <dl className="details details-inline my-item-facts small">
        <div>
          <dt>{t('meetings.actions.meeting')}</dt>
          <dd>
            <Link to={routePaths.meeting(a.meeting.id)}>
              <UserText>{a.meeting.title}</UserText>
            </Link>{' '}
            <span className="muted">
              (<time dateTime={a.meeting.startsAt}>{formatDate(a.meeting.startsAt, locale, { arCalendar })}</time>)
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.actions.community')}</dt>
          <dd>
            <Link to={routePaths.community(a.community.slug)}>
              <UserText>{a.community.title}</UserText>
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.actions.dueDate')}</dt>
          <dd>{a.dueDate ? <time dateTime={a.dueDate}>{formatDate(a.dueDate, locale, { arCalendar })}</time> : t('meetings.actions.noDue')}</dd>
        </div>
      </dl>
      {a.canUpdate ? (
        <div className="my-action-control">
          <span className="small">{t('meetings.actions.changeStatus')}</span>
          <ActionStatusControl action={a} onUpdated={onUpdated} />
        </div>
      ) : null}
    </li>
  );
}

/** `/actions`: the actions I own, open ones first (the server's order), overdue ones marked. */
export function MyActionsPage() {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('open');
  const list = useQuery({
    queryKey: minutesKeys.myActions(filter),
    queryFn: () => unwrap(api.GET('/api/me/actions', { params: { query: { status: filter } } })),
  });
  const items = list.data?.items ?? [];
  // A changed status stays in place (a finished action does not vanish under the pointer); the other list refreshes.
  const onUpdated = (updated: ActionItem) => {
    queryClient.setQueryData(minutesKeys.myActions(filter), (old: { items: ActionItem[] } | undefined) =>
      old ? { items: old.items.map((x) => (x.id === updated.id ? updated : x)) } : old,
    );
    void queryClient.invalidateQueries({ queryKey: minutesKeys.myActions(filter === 'open' ? 'all' : 'open') });
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes(updated.meeting.id) });
  };
  const overdue = items.filter((a) => a.overdue).length;

  return (
    <Page title={t('meetings.actions.mineTitle')} lead={t('meetings.actions.mineLead')}>
      <div className="filter-row my-actions-filter">
        <SelectField<Filter>
          name="status"
          label={t('meetings.actions.filterLabel')}
          value={filter}
          options={[
            { id: 'open', label: t('meetings.actions.filter.open') },
            { id: 'all', label: t('meetings.actions.filter.all') },
          ]}
          onChange={setFilter}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <FormAlert error={list.error} />
      ) : items.length === 0 ? (
        <div className="card">
          <p className="empty">{filter === 'open' ? t('meetings.actions.emptyOpen') : t('meetings.actions.emptyAll')}</p>
        </div>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {t('meetings.actions.count', { count: items.length, n: formatNumber(items.length, locale) })}
            {overdue > 0 ? ` ${t('meetings.actions.overdueCount', { count: overdue, n: formatNumber(overdue, locale) })}` : ''}
          </p>
          <ul className="my-list my-actions" aria-label={t('meetings.actions.mineTitle')}>
            {items.map((a) => (
              <ActionRow key={a.id} a={a} onUpdated={onUpdated} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
