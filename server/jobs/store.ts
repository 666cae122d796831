import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { jobs } from './tables.js';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(tx: Db, job: { kind: string; payload: Record<string, unknown>; runAt: Date; createdAt: Date; maxAttempts?: number }) {
  await tx.insert(jobs).values({ ...job, maxAttempts: job.maxAttempts ?? 12 });
}

/**
 * Claims up to `limit` due jobs for `lockMs`: other runners skip locked rows, and a runner
 * that dies leaves its jobs to be claimed again once the lock expires.
 */
export async function claimDueJobs(db: Db, now: Date, limit: number, lockMs: number): Promise<JobRow[]> {
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(isNull(jobs.doneAt), isNull(jobs.failedAt), lte(jobs.runAt, now), or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now))))
    .orderBy(asc(jobs.runAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({ lockedUntil: new Date(now.getTime() + lockMs), attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, due))
    .returning();
}

export async function markJobDone(db: Db, id: number, now: Date) {
  await db.update(jobs).set({ doneAt: now, lockedUntil: null, lastError: null }).where(eq(jobs.id, id));
}

export async function rescheduleJob(db: Db, id: number, runAt: Date, error: string) {
  await db.update(jobs).set({ runAt, lockedUntil: null, lastError: error }).where(eq(jobs.id, id));
}

export async function markJobFailed(db: Db, id: number, now: Date, error: string) {
  await db.update(jobs).set({ failedAt: now, lockedUntil: null, lastError: error }).where(eq(jobs.id, id));
}

export async function findJobs(db: Db, kind: string) {
  return db.select().from(jobs).where(eq(jobs.kind, kind)).orderBy(asc(jobs.id));
}
