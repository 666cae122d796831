import type { Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/connection.js';
import { notFound } from '../../http/errors.js';
import type { AccountsService } from '../accounts/service.js';
import type { CommunitiesService } from '../communities/service.js';
import type { SearchIndex } from '../search/service.js';
import * as store from './store.js';
import type { KnowledgeKind } from './tables.js';

/**
 * A community's knowledge items with their full revision history. For now items arrive from
 * other modules (published meeting minutes); each save is a new numbered revision.
 */
export function createKnowledgeService(deps: { db: Db; clock: Clock; accounts: AccountsService; communities: CommunitiesService; searchIndex: SearchIndex }) {
  const { db, clock, accounts, communities, searchIndex } = deps;

  /** An item in search, for its community's readers. */
  const indexItem = (tx: Db, item: { id: string; communityId: string; title: string; body: string; updatedAt: Date }) =>
    searchIndex.put(tx, { kind: 'wiki', sourceId: item.id, communityId: item.communityId, title: item.title, body: item.body, path: `/knowledge/${item.id}`, updatedAt: item.updatedAt });

  async function readable(ctx: Ctx, id: string) {
    const item = await store.findItem(db, id);
    if (!item) throw notFound();
    const access = await communities.accessById(ctx.actor, item.communityId);
    if (!access?.canRead) throw notFound();
    return { item, community: access.community };
  }

  const names = async (ids: string[]) => {
    const contacts = await accounts.contactsByIds([...new Set(ids)], db);
    return (id: string) => ({ id, name: contacts.get(id)?.name ?? '' });
  };

  return {
    /** Creates an item with its first revision (inside the caller's transaction). */
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

    /** Saves a new revision (inside the caller's transaction); unchanged text saves nothing. */
    async revise(tx: Db, id: string, input: { title: string; body: string; authorId: string; note?: string }) {
      const item = await store.findItem(tx, id, { forUpdate: true });
      if (!item || (item.title === input.title && item.body === input.body)) return;
      const now = clock.now();
      await store.updateItem(tx, id, { title: input.title, body: input.body, revision: item.revision + 1, updatedAt: now });
      await store.insertRevision(tx, { itemId: id, title: input.title, body: input.body, note: input.note ?? '', authorId: input.authorId, createdAt: now });
      await indexItem(tx, { ...item, title: input.title, body: input.body, updatedAt: now });
    },

    async get(ctx: Ctx, id: string) {
      const { item, community } = await readable(ctx, id);
      const revisions = await store.revisionsOf(db, id);
      const person = await names(revisions.map((r) => r.authorId));
      return {
        id: item.id,
        community: { id: community.id, slug: community.slug, title: community.title },
        kind: item.kind,
        title: item.title,
        body: item.body,
        tags: item.tags,
        sourceMeetingId: item.sourceMeetingId,
        revisions: revisions.map((r) => ({ number: r.number, title: r.title, note: r.note, author: person(r.authorId), createdAt: r.createdAt.toISOString() })),
        updatedAt: item.updatedAt.toISOString(),
      };
    },

    async revision(ctx: Ctx, id: string, number: number) {
      await readable(ctx, id);
      const r = (await store.revisionsOf(db, id)).find((x) => x.number === number);
      if (!r) throw notFound();
      const person = await names([r.authorId]);
      return { number: r.number, title: r.title, body: r.body, note: r.note, author: person(r.authorId), createdAt: r.createdAt.toISOString() };
    },
  };
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
