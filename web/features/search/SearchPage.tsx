import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { SEARCH_KINDS, type SearchKind, type SearchResult, type SearchSegment } from '../../api/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { communityKeys, useCommunity } from '../communities/shared';
import { MAX_QUERY, type SearchState, isAppPath, isSearchable, readSearchState, searchKeys, searchParamsOf } from './searchModel';
import './search.css';

const PAGE_SIZE = 20;
const ALL = '*';

/** A title or snippet from the server: its matched words in <mark>, everything as text (never HTML). */
export function Highlighted({ segments }: { segments: readonly SearchSegment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  );
}

function ResultItem({ r }: { r: SearchResult }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const id = useId();
  const titleText = r.title.map((s) => s.text).join('').trim();
  // A reply has no title of its own: its thread (the context) heads it instead.
  const title = titleText ? <Highlighted segments={r.title} /> : r.context;
  const context = titleText && r.context.trim() !== titleText ? r.context : '';
  return (
    <li>
      <article className={`search-result search-result-${r.kind}`} aria-labelledby={id}>
        <p className="search-result-head">
          <span className={`badge search-kind search-kind-${r.kind}`}>{t(`search.kind.${r.kind}`)}</span>
          {r.community && r.kind !== 'community' ? (
            <Link to={routePaths.community(r.community.slug)} className="search-result-community">
              <span className="visually-hidden">{t('search.result.community')} </span>
              <UserText>{r.community.title}</UserText>
            </Link>
          ) : null}
        </p>
        <h3 className="search-result-title" id={id}>
          {isAppPath(r.path) ? (
            <Link to={r.path} dir="auto">
              {title}
            </Link>
          ) : (
            <bdi dir="auto">{title}</bdi>
          )}
        </h3>
        {context ? (
          <p className="search-result-context small">
            <Msg id="search.result.context" values={{ context: <bdi dir="auto">{context}</bdi> }} />
          </p>
        ) : null}
        {r.snippet.length > 0 ? (
          <p className="search-result-snippet" dir="auto">
            <Highlighted segments={r.snippet} />
          </p>
        ) : null}
        <p className="search-result-date small muted">
          <span className="visually-hidden">{t('search.result.updated')} </span>
          <time dateTime={r.updatedAt}>{formatDate(r.updatedAt, locale, { arCalendar })}</time>
        </p>
      </article>
    </li>
  );
}

function Hint() {
  const t = useT();
  return (
    <p className="search-hint small">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 7v4.5M8 4.5v.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span>{t('search.hint')}</span>
    </p>
  );
}

function Results({ state, onClearFilters }: { state: SearchState; onClearFilters: (() => void) | null }) {
  const t = useT();
  const { locale } = useLocale();
  const results = useInfiniteQuery({
    queryKey: searchKeys.results(state),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/search', {
          params: {
            query: {
              q: state.q,
              kind: state.kind ?? undefined,
              community: state.community ?? undefined,
              cursor: pageParam ?? undefined,
              limit: PAGE_SIZE,
            },
          },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500),
  });
  const rows = results.data?.pages.flatMap((p) => p.items) ?? [];

  if (results.isPending) return <Loading />;
  if (results.isError && results.error instanceof ApiError && results.error.status === 404 && onClearFilters) {
    // The community in the URL does not exist, or its content is not for this reader.
    return (
      <FormAlert error={results.error} messageId="search.communityNotFound">
        <SubmitButton type="button" variant="secondary" onPress={onClearFilters}>
          {t('search.everywhere')}
        </SubmitButton>
      </FormAlert>
    );
  }
  if (results.isError) {
    return (
      <FormAlert error={results.error}>
        <SubmitButton type="button" variant="secondary" isPending={results.isFetching} onPress={() => void results.refetch()}>
          {t('common.retry')}
        </SubmitButton>
      </FormAlert>
    );
  }
  if (rows.length === 0) {
    return (
      <div className="card search-empty" role="status">
        <p className="empty">{t('search.empty')}</p>
        <p className="muted">{t('search.emptyHelp')}</p>
        {onClearFilters ? (
          <p>
            <SubmitButton type="button" variant="secondary" onPress={onClearFilters}>
              {t('search.everywhere')}
            </SubmitButton>
          </p>
        ) : null}
      </div>
    );
  }
  const n = formatNumber(rows.length, locale);
  return (
    <>
      <p className="muted small" role="status">
        {results.hasNextPage ? t('search.countMore', { count: rows.length, n }) : t('search.count', { count: rows.length, n })}
      </p>
      <ol className="search-results" aria-label={t('search.results')}>
        {rows.map((r) => (
          <ResultItem key={`${r.kind}:${r.id}`} r={r} />
        ))}
      </ol>
      <LoadMore query={results} />
    </>
  );
}

/** The communities one may narrow the search to: one's own, and the one in the URL. */
function useCommunityOptions(current: string | null) {
  const t = useT();
  const me = useMe();
  const mine = useQuery({
    queryKey: communityKeys.list({ mine: true, limit: '100' }),
    queryFn: () => unwrap(api.GET('/api/communities', { params: { query: { mine: true, limit: 100 } } })),
    enabled: Boolean(me),
  });
  const own = me ? (mine.data?.items ?? []) : [];
  const other = current !== null && !own.some((c) => c.slug === current) ? current : null;
  const otherCommunity = useCommunity(other ?? '');
  const options = [{ id: ALL, label: t('search.filter.allCommunities') }, ...own.map((c) => ({ id: c.slug, label: c.title }))];
  if (other !== null) options.push({ id: other, label: otherCommunity.data?.title ?? other });
  return options;
}

/** `/search?q=…&kind=…&community=…`: one search over communities, discussions, knowledge, documents and contributions. */
export function SearchPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params);
  const [draft, setDraft] = useState(state.q);
  const [tooShort, setTooShort] = useState(false);
  const communityOptions = useCommunityOptions(state.community);
  const kindName = useId();

  // Back and forward move through searches: the field follows the URL.
  useEffect(() => {
    setDraft(state.q);
    setTooShort(false);
  }, [state.q]);

  /** Each change is a step in the history, so the back button returns to the previous search. */
  const go = (next: Partial<SearchState>) => setParams(searchParamsOf({ ...state, ...next }));

  const searching = state.q !== '' && isSearchable(state.q);
  const filtered = state.kind !== null || state.community !== null;
  const kinds: (SearchKind | typeof ALL)[] = [ALL, ...SEARCH_KINDS];

  return (
    <Page title={state.q ? t('search.titleFor', { q: state.q }) : t('search.title')} heading={t('search.title')}>
      <section className="filter-tools search-tools" aria-label={t('search.tools')}>
        <form
          role="search"
          className="form form-inline search-form search-page-form"
          onSubmit={(e) => {
            e.preventDefault();
            const q = draft.trim();
            if (!isSearchable(q)) {
              setTooShort(true);
              return;
            }
            go({ q });
          }}
        >
          <TextInput
            name="q"
            type="search"
            label={t('search.field')}
            value={draft}
            onChange={(v) => {
              setDraft(v.slice(0, MAX_QUERY));
              setTooShort(false);
            }}
            dir={draft ? 'auto' : undefined}
            autoFocus={!state.q}
            error={tooShort ? t('search.needWords') : undefined}
          />
          <SubmitButton>{t('search.submit')}</SubmitButton>
        </form>
        <Hint />
        <div className="filter-row search-filters">
          <fieldset className="search-kinds">
            <legend className="field-label">{t('search.filter.kind')}</legend>
            <div className="search-kind-options">
              {kinds.map((k) => (
                <label key={k} className="search-kind-option">
                  <input
                    type="radio"
                    name={kindName}
                    value={k}
                    checked={(state.kind ?? ALL) === k}
                    onChange={() => go({ kind: k === ALL ? null : k })}
                  />
                  <span>{k === ALL ? t('search.kinds.all') : t(`search.kinds.${k}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {communityOptions.length > 1 ? (
            <SelectField<string>
              name="community"
              label={t('search.filter.community')}
              value={state.community ?? ALL}
              options={communityOptions}
              onChange={(v) => go({ community: v === ALL ? null : v })}
            />
          ) : null}
        </div>
      </section>

      {searching ? (
        <section aria-labelledby="search-results-title">
          <h2 id="search-results-title" className="search-results-title">
            <Msg id="search.resultsFor" values={{ q: <bdi dir="auto">{state.q}</bdi> }} />
          </h2>
          <Results state={state} onClearFilters={filtered ? () => go({ kind: null, community: null }) : null} />
        </section>
      ) : (
        <div className="card search-start">
          <p>{t('search.start')}</p>
        </div>
      )}
    </Page>
  );
}
