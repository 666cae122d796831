import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';

export const CALL_STATES = ['draft', 'scheduled', 'open', 'closed', 'under_review', 'results_published'] as const;
export type CallState = (typeof CALL_STATES)[number];
export const CONTRIBUTION_STATES = ['draft', 'submitted', 'withdrawn'] as const;
export type ContributionState = (typeof CONTRIBUTION_STATES)[number];

/** A domain of a call (e.g. «علمی، فرهنگی و اجتماعی»); `key` is stable within the call. */
export interface CallDomain {
  key: string;
  title: string;
  description: string;
}
/** An audience group (think tanks, professors, the public…); `key` is stable within the call. */
export interface AudienceGroup {
  key: string;
  title: string;
}
export interface AttachmentRules {
  allowed: boolean;
  maxBytes: number;
  types: string[];
  maxFiles: number;
}

/** Users an administrator has allowed to create and run calls. */
export const callManagers = pgTable('call_managers', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  grantedBy: uuid('granted_by').references(() => users.id),
  grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
});

export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown, rendered safely by the client. */
    description: text('description').notNull().default(''),
    domains: jsonb('domains').$type<CallDomain[]>().notNull(),
    audienceGroups: jsonb('audience_groups').$type<AudienceGroup[]>().notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    blindReview: boolean('blind_review').notNull().default(false),
    publicAfterClose: boolean('public_after_close').notNull().default(false),
    wordLimit: integer('word_limit'),
    attachments: jsonb('attachments').$type<AttachmentRules>().notNull(),
    state: text('state').$type<CallState>().notNull().default('draft'),
    /** Storage key and sniffed media type of the cover image, if any. */
    coverKey: text('cover_key'),
    coverType: text('cover_type'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('calls_state_closes_idx').on(t.state, t.closesAt)],
);

export const contributions = pgTable(
  'contributions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    /** Shown on the receipt; short, unambiguous, unique. */
    trackingCode: text('tracking_code').notNull().unique(),
    /** A retried or double-clicked create carries the same key and finds the first one. */
    idempotencyKey: text('idempotency_key'),
    state: text('state').$type<ContributionState>().notNull().default('draft'),
    domainKey: text('domain_key').notNull(),
    audienceGroup: text('audience_group').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    affiliation: text('affiliation').notNull().default(''),
    /** Normalized title and text for Persian/Arabic-aware filtering. */
    searchKey: text('search_key').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('contributions_author_idempotency_key').on(t.authorId, t.idempotencyKey),
    index('contributions_call_state_idx').on(t.callId, t.state, t.createdAt),
    index('contributions_author_idx').on(t.authorId, t.createdAt),
  ],
);

/** The audience group a contributor chose last, offered again next time. */
export const contributorPreferences = pgTable('contributor_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  audienceGroup: text('audience_group').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** A file attached to a contribution; the bytes live in the file storage under `storageKey`. */
export const contributionAttachments = pgTable(
  'contribution_attachments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    contributionId: uuid('contribution_id')
      .notNull()
      .references(() => contributions.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull().unique(),
    /** The name as uploaded, for the download; never used as a path. */
    name: text('name').notNull(),
    size: integer('size').notNull(),
    /** Sniffed from the bytes, not taken from the client. */
    type: text('type').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('contribution_attachments_contribution_idx').on(t.contributionId)],
);
