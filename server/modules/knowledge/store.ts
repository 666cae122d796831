import { and, asc, avg, count, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { knowledgeItems, knowledgeRatings, knowledgeRevisions } from './tables.js';

export type ItemRow = typeof knowledgeItems.$inferSelect;
export type RevisionRow = typeof knowledgeRevisions.$inferSelect;

export async function insertItem(db: Db, row: typeof knowledgeItems.$inferInsert) {
  const [created] = await db.insert(knowledgeItems).values(row).returning();
  return created!;
}

export async function findItem(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(knowledgeItems).where(eq(knowledgeItems.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateItem(db: Db, id: string, changes: Partial<typeof knowledgeItems.$inferInsert>) {
  await db.update(knowledgeItems).set(changes).where(eq(knowledgeItems.id, id));
}

export async function insertRevision(db: Db, row: Omit<typeof knowledgeRevisions.$inferInsert, 'number'>) {
  const [last] = await db.select({ n: max(knowledgeRevisions.number) }).from(knowledgeRevisions).where(eq(knowledgeRevisions.itemId, row.itemId));
  const [created] = await db
    .insert(knowledgeRevisions)
    .values({ ...row, number: (last?.n ?? 0) + 1 })
    .returning();
  return created!;
}

/** The revision list (without the texts, which may be long). */
export async function revisionsOf(db: Db, itemId: string) {
  return db
    .select({ number: knowledgeRevisions.number, title: knowledgeRevisions.title, note: knowledgeRevisions.note, authorId: knowledgeRevisions.authorId, createdAt: knowledgeRevisions.createdAt })
    .from(knowledgeRevisions)
    .where(eq(knowledgeRevisions.itemId, itemId))
    .orderBy(asc(knowledgeRevisions.number));
}

export async function findRevision(db: Db, itemId: string, number: number) {
  const [row] = await db
    .select()
    .from(knowledgeRevisions)
    .where(and(eq(knowledgeRevisions.itemId, itemId), eq(knowledgeRevisions.number, number)));
  return row ?? null;
}

/** Every item of a community without its text: enough for the tree, the filters and parent checks. */
export async function outlineOf(db: Db, communityId: string) {
  return db
    .select({
      id: knowledgeItems.id,
      parentId: knowledgeItems.parentId,
      kind: knowledgeItems.kind,
      title: knowledgeItems.title,
      tags: knowledgeItems.tags,
      revision: knowledgeItems.revision,
      updatedAt: knowledgeItems.updatedAt,
    })
    .from(knowledgeItems)
    .where(eq(knowledgeItems.communityId, communityId));
}
export type OutlineRow = Awaited<ReturnType<typeof outlineOf>>[number];

/** Average stars and number of ratings of each item that has any. */
export async function ratingSummaries(db: Db, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, { average: number; count: number }>();
  const rows = await db
    .select({ itemId: knowledgeRatings.itemId, average: avg(knowledgeRatings.stars), count: count() })
    .from(knowledgeRatings)
    .where(inArray(knowledgeRatings.itemId, itemIds))
    .groupBy(knowledgeRatings.itemId);
  return new Map(rows.map((r) => [r.itemId, { average: Number(r.average), count: Number(r.count) }]));
}

/** Every rated item of a community, for the list (one grouped query, not one per item). */
export async function communityRatingSummaries(db: Db, communityId: string) {
  const rows = await db
    .select({ itemId: knowledgeRatings.itemId, average: avg(knowledgeRatings.stars), count: count() })
    .from(knowledgeRatings)
    .innerJoin(knowledgeItems, eq(knowledgeItems.id, knowledgeRatings.itemId))
    .where(eq(knowledgeItems.communityId, communityId))
    .groupBy(knowledgeRatings.itemId);
  return new Map(rows.map((r) => [r.itemId, { average: Number(r.average), count: Number(r.count) }]));
}

export async function findRating(db: Db, itemId: string, userId: string) {
  const [row] = await db
    .select()
    .from(knowledgeRatings)
    .where(and(eq(knowledgeRatings.itemId, itemId), eq(knowledgeRatings.userId, userId)));
  return row ?? null;
}

/** One rating per member and item; rating again replaces it. */
export async function upsertRating(db: Db, row: typeof knowledgeRatings.$inferInsert) {
  await db
    .insert(knowledgeRatings)
    .values(row)
    .onConflictDoUpdate({ target: [knowledgeRatings.itemId, knowledgeRatings.userId], set: { stars: sql`excluded.stars`, updatedAt: sql`excluded.updated_at` } });
}
