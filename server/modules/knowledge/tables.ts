import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
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
    /** The page it sits under (hierarchical titles: «راهنما / عضویت»); null at the top. */
    parentId: uuid('parent_id').references((): AnyPgColumn => knowledgeItems.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    /** Where it came from, e.g. the meeting whose minutes these are. */
    sourceMeetingId: uuid('source_meeting_id'),
    /** The latest revision's number: an edit based on an older one is a conflict. */
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('knowledge_items_community_idx').on(t.communityId, t.kind, t.updatedAt), index('knowledge_items_parent_idx').on(t.parentId)],
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

/** A member's rating of an item's usefulness, 1 to 5; one per member, changeable. */
export const knowledgeRatings = pgTable(
  'knowledge_ratings',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    stars: integer('stars').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.userId] })],
);
