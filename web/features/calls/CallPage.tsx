import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Call, Contribution } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { AttachmentLinks, useRulesText } from './Attachments';
import { CallReviewLinks } from '../reviews/CallReviewLinks';
import { CallDates, CallStateBadge, CallsBreadcrumb, Countdown, SubmittedCount, WithCall, callKeys, useNow } from './shared';
import { shownState } from './time';

const PAGE_SIZE = 10;
const ALL = '__all';

export function CallPage() {
  const { id = '' } = useParams();
  return <WithCall id={id}>{(call) => <CallView call={call} />}</WithCall>;
}

/** The sign-in page, coming back to `path` afterwards. */
export function signInTo(path: string): string {
  return `${routePaths.signIn}?${new URLSearchParams({ next: path }).toString()}`;
}

/** The deadline box: dates, countdown, the button to contribute, what the call accepts. */
function DeadlineBox({ call, state }: { call: Call; state: Call['state'] }) {
  const t = useT();
  const me = useMe();
  const { locale } = useLocale();
  const rules = useRulesText();
  const total = call.counts.reduce((sum, c) => sum + c.submitted, 0);
  const contribute = routePaths.contribute(call.id);

  return (
    <section className="card calls-deadline" aria-labelledby="deadline-title">
      <h2 id="deadline-title">{t('calls.deadline')}</h2>
      <Countdown call={call} className="calls-countdown-large" />
      <dl className="details">
        <CallDates call={call} />
        <div>
          <dt>{t('calls.submitted')}</dt>
          <dd>
            <SubmittedCount count={total} />
          </dd>
        </div>
        {call.wordLimit !== null ? (
          <div>
            <dt>{t('calls.wordLimit')}</dt>
            <dd>{t('calls.words', { count: call.wordLimit, n: formatNumber(call.wordLimit, locale) })}</dd>
          </div>
        ) : null}
        {call.attachments.allowed ? (
          <div>
            <dt>{t('calls.attachments')}</dt>
            <dd>{rules(call.attachments)}</dd>
          </div>
        ) : null}
      </dl>
      {state === 'open' ? (
        me === null ? (
          <div className="calls-cta">
            <Link to={signInTo(contribute)} className="button button-primary calls-cta-button">
              {t('calls.contribute')}
            </Link>
            <p className="small muted">{t('calls.signInToContribute')}</p>
          </div>
        ) : (
          <div className="calls-cta">
            <Link to={contribute} className="button button-primary calls-cta-button">
              {t('calls.contribute')}
            </Link>
            {me ? (
              <p className="small">
                <Link to={routePaths.myContributions}>{t('calls.myContributionsLink')}</Link>
              </p>
            ) : null}
          </div>
        )
      ) : state === 'scheduled' ? (
        <p className="calls-note">{t('calls.notOpenYet')}</p>
      ) : state === 'draft' ? (
        <p className="calls-note">{t('calls.draftNote')}</p>
      ) : (
        <p className="calls-note">{t('calls.closedNote')}</p>
      )}
    </section>
  );
}

function Domains({ call }: { call: Call }) {
  const t = useT();
  const count = (key: string) => call.counts.find((c) => c.domainKey === key)?.submitted ?? 0;
  return (
    <section className="card" aria-labelledby="domains-title">
      <h2 id="domains-title">{t('calls.domains')}</h2>
      <ol className="calls-domains">
        {call.domains.map((d) => (
          <li key={d.key} className="calls-domain">
            <div className="calls-domain-head">
              <h3 className="calls-domain-title" dir="auto">
                {d.title}
              </h3>
              <span className="calls-domain-count">
                <SubmittedCount count={count(d.key)} />
              </span>
            </div>
            {d.description ? (
              <p className="calls-domain-text" dir="auto">
                {d.description}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function AudienceGroups({ call }: { call: Call }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="groups-title">
      <h2 id="groups-title">{t('calls.audienceGroups')}</h2>
      <p className="muted small">{t('calls.audienceGroupsLead')}</p>
      <ul className="calls-chips">
        {call.audienceGroups.map((g) => (
          <li key={g.key} dir="auto">
            {g.title}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A contribution as the public reads it after the call closes: no author. */
function PublicContribution({ call, c }: { call: Call; c: Contribution }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const domain = call.domains.find((d) => d.key === c.domainKey)?.title ?? c.domainKey;
  return (
    <li>
      <article className="calls-public-item" aria-labelledby={`pc-${c.id}`}>
        <h3 id={`pc-${c.id}`} className="calls-public-title" dir="auto">
          {c.title}
        </h3>
        <p className="calls-public-meta small muted">
          <span>
            {t('contribution.field.domain')}: <bdi>{domain}</bdi>
          </span>
          {c.submittedAt ? <time dateTime={c.submittedAt}>{formatDateTime(c.submittedAt, locale, { arCalendar })}</time> : null}
        </p>
        <Markdown source={c.body} />
        <AttachmentLinks attachments={c.attachments} />
      </article>
    </li>
  );
}

/** After closing, when the call says so: the submitted contributions, without their authors. A 403 shows nothing. */
function PublicContributions({ call }: { call: Call }) {
  const t = useT();
  const { locale } = useLocale();
  const [domain, setDomain] = useState<string>(ALL);
  const list = useInfiniteQuery({
    queryKey: callKeys.publicContributions(call.id, domain),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/calls/{id}/contributions', {
          params: { path: { id: call.id }, query: { domain: domain === ALL ? undefined : domain, cursor: pageParam ?? undefined, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
  });
  if (list.isError && list.error instanceof ApiError && (list.error.status === 403 || list.error.status === 401)) return null;
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="card" aria-labelledby="public-title">
      <h2 id="public-title">{t('calls.public.title')}</h2>
      <p className="muted small">{t('calls.public.lead')}</p>
      {call.domains.length > 1 ? (
        <div className="calls-filter">
          <SelectField<string>
            name="domain"
            label={t('calls.public.filter')}
            value={domain}
            options={[{ id: ALL, label: t('calls.public.allDomains') }, ...call.domains.map((d) => ({ id: d.key, label: d.title }))]}
            onChange={setDomain}
          />
        </div>
      ) : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <FormAlert error={list.error} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('calls.public.empty')}</p>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {t('calls.public.count', { count: rows.length, n: formatNumber(rows.length, locale) })}
          </p>
          <ul className="calls-public-list">
            {rows.map((c) => (
              <PublicContribution key={c.id} call={call} c={c} />
            ))}
          </ul>
          <LoadMore query={list} />
        </>
      )}
    </section>
  );
}

function CallView({ call }: { call: Call }) {
  const t = useT();
  const now = useNow([call.opensAt, call.closesAt]);
  const state = shownState(call, now);
  const closedNow = Date.parse(call.closesAt) <= now && state !== 'draft';

  return (
    <Page title={call.title} heading={<bdi dir="auto">{call.title}</bdi>} before={<CallsBreadcrumb />}>
      <div className="calls-page-head">
        <div className="calls-page-badges">
          <CallStateBadge state={state} />
          {call.canManage ? (
            <Link to={routePaths.manageCall(call.id)} className="button button-secondary button-compact">
              {t('calls.manage')}
            </Link>
          ) : null}
        </div>
        {call.summary ? (
          <p className="page-lead" dir="auto">
            {call.summary}
          </p>
        ) : null}
      </div>

      <CallReviewLinks call={call} />

      <div className="calls-layout">
        <div className="calls-side">
          <DeadlineBox call={call} state={state} />
        </div>
        <div className="calls-main">
          {call.hasCover ? <img className="calls-cover" src={`/api/calls/${encodeURIComponent(call.id)}/cover`} alt="" /> : null}
          {call.description.trim() ? (
            <section className="card" aria-labelledby="about-title">
              <h2 id="about-title">{t('calls.about')}</h2>
              <Markdown source={call.description} />
            </section>
          ) : null}
          <Domains call={call} />
          <AudienceGroups call={call} />
          {call.publicAfterClose && closedNow ? <PublicContributions call={call} /> : null}
        </div>
      </div>
    </Page>
  );
}
