import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import {
  panelInvitations,
  panelMembers,
  reviewAssignments,
  reviewConflicts,
  reviewDecisions,
  reviewPanels,
  reviewPosts,
  reviewRubrics,
  type Criterion,
  type PanelRole,
} from './tables.js';

export type PanelRow = typeof reviewPanels.$inferSelect;
export type MemberRow = typeof panelMembers.$inferSelect;
export type AssignmentRow = typeof reviewAssignments.$inferSelect;
export type DecisionRow = typeof reviewDecisions.$inferSelect;
export type InvitationRow = typeof panelInvitations.$inferSelect;

// --- Rubric
export async function findRubric(db: Db, callId: string) {
  const [row] = await db.select().from(reviewRubrics).where(eq(reviewRubrics.callId, callId));
  return row?.criteria ?? [];
}

export async function saveRubric(db: Db, callId: string, criteria: Criterion[], by: string, now: Date) {
  await db
    .insert(reviewRubrics)
    .values({ callId, criteria, updatedBy: by, updatedAt: now })
    .onConflictDoUpdate({ target: reviewRubrics.callId, set: { criteria, updatedBy: by, updatedAt: now } });
}

/** Whether any review of the call has been submitted (the rubric is then fixed). */
export async function anySubmitted(db: Db, filter: { callId: string } | { panelId: string }) {
  const inScope =
    'panelId' in filter
      ? eq(reviewAssignments.panelId, filter.panelId)
      : inArray(reviewAssignments.panelId, db.select({ id: reviewPanels.id }).from(reviewPanels).where(eq(reviewPanels.callId, filter.callId)));
  const [row] = await db
    .select({ id: reviewAssignments.id })
    .from(reviewAssignments)
    .where(and(inScope, eq(reviewAssignments.state, 'submitted')))
    .limit(1);
  return !!row;
}

// --- Panels and members
export async function insertPanel(db: Db, row: typeof reviewPanels.$inferInsert) {
  const [created] = await db.insert(reviewPanels).values(row).returning();
  return created!;
}

export async function findPanel(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(reviewPanels).where(eq(reviewPanels.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findPanels(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(reviewPanels).where(inArray(reviewPanels.id, ids));
}

export async function panelsOfCall(db: Db, callId: string) {
  return db.select().from(reviewPanels).where(eq(reviewPanels.callId, callId)).orderBy(asc(reviewPanels.createdAt), asc(reviewPanels.id));
}

export async function updatePanel(db: Db, id: string, changes: Partial<typeof reviewPanels.$inferInsert>) {
  const [row] = await db.update(reviewPanels).set(changes).where(eq(reviewPanels.id, id)).returning();
  return row!;
}

export async function deletePanel(db: Db, id: string) {
  await db.delete(reviewPanels).where(eq(reviewPanels.id, id));
}

export async function membersOf(db: Db, panelIds: string[]) {
  if (panelIds.length === 0) return [];
  // The chair first, then the secretary, then reviewers in the order they joined.
  const rank = sql`case ${panelMembers.role} when 'chair' then 0 when 'secretary' then 1 else 2 end`;
  return db.select().from(panelMembers).where(inArray(panelMembers.panelId, panelIds)).orderBy(rank, asc(panelMembers.addedAt), asc(panelMembers.userId));
}

export async function findMember(db: Db, panelId: string, userId: string) {
  const [row] = await db
    .select()
    .from(panelMembers)
    .where(and(eq(panelMembers.panelId, panelId), eq(panelMembers.userId, userId)));
  return row ?? null;
}

/** The panels of a call this user sits on. */
export async function membershipsIn(db: Db, callId: string, userId: string) {
  return db
    .select({ panelId: panelMembers.panelId, role: panelMembers.role })
    .from(panelMembers)
    .innerJoin(reviewPanels, eq(reviewPanels.id, panelMembers.panelId))
    .where(and(eq(reviewPanels.callId, callId), eq(panelMembers.userId, userId)));
}

/** Adds the member, or changes their role; a new chair or secretary takes the place of the old one, who stays as a reviewer. */
export async function putMember(db: Db, panelId: string, userId: string, role: PanelRole, now: Date) {
  if (role !== 'reviewer') {
    await db
      .update(panelMembers)
      .set({ role: 'reviewer' })
      .where(and(eq(panelMembers.panelId, panelId), eq(panelMembers.role, role), ne(panelMembers.userId, userId)));
  }
  await db
    .insert(panelMembers)
    .values({ panelId, userId, role, addedAt: now })
    .onConflictDoUpdate({ target: [panelMembers.panelId, panelMembers.userId], set: { role } });
}

export async function deleteMember(db: Db, panelId: string, userId: string) {
  await db.delete(panelMembers).where(and(eq(panelMembers.panelId, panelId), eq(panelMembers.userId, userId)));
}

// --- Invitations
export async function insertInvitation(db: Db, row: typeof panelInvitations.$inferInsert) {
  const [created] = await db.insert(panelInvitations).values(row).returning();
  return created!;
}

export async function pendingInvitations(db: Db, panelId: string, now: Date) {
  return db
    .select()
    .from(panelInvitations)
    .where(and(eq(panelInvitations.panelId, panelId), isNull(panelInvitations.acceptedAt), gt(panelInvitations.expiresAt, now)))
    .orderBy(asc(panelInvitations.createdAt));
}

export async function findInvitation(db: Db, by: { tokenId: string } | { id: string }, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(panelInvitations)
    .where('tokenId' in by ? eq(panelInvitations.tokenId, by.tokenId) : eq(panelInvitations.id, by.id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function acceptInvitation(db: Db, id: string, userId: string, now: Date) {
  await db.update(panelInvitations).set({ acceptedBy: userId, acceptedAt: now }).where(eq(panelInvitations.id, id));
}

export async function deleteInvitation(db: Db, id: string) {
  await db.delete(panelInvitations).where(eq(panelInvitations.id, id));
}

// --- Conflicts and assignments
export async function declaredConflicts(db: Db, contributionIds: string[]) {
  if (contributionIds.length === 0) return [];
  return db.select().from(reviewConflicts).where(inArray(reviewConflicts.contributionId, contributionIds));
}

export async function declareConflict(db: Db, row: typeof reviewConflicts.$inferInsert) {
  await db.insert(reviewConflicts).values(row).onConflictDoNothing();
}

export async function insertAssignments(db: Db, rows: (typeof reviewAssignments.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(reviewAssignments).values(rows).returning();
}

export async function findAssignment(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(reviewAssignments).where(eq(reviewAssignments.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function assignmentsOf(db: Db, filter: { panelId: string } | { contributionIds: string[] } | { panelIds: string[] }) {
  let where;
  if ('panelId' in filter) where = eq(reviewAssignments.panelId, filter.panelId);
  else if ('panelIds' in filter) where = filter.panelIds.length ? inArray(reviewAssignments.panelId, filter.panelIds) : undefined;
  else where = filter.contributionIds.length ? inArray(reviewAssignments.contributionId, filter.contributionIds) : undefined;
  if (!where) return [];
  return db.select().from(reviewAssignments).where(where).orderBy(asc(reviewAssignments.assignedAt), asc(reviewAssignments.id));
}

export async function reviewsBy(db: Db, reviewerId: string) {
  return db
    .select()
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.reviewerId, reviewerId), ne(reviewAssignments.state, 'declined')))
    .orderBy(asc(reviewAssignments.assignedAt), asc(reviewAssignments.id))
    .limit(500);
}

export async function updateAssignment(db: Db, id: string, changes: Partial<typeof reviewAssignments.$inferInsert>) {
  const [row] = await db.update(reviewAssignments).set(changes).where(eq(reviewAssignments.id, id)).returning();
  return row!;
}

export async function deleteAssignment(db: Db, id: string) {
  await db.delete(reviewAssignments).where(eq(reviewAssignments.id, id));
}

/** A removed member's unfinished reviews go; submitted ones stay in the figures. */
export async function deleteOpenAssignments(db: Db, panelId: string, reviewerId: string) {
  await db
    .delete(reviewAssignments)
    .where(and(eq(reviewAssignments.panelId, panelId), eq(reviewAssignments.reviewerId, reviewerId), ne(reviewAssignments.state, 'submitted')));
}

// --- Discussion
export async function postsOn(db: Db, panelId: string, contributionId: string) {
  return db
    .select()
    .from(reviewPosts)
    .where(and(eq(reviewPosts.panelId, panelId), eq(reviewPosts.contributionId, contributionId)))
    .orderBy(asc(reviewPosts.seq))
    .limit(1000);
}

export async function insertPost(db: Db, row: Omit<typeof reviewPosts.$inferInsert, 'seq'>) {
  const [created] = await db.insert(reviewPosts).values(row).returning();
  return created!;
}

// --- Decisions
export async function decisionsOn(db: Db, contributionIds: string[]) {
  if (contributionIds.length === 0) return [];
  return db.select().from(reviewDecisions).where(inArray(reviewDecisions.contributionId, contributionIds));
}

export async function decisionsOfCall(db: Db, callId: string) {
  return db.select().from(reviewDecisions).where(eq(reviewDecisions.callId, callId));
}

export async function saveDecision(db: Db, row: typeof reviewDecisions.$inferInsert) {
  const { contributionId: _id, ...changes } = row;
  await db.insert(reviewDecisions).values(row).onConflictDoUpdate({ target: reviewDecisions.contributionId, set: changes });
}

/** Accepted (fully or partly) contributions, for the talent network: by author, or by call and domain. */
export async function acceptedDecisions(db: Db, filter: { authorId?: string; callId?: string; domainKey?: string }) {
  return db
    .select()
    .from(reviewDecisions)
    .where(
      and(
        inArray(reviewDecisions.outcome, ['accepted', 'partly_accepted']),
        filter.authorId ? eq(reviewDecisions.authorId, filter.authorId) : undefined,
        filter.callId ? eq(reviewDecisions.callId, filter.callId) : undefined,
        filter.domainKey ? eq(reviewDecisions.domainKey, filter.domainKey) : undefined,
      ),
    )
    .orderBy(asc(reviewDecisions.decidedAt))
    .limit(5000);
}
