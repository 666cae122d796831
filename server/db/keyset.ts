import { and, eq, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Cursor } from '../http/pagination.js';

/** Rows after the cursor in (created_at, id) descending order: the next page of a keyset list. */
export function olderThan(cursor: Cursor | null, createdAt: PgColumn, id: PgColumn): SQL | undefined {
  if (!cursor) return undefined;
  return or(lt(createdAt, cursor.createdAt), and(eq(createdAt, cursor.createdAt), lt(id, cursor.id)));
}
