import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { communities } from '../communities/tables.js';

export const REPORT_STATES = ['open', 'resolved'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** A discussion thread of a community; its opening text is its post number 1. */
export const discussionThreads = pgTable(
  'discussion_threads',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    pinned: boolean('pinned').notNull().default(false),
    locked: boolean('locked').notNull().default(false),
    /** Posts so far, tombstones included: the next post's number is postCount + 1. */
    postCount: integer('post_count').notNull().default(0),
    lastPostAt: timestamp('last_post_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('discussion_threads_list_idx').on(t.communityId, t.pinned, t.lastPostAt)],
);

/** A post: numbered from 1 in its thread; deleting keeps the row as a tombstone for moderation. */
export const discussionPosts = pgTable(
  'discussion_posts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => discussionThreads.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    /** The post this one quotes (flat replies with a quote). */
    quotePostId: uuid('quote_post_id').references((): AnyPgColumn => discussionPosts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id),
  },
  (t) => [uniqueIndex('discussion_posts_thread_number_key').on(t.threadId, t.number)],
);

/** The earlier texts of an edited post, newest last. */
export const discussionPostRevisions = pgTable(
  'discussion_post_revisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    postId: uuid('post_id')
      .notNull()
      .references(() => discussionPosts.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** When this text was replaced. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('discussion_post_revisions_post_idx').on(t.postId, t.replacedAt)],
);

/** Who follows a thread (mailed about new posts). */
export const discussionFollows = pgTable(
  'discussion_follows',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => discussionThreads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index('discussion_follows_user_idx').on(t.userId)],
);

/** How far each reader has read a thread: posts numbered above it are unread. */
export const discussionReads = pgTable(
  'discussion_reads',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => discussionThreads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lastReadNumber: integer('last_read_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] })],
);

/** A post reported to the community's facilitators. */
export const discussionReports = pgTable(
  'discussion_reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    postId: uuid('post_id')
      .notNull()
      .references(() => discussionPosts.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    state: text('state').$type<ReportState>().notNull().default('open'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('discussion_reports_post_idx').on(t.postId), uniqueIndex('discussion_reports_once_key').on(t.postId, t.reporterId)],
);
