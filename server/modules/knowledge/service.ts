import type { Actor, Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/connection.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, forbidden, invalid, notFound, unauthenticated, type FieldError } from '../../http/errors.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { searchKey } from '../../text/normalize.js';
import type { AccountsService } from '../accounts/service.js';
import type { CommunitiesService } from '../communities/service.js';
import type { SearchIndex } from '../search/service.js';
import { knowledgePolicy, type KnowledgeStanding, type WIKI_KINDS } from './policy.js';
import * as store from './store.js';
import type { KnowledgeKind } from './tables.js';

type WikiKind = (typeof WIKI_KINDS)[number];

/** A page as the wiki writes it (create and edit). */
export interface PageInput {
  kind: WikiKind;
  title: string;
  body: string;
  parentId: string | null;
  tags: string[];
  note?: string;
}

type ConflictCode = 'community_dissolved' | 'minutes_from_meeting' | 'edit_conflict';
const conflict = (code: ConflictCode, extra: Record<string, unknown> = {}) =>
  new DomainError('conflict', code, `errors.${code.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey, [], {}, extra);

type Access = NonNullable<Awaited<ReturnType<CommunitiesService['accessById']>>>;

const standingOf = (access: Access): KnowledgeStanding => ({
  signedIn: access.standing.signedIn,
  admin: access.standing.admin,
  role: access.standing.role,
  readsCommunity: access.canRead,
  dissolved: access.community.state === 'dissolved',
});

/** Tags trimmed (inner spaces collapsed), repeats dropped by their search key (ي/ی, ك/ک… fold). */
export function cleanTags(tags: string[]): { tags: string[]; errors: FieldError[] } {
  const seen = new Set<string>();
  const out: string[] = [];
  const errors: FieldError[] = [];
  tags.forEach((raw, i) => {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = searchKey(tag);
    if (!tag || !key) errors.push({ field: `tags.${i}`, key: 'validation.required' });
    else if (!seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  });
  return { tags: out, errors };
}

/** The chain of parents of `id`, top first (a loop in old data stops the walk). */
function ancestorsOf(byId: Map<string, store.OutlineRow>, parentId: string | null) {
  const chain: store.OutlineRow[] = [];
  const seen = new Set<string>();
  for (let cur = parentId; cur && !seen.has(cur); cur = byId.get(cur)?.parentId ?? null) {
    seen.add(cur);
    const row = byId.get(cur);
    if (!row) break;
    chain.unshift(row);
  }
  return chain;
}

/**
 * A community's knowledge base: wiki pages, case studies, lessons learned and best practices
 * written by its members, and published meeting minutes (from the meetings module), each with
 * its full numbered revision history, a place in the page hierarchy, tags and members' ratings.
 * Every save is checked against the revision it started from, so nobody overwrites a save they
 * have not seen (409 `edit_conflict` carrying the other version).
 */
export function createKnowledgeService(deps: { db: Db; clock: Clock; accounts: AccountsService; communities: CommunitiesService; searchIndex: SearchIndex }) {
  const { db, clock, accounts, communities, searchIndex } = deps;

  /** An item in search, for its community's readers; its tags are searched with its text. */
  const indexItem = (tx: Db, item: { id: string; communityId: string; title: string; body: string; tags: string[]; updatedAt: Date }) =>
    searchIndex.put(tx, {
      kind: 'wiki',
      sourceId: item.id,
      communityId: item.communityId,
      title: item.title,
      body: item.tags.length ? `${item.body}\n\n${item.tags.join(' · ')}` : item.body,
      path: `/knowledge/${item.id}`,
      updatedAt: item.updatedAt,
    });

  const requireActor = (ctx: Ctx) => {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  };

  /** The item and where the actor stands; 404 to those who may not read its community. */
  async function load(tx: Db, actor: Actor, id: string, options: { forUpdate?: boolean } = {}) {
    const item = await store.findItem(tx, id, options);
    if (!item) throw notFound();
    const access = (await communities.accessById(actor, item.communityId, tx))!;
    const standing = standingOf(access);
    if (!knowledgePolicy.read(standing)) throw notFound();
    return { item, access, standing };
  }

  /** For a change: 404 unreadable, 409 dissolved, 403 not allowed. */
  const allow = (s: KnowledgeStanding, allowed: (s: KnowledgeStanding) => boolean) => {
    if (s.dissolved) throw conflict('community_dissolved');
    if (!allowed(s)) throw forbidden();
  };

  /** Loads a wiki item for an edit or a revert, locked until the transaction ends. */
  async function loadForEdit(tx: Db, ctx: Ctx, id: string) {
    const actor = requireActor(ctx);
    const loaded = await load(tx, actor, id, { forUpdate: true });
    allow(loaded.standing, knowledgePolicy.write);
    if (!knowledgePolicy.editableKind(loaded.item.kind)) throw conflict('minutes_from_meeting');
    return { actor, ...loaded };
  }

  const names = async (ids: string[], tx: Db) => {
    const contacts = await accounts.contactsByIds([...new Set(ids)], tx);
    return (id: string) => ({ id, name: contacts.get(id)?.name ?? '' });
  };

  /** 409 edit_conflict with the version saved since `base`, unless `base` is the current one. */
  async function checkBase(tx: Db, item: store.ItemRow, base: number) {
    if (base === item.revision) return;
    const current = (await store.findRevision(tx, item.id, item.revision))!;
    const person = await names([current.authorId], tx);
    throw conflict('edit_conflict', {
      current: { revision: current.number, title: current.title, body: current.body, author: person(current.authorId), createdAt: current.createdAt.toISOString() },
    });
  }

  /** Title, tags and parent of a page: cleaned, or the field errors (parent of another community, a cycle). */
  async function checkPage(tx: Db, communityId: string, input: PageInput, selfId: string | null) {
    const errors: FieldError[] = [];
    const title = input.title.trim();
    if (!title) errors.push({ field: 'title', key: 'validation.required' });
    const tags = cleanTags(input.tags);
    errors.push(...tags.errors);
    if (input.parentId !== null) {
      const byId = new Map((await store.outlineOf(tx, communityId)).map((r) => [r.id, r]));
      if (!byId.has(input.parentId)) errors.push({ field: 'parentId', key: 'validation.knowledgeParent' });
      else if (selfId && (input.parentId === selfId || ancestorsOf(byId, input.parentId).some((a) => a.id === selfId))) {
        errors.push({ field: 'parentId', key: 'validation.knowledgeCycle' });
      }
    }
    if (errors.length) throw invalid(errors);
    return { title, tags: tags.tags };
  }

  /**
   * Saves a change to an item: a new numbered revision when the title or text changed, the kind,
   * tags and parent in place. Nothing changed: nothing saved (false).
   */
  async function applyChange(
    tx: Db,
    item: store.ItemRow,
    next: { title: string; body: string; kind: KnowledgeKind; tags: string[]; parentId: string | null },
    revision: { note: string; authorId: string },
  ) {
    const textChanged = next.title !== item.title || next.body !== item.body;
    const metaChanged = next.kind !== item.kind || next.parentId !== item.parentId || JSON.stringify(next.tags) !== JSON.stringify(item.tags);
    if (!textChanged && !metaChanged) return false;
    const now = clock.now();
    let number = item.revision;
    if (textChanged) {
      number = (await store.insertRevision(tx, { itemId: item.id, title: next.title, body: next.body, note: revision.note, authorId: revision.authorId, createdAt: now })).number;
    }
    await store.updateItem(tx, item.id, { ...next, revision: number, updatedAt: now });
    await indexItem(tx, { ...item, ...next, updatedAt: now });
    return true;
  }

  /** The item as the reader sees it: text, place in the hierarchy, revisions, ratings, what they may do. */
  async function present(tx: Db, ctx: Ctx, item: store.ItemRow, access: Access) {
    const standing = standingOf(access);
    const revisions = await store.revisionsOf(tx, item.id);
    const person = await names(
      revisions.map((r) => r.authorId),
      tx,
    );
    const outline = await store.outlineOf(tx, item.communityId);
    const byId = new Map(outline.map((r) => [r.id, r]));
    const collator = new Intl.Collator(ctx.locale);
    const summary = (await store.ratingSummaries(tx, [item.id])).get(item.id);
    const mine = ctx.actor ? await store.findRating(tx, item.id, ctx.actor.userId) : null;
    const write = knowledgePolicy.write(standing);
    return {
      id: item.id,
      community: { id: access.community.id, slug: access.community.slug, title: access.community.title, state: access.community.state },
      kind: item.kind,
      title: item.title,
      body: item.body,
      tags: item.tags,
      sourceMeetingId: item.sourceMeetingId,
      parentId: item.parentId,
      ancestors: ancestorsOf(byId, item.parentId).map((a) => ({ id: a.id, title: a.title })),
      children: outline
        .filter((r) => r.parentId === item.id)
        .sort((a, b) => collator.compare(a.title, b.title))
        .map((r) => ({ id: r.id, title: r.title, kind: r.kind })),
      revision: item.revision,
      revisions: revisions.map((r) => ({ number: r.number, title: r.title, note: r.note, author: person(r.authorId), createdAt: r.createdAt.toISOString() })),
      rating: { average: summary?.average ?? null, count: summary?.count ?? 0, mine: mine?.stars ?? null },
      permissions: { edit: write && knowledgePolicy.editableKind(item.kind), rate: knowledgePolicy.rate(standing) },
      updatedAt: item.updatedAt.toISOString(),
    };
  }

  /** The community's items for the list, and where the actor stands; 404 when unreadable. */
  async function communityOutline(ctx: Ctx, slug: string) {
    const access = await communities.accessBySlug(ctx.actor, slug);
    if (!access || !knowledgePolicy.read(standingOf(access))) throw notFound();
    return { access, outline: await store.outlineOf(db, access.community.id) };
  }

  return {
    /** Creates an item with its first revision (inside the caller's transaction): published minutes. */
    async publish(tx: Db, input: { communityId: string; kind: KnowledgeKind; title: string; body: string; authorId: string; sourceMeetingId?: string; note?: string }) {
      const now = clock.now();
      const item = await store.insertItem(tx, {
        communityId: input.communityId,
        kind: input.kind,
        title: input.title,
        body: input.body,
        sourceMeetingId: input.sourceMeetingId ?? null,
        createdBy: input.authorId,
        createdAt: now,
        updatedAt: now,
      });
      await store.insertRevision(tx, { itemId: item.id, title: input.title, body: input.body, note: input.note ?? '', authorId: input.authorId, createdAt: now });
      await indexItem(tx, item);
      return item.id;
    },

    /** Saves a new revision (inside the caller's transaction): corrected minutes; unchanged text saves nothing. */
    async revise(tx: Db, id: string, input: { title: string; body: string; authorId: string; note?: string }) {
      const item = await store.findItem(tx, id, { forUpdate: true });
      if (!item) return;
      await applyChange(tx, item, { title: input.title, body: input.body, kind: item.kind, tags: item.tags, parentId: item.parentId }, { note: input.note ?? '', authorId: input.authorId });
    },

    /** The community's knowledge base: every item (or those of a kind, a tag, matching words), for the tree. */
    async list(ctx: Ctx, slug: string, query: { kind?: KnowledgeKind; tag?: string; q?: string }) {
      const { access, outline } = await communityOutline(ctx, slug);
      const tag = query.tag ? searchKey(query.tag) : '';
      const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
      const items = outline.filter((r) => {
        if (query.kind && r.kind !== query.kind) return false;
        if (tag && !r.tags.some((x) => searchKey(x) === tag)) return false;
        if (words.length) {
          const key = searchKey([r.title, ...r.tags].join(' '));
          if (!words.every((w) => key.includes(w))) return false;
        }
        return true;
      });
      const ratings = await store.communityRatingSummaries(db, access.community.id);
      const collator = new Intl.Collator(ctx.locale);
      return {
        community: { id: access.community.id, slug: access.community.slug, title: access.community.title, state: access.community.state },
        items: items
          .sort((a, b) => collator.compare(a.title, b.title))
          .map((r) => ({
            id: r.id,
            parentId: r.parentId,
            kind: r.kind,
            title: r.title,
            tags: r.tags,
            revision: r.revision,
            rating: { average: ratings.get(r.id)?.average ?? null, count: ratings.get(r.id)?.count ?? 0 },
            updatedAt: r.updatedAt.toISOString(),
          })),
        canCreate: knowledgePolicy.write(standingOf(access)),
      };
    },

    /** The community's tags with how many items carry each (letter variants counted together), most used first. */
    async tags(ctx: Ctx, slug: string) {
      const { outline } = await communityOutline(ctx, slug);
      const byKey = new Map<string, { tag: string; count: number }>();
      for (const r of outline) {
        for (const tag of r.tags) {
          const key = searchKey(tag);
          const entry = byKey.get(key) ?? { tag, count: 0 };
          entry.count += 1;
          byKey.set(key, entry);
        }
      }
      const collator = new Intl.Collator(ctx.locale);
      return { items: [...byKey.values()].sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag)) };
    },

    /** A member writes a new page (or case study, lesson learned, best practice): revision 1. */
    async create(ctx: Ctx, slug: string, input: PageInput) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const access = await communities.accessBySlug(actor, slug, tx);
        if (!access || !knowledgePolicy.read(standingOf(access))) throw notFound();
        allow(standingOf(access), knowledgePolicy.write);
        const { title, tags } = await checkPage(tx, access.community.id, input, null);
        const now = clock.now();
        const item = await store.insertItem(tx, {
          communityId: access.community.id,
          kind: input.kind,
          parentId: input.parentId,
          title,
          body: input.body,
          tags,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await store.insertRevision(tx, { itemId: item.id, title, body: input.body, note: input.note?.trim() ?? '', authorId: actor.userId, createdAt: now });
        await indexItem(tx, item);
        return present(tx, ctx, item, access);
      });
    },

    /**
     * A member saves an edit made on revision `baseRevision`. Someone else saved since: 409
     * edit_conflict with their version, nothing saved. The item row stays locked meanwhile, so
     * two saves on the same base cannot both pass.
     */
    async update(ctx: Ctx, id: string, input: PageInput & { baseRevision: number }) {
      return inTransaction(db, async (tx) => {
        const { actor, item, access } = await loadForEdit(tx, ctx, id);
        // Moving a page: one move at a time per community, so two moves cannot make a loop together.
        if (input.parentId !== item.parentId) await communities.accessById(actor, item.communityId, tx, { forUpdate: true });
        const { title, tags } = await checkPage(tx, item.communityId, input, item.id);
        await checkBase(tx, item, input.baseRevision);
        await applyChange(tx, item, { title, body: input.body, kind: input.kind, tags, parentId: input.parentId }, { note: input.note?.trim() ?? '', authorId: actor.userId });
        return present(tx, ctx, (await store.findItem(tx, id))!, access);
      });
    },

    /** Brings back an older revision's title and text as a new revision (same conflict rule). */
    async revert(ctx: Ctx, id: string, input: { revision: number; baseRevision: number }) {
      return inTransaction(db, async (tx) => {
        const { actor, item, access } = await loadForEdit(tx, ctx, id);
        const target = await store.findRevision(tx, id, input.revision);
        if (!target) throw invalid([{ field: 'revision', key: 'validation.noSuchRevision' }]);
        await checkBase(tx, item, input.baseRevision);
        await applyChange(
          tx,
          item,
          { title: target.title, body: target.body, kind: item.kind, tags: item.tags, parentId: item.parentId },
          { note: t(ctx.locale, 'knowledge.revertNote', { n: target.number }), authorId: actor.userId },
        );
        return present(tx, ctx, (await store.findItem(tx, id))!, access);
      });
    },

    /** A member's usefulness rating, 1–5; rating again replaces it. */
    async rate(ctx: Ctx, id: string, stars: number) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { item, standing } = await load(tx, actor, id);
        allow(standing, knowledgePolicy.rate);
        await store.upsertRating(tx, { itemId: item.id, userId: actor.userId, stars, updatedAt: clock.now() });
        const summary = (await store.ratingSummaries(tx, [item.id])).get(item.id)!;
        return { average: summary.average, count: summary.count, mine: stars };
      });
    },

    async get(ctx: Ctx, id: string) {
      const { item, access } = await load(db, ctx.actor, id);
      return present(db, ctx, item, access);
    },

    async revision(ctx: Ctx, id: string, number: number) {
      await load(db, ctx.actor, id);
      const r = await store.findRevision(db, id, number);
      if (!r) throw notFound();
      const person = await names([r.authorId], db);
      return { number: r.number, title: r.title, body: r.body, note: r.note, author: person(r.authorId), createdAt: r.createdAt.toISOString() };
    },
  };
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
