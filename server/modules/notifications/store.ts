import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
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
    .where(cursor ? or(lt(devMails.createdAt, cursor.createdAt), and(eq(devMails.createdAt, cursor.createdAt), lt(devMails.id, cursor.id))) : undefined)
    .orderBy(desc(devMails.createdAt), desc(devMails.id))
    .limit(limit + 1);
}

export async function findDevMail(db: Db, id: string) {
  const [row] = await db.select().from(devMails).where(eq(devMails.id, id));
  return row ?? null;
}
