import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { rateLimits } from './tables.js';

/** Counts one hit in the key's window and returns the new count (atomic across processes). */
export async function hit(db: Db, key: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  return row?.count ?? 1;
}

export async function deleteWindowsBefore(db: Db, before: Date) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, before));
}
