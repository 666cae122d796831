import { and, asc, desc, eq, gt, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/connection.js';
import { escapeLike } from '../../db/like.js';
import { olderThan } from '../../db/keyset.js';
import type { Cursor } from '../../http/pagination.js';
import {
  communities,
  communityEvents,
  formationRequestEvents,
  formationRequests,
  invitations,
  memberships,
  type CommunityState,
  type Kind,
  type Level,
  type RequestState,
  type Role,
} from './tables.js';

export type RequestRow = typeof formationRequests.$inferSelect;
export type NewRequest = typeof formationRequests.$inferInsert;
export type CommunityRow = typeof communities.$inferSelect;
export type NewCommunity = typeof communities.$inferInsert;
export type MembershipRow = typeof memberships.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
export type CommunityEventRow = typeof communityEvents.$inferSelect;


/** A membership that grants access now: active, and for guest experts not past its end. */
const currentMember = (now: Date, m: { state: AnyPgColumn; accessEndsAt: AnyPgColumn } = memberships): SQL =>
  and(eq(m.state, 'active'), or(isNull(m.accessEndsAt), gt(m.accessEndsAt, now)))!;

// ---- Formation requests ----

export async function insertRequest(db: Db, row: NewRequest) {
  const [created] = await db.insert(formationRequests).values(row).returning();
  return created!;
}

export async function findRequest(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(formationRequests).where(eq(formationRequests.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateRequest(db: Db, id: string, changes: Partial<NewRequest>) {
  const [row] = await db.update(formationRequests).set(changes).where(eq(formationRequests.id, id)).returning();
  return row!;
}

/** Requests in one state (never drafts: those are the applicant's own business). */
export async function listRequestsInState(db: Db, state: Exclude<RequestState, 'draft'>, cursor: Cursor | null, limit: number) {
  return db
    .select()
    .from(formationRequests)
    .where(
      and(
        eq(formationRequests.state, state),
        olderThan(cursor, formationRequests.createdAt, formationRequests.id),
      ),
    )
    .orderBy(desc(formationRequests.createdAt), desc(formationRequests.id))
    .limit(limit + 1);
}

export async function listOwnRequests(db: Db, applicantId: string, cursor: Cursor | null, limit: number) {
  return db
    .select()
    .from(formationRequests)
    .where(and(eq(formationRequests.applicantId, applicantId), olderThan(cursor, formationRequests.createdAt, formationRequests.id)))
    .orderBy(desc(formationRequests.createdAt), desc(formationRequests.id))
    .limit(limit + 1);
}

export async function insertRequestEvent(db: Db, row: typeof formationRequestEvents.$inferInsert) {
  await db.insert(formationRequestEvents).values(row);
}

export async function listRequestEvents(db: Db, requestId: string) {
  return db.select().from(formationRequestEvents).where(eq(formationRequestEvents.requestId, requestId)).orderBy(asc(formationRequestEvents.seq));
}

// ---- Communities ----

export async function insertCommunity(db: Db, row: NewCommunity) {
  const [created] = await db.insert(communities).values(row).returning();
  return created!;
}

export async function findCommunityBySlug(db: Db, slug: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(communities).where(eq(communities.slug, slug));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findCommunityById(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(communities).where(eq(communities.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findCommunitiesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(communities).where(inArray(communities.id, ids));
}

export async function slugsStartingWith(db: Db, base: string) {
  const rows = await db
    .select({ slug: communities.slug })
    .from(communities)
    .where(ilike(communities.slug, `${escapeLike(base)}%`));
  return new Set(rows.map((r) => r.slug));
}

export async function updateCommunity(db: Db, id: string, changes: Partial<NewCommunity>) {
  const [row] = await db.update(communities).set(changes).where(eq(communities.id, id)).returning();
  return row!;
}

export interface CommunityFilter {
  key: string;
  kind?: Kind;
  level?: Level;
  states: CommunityState[];
  /** Null for a visitor. */
  viewerId: string | null;
  admin: boolean;
  mine: boolean;
  now: Date;
}

// Drizzle leaves columns unqualified in a one-table select, so inside a subquery on memberships
// "id" would mean memberships.id: name the outer row's id with its table.
const outerCommunityId = sql`${communities}."id"`;
const membersCount = (now: Date) =>
  sql<number>`(select count(*)::int from ${memberships} where ${memberships.communityId} = ${outerCommunityId} and ${currentMember(now)})`;

/** The directory: what the viewer may see (public ones, plus private ones they belong to, all for admins). */
export async function listCommunities(db: Db, f: CommunityFilter, cursor: Cursor | null, limit: number) {
  const isMember = f.viewerId
    ? sql`exists (select 1 from ${memberships} where ${memberships.communityId} = ${outerCommunityId} and ${memberships.userId} = ${f.viewerId} and ${currentMember(f.now)})`
    : sql`false`;
  return db
    .select({ community: communities, membersCount: membersCount(f.now) })
    .from(communities)
    .where(
      and(
        // Without spaces, so a word typed with or without its ZWNJ (مردم‌نهاد, مردمنهاد) matches.
        f.key ? sql`replace(${communities.searchKey}, ' ', '') ilike ${`%${escapeLike(f.key.replaceAll(' ', ''))}%`}` : undefined,
        f.kind ? eq(communities.kind, f.kind) : undefined,
        f.level ? eq(communities.level, f.level) : undefined,
        inArray(communities.state, f.states),
        f.mine ? isMember : f.admin ? undefined : or(eq(communities.visibility, 'public'), isMember),
        olderThan(cursor, communities.createdAt, communities.id),
      ),
    )
    .orderBy(desc(communities.createdAt), desc(communities.id))
    .limit(limit + 1);
}

export async function countMembers(db: Db, communityId: string, now: Date) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.communityId, communityId), currentMember(now)));
  return row?.n ?? 0;
}

// ---- Memberships ----

export async function findMembership(db: Db, communityId: string, userId: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(memberships)
    .where(and(eq(memberships.communityId, communityId), eq(memberships.userId, userId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Creates the membership or reuses the user's earlier row (left, removed, declined). */
export async function putMembership(
  db: Db,
  row: { communityId: string; userId: string; state: MembershipRow['state']; role: Role; accessEndsAt: Date | null; note: string; now: Date },
) {
  const values = { communityId: row.communityId, userId: row.userId, state: row.state, role: row.role, accessEndsAt: row.accessEndsAt, note: row.note };
  const [saved] = await db
    .insert(memberships)
    .values({ ...values, createdAt: row.now, updatedAt: row.now })
    .onConflictDoUpdate({
      target: [memberships.communityId, memberships.userId],
      set: { ...values, createdAt: row.now, updatedAt: row.now },
    })
    .returning();
  return saved!;
}

export async function updateMembership(db: Db, id: string, changes: Partial<typeof memberships.$inferInsert>) {
  const [row] = await db.update(memberships).set(changes).where(eq(memberships.id, id)).returning();
  return row!;
}

/** The current chair, locked: a handover or a second change waits for the first. */
export async function findChairForUpdate(db: Db, communityId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.communityId, communityId), eq(memberships.role, 'chair'), eq(memberships.state, 'active')))
    .for('update');
  return row ?? null;
}

const ROLE_ORDER = sql`case ${memberships.role} when 'chair' then 0 when 'facilitator' then 1 when 'secretary' then 2 when 'member' then 3 else 4 end`;

export async function listLeaders(db: Db, communityId: string, now: Date) {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.communityId, communityId), inArray(memberships.role, ['chair', 'facilitator', 'secretary']), currentMember(now)))
    .orderBy(ROLE_ORDER, asc(memberships.createdAt));
}

export async function listMembers(db: Db, communityId: string, role: Role | undefined, now: Date, cursor: Cursor | null, limit: number) {
  return db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.communityId, communityId),
        currentMember(now),
        role ? eq(memberships.role, role) : undefined,
        olderThan(cursor, memberships.createdAt, memberships.id),
      ),
    )
    .orderBy(desc(memberships.createdAt), desc(memberships.id))
    .limit(limit + 1);
}

/** Current members holding one of these roles: user id and role. */
export async function membersWithRoles(db: Db, communityId: string, roles: Role[], now: Date) {
  if (roles.length === 0) return [];
  return db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.communityId, communityId), inArray(memberships.role, roles), currentMember(now)));
}

/** The communities a user is a current member of, with the role held. */
export async function membershipsOf(db: Db, userId: string, now: Date) {
  return db.select({ communityId: memberships.communityId, role: memberships.role }).from(memberships).where(and(eq(memberships.userId, userId), currentMember(now)));
}

/** The communities whose content a non-admin may read: the public ones and those they belong to now. */
export async function readableCommunityIds(db: Db, userId: string | null, now: Date) {
  const mine = userId ? sql`or ${communities.id} in (select ${memberships.communityId} from ${memberships} where ${memberships.userId} = ${userId} and ${currentMember(now)})` : sql``;
  const rows = await db.select({ id: communities.id }).from(communities).where(sql`${communities.visibility} = 'public' ${mine}`);
  return rows.map((r) => r.id);
}

/** Which of `userIds` share at least one community with `viewerId`, both being current members. */
export async function peersAmong(db: Db, viewerId: string, userIds: string[], now: Date) {
  if (userIds.length === 0) return [];
  const peer = alias(memberships, 'peer');
  const rows = await db
    .selectDistinct({ userId: peer.userId })
    .from(memberships)
    .innerJoin(peer, eq(peer.communityId, memberships.communityId))
    .where(and(eq(memberships.userId, viewerId), currentMember(now), inArray(peer.userId, userIds), currentMember(now, peer)));
  return rows.map((r) => r.userId);
}

export async function listJoinRequests(db: Db, communityId: string) {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.communityId, communityId), eq(memberships.state, 'requested')))
    .orderBy(asc(memberships.createdAt));
}

// ---- Invitations ----

export async function insertInvitation(db: Db, row: typeof invitations.$inferInsert) {
  const [created] = await db.insert(invitations).values(row).returning();
  return created!;
}

export async function findInvitation(db: Db, by: { tokenId: string } | { id: string }, options: { forUpdate?: boolean } = {}) {
  const where = 'tokenId' in by ? eq(invitations.tokenId, by.tokenId) : eq(invitations.id, by.id);
  const query = db.select().from(invitations).where(where);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateInvitation(db: Db, id: string, changes: Partial<typeof invitations.$inferInsert>) {
  const [row] = await db.update(invitations).set(changes).where(eq(invitations.id, id)).returning();
  return row!;
}

export async function listPendingInvitations(db: Db, communityId: string, now: Date) {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.communityId, communityId), eq(invitations.state, 'pending'), gt(invitations.expiresAt, now)))
    .orderBy(desc(invitations.createdAt));
}

/** Pending invitations addressed to a user: picked by id, or sent to their (verified) address. */
export async function pendingInvitationsFor(db: Db, userId: string, emailKey: string | null, now: Date, communityId?: string) {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.state, 'pending'),
        gt(invitations.expiresAt, now),
        emailKey ? or(eq(invitations.userId, userId), sql`lower(${invitations.email}) = ${emailKey}`) : eq(invitations.userId, userId),
        communityId ? eq(invitations.communityId, communityId) : undefined,
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

// ---- Community history ----

export async function insertCommunityEvent(db: Db, row: typeof communityEvents.$inferInsert) {
  await db.insert(communityEvents).values(row);
}

/** Newest first, in insertion order; the page cursor carries the sequence number as its id. */
export async function listCommunityEvents(db: Db, communityId: string, cursor: Cursor | null, limit: number) {
  return db
    .select()
    .from(communityEvents)
    .where(and(eq(communityEvents.communityId, communityId), cursor ? lt(communityEvents.seq, Number(cursor.id)) : undefined))
    .orderBy(desc(communityEvents.seq))
    .limit(limit + 1);
}

export async function lastStateEvent(db: Db, communityId: string) {
  const [row] = await db
    .select()
    .from(communityEvents)
    .where(and(eq(communityEvents.communityId, communityId), eq(communityEvents.action, 'state_changed')))
    .orderBy(desc(communityEvents.seq))
    .limit(1);
  return row ?? null;
}
