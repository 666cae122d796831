import type { Actor, Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, forbidden, invalid, notFound, unauthenticated } from '../../http/errors.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { LIMITS, type RateLimiter } from '../../http/rate-limit/index.js';
import type { Locale } from '../../i18n/index.js';
import { toLatinDigits } from '../../text/digits.js';
import { searchKey } from '../../text/normalize.js';
import type { NotificationsService } from '../notifications/service.js';
import { userPolicy } from './policy.js';
import { presentAdminUser, presentMe, presentProfile } from './present.js';
import { newToken, tokenId } from '../../tokens.js';
import { hashPassword, newPassword, verifyPassword } from './secrets.js';
import * as store from './store.js';
import type { VisibilitySettings } from './tables.js';

const VERIFY_TTL_MS = 48 * 3600_000;
const RESET_TTL_MS = 3600_000;
// Sessions record activity at most this often, so reads do not turn into writes.
const TOUCH_EVERY_MS = 10 * 60_000;

export const DEFAULT_VISIBILITY: VisibilitySettings = {
  email: 'admins',
  phone: 'admins',
  address: 'admins',
  degree: 'public',
  fieldOfStudy: 'public',
  jobTitle: 'public',
  position: 'public',
  organization: 'public',
};

export interface ProfileChanges {
  locale?: Locale;
  profile?: Partial<{
    name: string;
    degree: string;
    fieldOfStudy: string;
    jobTitle: string;
    position: string;
    organization: string;
    phone: string;
    address: string;
    bio: string;
    expertise: string[];
    languages: string[];
  }>;
  visibility?: Partial<VisibilitySettings>;
}

/** What other modules may know of an account to write to its owner. */
const contactOf = (u: store.UserRow) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  emailKey: u.emailKey,
  emailVerified: u.emailVerifiedAt !== null,
  locale: u.locale,
  profile: { name: u.name, degree: u.degree, fieldOfStudy: u.fieldOfStudy, jobTitle: u.jobTitle, position: u.position, organization: u.organization, phone: u.phone, address: u.address },
});
export type Contact = ReturnType<typeof contactOf>;

const emailKeyOf = (email: string) => email.trim().toLowerCase();
const userSearchKey = (name: string, email: string) => searchKey(`${name} ${email}`);
const cleanTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))];

/** Of `userIds`, those who share a community with `viewerId` (answered by the communities module). */
export type PeerLookup = (viewerId: string, userIds: string[], tx: Db) => Promise<Set<string>>;

export function createAccountsService(deps: { db: Db; clock: Clock; config: Config; limiter: RateLimiter; notifications: NotificationsService; peersOf: PeerLookup }) {
  const { db, clock, config, limiter, notifications } = deps;
  const link = (path: string, token: string) => `${config.publicUrl}${path}?token=${encodeURIComponent(token)}`;
  // Verifying against a real hash when the email is unknown keeps both answers equally slow.
  const dummyHash = hashPassword(newToken());

  async function issueToken(tx: Db, userId: string, purpose: 'verify_email' | 'reset_password', ttlMs: number) {
    const token = newToken();
    const now = clock.now();
    await store.insertAccountToken(tx, { id: tokenId(token), userId, purpose, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) });
    return token;
  }

  async function sendVerification(tx: Db, user: store.UserRow) {
    const token = await issueToken(tx, user.id, 'verify_email', VERIFY_TTL_MS);
    await notifications.queueEmail(tx, user.email, user.locale, { template: 'verifyEmail', name: user.name, link: link('/verify-email', token) });
  }

  /** Takes a mailed token once: unknown, used and expired tokens are refused. */
  async function consumeToken(tx: Db, token: string, purpose: 'verify_email' | 'reset_password') {
    const row = await store.findAccountTokenForUpdate(tx, tokenId(token), purpose);
    if (!row || row.usedAt) throw new DomainError('invalid', 'token_invalid', 'errors.tokenInvalid', [{ field: 'token', key: 'validation.tokenInvalid' }]);
    if (row.expiresAt <= clock.now()) throw new DomainError('invalid', 'token_expired', 'errors.tokenExpired', [{ field: 'token', key: 'validation.tokenExpired' }]);
    await store.useAccountTokens(tx, row.userId, purpose, clock.now());
    const user = await store.findUserById(tx, row.userId);
    if (!user) throw notFound();
    return user;
  }

  async function startSession(tx: Db, user: store.UserRow, ctx: Ctx) {
    const token = newToken();
    const now = clock.now();
    await store.insertSession(tx, {
      id: tokenId(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + config.sessionDays * 86_400_000),
      ip: ctx.ip,
      userAgent: ctx.userAgent.slice(0, 400),
    });
    return token;
  }

  /** The row of a new account: one place for email keys, default visibility and the search key. */
  function newUserRow(input: { email: string; name: string; passwordHash: string; locale: Locale; now: Date }) {
    return {
      email: input.email.trim(),
      emailKey: emailKeyOf(input.email),
      passwordHash: input.passwordHash,
      name: input.name.trim(),
      locale: input.locale,
      visibility: DEFAULT_VISIBILITY,
      searchKey: userSearchKey(input.name, input.email),
      createdAt: input.now,
      updatedAt: input.now,
    };
  }

  /** Profiles as the viewer may see them; members-only fields need a shared community. */
  async function presentProfiles(actor: Actor, rows: store.UserRow[], tx: Db = db) {
    const peers = actor ? await deps.peersOf(actor.userId, rows.map((u) => u.id), tx) : new Set<string>();
    return rows.map((u) => presentProfile(actor, u, peers.has(u.id)));
  }

  async function requireUser(ctx: Ctx) {
    if (!ctx.actor) throw unauthenticated();
    const user = await store.findUserById(db, ctx.actor.userId);
    if (!user) throw unauthenticated();
    return user;
  }

  return {
    /** Creates an account directly (first admin, demo data, tests); no mail is sent. */
    async createUser(input: { email: string; password: string; name: string; role?: 'admin' | 'user'; locale?: Locale; verified?: boolean; mustChangePassword?: boolean; profile?: ProfileChanges['profile'] }) {
      const now = clock.now();
      const { expertise, languages, ...profile } = input.profile ?? {};
      const row = await store.insertUser(db, {
        ...newUserRow({ ...input, passwordHash: await hashPassword(input.password), locale: input.locale ?? 'fa', now }),
        ...profile,
        role: input.role ?? 'user',
        expertise: cleanTags(expertise ?? []),
        languages: cleanTags(languages ?? []),
        emailVerifiedAt: input.verified === false ? null : now,
        mustChangePassword: input.mustChangePassword ?? false,
      });
      return presentMe(row);
    },

    /** On an empty database, creates the first admin with a one-time password to print. */
    async ensureFirstAdmin(): Promise<{ email: string; password: string } | null> {
      if ((await store.countUsers(db)) > 0) return null;
      const password = newPassword();
      try {
        await this.createUser({ email: config.adminEmail, password, name: 'مدیر سامانه', role: 'admin', mustChangePassword: true });
      } catch (err) {
        // Another app process starting at the same moment created it first.
        if (isUniqueViolation(err)) return null;
        throw err;
      }
      return { email: config.adminEmail, password };
    },

    /** Creates the demo accounts on an empty database; returns whether it did. */
    async ensureDemoUsers(people: { email: string; name: string; role: 'admin' | 'user'; locale?: Locale; profile?: ProfileChanges['profile'] }[], password: string) {
      if ((await store.countUsers(db)) > 0) return false;
      for (const p of people) await this.createUser({ ...p, password });
      return true;
    },

    /** Same answer whether or not the email is taken: the owner of a taken address is told by mail. */
    async register(ctx: Ctx, input: { email: string; password: string; name: string; locale?: Locale }) {
      await limiter.check(`register:ip:${ctx.ip}`, LIMITS.registerPerIp);
      const passwordHash = await hashPassword(input.password);
      const locale = input.locale ?? ctx.locale;
      const tellOwner = (tx: Db, existing: store.UserRow) =>
        existing.emailVerifiedAt
          ? notifications.queueEmail(tx, existing.email, existing.locale, { template: 'accountExists', name: existing.name, link: `${config.publicUrl}/forgot-password` })
          : sendVerification(tx, existing);
      const create = () =>
        inTransaction(db, async (tx) => {
          const existing = await store.findUserByEmailKey(tx, emailKeyOf(input.email));
          if (existing) return tellOwner(tx, existing);
          const user = await store.insertUser(tx, newUserRow({ ...input, passwordHash, locale, now: clock.now() }));
          await sendVerification(tx, user);
        });
      try {
        await create();
      } catch (err) {
        // Two registrations of one new address at once: the loser is answered like any taken address.
        if (!isUniqueViolation(err)) throw err;
        await create();
      }
    },

    async verifyEmail(token: string) {
      await inTransaction(db, async (tx) => {
        const user = await consumeToken(tx, token, 'verify_email');
        if (!user.emailVerifiedAt) await store.updateUser(tx, user.id, { emailVerifiedAt: clock.now(), updatedAt: clock.now() });
      });
    },

    async resendVerification(ctx: Ctx, email: string) {
      await limiter.check(`mail:ip:${ctx.ip}`, LIMITS.mailPerIp);
      await limiter.check(`verify:email:${emailKeyOf(email)}`, LIMITS.mailPerEmail);
      await inTransaction(db, async (tx) => {
        const user = await store.findUserByEmailKey(tx, emailKeyOf(email));
        if (user && !user.emailVerifiedAt) await sendVerification(tx, user);
      });
    },

    /** Returns the new session's cookie token and the user. */
    async signIn(ctx: Ctx, input: { email: string; password: string }) {
      const key = emailKeyOf(input.email);
      await limiter.check(`signin:ip:${ctx.ip}`, LIMITS.signInPerIp);
      await limiter.check(`signin:email:${key}`, LIMITS.signInPerEmail);
      const user = await store.findUserByEmailKey(db, key);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
      if (!user || !ok) throw new DomainError('unauthenticated', 'invalid_credentials', 'errors.invalidCredentials');
      if (!user.emailVerifiedAt) throw new DomainError('forbidden', 'email_not_verified', 'errors.emailNotVerified');
      const token = await inTransaction(db, async (tx) => {
        // A sign-in replaces the session this browser had: no old token stays alive beside it.
        if (ctx.actor) await store.deleteSession(tx, ctx.actor.sessionId);
        return startSession(tx, user, ctx);
      });
      return { token, user: presentMe(user) };
    },

    async signOut(ctx: Ctx) {
      if (ctx.actor) await store.deleteSession(db, ctx.actor.sessionId);
    },

    /** Resolves a session cookie to an actor; expired and unknown tokens give null. */
    async resolveSession(token: string | undefined): Promise<{ actor: NonNullable<Actor>; locale: Locale; mustChangePassword: boolean } | null> {
      if (!token) return null;
      const id = tokenId(token);
      const now = clock.now();
      const found = await store.findLiveSession(db, id, now);
      if (!found) return null;
      if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await store.touchSession(db, id, now);
      return {
        actor: { userId: found.user.id, role: found.user.role, sessionId: id },
        locale: found.user.locale,
        mustChangePassword: found.user.mustChangePassword,
      };
    },

    async requestPasswordReset(ctx: Ctx, email: string) {
      const key = emailKeyOf(email);
      await limiter.check(`mail:ip:${ctx.ip}`, LIMITS.mailPerIp);
      await limiter.check(`reset:email:${key}`, LIMITS.mailPerEmail);
      await inTransaction(db, async (tx) => {
        const user = await store.findUserByEmailKey(tx, key);
        if (!user) return;
        const token = await issueToken(tx, user.id, 'reset_password', RESET_TTL_MS);
        await notifications.queueEmail(tx, user.email, user.locale, { template: 'resetPassword', name: user.name, link: link('/reset-password', token) });
      });
    },

    /** Sets the new password, proves the email (the link came by mail) and signs out everywhere. */
    async confirmPasswordReset(input: { token: string; password: string }) {
      const passwordHash = await hashPassword(input.password);
      await inTransaction(db, async (tx) => {
        const user = await consumeToken(tx, input.token, 'reset_password');
        const now = clock.now();
        await store.updateUser(tx, user.id, { passwordHash, mustChangePassword: false, emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now });
        await store.deleteUserSessions(tx, user.id);
        await notifications.queueEmail(tx, user.email, user.locale, { template: 'passwordChanged', name: user.name, link: `${config.publicUrl}/forgot-password` });
      });
    },

    /** Keeps this session, ends every other one. */
    async changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
      const user = await requireUser(ctx);
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw invalid([{ field: 'currentPassword', key: 'validation.wrongPassword' }], 'wrong_password');
      }
      const passwordHash = await hashPassword(input.newPassword);
      await inTransaction(db, async (tx) => {
        await store.updateUser(tx, user.id, { passwordHash, mustChangePassword: false, updatedAt: clock.now() });
        await store.deleteUserSessions(tx, user.id, ctx.actor!.sessionId);
        await notifications.queueEmail(tx, user.email, user.locale, { template: 'passwordChanged', name: user.name, link: `${config.publicUrl}/forgot-password` });
      });
    },

    async me(ctx: Ctx) {
      return presentMe(await requireUser(ctx));
    },

    async updateProfile(ctx: Ctx, changes: ProfileChanges) {
      const user = await requireUser(ctx);
      if (!userPolicy.editProfile(ctx.actor, user)) throw forbidden();
      const { expertise, languages, phone, ...profile } = changes.profile ?? {};
      const name = profile.name?.trim() ?? user.name;
      if (!name) throw invalid([{ field: 'profile.name', key: 'validation.required' }]);
      const normalizedPhone = phone === undefined ? undefined : toLatinDigits(phone).trim();
      if (normalizedPhone && !/^\+?[0-9][0-9 ()-]{4,30}$/.test(normalizedPhone)) {
        throw invalid([{ field: 'profile.phone', key: 'validation.phone' }]);
      }
      const row = await store.updateUser(db, user.id, {
        ...profile,
        name,
        ...(normalizedPhone !== undefined && { phone: normalizedPhone }),
        ...(expertise && { expertise: cleanTags(expertise) }),
        ...(languages && { languages: cleanTags(languages) }),
        ...(changes.locale && { locale: changes.locale }),
        visibility: { ...user.visibility, ...changes.visibility },
        searchKey: userSearchKey(name, user.email),
        updatedAt: clock.now(),
      });
      return presentMe(row);
    },

    async profile(ctx: Ctx, id: string) {
      const user = await store.findUserById(db, id);
      if (!user || !userPolicy.readProfile(ctx.actor)) throw notFound();
      return (await presentProfiles(ctx.actor, [user]))[0]!;
    },

    /** The people picker: verified users whose name matches, as the viewer may see them. */
    async directory(ctx: Ctx, q: string) {
      if (!userPolicy.searchDirectory(ctx.actor)) throw forbidden();
      const key = searchKey(q);
      if (key.length < 2) return [];
      // The stored key also holds the email; match on the name only so addresses cannot be probed.
      const rows = (await store.searchVerifiedUsers(db, key, 60)).filter((u) => searchKey(u.name).includes(key));
      return presentProfiles(ctx.actor, rows.slice(0, 20));
    },

    /**
     * Other modules' view of accounts: the profiles of these users as the viewer may see them.
     * Takes the caller's transaction (`tx`), as the contact lookups below do.
     */
    async profilesByIds(actor: Actor, ids: string[], tx: Db = db) {
      const rows = await store.findUsersByIds(tx, ids);
      const profiles = await presentProfiles(actor, rows, tx);
      return new Map(profiles.map((p) => [p.id, p]));
    },

    /** Names by id, for pages that show many people at once (a discussion thread). */
    async namesByIds(ids: string[], tx: Db = db) {
      return new Map((await store.findNamesByIds(tx, ids)).map((u) => [u.id, u.name]));
    },

    /** Contact details for mail and invitations (server-side only, never presented as is). */
    async contactsByIds(ids: string[], tx: Db = db) {
      const rows = await store.findUsersByIds(tx, ids);
      return new Map(rows.map((u) => [u.id, contactOf(u)]));
    },

    /** The administrators, to tell them of work waiting (e.g. a formation request to review). */
    async adminContacts(tx: Db = db) {
      return (await store.findAdmins(tx)).map(contactOf);
    },

    async contactByEmail(email: string, tx: Db = db) {
      const row = await store.findUserByEmailKey(tx, emailKeyOf(email));
      return row ? contactOf(row) : null;
    },

    async listUsers(ctx: Ctx, query: { q?: string; cursor?: string; limit?: number }) {
      if (!userPolicy.list(ctx.actor)) throw forbidden();
      const limit = query.limit ?? 20;
      const rows = await store.listUsers(db, searchKey(query.q ?? ''), decodeCursor(query.cursor), limit);
      return toPage(rows, limit, presentAdminUser);
    },

    /** An admin changes a platform role; the last admin cannot step down. */
    async setRole(ctx: Ctx, id: string, role: 'admin' | 'user') {
      if (!userPolicy.setRole(ctx.actor)) throw forbidden();
      return inTransaction(db, async (tx) => {
        const user = await store.findUserById(tx, id);
        if (!user) throw notFound();
        if (user.role === 'admin' && role === 'user' && (await store.lockAdmins(tx)) <= 1) {
          throw new DomainError('conflict', 'last_admin', 'errors.lastAdmin', [{ field: 'role', key: 'validation.lastAdmin' }]);
        }
        return presentAdminUser(await store.updateUser(tx, id, { role, updatedAt: clock.now() }));
      });
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
