import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { searchEntries, type SearchKind } from './tables.js';

export interface EntryInput {
  kind: SearchKind;
  sourceId: string;
  communityId: string | null;
  callId: string | null;
  title: string;
  context: string;
  body: string;
  path: string;
  titleKey: string;
  compactTitleKey: string;
  bodyKey: string;
  updatedAt: Date;
}

/** The title's words weigh more than the body's (A over B) in the ranking. */
const documentOf = (e: EntryInput) => sql`setweight(to_tsvector('simple', ${e.titleKey}), 'A') || setweight(to_tsvector('simple', ${e.bodyKey}), 'B')`;

export async function upsertEntry(db: Db, e: EntryInput) {
  const values = {
    kind: e.kind,
    sourceId: e.sourceId,
    communityId: e.communityId,
    callId: e.callId,
    title: e.title,
    context: e.context,
    body: e.body,
    path: e.path,
    titleKey: e.compactTitleKey,
    document: documentOf(e),
    updatedAt: e.updatedAt,
  };
  const { kind: _kind, sourceId: _source, ...changes } = values;
  await db
    .insert(searchEntries)
    .values(values as unknown as typeof searchEntries.$inferInsert)
    .onConflictDoUpdate({ target: [searchEntries.kind, searchEntries.sourceId], set: changes });
}

export async function deleteEntry(db: Db, kind: SearchKind, sourceId: string) {
  await db.delete(searchEntries).where(and(eq(searchEntries.kind, kind), eq(searchEntries.sourceId, sourceId)));
}

type SearchRow = {
  kind: SearchKind;
  source_id: string;
  community_id: string | null;
  call_id: string | null;
  title: string;
  context: string;
  body: string;
  path: string;
  updated_at: string | Date;
};

export interface SearchFilter {
  tsquery: string;
  /** The query without spaces for near matches of titles; null: full-text only. */
  nearKey: string | null;
  kind: SearchKind | null;
  communityId: string | null;
  /** Communities whose content may be read; null: all (an administrator). */
  communities: string[] | null;
  /** Calls whose contributions are public. */
  calls: string[];
  offset: number;
  limit: number;
}

/** At most this many matches are ranked. */
export const RANKED_MATCHES = 200;
/** Common words are looked for among this many newest entries the reader may see… */
const RECENT_WINDOW = 2000;
/** …and when fewer than this many of them match, the words are rare enough to ask the full-text index. */
const ENOUGH_RECENT = 20;
const NEAR_MATCHES = 50;

/**
 * Full-text matches of the normalized query, plus titles that are near matches by trigram word
 * similarity (a word typed without its ZWNJ) when exact matches are few, best first, among what
 * the reader may see.
 *
 * For a word found in a good share of a million posts, the GIN index would first collect every
 * match (hundreds of thousands) and the ranking would read them all. So matches are first looked
 * for among the newest entries (a backward scan of an updated_at index, over rows that sit
 * together at the end of the table); only when those hold few matches — rarer words, whose
 * posting lists are short — does the full-text index look through everything. Either way at most
 * RANKED_MATCHES are ranked. (Measured with bench/search.ts; see docs/search.md.)
 */
export async function search(db: Db, f: SearchFilter) {
  const e = searchEntries;
  const allowed = sql`(${f.communities === null ? sql`${e.communityId} is not null` : sql`${e.communityId} = any(${sql.param(f.communities)}::uuid[])`} or ${e.callId} = any(${sql.param(f.calls)}::uuid[]))
    ${f.kind ? sql`and ${e.kind} = ${f.kind}` : sql``}
    ${f.communityId ? sql`and ${e.communityId} = ${f.communityId}` : sql``}`;
  const near = f.nearKey
    ? sql`union all (select ${e.id} from ${e} where (select count(*) from found) < ${ENOUGH_RECENT} and ${f.nearKey} <% ${e.titleKey} and ${allowed} limit ${NEAR_MATCHES})`
    : sql``;
  // Both drivers (node-postgres, PGlite) answer raw SQL with { rows }.
  const result: unknown = await db.execute(sql`
    with q as (select to_tsquery('simple', ${f.tsquery}) as q),
    recent as (
      select w.id from (select ${e.id}, ${e.document} from ${e} where ${allowed} order by ${e.updatedAt} desc limit ${RECENT_WINDOW}) as w, q
      where w.document @@ q.q limit ${RANKED_MATCHES}
    ),
    found as (
      select id from recent
      union all
      select ${e.id} from ${e}, q where (select count(*) from recent) < ${ENOUGH_RECENT} and ${e.document} @@ q.q and ${allowed} limit ${RANKED_MATCHES}
    ),
    matches as (select id from found ${near})
    select ${e.kind}, ${e.sourceId}, ${e.communityId}, ${e.callId}, ${e.title}, ${e.context}, ${e.body}, ${e.path}, ${e.updatedAt},
      ts_rank(${e.document}, q.q) ${f.nearKey ? sql`+ word_similarity(${f.nearKey}, ${e.titleKey})` : sql``} as score
    from ${e} join (select distinct id from matches) as m using (id), q
    order by score desc, ${e.updatedAt} desc, ${e.id}
    limit ${f.limit + 1} offset ${f.offset}`);
  return (result as { rows: SearchRow[] }).rows.map((r) => ({ ...r, updated_at: new Date(r.updated_at) }));
}
