import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { COMMUNITY_STATES, KINDS, LEVELS, type CommunitySummary } from '../../api/types';
import { useLocale } from '../../i18n/LocaleProvider';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { MembersCount, PrivateBadge, StateBadge, communityKeys } from './shared';
import { LoadMore } from '../../ui/LoadMore';

const PAGE_SIZE = 24;
const ALL = 'all';

type Kind = (typeof KINDS)[number];
type Level = (typeof LEVELS)[number];
type State = (typeof COMMUNITY_STATES)[number];

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((v) => v === value);
}

function CommunityCard({ c }: { c: CommunitySummary }) {
  const t = useT();
  return (
    <li>
      <article className={`item-card community-card community-card-${c.state}`} aria-labelledby={`community-${c.id}`}>
        <h2 className="item-card-title" id={`community-${c.id}`}>
          <Link to={routePaths.community(c.slug)} dir="auto">
            {c.title}
          </Link>
        </h2>
        <p className="item-card-text community-card-domain" dir="auto">
          {c.domain}
        </p>
        <ul className="community-card-facts">
          <li>{t(`kind.${c.kind}`)}</li>
          <li>
            <span className="visually-hidden">{t('community.field.level')}: </span>
            {t(`level.${c.level}`)}
          </li>
          <li>
            <span className="visually-hidden">{t('community.field.geography')}: </span>
            {t(`geography.${c.geography}`)}
          </li>
        </ul>
        <div className="community-card-foot">
          <span className="community-members">
            <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
              <circle cx="6" cy="5" r="2.5" fill="currentColor" />
              <circle cx="11.5" cy="6" r="2" fill="currentColor" opacity="0.7" />
              <path d="M1.5 13.5c0-2.5 2-4.2 4.5-4.2s4.5 1.7 4.5 4.2z" fill="currentColor" />
              <path d="M11 13.5h3.5c0-2-1.3-3.4-3.1-3.6" fill="currentColor" opacity="0.7" />
            </svg>
            <MembersCount count={c.membersCount} />
          </span>
          <span className="community-badges">
            <StateBadge state={c.state} />
            <PrivateBadge visibility={c.visibility} />
          </span>
        </div>
      </article>
    </li>
  );
}

export function DirectoryPage() {
  const t = useT();
  const me = useMe();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = pick<Kind>(params.get('kind'), KINDS);
  const level = pick<Level>(params.get('level'), LEVELS);
  const state = pick<State>(params.get('state'), COMMUNITY_STATES);
  // "Only mine" needs a session; signed out, the parameter is ignored.
  const mine = params.get('mine') === 'true' && !!me;
  const [draft, setDraft] = useState(q);
  const filtered = Boolean(q || kind || level || state || mine);

  /** Sets (or, with undefined, drops) one search parameter, keeping the others. */
  const setParam = (name: string, value: string | undefined) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const communities = useInfiniteQuery({
    queryKey: communityKeys.list({ q, kind, level, state, mine }),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/communities', {
          params: {
            query: { q: q || undefined, kind, level, state, mine: mine || undefined, cursor: pageParam ?? undefined, limit: PAGE_SIZE },
          },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // me undefined = the session is still loading: wait, so "mine" is not asked for twice.
    enabled: me !== undefined || params.get('mine') !== 'true',
  });

  const rows = communities.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Page title={t('directory.title')}>
      <div className="directory-head">
        <p className="page-lead">{t('directory.lead')}</p>
        <Link to={routePaths.newRequest} className="button button-primary">
          {t('directory.newRequest')}
        </Link>
      </div>

      <section className="filter-tools" aria-label={t('directory.filters')}>
        <form
          role="search"
          className="form form-inline search-form"
          onSubmit={(e) => {
            e.preventDefault();
            setParam('q', draft.trim() || undefined);
          }}
        >
          <TextInput name="q" type="search" label={t('directory.search')} value={draft} onChange={setDraft} dir="auto" />
          <SubmitButton variant="secondary">{t('directory.searchSubmit')}</SubmitButton>
        </form>
        <div className="filter-row directory-filters">
          <SelectField<Kind | typeof ALL>
            name="kind"
            label={t('directory.filter.kind')}
            value={kind ?? ALL}
            options={[{ id: ALL, label: t('directory.filter.allKinds') }, ...KINDS.map((k) => ({ id: k, label: t(`kind.${k}`) }))]}
            onChange={(v) => setParam('kind', v === ALL ? undefined : v)}
          />
          <SelectField<Level | typeof ALL>
            name="level"
            label={t('directory.filter.level')}
            value={level ?? ALL}
            options={[{ id: ALL, label: t('directory.filter.allLevels') }, ...LEVELS.map((l) => ({ id: l, label: t(`level.${l}`) }))]}
            onChange={(v) => setParam('level', v === ALL ? undefined : v)}
          />
          <SelectField<State | typeof ALL>
            name="state"
            label={t('directory.filter.state')}
            value={state ?? ALL}
            options={[{ id: ALL, label: t('directory.filter.current') }, ...COMMUNITY_STATES.map((s) => ({ id: s, label: t(`state.${s}`) }))]}
            onChange={(v) => setParam('state', v === ALL ? undefined : v)}
          />
          {me ? (
            <label className="community-check">
              <input type="checkbox" name="mine" checked={mine} onChange={(e) => setParam('mine', e.target.checked ? 'true' : undefined)} />
              <span>{t('directory.filter.mine')}</span>
            </label>
          ) : null}
          {filtered ? (
            <SubmitButton
              type="button"
              variant="secondary"
              onPress={() => {
                setDraft('');
                setParams({}, { replace: true });
              }}
            >
              {t('directory.clear')}
            </SubmitButton>
          ) : null}
        </div>
      </section>

      {communities.isPending ? (
        <Loading />
      ) : communities.isError ? (
        <FormAlert error={communities.error} />
      ) : rows.length === 0 ? (
        <div className="card">
          <p className="empty">{filtered ? t('directory.empty') : t('directory.emptyAll')}</p>
          {!filtered ? (
            <p>
              <Link to={routePaths.newRequest}>{t('directory.newRequest')}</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('directory.count', { count: rows.length, n: formatNumber(rows.length, locale) })}
          </p>
          <ul className="card-grid" aria-label={t('directory.list')}>
            {rows.map((c) => (
              <CommunityCard key={c.id} c={c} />
            ))}
          </ul>
          <LoadMore query={communities} />
        </>
      )}
    </Page>
  );
}
