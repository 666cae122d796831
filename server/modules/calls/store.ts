import { and, asc, count, desc, eq, gt, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { escapeLike } from '../../db/like.js';
import { olderThan } from '../../db/keyset.js';
import type { Cursor } from '../../http/pagination.js';
import { callManagers, calls, contributionAttachments, contributions, contributorPreferences, type CallState, type ContributionState } from './tables.js';

export type CallRow = typeof calls.$inferSelect;
export type NewCall = typeof calls.$inferInsert;
export type ContributionRow = typeof contributions.$inferSelect;
export type NewContribution = typeof contributions.$inferInsert;


export async function isCallManager(db: Db, userId: string) {
  const [row] = await db.select({ userId: callManagers.userId }).from(callManagers).where(eq(callManagers.userId, userId));
  return !!row;
}

export async function grantCallManager(db: Db, userId: string, grantedBy: string, now: Date) {
  await db.insert(callManagers).values({ userId, grantedBy, grantedAt: now }).onConflictDoNothing();
}

export async function revokeCallManager(db: Db, userId: string) {
  await db.delete(callManagers).where(eq(callManagers.userId, userId));
}

export async function insertCall(db: Db, row: NewCall) {
  const [created] = await db.insert(calls).values(row).returning();
  return created!;
}

export async function findCall(db: Db, id: string, options: { forUpdate?: boolean; forShare?: boolean } = {}) {
  const query = db.select().from(calls).where(eq(calls.id, id));
  const [row] = options.forUpdate ? await query.for('update') : options.forShare ? await query.for('share') : await query;
  return row ?? null;
}

export async function updateCall(db: Db, id: string, changes: Partial<NewCall>) {
  const [row] = await db.update(calls).set(changes).where(eq(calls.id, id)).returning();
  return row!;
}

/** Public lists by time: open now, opening later, closed (or further along). */
/** Calls whose submitted contributions everyone may read now (published after closing). */
export async function publicCallIds(db: Db, now: Date) {
  const rows = await db
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.publicAfterClose, true), sql`${calls.state} <> 'draft'`, lte(calls.closesAt, now)));
  return rows.map((r) => r.id);
}

export async function listCalls(db: Db, filter: { when: 'open' | 'upcoming' | 'closed'; now: Date } | { when: 'mine'; userId: string; admin: boolean }, cursor: Cursor | null, limit: number) {
  const live: CallState[] = ['scheduled', 'open'];
  let where: SQL | undefined;
  if (filter.when === 'mine') where = filter.admin ? undefined : eq(calls.createdBy, filter.userId);
  else if (filter.when === 'open') where = and(inArray(calls.state, live), lte(calls.opensAt, filter.now), gt(calls.closesAt, filter.now));
  else if (filter.when === 'upcoming') where = and(inArray(calls.state, live), gt(calls.opensAt, filter.now));
  // Closed: moved on by hand, or past its closing time even if the closing job has not run yet.
  else where = or(inArray(calls.state, ['closed', 'under_review', 'results_published']), and(inArray(calls.state, live), lte(calls.closesAt, filter.now)));
  return db
    .select()
    .from(calls)
    .where(and(where, olderThan(cursor, calls.createdAt, calls.id)))
    .orderBy(desc(calls.createdAt), desc(calls.id))
    .limit(limit + 1);
}

export async function submittedCounts(db: Db, callIds: string[]) {
  if (callIds.length === 0) return [];
  return db
    .select({ callId: contributions.callId, domainKey: contributions.domainKey, n: count() })
    .from(contributions)
    .where(and(inArray(contributions.callId, callIds), eq(contributions.state, 'submitted')))
    .groupBy(contributions.callId, contributions.domainKey);
}

export async function insertContribution(db: Db, row: NewContribution) {
  const [created] = await db.insert(contributions).values(row).returning();
  return created!;
}

export async function findContribution(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(contributions).where(eq(contributions.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findByIdempotencyKey(db: Db, authorId: string, key: string) {
  const [row] = await db
    .select()
    .from(contributions)
    .where(and(eq(contributions.authorId, authorId), eq(contributions.idempotencyKey, key)));
  return row ?? null;
}

export async function updateContribution(db: Db, id: string, changes: Partial<NewContribution>) {
  const [row] = await db.update(contributions).set(changes).where(eq(contributions.id, id)).returning();
  return row!;
}

export async function listOwnContributions(db: Db, authorId: string, cursor: Cursor | null, limit: number) {
  return db
    .select()
    .from(contributions)
    .where(and(eq(contributions.authorId, authorId), olderThan(cursor, contributions.createdAt, contributions.id)))
    .orderBy(desc(contributions.createdAt), desc(contributions.id))
    .limit(limit + 1);
}

export interface ContributionFilter {
  callId: string;
  domain?: string;
  audienceGroup?: string;
  states: ContributionState[];
  key?: string;
}

/** The filter of the managers' list and of the export, in one place. */
const matching = (f: ContributionFilter) =>
  and(
    eq(contributions.callId, f.callId),
    inArray(contributions.state, f.states),
    f.domain ? eq(contributions.domainKey, f.domain) : undefined,
    f.audienceGroup ? eq(contributions.audienceGroup, f.audienceGroup) : undefined,
    f.key ? ilike(contributions.searchKey, `%${escapeLike(f.key)}%`) : undefined,
  );

export async function listCallContributions(db: Db, f: ContributionFilter, cursor: Cursor | null, limit: number) {
  return db
    .select()
    .from(contributions)
    .where(and(matching(f), olderThan(cursor, contributions.createdAt, contributions.id)))
    .orderBy(desc(contributions.createdAt), desc(contributions.id))
    .limit(limit + 1);
}

/** Submitted contributions of a call counted by domain, audience group and UTC day. */
export async function statistics(db: Db, callId: string) {
  const submitted = and(eq(contributions.callId, callId), eq(contributions.state, 'submitted'));
  const day = sql<string>`to_char(${contributions.submittedAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const [byDomain, byGroup, byDay] = await Promise.all([
    db.select({ key: contributions.domainKey, n: count() }).from(contributions).where(submitted).groupBy(contributions.domainKey),
    db.select({ key: contributions.audienceGroup, n: count() }).from(contributions).where(submitted).groupBy(contributions.audienceGroup),
    db.select({ day, n: count() }).from(contributions).where(submitted).groupBy(day).orderBy(asc(day)),
  ]);
  return { byDomain, byGroup, byDay };
}

export async function findPreference(db: Db, userId: string) {
  const [row] = await db.select().from(contributorPreferences).where(eq(contributorPreferences.userId, userId));
  return row?.audienceGroup ?? null;
}

export async function savePreference(db: Db, userId: string, audienceGroup: string, now: Date) {
  await db
    .insert(contributorPreferences)
    .values({ userId, audienceGroup, updatedAt: now })
    .onConflictDoUpdate({ target: contributorPreferences.userId, set: { audienceGroup, updatedAt: now } });
}

export type AttachmentRow = typeof contributionAttachments.$inferSelect;

export async function insertAttachment(db: Db, row: typeof contributionAttachments.$inferInsert) {
  const [created] = await db.insert(contributionAttachments).values(row).returning();
  return created!;
}

export async function findAttachment(db: Db, id: string) {
  const [row] = await db.select().from(contributionAttachments).where(eq(contributionAttachments.id, id));
  return row ?? null;
}

export async function deleteAttachment(db: Db, id: string) {
  await db.delete(contributionAttachments).where(eq(contributionAttachments.id, id));
}

export async function attachmentsOf(db: Db, contributionIds: string[]) {
  if (contributionIds.length === 0) return [];
  return db
    .select()
    .from(contributionAttachments)
    .where(inArray(contributionAttachments.contributionId, contributionIds))
    .orderBy(asc(contributionAttachments.createdAt));
}

/** Every contribution matching the filter, oldest first, for an export. */
export async function exportContributions(db: Db, f: ContributionFilter) {
  return db.select().from(contributions).where(matching(f)).orderBy(asc(contributions.createdAt), asc(contributions.id));
}

export async function findCalls(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(calls).where(inArray(calls.id, ids));
}

export async function findContributions(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(contributions).where(inArray(contributions.id, ids));
}

/** The submitted contributions of some domains of a call, oldest first (for review). */
export async function submittedIn(db: Db, callId: string, domainKeys: string[]) {
  if (domainKeys.length === 0) return [];
  return db
    .select()
    .from(contributions)
    .where(and(eq(contributions.callId, callId), eq(contributions.state, 'submitted'), inArray(contributions.domainKey, domainKeys)))
    .orderBy(asc(contributions.submittedAt), asc(contributions.id));
}
