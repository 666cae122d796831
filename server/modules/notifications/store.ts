import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { olderThan } from '../../db/keyset.js';
import type { Cursor } from '../../http/pagination.js';
import { devMails } from './tables.js';

export type DevMailRow = typeof devMails.$inferSelect;

export async function insertDevMail(db: Db, mail: Omit<DevMailRow, 'id'>) {
  await db.insert(devMails).values(mail);
}

export async function listDevMails(db: Db, cursor: Cursor | null, limit: number) {
  return db
    .select()
    .from(devMails)
    .where(olderThan(cursor, devMails.createdAt, devMails.id))
    .orderBy(desc(devMails.createdAt), desc(devMails.id))
    .limit(limit + 1);
}

export async function findDevMail(db: Db, id: string) {
  const [row] = await db.select().from(devMails).where(eq(devMails.id, id));
  return row ?? null;
}
