import type { Actor, Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, forbidden, invalid, notFound, unauthenticated, type FieldError } from '../../http/errors.js';
import type { MessageKey } from '../../i18n/index.js';
import type { AccountsService, Contact } from '../accounts/service.js';
import type { CommunitiesService } from '../communities/service.js';
import type { EmailTemplate } from '../notifications/emails.js';
import type { NotificationsService } from '../notifications/service.js';
import type { SearchIndex } from '../search/service.js';
import { excerpt, mentionedIds } from './mentions.js';
import { discussionPolicy as policy, type DiscussionStanding } from './policy.js';
import * as store from './store.js';
import type { ReportState } from './tables.js';

/** How much of a quoted post the thread view shows, and of a post a mail quotes. */
const QUOTE_EXCERPT = 200;
const MAIL_EXCERPT = 400;
const DEFAULT_PAGE = 50;

type ConflictCode = 'community_dissolved' | 'thread_locked' | 'already_reported' | 'post_deleted';
const conflict = (code: ConflictCode) => new DomainError('conflict', code, `errors.${code.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey);

type Community = NonNullable<Awaited<ReturnType<CommunitiesService['accessById']>>>['community'];
type People = (id: string) => { id: string; name: string };

/** The list's keyset cursor: (pinned, lastPostAt, id) of the last thread shown. */
const encodeCursor = (t: store.ListCursor) => Buffer.from(JSON.stringify([t.pinned, t.lastPostAt.toISOString(), t.id])).toString('base64url');
function decodeCursor(raw: string | undefined): store.ListCursor | null {
  if (!raw) return null;
  try {
    const [pinned, at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    const lastPostAt = new Date(String(at));
    if (typeof pinned !== 'boolean' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(lastPostAt.getTime())) throw new Error('bad cursor');
    return { pinned, lastPostAt, id };
  } catch {
    throw invalid([{ field: 'cursor', key: 'validation.invalid' }]);
  }
}

/**
 * Community discussions: threads of flat, numbered posts (a reply may quote an earlier post),
 * mentions and followers by mail, reading places, edits with their history, deletion as a
 * tombstone, and reports to the moderators. Who may do what: policy.ts.
 */
export function createDiscussionsService(deps: {
  db: Db;
  clock: Clock;
  config: Config;
  accounts: AccountsService;
  communities: CommunitiesService;
  notifications: NotificationsService;
  searchIndex: SearchIndex;
}) {
  const { db, clock, config, accounts, communities, notifications, searchIndex } = deps;
  const postLink = (threadId: string, number: number) => `${config.publicUrl}/discussions/${threadId}#post-${number}`;

  const requireActor = (ctx: Ctx) => {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  };

  // ---------- Loading and standing ----------

  const standingOf = (access: NonNullable<Awaited<ReturnType<CommunitiesService['accessById']>>>): DiscussionStanding => ({
    signedIn: access.standing.signedIn,
    admin: access.standing.admin,
    role: access.standing.role,
    readsCommunity: access.canRead,
    dissolved: access.community.state === 'dissolved',
  });

  /** The community by slug and where the actor stands; 404 when its content is not open to them. */
  async function communityFor(tx: Db, actor: Actor, slug: string) {
    const access = await communities.accessBySlug(actor, slug, tx);
    if (!access?.canRead) throw notFound();
    return { community: access.community, standing: standingOf(access) };
  }

  /** The thread, its community and the actor's standing; 404 to those who may not read it. */
  async function threadFor(tx: Db, actor: Actor, id: string, options: { forUpdate?: boolean } = {}) {
    const thread = await store.findThread(tx, id, options);
    if (!thread) throw notFound();
    const access = await communities.accessById(actor, thread.communityId, tx);
    if (!access?.canRead) throw notFound();
    return { thread, community: access.community, standing: standingOf(access) };
  }

  /** A post with its thread; 404 when either is not there for the actor. */
  async function postFor(tx: Db, actor: Actor, id: string, options: { forUpdate?: boolean } = {}) {
    const post = await store.findPost(tx, id, options);
    if (!post) throw notFound();
    return { post, ...(await threadFor(tx, actor, post.threadId)) };
  }

  /** A change: 409 in a dissolved community, else 403 unless allowed. */
  function allow(standing: DiscussionStanding, allowed: boolean) {
    if (standing.dissolved) throw conflict('community_dissolved');
    if (!allowed) throw forbidden();
  }

  const people = async (tx: Db, ids: (string | null)[]): Promise<People> => {
    const names = await accounts.namesByIds([...new Set(ids.filter((x): x is string => Boolean(x)))], tx);
    return (id: string) => ({ id, name: names.get(id) ?? '' });
  };

  // ---------- Validation ----------

  const blank = (value: string | undefined) => value !== undefined && value.trim() === '';
  function checkText(fields: { title?: string; body?: string; reason?: string }) {
    const errors: FieldError[] = [];
    for (const [field, value] of Object.entries(fields)) if (blank(value)) errors.push({ field, key: 'validation.required' });
    return errors;
  }
  const fail = (errors: FieldError[]) => {
    if (errors.length) throw invalid(errors);
  };

  // ---------- Search ----------

  /** A visible post in search: the opening post carries the thread's title; replies name it as context. */
  const indexPost = (tx: Db, thread: { id: string; communityId: string; title: string }, post: store.PostRow) =>
    searchIndex.put(tx, {
      kind: 'discussion',
      sourceId: post.id,
      communityId: thread.communityId,
      title: post.number === 1 ? thread.title : '',
      context: thread.title,
      body: post.body,
      path: `/discussions/${thread.id}#post-${post.number}`,
      updatedAt: post.editedAt ?? post.createdAt,
    });

  // ---------- Mail ----------

  /** Of these users, those who may read the community (public: everyone; private: members and administrators). */
  async function readersAmong(tx: Db, community: Community, ids: string[]): Promise<Contact[]> {
    if (ids.length === 0) return [];
    const contacts = await accounts.contactsByIds(ids, tx);
    let reads = (_id: string) => true;
    if (community.visibility !== 'public') {
      const members = new Set((await communities.currentMembers(community.id, tx)).map((m) => m.userId));
      const admins = new Set((await accounts.adminContacts(tx)).map((c) => c.id));
      reads = (id) => members.has(id) || admins.has(id);
    }
    return ids.flatMap((id) => {
      const c = contacts.get(id);
      return c && reads(id) ? [c] : [];
    });
  }

  async function mail(tx: Db, to: Contact[], build: (c: Contact) => EmailTemplate) {
    for (const c of to) await notifications.queueEmail(tx, c.email, c.locale, build(c));
  }

  /**
   * Mails about a new or edited post: those it mentions (`mentioned`, already limited to the new
   * ones on an edit) and, for a new post, the thread's followers; each person once, never the author.
   */
  async function notifyPost(tx: Db, args: { thread: store.ThreadRow; community: Community; post: store.PostRow; mentioned: string[]; followers: boolean }) {
    const { thread, community, post } = args;
    const author = (await accounts.contactsByIds([post.authorId], tx)).get(post.authorId)?.name ?? '';
    const common = { link: postLink(thread.id, post.number), title: thread.title, community: community.title, author, note: excerpt(post.body, MAIL_EXCERPT) };
    const mentioned = await readersAmong(
      tx,
      community,
      args.mentioned.filter((id) => id !== post.authorId),
    );
    await mail(tx, mentioned, (c) => ({ template: 'discussionMention', name: c.name, ...common }));
    if (!args.followers) return;
    const skip = new Set([post.authorId, ...mentioned.map((c) => c.id)]);
    const followers = await readersAmong(
      tx,
      community,
      (await store.followersOf(tx, thread.id)).filter((id) => !skip.has(id)),
    );
    await mail(tx, followers, (c) => ({ template: 'discussionReply', name: c.name, ...common }));
  }

  // ---------- Presenting ----------

  /** Posts as this viewer sees them: quotes and names in one batched query each. */
  async function presentPosts(tx: Db, posts: store.PostRow[], thread: store.ThreadRow, standing: DiscussionStanding, actor: Actor, known: string[] = [], quotes?: store.QuoteRow[]) {
    const quoteIds = [...new Set(posts.flatMap((p) => (p.quotePostId ? [p.quotePostId] : [])))];
    const quoted = new Map((quotes ?? (await store.postsByIds(tx, quoteIds))).map((q) => [q.id, q]));
    const person = await people(tx, [...known, ...posts.map((p) => p.authorId), ...[...quoted.values()].map((q) => q.authorId)]);
    const seeDeleted = policy.seeDeletedText(standing);
    return {
      person,
      posts: posts.map((p) => {
        const deleted = p.deletedAt !== null;
        const isAuthor = actor?.userId === p.authorId;
        const q = p.quotePostId ? quoted.get(p.quotePostId) : undefined;
        return {
          id: p.id,
          number: p.number,
          author: person(p.authorId),
          body: deleted && !seeDeleted ? '' : p.body,
          quote: q ? { postId: q.id, number: q.number, author: person(q.authorId), excerpt: q.deletedAt ? '' : excerpt(q.body, QUOTE_EXCERPT) } : null,
          createdAt: p.createdAt.toISOString(),
          editedAt: p.editedAt?.toISOString() ?? null,
          deleted,
          deletedBy: deleted ? (p.deletedBy === p.authorId ? ('author' as const) : ('moderator' as const)) : null,
          canEdit: policy.editPost(standing, thread, { deleted }, isAuthor),
          canDelete: policy.deletePost(standing, { deleted }, isAuthor),
        };
      }),
    };
  }

  async function presentPost(tx: Db, post: store.PostRow, thread: store.ThreadRow, standing: DiscussionStanding, actor: Actor) {
    return (await presentPosts(tx, [post], thread, standing, actor)).posts[0]!;
  }

  // ---------- The service ----------

  const service = {
    /** A community's threads: pinned first, then the most recently active. */
    async list(ctx: Ctx, slug: string, query: { cursor?: string; limit?: number }) {
      const { community, standing } = await communityFor(db, ctx.actor, slug);
      const limit = query.limit ?? 20;
      const userId = ctx.actor?.userId ?? null;
      const rows = await store.listThreads(db, { communityId: community.id, userId, after: decodeCursor(query.cursor), limit });
      const page = rows.slice(0, limit);
      const person = await people(
        db,
        page.flatMap((r) => [r.thread.authorId, r.lastPosterId]),
      );
      const last = page[page.length - 1];
      return {
        items: page.map(({ thread: t, lastReadNumber, following, deletedReplies, lastPosterId }) => ({
          id: t.id,
          title: t.title,
          author: person(t.authorId),
          pinned: t.pinned,
          locked: t.locked,
          replies: Math.max(0, t.postCount - 1 - Number(deletedReplies)),
          lastPostAt: t.lastPostAt.toISOString(),
          createdAt: t.createdAt.toISOString(),
          lastPoster: lastPosterId ? person(lastPosterId) : null,
          unread: userId ? Math.max(0, t.postCount - (lastReadNumber ?? 0)) : null,
          following: Boolean(following),
        })),
        nextCursor: rows.length > limit && last ? encodeCursor(last.thread) : null,
        canStart: policy.start(standing),
      };
    },

    /** Starts a thread: its text is post 1; the author follows it and has read it. */
    async start(ctx: Ctx, slug: string, input: { title: string; body: string }) {
      const actor = requireActor(ctx);
      const id = await inTransaction(db, async (tx) => {
        const { community, standing } = await communityFor(tx, actor, slug);
        allow(standing, policy.start(standing));
        fail(checkText({ title: input.title, body: input.body }));
        const now = clock.now();
        const thread = await store.insertThread(tx, { communityId: community.id, title: input.title.trim(), authorId: actor.userId, lastPostAt: now, createdAt: now });
        const post = await store.insertPost(tx, thread, { authorId: actor.userId, body: input.body, createdAt: now });
        await store.follow(tx, thread.id, actor.userId);
        await store.markRead(tx, thread.id, actor.userId, post.number);
        await indexPost(tx, thread, post);
        await notifyPost(tx, { thread, community, post, mentioned: mentionedIds(post.body), followers: false });
        return thread.id;
      });
      return service.get(ctx, id, {});
    },

    /**
     * A thread and a page of its posts from number `from`. Fast on big tables: the thread with the
     * reader's place, its page (one range scan of (thread_id, number)) and the quoted posts in one
     * query, the community and standing, then every name on the page in one query.
     */
    async get(ctx: Ctx, id: string, query: { from?: number; limit?: number }) {
      const actor = ctx.actor;
      const limit = query.limit ?? DEFAULT_PAGE;
      const found = await store.threadPage(db, id, actor?.userId ?? null, query.from ?? 1, limit + 1);
      if (!found) throw notFound();
      const { thread } = found;
      const access = await communities.accessById(actor, thread.communityId);
      if (!access?.canRead) throw notFound();
      const standing = standingOf(access);
      const page = found.posts.slice(0, limit);
      const { person, posts } = await presentPosts(db, page, thread, standing, actor, [thread.authorId], found.quotes);
      const c = access.community;
      return {
        id: thread.id,
        community: { id: c.id, slug: c.slug, title: c.title, state: c.state },
        title: thread.title,
        author: person(thread.authorId),
        pinned: thread.pinned,
        locked: thread.locked,
        postCount: thread.postCount,
        following: found.following,
        lastReadNumber: found.lastReadNumber ?? null,
        permissions: {
          reply: policy.reply(standing, thread),
          moderate: !standing.dissolved && policy.moderator(standing),
          follow: policy.follow(standing),
          report: policy.report(standing),
        },
        posts,
        nextFrom: found.posts.length > limit ? page[page.length - 1]!.number + 1 : null,
      };
    },

    /** Renames (author or moderators), pins or locks (moderators) a thread. */
    async update(ctx: Ctx, id: string, patch: { title?: string; pinned?: boolean; locked?: boolean }) {
      const actor = requireActor(ctx);
      await inTransaction(db, async (tx) => {
        const { thread, standing } = await threadFor(tx, actor, id, { forUpdate: true });
        const isAuthor = thread.authorId === actor.userId;
        allow(standing, (patch.pinned === undefined && patch.locked === undefined) || policy.pinOrLock(standing));
        if (patch.title !== undefined) {
          if (isAuthor && thread.locked && !policy.moderator(standing)) throw conflict('thread_locked');
          allow(standing, policy.rename(standing, thread, isAuthor));
        }
        fail(checkText({ title: patch.title }));
        const title = patch.title?.trim() ?? thread.title;
        await store.updateThread(tx, id, { title, pinned: patch.pinned ?? thread.pinned, locked: patch.locked ?? thread.locked });
        if (title !== thread.title) {
          for (const post of await store.visiblePosts(tx, id)) await indexPost(tx, { ...thread, title }, post);
        }
      });
      return service.get(ctx, id, {});
    },

    /** A reply (members, the thread not locked), perhaps quoting a post of the same thread. */
    async reply(ctx: Ctx, id: string, input: { body: string; quotePostId?: string | null }) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { thread, community, standing } = await threadFor(tx, actor, id, { forUpdate: true });
        allow(standing, policy.reply(standing, { locked: false }));
        if (thread.locked) throw conflict('thread_locked');
        const errors = checkText({ body: input.body });
        if (input.quotePostId) {
          const quoted = await store.findPost(tx, input.quotePostId);
          if (!quoted || quoted.threadId !== thread.id || quoted.deletedAt) errors.push({ field: 'quotePostId', key: 'validation.quotedPost' });
        }
        fail(errors);
        const post = await store.insertPost(tx, thread, { authorId: actor.userId, body: input.body, quotePostId: input.quotePostId ?? null, createdAt: clock.now() });
        await store.follow(tx, thread.id, actor.userId);
        await store.markRead(tx, thread.id, actor.userId, post.number);
        await indexPost(tx, thread, post);
        await notifyPost(tx, { thread: { ...thread, postCount: post.number }, community, post, mentioned: mentionedIds(post.body), followers: true });
        return presentPost(tx, post, { ...thread, postCount: post.number }, standing, actor);
      });
    },

    async follow(ctx: Ctx, id: string, on: boolean) {
      const actor = requireActor(ctx);
      await inTransaction(db, async (tx) => {
        const { standing } = await threadFor(tx, actor, id);
        allow(standing, policy.follow(standing));
        if (on) await store.follow(tx, id, actor.userId);
        else await store.unfollow(tx, id, actor.userId);
      });
    },

    /** The reader has read up to `number`: their place never moves back. */
    async markRead(ctx: Ctx, id: string, number: number) {
      const actor = requireActor(ctx);
      await inTransaction(db, async (tx) => {
        const { thread, standing } = await threadFor(tx, actor, id);
        if (!policy.markRead(standing)) throw forbidden();
        if (number > thread.postCount) throw invalid([{ field: 'number', key: 'validation.readBeyondEnd' }]);
        await store.markRead(tx, id, actor.userId, number);
      });
    },

    /** Edits one's own post: the earlier text is kept; only newly mentioned people are mailed. */
    async editPost(ctx: Ctx, id: string, body: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { post, thread, community, standing } = await postFor(tx, actor, id, { forUpdate: true });
        const isAuthor = post.authorId === actor.userId;
        allow(standing, isAuthor);
        if (post.deletedAt) throw conflict('post_deleted');
        if (thread.locked) throw conflict('thread_locked');
        fail(checkText({ body }));
        if (body === post.body) return presentPost(tx, post, thread, standing, actor);
        const now = clock.now();
        await store.insertRevision(tx, { postId: post.id, body: post.body, replacedAt: now });
        const updated = await store.updatePost(tx, post.id, { body, editedAt: now });
        await indexPost(tx, thread, updated);
        const before = new Set(mentionedIds(post.body));
        await notifyPost(tx, { thread, community, post: updated, mentioned: mentionedIds(body).filter((u) => !before.has(u)), followers: false });
        return presentPost(tx, updated, thread, standing, actor);
      });
    },

    /** The earlier texts of a post, oldest first; a deleted post's only for moderators. */
    async revisions(ctx: Ctx, id: string) {
      const { post, standing } = await postFor(db, ctx.actor, id);
      if (post.deletedAt && !policy.seeDeletedText(standing)) return [];
      return (await store.revisionsOf(db, id)).map((r) => ({ body: r.body, replacedAt: r.replacedAt.toISOString() }));
    },

    /** Deletes a post (its author or a moderator): a tombstone stays; the text leaves the view and search. */
    async deletePost(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      await inTransaction(db, async (tx) => {
        const { post, standing } = await postFor(tx, actor, id, { forUpdate: true });
        const isAuthor = post.authorId === actor.userId;
        allow(standing, isAuthor || policy.moderator(standing));
        if (post.deletedAt) return;
        await store.updatePost(tx, post.id, { deletedAt: clock.now(), deletedBy: actor.userId });
        await searchIndex.remove(tx, 'discussion', post.id);
      });
    },

    /** Reports a post to the chair and facilitators, once per person and post. */
    async report(ctx: Ctx, id: string, reason: string) {
      const actor = requireActor(ctx);
      try {
        return await inTransaction(db, async (tx) => {
          const { post, thread, community, standing } = await postFor(tx, actor, id);
          allow(standing, policy.report(standing, post.authorId === actor.userId));
          if (post.deletedAt) throw conflict('post_deleted');
          fail(checkText({ reason }));
          const report = await store.insertReport(tx, { postId: post.id, reporterId: actor.userId, reason: reason.trim(), createdAt: clock.now() });
          const leaders = (await communities.membersWithRoles(community.id, ['chair', 'facilitator'], tx)).map((m) => m.userId).filter((u) => u !== actor.userId);
          const contacts = await accounts.contactsByIds([...new Set([...leaders, actor.userId, post.authorId])], tx);
          const name = (u: string) => contacts.get(u)?.name ?? '';
          const to = leaders.flatMap((u) => (contacts.get(u) ? [contacts.get(u)!] : []));
          await mail(tx, to, (c) => ({
            template: 'discussionReport',
            name: c.name,
            link: postLink(thread.id, post.number),
            title: thread.title,
            community: community.title,
            author: name(post.authorId),
            reporter: name(actor.userId),
            note: report.reason,
          }));
          return { id: report.id };
        });
      } catch (error) {
        if (isUniqueViolation(error, 'discussion_reports_once_key')) throw conflict('already_reported');
        throw error;
      }
    },

    /** The community's reports in one state, newest first (moderators). */
    async reports(ctx: Ctx, slug: string, query: { state?: ReportState }) {
      const { community, standing } = await communityFor(db, ctx.actor, slug);
      if (!policy.seeReports(standing)) throw forbidden();
      const rows = await store.reportsOf(db, community.id, query.state ?? 'open');
      const person = await people(
        db,
        rows.flatMap((r) => [r.post.authorId, r.report.reporterId, r.report.resolvedBy]),
      );
      return rows.map(({ report: r, post: p, threadTitle }) => ({
        id: r.id,
        post: { id: p.id, number: p.number, threadId: p.threadId, threadTitle, author: person(p.authorId), body: p.body, deleted: p.deletedAt !== null },
        reporter: person(r.reporterId),
        reason: r.reason,
        state: r.state,
        createdAt: r.createdAt.toISOString(),
        resolvedAt: r.resolvedAt?.toISOString() ?? null,
        resolvedBy: r.resolvedBy ? person(r.resolvedBy) : null,
      }));
    },

    async resolveReport(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      await inTransaction(db, async (tx) => {
        const found = await store.findReport(tx, id, { forUpdate: true });
        if (!found) throw notFound();
        const access = await communities.accessById(actor, found.communityId, tx);
        if (!access?.canRead) throw notFound();
        const standing = standingOf(access);
        allow(standing, policy.resolveReports(standing));
        if (found.report.state === 'resolved') return;
        await store.updateReport(tx, id, { state: 'resolved', resolvedBy: actor.userId, resolvedAt: clock.now() });
      });
    },
  };
  return service;
}

export type DiscussionsService = ReturnType<typeof createDiscussionsService>;
