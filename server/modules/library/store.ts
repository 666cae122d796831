import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { libraryDocuments, libraryVersions } from './tables.js';

export type DocumentRow = typeof libraryDocuments.$inferSelect;
export type VersionRow = typeof libraryVersions.$inferSelect;

const lock = <T>(query: { for: (s: 'update') => T } & T, forUpdate?: boolean): T => (forUpdate ? query.for('update') : query);
const escapeLike = (key: string) => key.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * The search key of a column in SQL, the same folds as server/text/normalize.ts searchKey for
 * what people type (Arabic ي ى ئ ك ة ۀ and hamza forms, Persian/Arabic digits, ZWNJ and bidi
 * marks, tatweel and harakat), so a filter typed on either keyboard matches.
 */
const FOLD_FROM =
  '\u064A\u0649\u0626\u0643\u06C0\u0629\u0623\u0625\u0622\u0671\u0624' +
  '\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669' +
  '\u200C\u200D\u200E\u200F\u061C\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069' +
  // removed: hamza, tatweel, harakat (U+064B–U+065F), superscript alef
  '\u0621\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065A\u065B\u065C\u065D\u065E\u065F\u0670';
const FOLD_TO = '\u06CC\u06CC\u06CC\u06A9\u0647\u0647\u0627\u0627\u0627\u0627\u0648' + '01234567890123456789' + ' '.repeat(15);
const keyOf = (column: SQL | typeof libraryDocuments.title) => sql`lower(translate(normalize(${column}, NFKC), ${FOLD_FROM}, ${FOLD_TO}))`;

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
export async function listDocuments(db: Db, f: { communityId: string; after: { at: Date; id: string } | null; terms: string[]; limit: number }) {
  const text = keyOf(sql`${libraryDocuments.title} || ' ' || ${libraryDocuments.description}`);
  return db
    .select()
    .from(libraryDocuments)
    .where(
      and(
        eq(libraryDocuments.communityId, f.communityId),
        f.after ? or(lt(libraryDocuments.updatedAt, f.after.at), and(eq(libraryDocuments.updatedAt, f.after.at), lt(libraryDocuments.id, f.after.id))) : undefined,
        ...f.terms.map((term) => sql`${text} like ${`%${escapeLike(term)}%`}`),
      ),
    )
    .orderBy(desc(libraryDocuments.updatedAt), desc(libraryDocuments.id))
    .limit(f.limit + 1);
}
