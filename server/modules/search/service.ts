import type { Ctx } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { invalid, notFound } from '../../http/errors.js';
import { searchKey } from '../../text/normalize.js';
import { markdownToPlain } from '../../text/plain.js';
import type { CallsService } from '../calls/service.js';
import type { CommunitiesService } from '../communities/service.js';
import { highlight, PREFIX_MIN, queryTerms, snippet } from './snippet.js';
import * as store from './store.js';
import type { SearchKind } from './tables.js';

export interface IndexEntry {
  kind: SearchKind;
  sourceId: string;
  /** Readers of this community's content see it… */
  communityId?: string | null;
  /** …or everyone, once this call's contributions are public. */
  callId?: string | null;
  title: string;
  /** Shown with the result, not searched (a reply's thread title). */
  context?: string;
  /** Markdown or plain text. */
  body: string;
  path: string;
  updatedAt: Date;
}

/**
 * Writing to the search index: each module puts its searchable things here inside the
 * transaction that changes them, and removes them when they go. Built before the other services
 * (which use it); the search itself (createSearchService) needs them and comes after.
 */
export function createSearchIndex() {
  return {
    async put(tx: Db, entry: IndexEntry) {
      const body = markdownToPlain(entry.body);
      const titleKey = searchKey(entry.title);
      await store.upsertEntry(tx, {
        kind: entry.kind,
        sourceId: entry.sourceId,
        communityId: entry.communityId ?? null,
        callId: entry.callId ?? null,
        title: entry.title,
        context: entry.context ?? '',
        body,
        path: entry.path,
        titleKey,
        compactTitleKey: compactKey(titleKey),
        bodyKey: searchKey(body),
        updatedAt: entry.updatedAt,
      });
    },
    remove: (tx: Db, kind: SearchKind, sourceId: string) => store.deleteEntry(tx, kind, sourceId),
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;

/**
 * Titles are also compared by trigram word similarity with their spaces taken out, so a word
 * typed without its ZWNJ or space (بهرهوری for بهره‌وری) still finds them (LOCALE.md). Only for
 * queries of some length: a short one would be a substring of too many titles.
 */
const compactKey = (key: string) => key.replaceAll(' ', '');
const NEAR_MATCH_MIN = 5;

/** How deep one may page through results: as far as matches are ranked. */
const MAX_OFFSET = store.RANKED_MATCHES;

/**
 * The tsquery of the terms: all of them; the last one, as it may be still being typed or carry a
 * suffix (کتاب → کتابها), also as a prefix when long enough. Prefixes on every word would make
 * a query of several common words slow. Terms hold only letters and digits.
 */
const toTsquery = (terms: string[]) => terms.map((t, i) => `'${t}'${i === terms.length - 1 && t.length >= PREFIX_MIN ? ':*' : ''}`).join(' & ');

export function createSearchService(deps: { db: Db; communities: CommunitiesService; calls: CallsService }) {
  const { db, communities, calls } = deps;
  return {
    /**
     * One search over communities, discussions, knowledge, documents and public contributions,
     * limited to what the reader may see: the communities whose content they may read (public
     * ones and their own; all for an administrator) and calls whose contributions are public.
     */
    async search(ctx: Ctx, query: { q: string; kind?: SearchKind; community?: string; cursor?: string; limit?: number }) {
      const terms = queryTerms(query.q);
      if (terms.length === 0) throw invalid([{ field: 'q', key: 'validation.required' }]);
      const offset = query.cursor === undefined ? 0 : Number(query.cursor);
      if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw invalid([{ field: 'cursor', key: 'validation.invalid' }]);
      let communityId: string | null = null;
      if (query.community) {
        const access = await communities.accessBySlug(ctx.actor, query.community);
        if (!access?.canRead) throw notFound();
        communityId = access.community.id;
      }
      const limit = query.limit ?? 20;
      const rows = await store.search(db, {
        tsquery: toTsquery(terms),
        nearKey: compactKey(terms.join('')).length >= NEAR_MATCH_MIN ? terms.join('') : null,
        kind: query.kind ?? null,
        communityId,
        communities: await communities.readableIds(ctx.actor),
        calls: await calls.publicCallIds(),
        offset,
        limit,
      });
      const names = await communities.titlesByIds([...new Set(rows.flatMap((r) => (r.community_id ? [r.community_id] : [])))]);
      return {
        items: rows.slice(0, limit).map((r) => ({
          kind: r.kind,
          id: r.source_id,
          title: highlight(r.title, terms),
          context: r.context,
          snippet: snippet(r.body, terms),
          path: r.path,
          community: r.community_id ? (names.get(r.community_id) ?? null) : null,
          updatedAt: r.updated_at.toISOString(),
        })),
        nextCursor: rows.length > limit && offset + limit <= MAX_OFFSET ? String(offset + limit) : null,
      };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
