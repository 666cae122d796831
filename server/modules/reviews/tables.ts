import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { calls, contributions } from '../calls/tables.js';

export const PANEL_ROLES = ['chair', 'secretary', 'reviewer'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];
export const ASSIGNMENT_STATES = ['assigned', 'submitted', 'declined'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
export const OUTCOMES = ['accepted', 'partly_accepted', 'merged', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One criterion of a call's rubric, e.g. «نوآوری» scored 1–5 with weight 2. */
export interface Criterion {
  key: string;
  title: string;
  description: string;
  scaleMin: number;
  scaleMax: number;
  weight: number;
  commentRequired: boolean;
}

/** A reviewer's marks: per criterion key, the score given (null while unscored) and a comment. */
export type Scores = Record<string, { score: number | null; comment: string }>;

/** The scoring rubric of a call, shared by all its panels. */
export const reviewRubrics = pgTable('review_rubrics', {
  callId: uuid('call_id')
    .primaryKey()
    .references(() => calls.id, { onDelete: 'cascade' }),
  criteria: jsonb('criteria').$type<Criterion[]>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** A review and judging panel of a call; it covers one or more of the call's domains. */
export const reviewPanels = pgTable(
  'review_panels',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    domainKeys: jsonb('domain_keys').$type<string[]>().notNull(),
    /** N: how many reviewers each contribution gets. */
    reviewersPerContribution: integer('reviewers_per_contribution').notNull().default(2),
    /** Reviews can be saved and revised until then (none: until results are published). */
    deadline: timestamp('deadline', { withTimezone: true }),
    /** Weighted scores (0–100) this far apart mean the reviewers disagree strongly. */
    disagreementThreshold: integer('disagreement_threshold').notNull().default(30),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('review_panels_call_idx').on(t.callId, t.createdAt)],
);

export const panelMembers = pgTable(
  'panel_members',
  {
    panelId: uuid('panel_id')
      .notNull()
      .references(() => reviewPanels.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<PanelRole>().notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.panelId, t.userId] }),
    uniqueIndex('panel_members_one_chair_key').on(t.panelId).where(sql`role = 'chair'`),
    uniqueIndex('panel_members_one_secretary_key').on(t.panelId).where(sql`role = 'secretary'`),
    index('panel_members_user_idx').on(t.userId),
  ],
);

/** Someone without an account asked to join a panel; the mailed link (token) is the key. */
export const panelInvitations = pgTable(
  'panel_invitations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => reviewPanels.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    role: text('role').$type<PanelRole>().notNull(),
    tokenId: text('token_id').notNull().unique(),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('panel_invitations_panel_idx').on(t.panelId)],
);

/** A conflict of interest a reviewer declared on a contribution (automatic ones are computed). */
export const reviewConflicts = pgTable(
  'review_conflicts',
  {
    contributionId: uuid('contribution_id')
      .notNull()
      .references(() => contributions.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull().default(''),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.contributionId, t.reviewerId] })],
);

/** A contribution given to a reviewer, and the review itself (draft until submitted). */
export const reviewAssignments = pgTable(
  'review_assignments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => reviewPanels.id, { onDelete: 'cascade' }),
    contributionId: uuid('contribution_id')
      .notNull()
      .references(() => contributions.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: text('state').$type<AssignmentState>().notNull().default('assigned'),
    scores: jsonb('scores').$type<Scores>().notNull().default({}),
    comment: text('comment').notNull().default(''),
    /** The weighted score on 0–100, set when submitted. */
    weighted: real('weighted'),
    /** Null when the automatic assignment made it. */
    assignedBy: uuid('assigned_by').references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    declineReason: text('decline_reason').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('review_assignments_contribution_reviewer_key').on(t.contributionId, t.reviewerId),
    index('review_assignments_reviewer_idx').on(t.reviewerId, t.assignedAt),
    index('review_assignments_panel_idx').on(t.panelId),
  ],
);

/** The panel's discussion of one contribution. */
export const reviewPosts = pgTable(
  'review_posts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => reviewPanels.id, { onDelete: 'cascade' }),
    contributionId: uuid('contribution_id')
      .notNull()
      .references(() => contributions.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('review_posts_contribution_idx').on(t.contributionId, t.seq)],
);

/**
 * The panel chair's decision on a contribution. The call, domain, audience group and author are
 * copied from the contribution (fixed once the call has closed) for the results and talent lists.
 */
export const reviewDecisions = pgTable(
  'review_decisions',
  {
    contributionId: uuid('contribution_id')
      .primaryKey()
      .references(() => contributions.id, { onDelete: 'cascade' }),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => reviewPanels.id, { onDelete: 'cascade' }),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    domainKey: text('domain_key').notNull(),
    audienceGroup: text('audience_group').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    outcome: text('outcome').$type<Outcome>().notNull(),
    reason: text('reason').notNull(),
    mergedInto: uuid('merged_into').references(() => contributions.id),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('review_decisions_call_idx').on(t.callId, t.domainKey), index('review_decisions_author_idx').on(t.authorId)],
);
