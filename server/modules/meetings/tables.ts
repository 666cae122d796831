import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { communities, type Role } from '../communities/tables.js';
import { knowledgeItems } from '../knowledge/tables.js';
import type { CalendarSystem } from '../../i18n/calendars.js';
import type { Recurrence } from './recurrence.js';

export const MEETING_KINDS = ['in_person', 'online', 'hybrid'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
/** The meeting formats of the guideline's section 6. */
export const MEETING_FORMATS = [
  'case_study',
  'expert_panel',
  'problem_solving',
  'storytelling',
  'learning_group',
  'experience_sharing',
  'challenge',
  'collaborative_project',
  'workshop',
  'general_assembly',
] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export const RSVP_RESPONSES = ['yes', 'no', 'maybe'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];
export const MINUTES_STATES = ['none', 'draft', 'in_review', 'approved', 'published'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const created = () => timestamp('created_at', { withTimezone: true }).notNull();
/** What a series and each of its meetings both carry: a meeting starts as a copy of its series. */
const details = () => ({
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  kind: text('kind').$type<MeetingKind>().notNull(),
  format: text('format').$type<MeetingFormat>().notNull(),
  place: text('place').notNull().default(''),
  onlineUrl: text('online_url').notNull().default(''),
  timeZone: text('time_zone').notNull(),
});
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull();

/**
 * A meeting series: the rule and the details its meetings start from. A single meeting is a
 * series without a rule. Invitations belong to the series.
 */
export const meetingSeries = pgTable(
  'meeting_series',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    ...details(),
    calendar: text('calendar').$type<CalendarSystem>().notNull(),
    startDate: date('start_date').notNull(),
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    recurrence: jsonb('recurrence').$type<Recurrence | null>(),
    count: integer('count'),
    until: date('until'),
    capacity: integer('capacity'),
    /** How long before each meeting the reminder is mailed; 0 for none. */
    reminderMinutes: integer('reminder_minutes').notNull().default(1440),
    /** Members holding these community roles are invited. */
    invitedRoles: jsonb('invited_roles').$type<Role[]>().notNull(),
    /** Bumped on every change, for calendar clients (SEQUENCE). */
    revision: integer('revision').notNull().default(0),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('meeting_series_community_idx').on(t.communityId)],
);

/** One meeting: an occurrence of its series (slot n of the rule), possibly edited on its own. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => meetingSeries.id, { onDelete: 'cascade' }),
    /** Its place in the series' rule: the calendar's RECURRENCE-ID is the rule's n-th start. */
    slot: integer('slot').notNull(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    ...details(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity'),
    cancelled: boolean('cancelled').notNull().default(false),
    /** Edited on its own: later edits of the whole series leave it alone. */
    detached: boolean('detached').notNull().default(false),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    minutesState: text('minutes_state').$type<MinutesState>().notNull().default('none'),
    /** Minutes not tied to an agenda item (opening, attendance remarks…), Markdown. */
    minutesNotes: text('minutes_notes').notNull().default(''),
    correctionsUntil: timestamp('corrections_until', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    /** Approved by a later meeting as one of its agenda items, rather than by the chair. */
    approvedInMeetingId: uuid('approved_in_meeting_id').references((): AnyPgColumn => meetings.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    knowledgeItemId: uuid('knowledge_item_id').references(() => knowledgeItems.id, { onDelete: 'set null' }),
    revision: integer('revision').notNull().default(0),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('meetings_series_slot_key').on(t.seriesId, t.slot),
    index('meetings_community_starts_idx').on(t.communityId, t.startsAt),
    index('meetings_reminder_idx').on(t.startsAt).where(sql`reminder_sent_at is null and not cancelled`),
  ],
);

/** People invited to a series by name, and guest experts invited by email. */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => meetingSeries.id, { onDelete: 'cascade' }),
    /** Null for a guest who has not accepted yet. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    guest: boolean('guest').notNull().default(false),
    email: text('email').notNull().default(''),
    name: text('name').notNull().default(''),
    /** A guest's mailed link (hashed) until accepted. */
    tokenId: text('token_id').unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
  },
  (t) => [uniqueIndex('meeting_invitees_series_user_key').on(t.seriesId, t.userId), index('meeting_invitees_user_idx').on(t.userId)],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    presenterId: uuid('presenter_id').references(() => users.id, { onDelete: 'set null' }),
    /** A presenter without an account here (a guest speaker). */
    presenterName: text('presenter_name').notNull().default(''),
    durationMinutes: integer('duration_minutes'),
    /** Proposed by a member, waiting for the facilitator; declined ones are kept for the record. */
    state: text('state').$type<'accepted' | 'proposed' | 'declined'>().notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    /** The secretary's minutes of this item, Markdown. */
    minutes: text('minutes').notNull().default(''),
    /** "Approval of the minutes of meeting X": the minutes this item approves. */
    approvesMinutesOf: uuid('approves_minutes_of').references((): AnyPgColumn => meetings.id, { onDelete: 'set null' }),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position)],
);

export const rsvps = pgTable(
  'meeting_rsvps',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    response: text('response').$type<RsvpResponse>().notNull(),
    /** A "yes" beyond the capacity waits; the earliest waiting yes moves up when a seat frees. */
    waitlisted: boolean('waitlisted').notNull().default(false),
    /** When the current answer was given: the waitlist's order. */
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

export const attendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index('meeting_attendance_user_idx').on(t.userId)],
);

/** An attendee's suggested correction to the draft minutes: replacement text for one section. */
export const minutesCorrections = pgTable(
  'minutes_corrections',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** Null: the general notes. */
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    comment: text('comment').notNull().default(''),
    state: text('state').$type<'pending' | 'accepted' | 'declined'>().notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [index('minutes_corrections_meeting_idx').on(t.meetingId, t.createdAt)],
);

export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId, t.createdAt)],
);

export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => meetingDecisions.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    /** A day, in the community's time zone. */
    dueDate: date('due_date'),
    status: text('status').$type<ActionStatus>().notNull().default('open'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('action_items_owner_idx').on(t.ownerId, t.status), index('action_items_community_idx').on(t.communityId, t.status)],
);

/** A user's private calendar feed link (hashed); replacing it revokes the old one. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenId: text('token_id').notNull().unique(),
  createdAt: created(),
});
