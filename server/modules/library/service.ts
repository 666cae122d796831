import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor, Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, forbidden, invalid, notFound, unauthenticated, type FieldError } from '../../http/errors.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { cleanFileName } from '../../files/names.js';
import type { FileStorage } from '../../files/storage.js';
import type { UploadedFile } from '../../http/upload.js';
import { searchKey } from '../../text/normalize.js';
import type { AccountsService } from '../accounts/service.js';
import type { CommunitiesService } from '../communities/service.js';
import type { SearchIndex } from '../search/service.js';
import { libraryPolicy, type LibraryStanding } from './policy.js';
import { DESCRIPTION_MAX, NOTE_MAX, TITLE_MAX } from './schemas.js';
import * as store from './store.js';

const MB = 1024 * 1024;
/** What the library's filter looks in: the title and description as one search key. */
const documentKey = (title: string, description: string) => searchKey(`${title} ${description}`);

/** The folds of what one types into the filter, as search keys, one per word. */
const filterTerms = (q: string | undefined) =>
  searchKey(q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);

/**
 * A community's document library: files uploaded by its members, each with numbered versions.
 * The bytes go to the file storage under a generated key; their type is recognized from the
 * bytes and must be one the settings allow. A file is written before its row and removed again
 * when the row cannot be stored, so a refused upload leaves nothing behind.
 */
export function createLibraryService(deps: { db: Db; clock: Clock; config: Config; accounts: AccountsService; communities: CommunitiesService; searchIndex: SearchIndex; files: FileStorage }) {
  const { db, clock, config, accounts, communities, searchIndex, files } = deps;
  const limits = { maxBytes: config.libraryMaxBytes, types: config.libraryTypes };

  const requireActor = (ctx: Ctx): NonNullable<Actor> => {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  };
  const dissolved = () => new DomainError('conflict', 'community_dissolved', 'errors.communityDissolved');

  type Access = NonNullable<Awaited<ReturnType<CommunitiesService['accessById']>>>;
  const standingOf = (a: Access): LibraryStanding => ({ admin: a.standing.admin, role: a.standing.role, readsCommunity: a.canRead, dissolved: a.community.state === 'dissolved' });

  /** The community by slug, if the actor may read its content (404 otherwise). */
  async function libraryBySlug(actor: Actor, slug: string, tx: Db = db) {
    const access = await communities.accessBySlug(actor, slug, tx);
    if (!access?.canRead) throw notFound();
    return { access, s: standingOf(access) };
  }

  /** A document the actor may read (404 otherwise), with the community's access. */
  async function readable(actor: Actor, id: string, tx: Db = db, options: { forUpdate?: boolean } = {}) {
    const doc = await store.findDocument(tx, id, options);
    if (!doc) throw notFound();
    const access = await communities.accessById(actor, doc.communityId, tx);
    if (!access?.canRead) throw notFound();
    return { doc, access, s: standingOf(access) };
  }

  /** 409 for a dissolved community, then 403 when the policy says no. */
  const allow = (s: LibraryStanding, allowed: boolean) => {
    if (s.dissolved) throw dissolved();
    if (!allowed) throw forbidden();
  };

  const textErrors = (input: { title?: string; description?: string; note?: string }) => {
    const errors: FieldError[] = [];
    if (input.title !== undefined) {
      if (input.title.trim() === '') errors.push({ field: 'title', key: 'validation.required' });
      else if (input.title.length > TITLE_MAX) errors.push({ field: 'title', key: 'validation.maxLength', values: { limit: TITLE_MAX } });
    }
    if (input.description !== undefined && input.description.length > DESCRIPTION_MAX) errors.push({ field: 'description', key: 'validation.maxLength', values: { limit: DESCRIPTION_MAX } });
    if (input.note !== undefined && input.note.length > NOTE_MAX) errors.push({ field: 'note', key: 'validation.maxLength', values: { limit: NOTE_MAX } });
    return errors;
  };

  /** Checks a file against the library's limits; its real type comes from its bytes. */
  async function inspect(file: UploadedFile): Promise<{ errors: FieldError[]; type: string; fileName: string; stem: string }> {
    const fail = (key: FieldError['key'], values?: FieldError['values']) => ({ errors: [{ field: 'file', key, ...(values ? { values } : {}) }], type: '', fileName: '', stem: '' });
    if (file.data.length === 0 && !file.truncated) return fail(file.name ? 'validation.fileEmpty' : 'validation.required');
    if (file.truncated || file.data.length > limits.maxBytes) return fail('validation.fileTooLargeMb', { limit: Math.round((limits.maxBytes / MB) * 10) / 10 });
    const sniffed = await fileTypeFromBuffer(file.data);
    if (!sniffed || !limits.types.includes(sniffed.mime)) return fail('validation.fileType');
    return { errors: [], type: sniffed.mime, ...cleanFileName(file.name, sniffed.ext) };
  }

  /** Writes the bytes under a new key, runs `work`, and removes the bytes again if it fails. */
  async function withStoredFile<T>(data: Buffer, work: (key: string) => Promise<T>): Promise<T> {
    const key = randomUUID();
    await files.put(key, data);
    try {
      return await work(key);
    } catch (error) {
      await files.remove(key);
      throw error;
    }
  }

  const index = (tx: Db, doc: store.DocumentRow) =>
    searchIndex.put(tx, { kind: 'document', sourceId: doc.id, communityId: doc.communityId, title: doc.title, body: doc.description, path: `/documents/${doc.id}`, updatedAt: doc.updatedAt });

  const names = async (ids: string[], tx: Db = db) => {
    const contacts = await accounts.contactsByIds([...new Set(ids)], tx);
    return (id: string) => ({ id, name: contacts.get(id)?.name ?? '' });
  };

  const presentVersion = (v: store.VersionRow, person: (id: string) => { id: string; name: string }) => ({
    number: v.number,
    fileName: v.fileName,
    size: v.size,
    type: v.type,
    note: v.note,
    uploadedBy: person(v.uploadedBy),
    createdAt: v.createdAt.toISOString(),
  });

  const presentSummary = (doc: store.DocumentRow, latest: store.VersionRow, person: (id: string) => { id: string; name: string }) => ({
    id: doc.id,
    title: doc.title,
    description: doc.description,
    currentVersion: doc.currentVersion,
    latest: presentVersion(latest, person),
    createdBy: person(doc.createdBy),
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  });

  async function presentDocument(actor: Actor, doc: store.DocumentRow, access: Access, tx: Db = db) {
    const s = standingOf(access);
    const versions = await store.versionsOf(tx, doc.id);
    const person = await names([doc.createdBy, ...versions.map((v) => v.uploadedBy)], tx);
    const latest = versions.find((v) => v.number === doc.currentVersion) ?? versions[versions.length - 1]!;
    const mine = actor?.userId === doc.createdBy;
    const { community } = access;
    return {
      ...presentSummary(doc, latest, person),
      community: { id: community.id, slug: community.slug, title: community.title, state: community.state },
      versions: versions.map((v) => presentVersion(v, person)),
      permissions: { addVersion: libraryPolicy.addVersion(s, mine), edit: libraryPolicy.edit(s, mine), delete: libraryPolicy.delete(s, mine) },
      limits,
    };
  }

  return {
    limits,

    async list(ctx: Ctx, slug: string, query: { cursor?: string; limit?: number; q?: string }) {
      const { access, s } = await libraryBySlug(ctx.actor, slug);
      const limit = query.limit ?? 20;
      const cursor = decodeCursor(query.cursor);
      const rows = await store.listDocuments(db, { communityId: access.community.id, cursor, terms: filterTerms(query.q), limit });
      const page = rows.slice(0, limit);
      const latest = new Map((await store.currentVersions(db, page.map((d) => d.id))).map((v) => [v.documentId, v]));
      const person = await names(page.flatMap((d) => [d.createdBy, latest.get(d.id)?.uploadedBy ?? d.createdBy]));
      const last = page[page.length - 1];
      return {
        items: page.filter((d) => latest.has(d.id)).map((d) => presentSummary(d, latest.get(d.id)!, person)),
        nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.updatedAt, id: last.id }) : null,
        canUpload: libraryPolicy.upload(s),
        limits,
      };
    },

    /** Uploads a new document (its version 1); any current member of a live community. */
    async upload(ctx: Ctx, slug: string, input: { file: UploadedFile; title?: string; description?: string }) {
      const actor = requireActor(ctx);
      const check = async (tx: Db) => {
        const { access, s } = await libraryBySlug(actor, slug, tx);
        allow(s, libraryPolicy.upload(s));
        return access;
      };
      await check(db);
      const file = await inspect(input.file);
      const given = (input.title ?? '').trim();
      const title = given || [...file.stem].slice(0, TITLE_MAX).join('').trim() || file.fileName;
      const description = (input.description ?? '').trim();
      // Without a title of its own, a refused file has no name to give: only the file is named.
      const errors = [...textErrors({ title: given || file.errors.length === 0 ? title : undefined, description }), ...file.errors];
      if (errors.length) throw invalid(errors);
      const created = await withStoredFile(input.file.data, (key) =>
        inTransaction(db, async (tx) => {
          const access = await check(tx);
          const now = clock.now();
          const doc = await store.insertDocument(tx, {
            communityId: access.community.id,
            title,
            description,
            searchKey: documentKey(title, description),
            currentVersion: 1,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          });
          await store.insertVersion(tx, { documentId: doc.id, number: 1, storageKey: key, fileName: file.fileName, size: input.file.data.length, type: file.type, note: '', uploadedBy: actor.userId, createdAt: now });
          await index(tx, doc);
          return { doc, access };
        }),
      );
      return presentDocument(actor, created.doc, created.access);
    },

    async get(ctx: Ctx, id: string) {
      const { doc, access } = await readable(ctx.actor, id);
      return presentDocument(ctx.actor, doc, access);
    },

    /** A new version becomes the current one: the uploader, the leaders and the secretary. */
    async addVersion(ctx: Ctx, id: string, input: { file: UploadedFile; note?: string }) {
      const actor = requireActor(ctx);
      const check = async (tx: Db, forUpdate = false) => {
        const r = await readable(actor, id, tx, { forUpdate });
        allow(r.s, libraryPolicy.addVersion(r.s, r.doc.createdBy === actor.userId));
        return r;
      };
      await check(db);
      const file = await inspect(input.file);
      const note = (input.note ?? '').trim();
      const errors = [...textErrors({ note }), ...file.errors];
      if (errors.length) throw invalid(errors);
      const updated = await withStoredFile(input.file.data, (key) =>
        inTransaction(db, async (tx) => {
          const { doc, access } = await check(tx, true);
          const now = clock.now();
          const versions = await store.versionsOf(tx, doc.id);
          const number = Math.max(0, ...versions.map((v) => v.number)) + 1;
          await store.insertVersion(tx, { documentId: doc.id, number, storageKey: key, fileName: file.fileName, size: input.file.data.length, type: file.type, note, uploadedBy: actor.userId, createdAt: now });
          const row = await store.updateDocument(tx, doc.id, { currentVersion: number, updatedAt: now });
          await index(tx, row);
          return { doc: row, access };
        }),
      );
      return presentDocument(actor, updated.doc, updated.access);
    },

    async update(ctx: Ctx, id: string, patch: { title?: string; description?: string }) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { doc, access, s } = await readable(actor, id, tx, { forUpdate: true });
        allow(s, libraryPolicy.edit(s, doc.createdBy === actor.userId));
        const title = patch.title?.trim();
        const description = patch.description?.trim();
        const errors = textErrors({ title, description });
        if (errors.length) throw invalid(errors);
        if ((title === undefined || title === doc.title) && (description === undefined || description === doc.description)) return presentDocument(actor, doc, access, tx);
        const next = { title: title ?? doc.title, description: description ?? doc.description };
        const row = await store.updateDocument(tx, doc.id, { ...next, searchKey: documentKey(next.title, next.description), updatedAt: clock.now() });
        await index(tx, row);
        return presentDocument(actor, row, access, tx);
      });
    },

    /** Deletes the document and its versions, then their files. */
    async remove(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      const keys = await inTransaction(db, async (tx) => {
        const { doc, s } = await readable(actor, id, tx, { forUpdate: true });
        allow(s, libraryPolicy.delete(s, doc.createdBy === actor.userId));
        const versions = await store.versionsOf(tx, doc.id);
        await store.deleteDocument(tx, doc.id);
        await searchIndex.remove(tx, 'document', doc.id);
        return versions.map((v) => v.storageKey);
      });
      for (const key of keys) await files.remove(key);
    },

    /** A version's file for download (the current one by default), for the community's readers. */
    async download(ctx: Ctx, id: string, number?: number) {
      const { doc } = await readable(ctx.actor, id);
      const v = await store.findVersion(db, doc.id, number ?? doc.currentVersion);
      if (!v) throw notFound();
      return { name: v.fileName, type: v.type, size: v.size, stream: files.read(v.storageKey) };
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;
