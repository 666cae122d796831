import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { olderThan } from '../../db/keyset.js';
import { escapeLike } from '../../db/like.js';
import type { Cursor } from '../../http/pagination.js';
import { libraryDocuments, libraryVersions } from './tables.js';

export type DocumentRow = typeof libraryDocuments.$inferSelect;
export type VersionRow = typeof libraryVersions.$inferSelect;

const lock = <T>(query: { for: (s: 'update') => T } & T, forUpdate?: boolean): T => (forUpdate ? query.for('update') : query);

export async function insertDocument(db: Db, row: typeof libraryDocuments.$inferInsert) {
  const [created] = await db.insert(libraryDocuments).values(row).returning();
  return created!;
}

export async function findDocument(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await lock(db.select().from(libraryDocuments).where(eq(libraryDocuments.id, id)), options.forUpdate);
  return row ?? null;
}

export async function updateDocument(db: Db, id: string, changes: Partial<typeof libraryDocuments.$inferInsert>) {
  const [row] = await db.update(libraryDocuments).set(changes).where(eq(libraryDocuments.id, id)).returning();
  return row!;
}

/** Deletes the document and (by cascade) its versions. */
export async function deleteDocument(db: Db, id: string) {
  await db.delete(libraryDocuments).where(eq(libraryDocuments.id, id));
}

export async function insertVersion(db: Db, row: typeof libraryVersions.$inferInsert) {
  const [created] = await db.insert(libraryVersions).values(row).returning();
  return created!;
}

export async function versionsOf(db: Db, documentId: string) {
  return db.select().from(libraryVersions).where(eq(libraryVersions.documentId, documentId)).orderBy(asc(libraryVersions.number));
}

export async function findVersion(db: Db, documentId: string, number: number) {
  const [row] = await db
    .select()
    .from(libraryVersions)
    .where(and(eq(libraryVersions.documentId, documentId), eq(libraryVersions.number, number)));
  return row ?? null;
}

/** The current version of each of these documents. */
export async function currentVersions(db: Db, documentIds: string[]) {
  if (documentIds.length === 0) return [];
  return db
    .select({ version: libraryVersions })
    .from(libraryVersions)
    .innerJoin(libraryDocuments, and(eq(libraryDocuments.id, libraryVersions.documentId), eq(libraryDocuments.currentVersion, libraryVersions.number)))
    .where(inArray(libraryVersions.documentId, documentIds))
    .then((rows) => rows.map((r) => r.version));
}

/**
 * A community's documents, most recently changed first (keyset over updated_at, id), limit+1
 * rows; `terms` (search keys) must each appear in the title or the description.
 */
export async function listDocuments(db: Db, f: { communityId: string; cursor: Cursor | null; terms: string[]; limit: number }) {
  return db
    .select()
    .from(libraryDocuments)
    .where(
      and(
        eq(libraryDocuments.communityId, f.communityId),
        // The cursor's time is the last row's updated_at here.
        olderThan(f.cursor, libraryDocuments.updatedAt, libraryDocuments.id),
        ...f.terms.map((term) => sql`${libraryDocuments.searchKey} like ${`%${escapeLike(term)}%`}`),
      ),
    )
    .orderBy(desc(libraryDocuments.updatedAt), desc(libraryDocuments.id))
    .limit(f.limit + 1);
}
