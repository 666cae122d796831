import { sql } from 'drizzle-orm';
import { customType, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const SEARCH_KINDS = ['community', 'discussion', 'wiki', 'document', 'contribution'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One searchable thing (a community, a post, a knowledge item, a document, a public call
 * contribution), written by its module in the same transaction as the thing itself. The text is
 * kept as typed for snippets; `document` and `titleKey` are built from the normalized search key
 * (server/text/normalize.ts), so Arabic and Persian letter forms, digits and ZWNJ match.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    kind: text('kind').$type<SearchKind>().notNull(),
    /** The id of the thing in its module (post id, knowledge item id…). */
    sourceId: uuid('source_id').notNull(),
    /** Whose readers may see it: a community's (content or listing), or a call's once public. */
    communityId: uuid('community_id'),
    callId: uuid('call_id'),
    title: text('title').notNull(),
    /** A heading shown with the result but not searched (a reply's thread title). */
    context: text('context').notNull().default(''),
    body: text('body').notNull(),
    /** The web path the result opens. */
    path: text('path').notNull(),
    /** The title's search key without spaces, for trigram near matches. */
    titleKey: text('title_key').notNull(),
    document: tsvector('document').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('search_entries_source_key').on(t.kind, t.sourceId),
    index('search_entries_document_idx').using('gin', t.document),
    index('search_entries_title_trgm_idx').using('gin', sql`${t.titleKey} gin_trgm_ops`),
    // Newest first, whole or by kind or community: common words are looked for among recent entries.
    index('search_entries_recent_idx').on(t.updatedAt),
    index('search_entries_kind_recent_idx').on(t.kind, t.updatedAt),
    index('search_entries_community_recent_idx').on(t.communityId, t.updatedAt),
  ],
);
