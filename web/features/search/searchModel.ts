import { SEARCH_KINDS, type SearchKind } from '../../api/types';

/** What the search page shows, read from its URL (so a search can be shared and the back button works). */
export interface SearchState {
  /** The words as typed (trimmed); '' before the first search. */
  q: string;
  kind: SearchKind | null;
  /** A community's slug, or null for all. */
  community: string | null;
}

/** The longest query the API takes. */
export const MAX_QUERY = 200;

const isKind = (v: string | null): v is SearchKind => v !== null && (SEARCH_KINDS as readonly string[]).includes(v);

export function readSearchState(params: URLSearchParams): SearchState {
  const kind = params.get('kind');
  const community = params.get('community')?.trim() ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
    kind: isKind(kind) ? kind : null,
    community: community !== '' ? community.slice(0, 100) : null,
  };
}

/** The search page's query string for `state` (empty parts left out). */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.q) out.set('q', state.q);
  if (state.kind) out.set('kind', state.kind);
  if (state.community) out.set('community', state.community);
  return out;
}

/** Whether a query has something to search for: at least one letter or digit (the API's rule). */
export const isSearchable = (q: string) => /[\p{L}\p{N}]/u.test(q);

/**
 * A result's path is the app's own (`/knowledge/…`); anything else (another origin, a
 * scheme) is not followed. The server builds these paths, this is a second check.
 */
export const isAppPath = (path: string) => path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');

export const searchKeys = {
  all: ['search'] as const,
  results: (state: SearchState) => ['search', 'results', state.q, state.kind ?? '', state.community ?? ''] as const,
};
