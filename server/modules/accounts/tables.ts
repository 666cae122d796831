import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type Visibility = 'public' | 'members' | 'admins';
/** Profile fields that carry their own visibility (the formation form's personal details). */
export const VISIBLE_FIELDS = ['email', 'degree', 'fieldOfStudy', 'jobTitle', 'position', 'organization', 'phone', 'address'] as const;
export type VisibleField = (typeof VISIBLE_FIELDS)[number];
export type VisibilitySettings = Record<VisibleField, Visibility>;

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** As typed by the user. */
    email: text('email').notNull(),
    /** Lower-cased, trimmed: the unique login key. */
    emailKey: text('email_key').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<'admin' | 'user'>().notNull().default('user'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    locale: text('locale').$type<'fa' | 'ar' | 'en'>().notNull().default('fa'),
    name: text('name').notNull(),
    degree: text('degree').notNull().default(''),
    fieldOfStudy: text('field_of_study').notNull().default(''),
    jobTitle: text('job_title').notNull().default(''),
    position: text('position').notNull().default(''),
    organization: text('organization').notNull().default(''),
    phone: text('phone').notNull().default(''),
    address: text('address').notNull().default(''),
    bio: text('bio').notNull().default(''),
    expertise: jsonb('expertise').$type<string[]>().notNull().default([]),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    visibility: jsonb('visibility').$type<VisibilitySettings>().notNull(),
    /** Normalized name and email (server/text/normalize.ts) for Persian/Arabic-aware lookup. */
    searchKey: text('search_key').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('users_created_at_id_idx').on(t.createdAt, t.id)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not give working cookies. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    ip: text('ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

/** One-time tokens mailed to users: email verification and password reset. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    /** SHA-256 of the token in the link. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<'verify_email' | 'reset_password'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('account_tokens_user_id_idx').on(t.userId, t.purpose)],
);
