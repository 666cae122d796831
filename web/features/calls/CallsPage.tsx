import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { CallSummary } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Loading, Page } from '../../ui/Page';
import { CallDates, CallStateBadge, Countdown, SubmittedCount, callKeys, useNow } from './shared';
import { shownState } from './time';

const PAGE_SIZE = 12;
const TABS = ['open', 'upcoming', 'closed'] as const;
type When = (typeof TABS)[number];

const isWhen = (v: string | null): v is When => v !== null && (TABS as readonly string[]).includes(v);

function CallCard({ call }: { call: CallSummary }) {
  const t = useT();
  const now = useNow([call.opensAt, call.closesAt]);
  const state = shownState(call, now);
  return (
    <li>
      <article className={`item-card calls-card calls-card-${state}`} aria-labelledby={`call-${call.id}`}>
        <div className="card-head">
          <CallStateBadge state={state} />
          <Countdown call={call} />
        </div>
        <h2 className="item-card-title" id={`call-${call.id}`}>
          <Link to={routePaths.call(call.id)} dir="auto">
            {call.title}
          </Link>
        </h2>
        {call.summary ? (
          <p className="item-card-text" dir="auto">
            {call.summary}
          </p>
        ) : null}
        <dl className="calls-card-dates">
          <CallDates call={call} />
        </dl>
        <div className="calls-card-foot">
          <span className="calls-card-count">
            <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
              <path d="M3 2.5h7l3 3v8H3z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
              <path d="M5.5 8h5M5.5 10.5h5" stroke="currentColor" strokeWidth="1.4" />
            </svg>
            <SubmittedCount count={call.submitted} />
          </span>
          <Link to={routePaths.call(call.id)} className="calls-card-more" aria-describedby={`call-${call.id}`}>
            {state === 'open' ? t('calls.card.contribute') : t('calls.card.view')}
          </Link>
        </div>
      </article>
    </li>
  );
}

function CallList({ when }: { when: When }) {
  const t = useT();
  const { locale } = useLocale();
  const calls = useInfiniteQuery({
    queryKey: callKeys.list(when),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/calls', { params: { query: { when, cursor: pageParam ?? undefined, limit: PAGE_SIZE } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = calls.data?.pages.flatMap((p) => p.items) ?? [];

  if (calls.isPending) return <Loading />;
  if (calls.isError) return <FormAlert error={calls.error} />;
  if (rows.length === 0) {
    return (
      <div className="card calls-empty">
        <p className="empty">{t(`calls.empty.${when}`)}</p>
        {when === 'open' ? (
          <p>
            <Link to={`${routePaths.calls}?when=upcoming`}>{t('calls.empty.seeUpcoming')}</Link>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <>
      <p className="muted small" aria-live="polite">
        {t('calls.count', { count: rows.length, n: formatNumber(rows.length, locale) })}
      </p>
      <ul className="card-grid" aria-label={t(`calls.tab.${when}`)}>
        {rows.map((c) => (
          <CallCard key={c.id} call={c} />
        ))}
      </ul>
      <LoadMore query={calls} />
    </>
  );
}

/** `/calls`: calls open now (the default), upcoming and closed, each with its deadline counting down. */
export function CallsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const raw = params.get('when');
  const when: When = isWhen(raw) ? raw : 'open';

  const select = (key: Key) => {
    const next = String(key);
    if (!isWhen(next) || next === when) return;
    setParams(next === 'open' ? {} : { when: next }, { replace: true });
  };

  return (
    <Page title={t('calls.title')}>
      <div className="calls-head">
        <p className="page-lead">{t('calls.lead')}</p>
        {me ? (
          <Link to={routePaths.myContributions} className="button button-secondary">
            {t('contribution.mine.title')}
          </Link>
        ) : null}
      </div>
      <Tabs selectedKey={when} onSelectionChange={select} className="calls-tabs">
        <TabList aria-label={t('calls.tabs')} className="calls-tablist">
          {TABS.map((w) => (
            <Tab key={w} id={w} className="calls-tab">
              {t(`calls.tab.${w}`)}
            </Tab>
          ))}
        </TabList>
        {TABS.map((w) => (
          <TabPanel key={w} id={w} className="calls-tabpanel">
            <CallList when={w} />
          </TabPanel>
        ))}
      </Tabs>
    </Page>
  );
}
