import { and, asc, desc, eq, gt, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import {
  actionItems,
  agendaItems,
  attendance,
  calendarFeeds,
  meetingDecisions,
  meetingInvitees,
  meetings,
  meetingSeries,
  minutesCorrections,
  rsvps,
  type ActionStatus,
  type RsvpResponse,
} from './tables.js';

export type SeriesRow = typeof meetingSeries.$inferSelect;
export type NewSeries = typeof meetingSeries.$inferInsert;
export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;
export type InviteeRow = typeof meetingInvitees.$inferSelect;
export type AgendaRow = typeof agendaItems.$inferSelect;
export type RsvpRow = typeof rsvps.$inferSelect;
export type CorrectionRow = typeof minutesCorrections.$inferSelect;
export type DecisionRow = typeof meetingDecisions.$inferSelect;
export type ActionRow = typeof actionItems.$inferSelect;

const lock = <T>(query: { for: (s: 'update') => T } & T, forUpdate?: boolean): T => (forUpdate ? query.for('update') : query);

// ---- Series and meetings ----

export async function insertSeries(db: Db, row: NewSeries) {
  const [created] = await db.insert(meetingSeries).values(row).returning();
  return created!;
}

export async function findSeries(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await lock(db.select().from(meetingSeries).where(eq(meetingSeries.id, id)), options.forUpdate);
  return row ?? null;
}

export async function findSeriesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(meetingSeries).where(inArray(meetingSeries.id, ids));
}

export async function updateSeries(db: Db, id: string, changes: Partial<NewSeries>) {
  await db
    .update(meetingSeries)
    .set({ ...changes, revision: sql`${meetingSeries.revision} + 1` })
    .where(eq(meetingSeries.id, id));
}

export async function insertMeetings(db: Db, rows: NewMeeting[]) {
  return db.insert(meetings).values(rows).returning();
}

export async function findMeeting(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await lock(db.select().from(meetings).where(eq(meetings.id, id)), options.forUpdate);
  return row ?? null;
}

export async function updateMeeting(db: Db, id: string, changes: Partial<NewMeeting>) {
  const [row] = await db
    .update(meetings)
    .set({ ...changes, revision: sql`${meetings.revision} + 1` })
    .where(eq(meetings.id, id))
    .returning();
  return row!;
}

export async function meetingsOfSeries(db: Db, seriesIds: string[]) {
  if (seriesIds.length === 0) return [];
  return db.select().from(meetings).where(inArray(meetings.seriesId, seriesIds)).orderBy(asc(meetings.slot));
}

export async function meetingsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(meetings).where(inArray(meetings.id, ids));
}

/** A community's meetings overlapping [from, to), in start order. */
export async function communityMeetings(db: Db, communityId: string, from: Date, to: Date, limit: number) {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.communityId, communityId), lt(meetings.startsAt, to), gt(meetings.endsAt, from)))
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(limit);
}

/** Meetings of these communities or series overlapping [from, to), in start order. */
export async function meetingsFor(db: Db, by: { communityIds: string[]; seriesIds: string[] }, from: Date, to: Date, limit: number) {
  if (by.communityIds.length === 0 && by.seriesIds.length === 0) return [];
  return db
    .select()
    .from(meetings)
    .where(
      and(
        or(by.communityIds.length ? inArray(meetings.communityId, by.communityIds) : undefined, by.seriesIds.length ? inArray(meetings.seriesId, by.seriesIds) : undefined),
        lt(meetings.startsAt, to),
        gt(meetings.endsAt, from),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(limit);
}

/** Series of these communities with a meeting ending after `since` (for calendar feeds). */
export async function seriesActiveSince(db: Db, by: { communityIds: string[]; seriesIds: string[] }, since: Date) {
  if (by.communityIds.length === 0 && by.seriesIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ seriesId: meetings.seriesId })
    .from(meetings)
    .where(
      and(
        or(by.communityIds.length ? inArray(meetings.communityId, by.communityIds) : undefined, by.seriesIds.length ? inArray(meetings.seriesId, by.seriesIds) : undefined),
        gt(meetings.endsAt, since),
      ),
    );
  return rows.map((r) => r.seriesId);
}

/** The community's meeting just before this one (for minutes approvals and follow-ups). */
export async function earlierMeetings(db: Db, communityId: string, before: Date, limit: number) {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.communityId, communityId), lt(meetings.startsAt, before), eq(meetings.cancelled, false)))
    .orderBy(desc(meetings.startsAt))
    .limit(limit);
}

// ---- Invitees ----

export async function insertInvitee(db: Db, row: typeof meetingInvitees.$inferInsert) {
  const [created] = await db.insert(meetingInvitees).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

export async function inviteesOf(db: Db, seriesId: string) {
  return db.select().from(meetingInvitees).where(eq(meetingInvitees.seriesId, seriesId)).orderBy(asc(meetingInvitees.createdAt));
}

export async function findInvitee(db: Db, by: { id: string } | { tokenId: string } | { seriesId: string; userId: string }, options: { forUpdate?: boolean } = {}) {
  const where =
    'id' in by
      ? eq(meetingInvitees.id, by.id)
      : 'tokenId' in by
        ? eq(meetingInvitees.tokenId, by.tokenId)
        : and(eq(meetingInvitees.seriesId, by.seriesId), eq(meetingInvitees.userId, by.userId));
  const [row] = await lock(db.select().from(meetingInvitees).where(where), options.forUpdate);
  return row ?? null;
}

export async function updateInvitee(db: Db, id: string, changes: Partial<typeof meetingInvitees.$inferInsert>) {
  await db.update(meetingInvitees).set(changes).where(eq(meetingInvitees.id, id));
}

export async function deleteInvitee(db: Db, id: string) {
  await db.delete(meetingInvitees).where(eq(meetingInvitees.id, id));
}

/** The series a user is invited to by name or as a guest. */
export async function seriesInviting(db: Db, userId: string) {
  const rows = await db.select({ seriesId: meetingInvitees.seriesId, guest: meetingInvitees.guest }).from(meetingInvitees).where(eq(meetingInvitees.userId, userId));
  return rows;
}

// ---- Agenda ----

export async function agendaOf(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db.select().from(agendaItems).where(inArray(agendaItems.meetingId, meetingIds)).orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
}

export async function insertAgendaItem(db: Db, row: typeof agendaItems.$inferInsert) {
  const [created] = await db.insert(agendaItems).values(row).returning();
  return created!;
}

export async function findAgendaItem(db: Db, id: string) {
  const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, id));
  return row ?? null;
}

export async function updateAgendaItem(db: Db, id: string, changes: Partial<typeof agendaItems.$inferInsert>) {
  await db.update(agendaItems).set(changes).where(eq(agendaItems.id, id));
}

export async function deleteAgendaItem(db: Db, id: string) {
  await db.delete(agendaItems).where(eq(agendaItems.id, id));
}

/** Later meetings' agenda items that approve these minutes. */
export async function approvalItemsFor(db: Db, minutesOf: string) {
  return db.select().from(agendaItems).where(and(eq(agendaItems.approvesMinutesOf, minutesOf), ne(agendaItems.state, 'declined')));
}

// ---- RSVP and attendance ----

export async function rsvpsOf(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db.select().from(rsvps).where(inArray(rsvps.meetingId, meetingIds)).orderBy(asc(rsvps.answeredAt));
}

export async function findRsvp(db: Db, meetingId: string, userId: string) {
  const [row] = await db
    .select()
    .from(rsvps)
    .where(and(eq(rsvps.meetingId, meetingId), eq(rsvps.userId, userId)));
  return row ?? null;
}

export async function putRsvp(db: Db, row: { meetingId: string; userId: string; response: RsvpResponse; waitlisted: boolean; answeredAt: Date }) {
  await db
    .insert(rsvps)
    .values(row)
    .onConflictDoUpdate({ target: [rsvps.meetingId, rsvps.userId], set: { response: row.response, waitlisted: row.waitlisted, answeredAt: row.answeredAt } });
}

export async function setWaitlisted(db: Db, meetingId: string, userId: string, waitlisted: boolean) {
  await db
    .update(rsvps)
    .set({ waitlisted })
    .where(and(eq(rsvps.meetingId, meetingId), eq(rsvps.userId, userId)));
}

export async function attendanceOf(db: Db, meetingId: string) {
  return db.select().from(attendance).where(eq(attendance.meetingId, meetingId));
}

export async function attended(db: Db, meetingId: string, userId: string) {
  const [row] = await db
    .select({ userId: attendance.userId })
    .from(attendance)
    .where(and(eq(attendance.meetingId, meetingId), eq(attendance.userId, userId)));
  return Boolean(row);
}

export async function replaceAttendance(db: Db, meetingId: string, userIds: string[], recordedBy: string, now: Date) {
  await db.delete(attendance).where(eq(attendance.meetingId, meetingId));
  if (userIds.length) await db.insert(attendance).values(userIds.map((userId) => ({ meetingId, userId, recordedBy, recordedAt: now })));
}

// ---- Minutes ----

export async function correctionsOf(db: Db, meetingId: string) {
  return db.select().from(minutesCorrections).where(eq(minutesCorrections.meetingId, meetingId)).orderBy(asc(minutesCorrections.createdAt));
}

export async function insertCorrection(db: Db, row: typeof minutesCorrections.$inferInsert) {
  const [created] = await db.insert(minutesCorrections).values(row).returning();
  return created!;
}

export async function findCorrection(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await lock(db.select().from(minutesCorrections).where(eq(minutesCorrections.id, id)), options.forUpdate);
  return row ?? null;
}

export async function updateCorrection(db: Db, id: string, changes: Partial<typeof minutesCorrections.$inferInsert>) {
  await db.update(minutesCorrections).set(changes).where(eq(minutesCorrections.id, id));
}

// ---- Decisions and actions ----

export async function decisionsOf(db: Db, meetingId: string) {
  return db.select().from(meetingDecisions).where(eq(meetingDecisions.meetingId, meetingId)).orderBy(asc(meetingDecisions.createdAt), asc(meetingDecisions.id));
}

export async function insertDecision(db: Db, row: typeof meetingDecisions.$inferInsert) {
  const [created] = await db.insert(meetingDecisions).values(row).returning();
  return created!;
}

export async function findDecision(db: Db, id: string) {
  const [row] = await db.select().from(meetingDecisions).where(eq(meetingDecisions.id, id));
  return row ?? null;
}

export async function updateDecision(db: Db, id: string, text: string) {
  await db.update(meetingDecisions).set({ text }).where(eq(meetingDecisions.id, id));
}

export async function deleteDecision(db: Db, id: string) {
  await db.delete(meetingDecisions).where(eq(meetingDecisions.id, id));
}

export async function insertAction(db: Db, row: typeof actionItems.$inferInsert) {
  const [created] = await db.insert(actionItems).values(row).returning();
  return created!;
}

export async function findAction(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await lock(db.select().from(actionItems).where(eq(actionItems.id, id)), options.forUpdate);
  return row ?? null;
}

export async function updateAction(db: Db, id: string, changes: Partial<typeof actionItems.$inferInsert>) {
  await db.update(actionItems).set(changes).where(eq(actionItems.id, id));
}

export async function actionsOfMeeting(db: Db, meetingId: string) {
  return db.select().from(actionItems).where(eq(actionItems.meetingId, meetingId)).orderBy(asc(actionItems.createdAt));
}

const OPEN: ActionStatus[] = ['open', 'in_progress'];

/** Open actions decided at the community's meetings before this instant: the next meeting's follow-ups. */
export async function openActionsBefore(db: Db, communityId: string, before: Date) {
  return db
    .select({ action: actionItems })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(and(eq(actionItems.communityId, communityId), inArray(actionItems.status, OPEN), lt(meetings.startsAt, before)))
    .orderBy(asc(actionItems.dueDate), asc(actionItems.createdAt))
    .then((rows) => rows.map((r) => r.action));
}

export async function actionsOwnedBy(db: Db, ownerId: string, openOnly: boolean) {
  return db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.ownerId, ownerId), openOnly ? inArray(actionItems.status, OPEN) : undefined))
    .orderBy(sql`${actionItems.dueDate} asc nulls last`, desc(actionItems.createdAt))
    .limit(500);
}

// ---- Calendar feeds ----

export async function putFeed(db: Db, userId: string, tokenId: string, now: Date) {
  await db.insert(calendarFeeds).values({ userId, tokenId, createdAt: now }).onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenId, createdAt: now } });
}

export async function findFeed(db: Db, by: { userId: string } | { tokenId: string }) {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where('userId' in by ? eq(calendarFeeds.userId, by.userId) : eq(calendarFeeds.tokenId, by.tokenId));
  return row ?? null;
}

export async function deleteFeed(db: Db, userId: string) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}
