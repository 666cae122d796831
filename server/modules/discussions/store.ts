import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { discussionFollows, discussionPostRevisions, discussionPosts, discussionReads, discussionReports, discussionThreads, type ReportState } from './tables.js';

export type ThreadRow = typeof discussionThreads.$inferSelect;
export type PostRow = typeof discussionPosts.$inferSelect;
export type ReportRow = typeof discussionReports.$inferSelect;

const lock = <T>(query: { for: (s: 'update') => T } & T, forUpdate?: boolean): T => (forUpdate ? query.for('update') : query);

// ---- Threads ----

export async function insertThread(db: Db, row: typeof discussionThreads.$inferInsert) {
  const [created] = await db.insert(discussionThreads).values(row).returning();
  return created!;
}

export async function findThread(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await lock(db.select().from(discussionThreads).where(eq(discussionThreads.id, id)), options.forUpdate);
  return row ?? null;
}

export interface QuoteRow {
  id: string;
  number: number;
  authorId: string;
  body: string;
  deletedAt: Date | null;
}

interface PageRow {
  id: string;
  community_id: string;
  title: string;
  author_id: string;
  pinned: boolean;
  locked: boolean;
  post_count: number;
  last_post_at: string | Date;
  created_at: string | Date;
  last_read_number: number | null;
  following: boolean;
  posts: {
    id: string;
    number: number;
    author_id: string;
    body: string;
    quote_post_id: string | null;
    created_at: string;
    edited_at: string | null;
    deleted_at: string | null;
    deleted_by: string | null;
    q_number: number | null;
    q_author_id: string | null;
    q_body: string | null;
    q_deleted_at: string | null;
  }[];
}
const date = (v: string | Date) => new Date(v);
const dateOrNull = (v: string | null) => (v === null ? null : new Date(v));

/**
 * The thread page in one round trip: the thread with the reader's place and follow, and its posts
 * numbered from `from` (fewer than `limit`, one range scan of the (thread_id, number) index:
 * numbers have no gaps, so a range is a page), each with the start of the post it quotes. Raw SQL
 * with the page as one JSON value: the hottest read of the app, without per-column mapping.
 * Null: no such thread.
 */
export async function threadPage(db: Db, id: string, userId: string | null, from: number, limit: number) {
  const result: unknown = await db.execute(sql`
    select t.id, t.community_id, t.title, t.author_id, t.pinned, t.locked, t.post_count, t.last_post_at, t.created_at,
      r.last_read_number, (f.user_id is not null) as following,
      (select coalesce(json_agg(x order by x.number), '[]'::json) from (
        select p.id, p.number, p.author_id, p.body, p.quote_post_id, p.created_at, p.edited_at, p.deleted_at, p.deleted_by,
          q.number as q_number, q.author_id as q_author_id, left(q.body, 1000) as q_body, q.deleted_at as q_deleted_at
        from ${discussionPosts} p left join ${discussionPosts} q on q.id = p.quote_post_id
        where p.thread_id = t.id and p.number >= ${from} and p.number < ${from + limit}
      ) x) as posts
    from ${discussionThreads} t
    left join ${discussionReads} r on r.thread_id = t.id and r.user_id = ${userId}
    left join ${discussionFollows} f on f.thread_id = t.id and f.user_id = ${userId}
    where t.id = ${id}`);
  // Both drivers (node-postgres, PGlite) answer raw SQL with { rows }.
  const row = (result as { rows: PageRow[] }).rows[0];
  if (!row) return null;
  const thread: ThreadRow = {
    id: row.id,
    communityId: row.community_id,
    title: row.title,
    authorId: row.author_id,
    pinned: row.pinned,
    locked: row.locked,
    postCount: Number(row.post_count),
    lastPostAt: date(row.last_post_at),
    createdAt: date(row.created_at),
  };
  const posts: PostRow[] = [];
  const quotes: QuoteRow[] = [];
  for (const p of row.posts) {
    posts.push({
      id: p.id,
      threadId: row.id,
      number: p.number,
      authorId: p.author_id,
      body: p.body,
      quotePostId: p.quote_post_id,
      createdAt: date(p.created_at),
      editedAt: dateOrNull(p.edited_at),
      deletedAt: dateOrNull(p.deleted_at),
      deletedBy: p.deleted_by,
    });
    if (p.quote_post_id && p.q_number !== null) {
      quotes.push({ id: p.quote_post_id, number: p.q_number, authorId: p.q_author_id!, body: p.q_body ?? '', deletedAt: dateOrNull(p.q_deleted_at) });
    }
  }
  return { thread, lastReadNumber: row.last_read_number === null ? null : Number(row.last_read_number), following: Boolean(row.following), posts, quotes };
}

export async function updateThread(db: Db, id: string, changes: Partial<typeof discussionThreads.$inferInsert>) {
  await db.update(discussionThreads).set(changes).where(eq(discussionThreads.id, id));
}

export interface ListCursor {
  pinned: boolean;
  lastPostAt: Date;
  id: string;
}

/**
 * A page of a community's threads, pinned first, then the most recently active (keyset over
 * (pinned, last_post_at, id), all descending), with per reader facts and the counts the list shows.
 */
export async function listThreads(db: Db, query: { communityId: string; userId: string | null; after: ListCursor | null; limit: number }) {
  const t = discussionThreads;
  const userId = query.userId;
  return db
    .select({
      thread: t,
      lastReadNumber: userId ? discussionReads.lastReadNumber : sql<number | null>`null::int`,
      following: userId ? sql<boolean>`${discussionFollows.userId} is not null` : sql<boolean>`false`,
      deletedReplies: sql<number>`(select count(*)::int from ${discussionPosts} p where p.thread_id = ${t.id} and p.number > 1 and p.deleted_at is not null)`,
      lastPosterId: sql<
        string | null
      >`(select p.author_id from ${discussionPosts} p where p.thread_id = ${t.id} and p.deleted_at is null order by p.number desc limit 1)`,
    })
    .from(t)
    .leftJoin(discussionReads, and(eq(discussionReads.threadId, t.id), userId ? eq(discussionReads.userId, userId) : sql`false`))
    .leftJoin(discussionFollows, and(eq(discussionFollows.threadId, t.id), userId ? eq(discussionFollows.userId, userId) : sql`false`))
    .where(
      and(
        eq(t.communityId, query.communityId),
        query.after ? sql`(${t.pinned}, ${t.lastPostAt}, ${t.id}) < (${query.after.pinned}, ${query.after.lastPostAt.toISOString()}::timestamptz, ${query.after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(t.pinned), desc(t.lastPostAt), desc(t.id))
    .limit(query.limit + 1);
}

// ---- Posts ----

/** Adds the thread's next post; the caller holds the thread's row lock. */
export async function insertPost(db: Db, thread: { id: string; postCount: number }, row: Omit<typeof discussionPosts.$inferInsert, 'threadId' | 'number'>) {
  const number = thread.postCount + 1;
  const [created] = await db
    .insert(discussionPosts)
    .values({ ...row, threadId: thread.id, number })
    .returning();
  await db.update(discussionThreads).set({ postCount: number, lastPostAt: row.createdAt }).where(eq(discussionThreads.id, thread.id));
  return created!;
}

export async function findPost(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await lock(db.select().from(discussionPosts).where(eq(discussionPosts.id, id)), options.forUpdate);
  return row ?? null;
}

/** The posts quoted by a page of posts, in one query. */
export async function postsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: discussionPosts.id, threadId: discussionPosts.threadId, number: discussionPosts.number, authorId: discussionPosts.authorId, body: discussionPosts.body, deletedAt: discussionPosts.deletedAt })
    .from(discussionPosts)
    .where(inArray(discussionPosts.id, ids));
}

/** The visible posts of a thread (to re-index them when its title changes). */
export async function visiblePosts(db: Db, threadId: string) {
  return db
    .select()
    .from(discussionPosts)
    .where(and(eq(discussionPosts.threadId, threadId), isNull(discussionPosts.deletedAt)))
    .orderBy(asc(discussionPosts.number));
}

export async function updatePost(db: Db, id: string, changes: Partial<typeof discussionPosts.$inferInsert>) {
  const [row] = await db.update(discussionPosts).set(changes).where(eq(discussionPosts.id, id)).returning();
  return row!;
}

export async function insertRevision(db: Db, row: typeof discussionPostRevisions.$inferInsert) {
  await db.insert(discussionPostRevisions).values(row);
}

export async function revisionsOf(db: Db, postId: string) {
  return db
    .select({ body: discussionPostRevisions.body, replacedAt: discussionPostRevisions.replacedAt })
    .from(discussionPostRevisions)
    .where(eq(discussionPostRevisions.postId, postId))
    .orderBy(asc(discussionPostRevisions.replacedAt));
}

// ---- Following and reading ----

export async function follow(db: Db, threadId: string, userId: string) {
  await db.insert(discussionFollows).values({ threadId, userId }).onConflictDoNothing();
}

export async function unfollow(db: Db, threadId: string, userId: string) {
  await db.delete(discussionFollows).where(and(eq(discussionFollows.threadId, threadId), eq(discussionFollows.userId, userId)));
}

export async function followersOf(db: Db, threadId: string) {
  const rows = await db.select({ userId: discussionFollows.userId }).from(discussionFollows).where(eq(discussionFollows.threadId, threadId));
  return rows.map((r) => r.userId);
}

/** The reader's place becomes the greater of the stored one and `number`: it never moves back. */
export async function markRead(db: Db, threadId: string, userId: string, number: number) {
  await db
    .insert(discussionReads)
    .values({ threadId, userId, lastReadNumber: number })
    .onConflictDoUpdate({
      target: [discussionReads.userId, discussionReads.threadId],
      set: { lastReadNumber: sql`greatest(${discussionReads.lastReadNumber}, excluded.last_read_number)` },
    });
}

// ---- Reports ----

export async function insertReport(db: Db, row: typeof discussionReports.$inferInsert) {
  const [created] = await db.insert(discussionReports).values(row).returning();
  return created!;
}

export async function findReport(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await lock(
    db
      .select({ report: discussionReports, communityId: discussionThreads.communityId })
      .from(discussionReports)
      .innerJoin(discussionPosts, eq(discussionPosts.id, discussionReports.postId))
      .innerJoin(discussionThreads, eq(discussionThreads.id, discussionPosts.threadId))
      .where(eq(discussionReports.id, id)),
    options.forUpdate,
  );
  return row ?? null;
}

export async function updateReport(db: Db, id: string, changes: Partial<typeof discussionReports.$inferInsert>) {
  await db.update(discussionReports).set(changes).where(eq(discussionReports.id, id));
}

/** A community's reports in one state, newest first, with the post and thread they are about. */
export async function reportsOf(db: Db, communityId: string, state: ReportState) {
  return db
    .select({ report: discussionReports, post: discussionPosts, threadTitle: discussionThreads.title })
    .from(discussionReports)
    .innerJoin(discussionPosts, eq(discussionPosts.id, discussionReports.postId))
    .innerJoin(discussionThreads, eq(discussionThreads.id, discussionPosts.threadId))
    .where(and(eq(discussionThreads.communityId, communityId), eq(discussionReports.state, state)))
    .orderBy(desc(discussionReports.createdAt), desc(discussionReports.id))
    .limit(500);
}
