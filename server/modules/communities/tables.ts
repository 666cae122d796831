import type { CalendarSystem } from '../../i18n/calendars.js';
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';

export const KINDS = ['expert_association', 'learning_community', 'organization_network', 'union', 'umbrella', 'forum'] as const;
export const LEVELS = ['organizational', 'sectoral', 'national'] as const;
export const GEOGRAPHIES = ['local', 'regional', 'national', 'international'] as const;
export const STRUCTURES = ['horizontal', 'vertical'] as const;
export const FORMALITIES = ['formal', 'informal'] as const;
export const VISIBILITIES = ['public', 'private'] as const;
export const JOIN_POLICIES = ['open', 'request', 'invitation'] as const;
export const COMMUNITY_STATES = ['active', 'at_risk', 'dissolved'] as const;
export const ROLES = ['chair', 'facilitator', 'secretary', 'member', 'guest_expert'] as const;
/** Roles an applicant may propose for a founding core member (the applicant is the chair). */
export const CORE_ROLES = ['facilitator', 'secretary', 'member'] as const;
export const REQUEST_STATES = ['draft', 'submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn'] as const;

export type Kind = (typeof KINDS)[number];
export type Level = (typeof LEVELS)[number];
export type Geography = (typeof GEOGRAPHIES)[number];
export type CommunityState = (typeof COMMUNITY_STATES)[number];
export type Role = (typeof ROLES)[number];
export type CoreRole = (typeof CORE_ROLES)[number];
export type RequestState = (typeof REQUEST_STATES)[number];

/** Section A of the form: the applicant's details, copied from the profile and editable. */
export interface ApplicantDetails {
  name: string;
  degree: string;
  fieldOfStudy: string;
  jobTitle: string;
  position: string;
  organization: string;
  phone: string;
  fax: string;
  email: string;
  address: string;
}

/** A proposed founding core member: a registered user, or someone to invite by email. */
export type CoreMember =
  | { userId: string; role: CoreRole }
  | { name: string; position: string; organization: string; email: string; role: CoreRole };

/** Appendix 1 of the guideline: the request to form a community. */
export const formationRequests = pgTable(
  'formation_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => users.id),
    state: text('state').$type<RequestState>().notNull().default('draft'),
    applicant: jsonb('applicant').$type<ApplicantDetails>().notNull(),
    title: text('title').notNull().default(''),
    domain: text('domain').notNull().default(''),
    goals: text('goals').notNull().default(''),
    rationale: text('rationale').notNull().default(''),
    scope: text('scope').notNull().default(''),
    kind: text('kind').$type<Kind>(),
    level: text('level').$type<Level>(),
    geography: text('geography').$type<Geography>(),
    coreMembers: jsonb('core_members').$type<CoreMember[]>().notNull().default([]),
    platforms: text('platforms').notNull().default(''),
    knowledgeTools: text('knowledge_tools').notNull().default(''),
    hasPriorExperience: boolean('has_prior_experience'),
    priorExperience: text('prior_experience').notNull().default(''),
    funding: text('funding').notNull().default(''),
    supportNeeded: text('support_needed').notNull().default(''),
    /** The acknowledgement that stands for the signature, and when it was given. */
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    communityId: uuid('community_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('formation_requests_applicant_idx').on(t.applicantId, t.createdAt), index('formation_requests_state_idx').on(t.state, t.submittedAt)],
);

/** Every step of a request (created, submitted, changes asked, approved…), with its comment. */
export const formationRequestEvents = pgTable(
  'formation_request_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Insertion order: steps in one instant (or under a stopped test clock) still read in order. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => formationRequests.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    action: text('action').$type<'created' | 'submitted' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn'>().notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('formation_request_events_request_idx').on(t.requestId, t.seq)],
);

export const communities = pgTable(
  'communities',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    domain: text('domain').notNull(),
    goals: text('goals').notNull().default(''),
    description: text('description').notNull().default(''),
    kind: text('kind').$type<Kind>().notNull(),
    level: text('level').$type<Level>().notNull(),
    geography: text('geography').$type<Geography>().notNull(),
    structure: text('structure').$type<(typeof STRUCTURES)[number]>().notNull(),
    formality: text('formality').$type<(typeof FORMALITIES)[number]>().notNull(),
    visibility: text('visibility').$type<(typeof VISIBILITIES)[number]>().notNull(),
    joinPolicy: text('join_policy').$type<(typeof JOIN_POLICIES)[number]>().notNull(),
    state: text('state').$type<CommunityState>().notNull().default('active'),
    /** The calendar its monthly meetings follow, and the time zone they are held in. */
    calendar: text('calendar').$type<CalendarSystem>().notNull().default('persian'),
    timeZone: text('time_zone').notNull().default('Asia/Tehran'),
    /** One community per request: the unique key makes a second approval fail, not duplicate. */
    formationRequestId: uuid('formation_request_id')
      .unique()
      .references(() => formationRequests.id),
    /** Normalized title and domain (server/text/normalize.ts) for Persian/Arabic-aware search. */
    searchKey: text('search_key').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('communities_state_created_idx').on(t.state, t.createdAt, t.id)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** `requested`: waiting for a leader's answer; `active`: a member; the rest are history. */
    state: text('state').$type<'requested' | 'active' | 'left' | 'removed' | 'declined'>().notNull(),
    role: text('role').$type<Role>().notNull().default('member'),
    /** Guest experts only: access ends by itself at this time. */
    accessEndsAt: timestamp('access_ends_at', { withTimezone: true }),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('memberships_community_user_key').on(t.communityId, t.userId),
    index('memberships_user_idx').on(t.userId, t.state),
    index('memberships_community_state_idx').on(t.communityId, t.state, t.createdAt),
    // At most one chair per community, whatever the code does; handover swaps in one transaction.
    uniqueIndex('memberships_one_chair_key').on(t.communityId).where(sql`role = 'chair' and state = 'active'`),
  ],
);

/** An invitation mailed to a person (registered or not); the link's token is stored hashed. */
export const invitations = pgTable(
  'community_invitations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tokenId: text('token_id').notNull().unique(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    /** Set when the invitee was picked from the directory. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull().default(''),
    position: text('position').notNull().default(''),
    organization: text('organization').notNull().default(''),
    role: text('role').$type<Role>().notNull(),
    accessEndsAt: timestamp('access_ends_at', { withTimezone: true }),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    state: text('state').$type<'pending' | 'accepted' | 'declined' | 'revoked'>().notNull().default('pending'),
    answeredBy: uuid('answered_by').references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('community_invitations_community_idx').on(t.communityId, t.state), index('community_invitations_user_idx').on(t.userId, t.state)],
);

/** The community's own record: lifecycle changes and membership changes, with who and why. */
export const communityEvents = pgTable(
  'community_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Insertion order, for events of one instant (an approval records several). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(),
    subjectId: uuid('subject_id').references(() => users.id),
    detail: jsonb('detail').$type<Record<string, string | null>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('community_events_community_idx').on(t.communityId, t.seq)],
);
