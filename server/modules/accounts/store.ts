import { and, asc, count, desc, eq, gt, ilike, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { olderThan } from '../../db/keyset.js';
import type { Cursor } from '../../http/pagination.js';
import { accountTokens, sessions, users } from './tables.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  return row!;
}

export async function findUserById(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findUsersByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, [...new Set(ids)]));
}

/** Only the names of these users, for pages that show many people at once. */
export async function findNamesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set(ids)]));
}

/** Verified accounts whose search key contains `key`, by name; for the people picker. */
export async function searchVerifiedUsers(db: Db, key: string, limit: number) {
  return db
    .select()
    .from(users)
    .where(and(ilike(users.searchKey, `%${key.replace(/[\\%_]/g, (c) => '\\' + c)}%`), isNotNull(users.emailVerifiedAt)))
    .orderBy(asc(users.name))
    .limit(limit);
}

export async function findUserByEmailKey(db: Db, emailKey: string) {
  const [row] = await db.select().from(users).where(eq(users.emailKey, emailKey));
  return row ?? null;
}

export async function updateUser(db: Db, id: string, changes: Partial<NewUser>): Promise<UserRow> {
  const [row] = await db.update(users).set(changes).where(eq(users.id, id)).returning();
  return row!;
}

export async function countUsers(db: Db) {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function findAdmins(db: Db) {
  return db.select().from(users).where(eq(users.role, 'admin'));
}

/** Counts admins and locks their rows, so two admins cannot demote each other at once. */
export async function lockAdmins(db: Db) {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).for('update');
  return rows.length;
}

/** Newest first; `key` is a normalized search key matched anywhere in name or email. */
export async function listUsers(db: Db, key: string, cursor: Cursor | null, limit: number) {
  const escaped = key.replace(/[\\%_]/g, (c) => '\\' + c);
  return db
    .select()
    .from(users)
    .where(
      and(
        key ? ilike(users.searchKey, `%${escaped}%`) : undefined,
        olderThan(cursor, users.createdAt, users.id),
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(limit + 1);
}

export async function insertSession(db: Db, session: SessionRow) {
  await db.insert(sessions).values(session);
}

/** A live session with its user, or null when unknown or expired. */
export async function findLiveSession(db: Db, id: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row ?? null;
}

export async function touchSession(db: Db, id: string, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Signs a user out everywhere, except the session given (the one changing the password). */
export async function deleteUserSessions(db: Db, userId: string, exceptId: string | null = null) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), exceptId ? ne(sessions.id, exceptId) : undefined));
}

export async function insertAccountToken(db: Db, token: typeof accountTokens.$inferInsert) {
  await db.insert(accountTokens).values(token);
}

/** Locks the token row so that two concurrent uses cannot both succeed. */
export async function findAccountTokenForUpdate(db: Db, id: string, purpose: 'verify_email' | 'reset_password') {
  const [row] = await db
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.id, id), eq(accountTokens.purpose, purpose)))
    .for('update');
  return row ?? null;
}

/** Marks every unused token of this purpose used: one link works once, older links stop working. */
export async function useAccountTokens(db: Db, userId: string, purpose: 'verify_email' | 'reset_password', now: Date) {
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}

