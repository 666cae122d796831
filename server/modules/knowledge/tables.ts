import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { communities } from '../communities/tables.js';

/** Knowledge kinds of capability 8; meeting minutes arrive here when they are published. */
export const KNOWLEDGE_KINDS = ['page', 'case_study', 'lesson_learned', 'best_practice', 'meeting_minutes'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** A community's knowledge item; its text is the latest revision's. */
export const knowledgeItems = pgTable(
  'knowledge_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<KnowledgeKind>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    /** Where it came from, e.g. the meeting whose minutes these are. */
    sourceMeetingId: uuid('source_meeting_id'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('knowledge_items_community_idx').on(t.communityId, t.kind, t.updatedAt)],
);

/** Every saved version of an item, numbered from 1; never changed or removed. */
export const knowledgeRevisions = pgTable(
  'knowledge_revisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    itemId: uuid('item_id')
      .notNull()
      .references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    note: text('note').notNull().default(''),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('knowledge_revisions_item_number_key').on(t.itemId, t.number)],
);
