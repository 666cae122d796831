import { asc, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { knowledgeItems, knowledgeRevisions } from './tables.js';

export type ItemRow = typeof knowledgeItems.$inferSelect;

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

export async function revisionsOf(db: Db, itemId: string) {
  return db.select().from(knowledgeRevisions).where(eq(knowledgeRevisions.itemId, itemId)).orderBy(asc(knowledgeRevisions.number));
}
