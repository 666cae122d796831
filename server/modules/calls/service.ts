import { randomBytes, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor, Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, forbidden, invalid, notFound, unauthenticated, type FieldError } from '../../http/errors.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { spreadsheet } from '../../files/spreadsheet.js';
import type { FileStorage } from '../../files/storage.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { insertJob } from '../../jobs/store.js';
import { cleanFileName, neutralFileName } from '../../files/names.js';
import type { UploadedFile } from '../../http/upload.js';
import { searchKey } from '../../text/normalize.js';
import type { SearchIndex } from '../search/service.js';
import type { AccountsService } from '../accounts/service.js';
import type { NotificationsService } from '../notifications/service.js';
import { callPolicy } from './policy.js';
import * as store from './store.js';
import type { AttachmentRules, AudienceGroup, CallDomain, CallState, ContributionState } from './tables.js';

export type CallRow = store.CallRow;
export type ContributionRow = store.ContributionRow;
export const CALL_OPEN_JOB = 'call_open';
const COVER_MAX_BYTES = 5 * 1024 * 1024;
const COVER_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const CALL_CLOSE_JOB = 'call_close';

export interface CallInput {
  title: string;
  summary: string;
  description: string;
  domains: CallDomain[];
  audienceGroups: AudienceGroup[];
  opensAt: string;
  closesAt: string;
  blindReview: boolean;
  publicAfterClose: boolean;
  wordLimit: number | null;
  attachments: AttachmentRules;
}

export interface ContributionInput {
  domainKey: string;
  audienceGroup: string;
  title: string;
  body: string;
  affiliation?: string;
  submit?: boolean;
}

const conflict = (code: string, key: 'errors.callNotOpen' | 'errors.callClosed' | 'errors.callNotEditable' | 'errors.contributionNotEditable') =>
  new DomainError('conflict', code, key);

/** Words as a reader counts them: runs of non-space characters (a ZWNJ joins, it does not split). */
export const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A receipt code without look-alike characters, e.g. `MJ-7K2QX9HD`. */
export function newTrackingCode(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `MJ-${Array.from(randomBytes(8), (b) => alphabet[b % alphabet.length]).join('')}`;
}

/** Contributions can be written while the call is live and its clock says open, to the second. */
export const acceptsContributions = (call: { state: CallState; opensAt: Date; closesAt: Date }, now: Date) =>
  (call.state === 'scheduled' || call.state === 'open') && now >= call.opensAt && now < call.closesAt;

/** Later states an administrator or the call's manager moves it to by hand. */
const MANUAL: Partial<Record<CallState, CallState[]>> = { closed: ['under_review'], under_review: ['results_published'] };

function checkCall(input: Partial<CallInput>, current?: store.CallRow): FieldError[] {
  const errors: FieldError[] = [];
  const opens = new Date(input.opensAt ?? current?.opensAt ?? 0);
  const closes = new Date(input.closesAt ?? current?.closesAt ?? 0);
  if (closes <= opens) errors.push({ field: 'closesAt', key: 'validation.closesBeforeOpens' });
  for (const [field, list] of [
    ['domains', input.domains],
    ['audienceGroups', input.audienceGroups],
  ] as const) {
    const seen = new Set<string>();
    list?.forEach((item, i) => {
      if (seen.has(item.key)) errors.push({ field: `${field}.${i}.key`, key: 'validation.duplicateKey' });
      seen.add(item.key);
    });
  }
  return errors;
}

export function createCallsService(deps: { db: Db; clock: Clock; config: Config; accounts: AccountsService; notifications: NotificationsService; searchIndex: SearchIndex; files: FileStorage }) {
  const { db, clock, config, accounts, notifications, searchIndex, files } = deps;

  /**
   * A submitted contribution goes into search under its call: the search shows it only once the
   * call's contributions are public. Drafts and withdrawn ones are not there.
   */
  const indexContribution = (tx: Db, c: store.ContributionRow) =>
    c.state === 'submitted'
      ? searchIndex.put(tx, { kind: 'contribution', sourceId: c.id, callId: c.callId, title: c.title, body: c.body, path: `/calls/${c.callId}#contribution-${c.id}`, updatedAt: c.updatedAt })
      : searchIndex.remove(tx, 'contribution', c.id);

  const requireActor = (ctx: Ctx) => {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  };
  const isManager = async (actor: Actor, tx: Db = db) => (actor ? store.isCallManager(tx, actor.userId) : false);

  async function loadCall(tx: Db, actor: Actor, id: string, options: { forUpdate?: boolean; forShare?: boolean } = {}) {
    const call = await store.findCall(tx, id, options);
    const manager = await isManager(actor, tx);
    if (!call || !callPolicy.read(actor, manager, call)) throw notFound();
    return { call, manager, canManage: callPolicy.manage(actor, manager, call) };
  }

  async function presentCall(call: store.CallRow, canManage: boolean, tx: Db = db) {
    const counts = await store.submittedCounts(tx, [call.id]);
    return {
      id: call.id,
      title: call.title,
      summary: call.summary,
      description: call.description,
      domains: call.domains,
      audienceGroups: call.audienceGroups,
      opensAt: call.opensAt.toISOString(),
      closesAt: call.closesAt.toISOString(),
      blindReview: call.blindReview,
      publicAfterClose: call.publicAfterClose,
      wordLimit: call.wordLimit,
      attachments: call.attachments,
      hasCover: call.coverKey !== null,
      state: call.state,
      counts: call.domains.map((d) => ({ domainKey: d.key, submitted: counts.find((c) => c.domainKey === d.key)?.n ?? 0 })),
      canManage,
      createdAt: call.createdAt.toISOString(),
    };
  }

  /** Queues the jobs that open and close the call at its times (they survive restarts in the table). */
  async function scheduleTransitions(tx: Db, call: store.CallRow) {
    const now = clock.now();
    await insertJob(tx, { kind: CALL_OPEN_JOB, payload: { callId: call.id }, runAt: call.opensAt, createdAt: now });
    await insertJob(tx, { kind: CALL_CLOSE_JOB, payload: { callId: call.id }, runAt: call.closesAt, createdAt: now });
  }

  const presentAttachment = (a: store.AttachmentRow) => ({ id: a.id, name: a.name, size: a.size, type: a.type, createdAt: a.createdAt.toISOString() });

  /** Contributions with their attachments, in one query for the page. */
  async function withAttachments<T extends { id: string }>(rows: T[], tx: Db = db) {
    const all = await store.attachmentsOf(
      tx,
      rows.map((r) => r.id),
    );
    return (id: string) => all.filter((a) => a.contributionId === id).map(presentAttachment);
  }

  function presentContribution(c: store.ContributionRow, author: { id: string; name: string } | null, attachments: ReturnType<typeof presentAttachment>[] = []) {
    return {
      attachments,
      id: c.id,
      callId: c.callId,
      trackingCode: c.trackingCode,
      state: c.state,
      domainKey: c.domainKey,
      audienceGroup: c.audienceGroup,
      title: c.title,
      body: c.body,
      affiliation: c.affiliation,
      author,
      words: wordCount(c.body),
      submittedAt: c.submittedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }

  function checkContribution(call: store.CallRow, input: Partial<ContributionInput>): FieldError[] {
    const errors: FieldError[] = [];
    if (input.domainKey !== undefined && !call.domains.some((d) => d.key === input.domainKey)) errors.push({ field: 'domainKey', key: 'validation.unknownDomain' });
    if (input.audienceGroup !== undefined && !call.audienceGroups.some((g) => g.key === input.audienceGroup)) {
      errors.push({ field: 'audienceGroup', key: 'validation.unknownAudienceGroup' });
    }
    if (input.body !== undefined && call.wordLimit !== null) {
      const words = wordCount(input.body);
      if (words > call.wordLimit) errors.push({ field: 'body', key: 'validation.wordLimit', values: { limit: call.wordLimit, count: words } });
    }
    return errors;
  }

  /** The call, locked against its own state change, and still taking contributions right now. */
  async function openCallFor(tx: Db, actor: Actor, callId: string) {
    const { call } = await loadCall(tx, actor, callId, { forShare: true });
    const now = clock.now();
    if (now >= call.closesAt && call.state !== 'draft') throw conflict('call_closed', 'errors.callClosed');
    if (!acceptsContributions(call, now)) throw conflict('call_not_open', 'errors.callNotOpen');
    return call;
  }

  async function mailReceipt(tx: Db, c: store.ContributionRow, call: store.CallRow) {
    const contact = (await accounts.contactsByIds([c.authorId], tx)).get(c.authorId);
    if (!contact) return;
    await notifications.queueEmail(tx, contact.email, contact.locale, {
      template: 'contributionReceipt',
      name: contact.name,
      link: `${config.publicUrl}/contributions/${c.id}`,
      title: call.title,
      code: c.trackingCode,
      contribution: c.title,
    });
  }

  /** The job handlers: each looks at the call as it is now, so a stale or repeated job does nothing. */
  async function advance(payload: Record<string, unknown>) {
    const callId = String(payload.callId);
    await inTransaction(db, async (tx) => {
      const call = await store.findCall(tx, callId, { forUpdate: true });
      if (!call) return;
      const now = clock.now();
      let next: CallState = call.state;
      if (call.state === 'scheduled' && now >= call.opensAt) next = 'open';
      if ((next === 'open' || next === 'scheduled') && now >= call.closesAt) next = 'closed';
      if (next !== call.state) await store.updateCall(tx, call.id, { state: next, updatedAt: now });
    });
  }

  return {
    advance,

    // --- For the review module: rows, never presented as they are.
    /** The call as this actor may see it (404 otherwise), and whether they run it. */
    async callAccess(actor: Actor, id: string, tx: Db = db, options: { forUpdate?: boolean } = {}) {
      const { call, manager, canManage } = await loadCall(tx, actor, id, options);
      return { call, canManage, seeContributors: callPolicy.seeContributors(actor, manager, call) };
    },
    callRows: (ids: string[], tx: Db = db) => store.findCalls(tx, ids),
    contributionRows: (ids: string[], tx: Db = db) => store.findContributions(tx, ids),
    submittedIn: (callId: string, domainKeys: string[], tx: Db = db) => store.submittedIn(tx, callId, domainKeys),
    attachmentRows: (contributionIds: string[], tx: Db = db) => store.attachmentsOf(tx, contributionIds),
    openFile: (storageKey: string) => files.read(storageKey),
    /** Submitted contributions per domain key. */
    async submittedCounts(callId: string, tx: Db = db) {
      return new Map((await store.submittedCounts(tx, [callId])).map((r) => [r.domainKey, r.n]));
    },

    async grantManager(ctx: Ctx, userId: string, grant: boolean) {
      const actor = requireActor(ctx);
      if (!callPolicy.grantManagers(actor)) throw forbidden();
      if (!(await accounts.contactsByIds([userId])).get(userId)) throw notFound();
      if (grant) await store.grantCallManager(db, userId, actor.userId, clock.now());
      else await store.revokeCallManager(db, userId);
    },

    async createCall(ctx: Ctx, input: CallInput) {
      const actor = requireActor(ctx);
      if (!callPolicy.create(actor, await isManager(actor))) throw forbidden();
      const errors = checkCall(input);
      if (errors.length) throw invalid(errors);
      const now = clock.now();
      const call = await store.insertCall(db, {
        ...input,
        opensAt: new Date(input.opensAt),
        closesAt: new Date(input.closesAt),
        state: 'draft',
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      return presentCall(call, true);
    },

    /** Edits while the call has not closed; times move its automatic opening and closing. */
    async updateCall(ctx: Ctx, id: string, patch: Partial<CallInput>) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { call, canManage } = await loadCall(tx, actor, id, { forUpdate: true });
        if (!canManage) throw forbidden();
        if (!['draft', 'scheduled', 'open'].includes(call.state)) throw conflict('call_not_editable', 'errors.callNotEditable');
        const errors = checkCall(patch, call);
        if (errors.length) throw invalid(errors);
        const { opensAt, closesAt, ...rest } = patch;
        const updated = await store.updateCall(tx, call.id, {
          ...rest,
          ...(opensAt ? { opensAt: new Date(opensAt) } : {}),
          ...(closesAt ? { closesAt: new Date(closesAt) } : {}),
          updatedAt: clock.now(),
        });
        if (updated.state !== 'draft' && (opensAt || closesAt)) await scheduleTransitions(tx, updated);
        return presentCall(updated, true, tx);
      });
    },

    /** Publishing makes the call public: scheduled until it opens, then open, then closed, by itself. */
    async publishCall(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      const result = await inTransaction(db, async (tx) => {
        const { call, canManage } = await loadCall(tx, actor, id, { forUpdate: true });
        if (!canManage) throw forbidden();
        if (call.state !== 'draft') throw conflict('call_not_editable', 'errors.callNotEditable');
        if (call.closesAt <= clock.now()) throw invalid([{ field: 'closesAt', key: 'validation.futureDate' }]);
        const updated = await store.updateCall(tx, call.id, { state: 'scheduled', updatedAt: clock.now() });
        await scheduleTransitions(tx, updated);
        return updated;
      });
      // If its opening time has passed already, open it now rather than at the runner's next poll.
      await advance({ callId: result.id });
      return presentCall((await store.findCall(db, result.id))!, true);
    },

    async setCallState(ctx: Ctx, id: string, state: CallState) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { call, canManage } = await loadCall(tx, actor, id, { forUpdate: true });
        if (!canManage) throw forbidden();
        if (!MANUAL[call.state]?.includes(state)) throw invalid([{ field: 'state', key: 'validation.invalidTransition' }], 'invalid_transition');
        return presentCall(await store.updateCall(tx, call.id, { state, updatedAt: clock.now() }), true, tx);
      });
    },

    async getCall(ctx: Ctx, id: string) {
      const { call, canManage } = await loadCall(db, ctx.actor, id);
      return presentCall(call, canManage);
    },

    /** The calls whose submitted contributions are public now (for search). */
    publicCallIds: (tx: Db = db) => store.publicCallIds(tx, clock.now()),

    async listCalls(ctx: Ctx, query: { when?: 'open' | 'upcoming' | 'closed' | 'mine'; cursor?: string; limit?: number }) {
      const limit = query.limit ?? 20;
      const when = query.when ?? 'open';
      let rows: store.CallRow[];
      if (when === 'mine') {
        const actor = requireActor(ctx);
        if (!callPolicy.create(actor, await isManager(actor))) throw forbidden();
        rows = await store.listCalls(db, { when, userId: actor.userId, admin: actor.role === 'admin' }, decodeCursor(query.cursor), limit);
      } else rows = await store.listCalls(db, { when, now: clock.now() }, decodeCursor(query.cursor), limit);
      const counts = await store.submittedCounts(
        db,
        rows.map((r) => r.id),
      );
      return toPage(rows, limit, (c) => ({
        id: c.id,
        title: c.title,
        summary: c.summary,
        state: c.state,
        opensAt: c.opensAt.toISOString(),
        closesAt: c.closesAt.toISOString(),
        submitted: counts.filter((n) => n.callId === c.id).reduce((sum, n) => sum + n.n, 0),
      }));
    },

    /**
     * Creates a contribution (a draft, or submitted at once). The same idempotency key from the
     * same person returns the first contribution instead of a second one.
     */
    async contribute(ctx: Ctx, callId: string, input: ContributionInput, idempotencyKey: string | null) {
      const actor = requireActor(ctx);
      if (idempotencyKey) {
        const existing = await store.findByIdempotencyKey(db, actor.userId, idempotencyKey);
        if (existing) return { created: false, contribution: presentContribution(existing, null, (await withAttachments([existing]))(existing.id)) };
      }
      try {
        return await inTransaction(db, async (tx) => {
          const call = await openCallFor(tx, actor, callId);
          const errors = checkContribution(call, input);
          if (errors.length) throw invalid(errors);
          const now = clock.now();
          const row = await store.insertContribution(tx, {
            callId: call.id,
            authorId: actor.userId,
            trackingCode: newTrackingCode(),
            idempotencyKey,
            state: input.submit ? 'submitted' : 'draft',
            domainKey: input.domainKey,
            audienceGroup: input.audienceGroup,
            title: input.title.trim(),
            body: input.body,
            affiliation: input.affiliation?.trim() ?? '',
            searchKey: searchKey(`${input.title} ${input.body}`),
            submittedAt: input.submit ? now : null,
            createdAt: now,
            updatedAt: now,
          });
          await indexContribution(tx, row);
          await store.savePreference(tx, actor.userId, input.audienceGroup, now);
          if (input.submit) await mailReceipt(tx, row, call);
          return { created: true, contribution: presentContribution(row, null) };
        });
      } catch (error) {
        // The same key sent twice at once: the second insert meets the first's unique key.
        if (idempotencyKey && isUniqueViolation(error, 'contributions_author_idempotency_key')) {
          const existing = await store.findByIdempotencyKey(db, actor.userId, idempotencyKey);
          if (existing) return { created: false, contribution: presentContribution(existing, null, (await withAttachments([existing]))(existing.id)) };
        }
        throw error;
      }
    },

    /** The author edits, submits or withdraws, only while the call takes contributions. */
    async changeContribution(ctx: Ctx, id: string, change: { patch?: Partial<ContributionInput>; state?: ContributionState }) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const c = await store.findContribution(tx, id, { forUpdate: true });
        if (!c || c.authorId !== actor.userId) throw notFound();
        const call = await openCallFor(tx, actor, c.callId);
        if (c.state === 'withdrawn') throw conflict('contribution_not_editable', 'errors.contributionNotEditable');
        const patch = change.patch ?? {};
        const errors = checkContribution(call, patch);
        if (errors.length) throw invalid(errors);
        const now = clock.now();
        const title = patch.title?.trim() ?? c.title;
        const body = patch.body ?? c.body;
        const state = change.state ?? c.state;
        const updated = await store.updateContribution(tx, c.id, {
          ...(patch.domainKey ? { domainKey: patch.domainKey } : {}),
          ...(patch.audienceGroup ? { audienceGroup: patch.audienceGroup } : {}),
          ...(patch.affiliation !== undefined ? { affiliation: patch.affiliation.trim() } : {}),
          title,
          body,
          searchKey: searchKey(`${title} ${body}`),
          state,
          submittedAt: state === 'submitted' ? (c.submittedAt ?? now) : c.submittedAt,
          updatedAt: now,
        });
        await indexContribution(tx, updated);
        if (state === 'submitted' && c.state !== 'submitted') await mailReceipt(tx, updated, call);
        return presentContribution(updated, null, (await withAttachments([updated], tx))(updated.id));
      });
    },

    async getContribution(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      const c = await store.findContribution(db, id);
      if (!c) throw notFound();
      const attachments = (await withAttachments([c]))(c.id);
      if (c.authorId === actor.userId) return presentContribution(c, null, attachments);
      const { canManage } = await loadCall(db, actor, c.callId);
      if (!canManage) throw notFound();
      const author = (await accounts.contactsByIds([c.authorId])).get(c.authorId);
      return presentContribution(c, author ? { id: author.id, name: author.name } : null, attachments);
    },

    async myContributions(ctx: Ctx, query: { cursor?: string; limit?: number }) {
      const actor = requireActor(ctx);
      const limit = query.limit ?? 20;
      const rows = await store.listOwnContributions(db, actor.userId, decodeCursor(query.cursor), limit);
      const attached = await withAttachments(rows);
      return toPage(rows, limit, (c) => presentContribution(c, null, attached(c.id)));
    },

    async lastAudienceGroup(ctx: Ctx) {
      const actor = requireActor(ctx);
      return store.findPreference(db, actor.userId);
    },

    /**
     * A call's contributions: its managers see all (with authors, filters, search); everyone sees
     * the submitted ones once the call has closed if the call makes them public (without authors).
     */
    async callContributions(ctx: Ctx, callId: string, query: { domain?: string; audienceGroup?: string; state?: ContributionState; q?: string; cursor?: string; limit?: number }) {
      const { call, canManage } = await loadCall(db, ctx.actor, callId);
      const publicNow = call.publicAfterClose && call.closesAt <= clock.now() && call.state !== 'draft';
      if (!canManage && !publicNow) throw forbidden();
      const limit = query.limit ?? 20;
      const rows = await store.listCallContributions(
        db,
        {
          callId,
          domain: query.domain,
          audienceGroup: query.audienceGroup,
          states: canManage ? (query.state ? [query.state] : ['submitted', 'withdrawn']) : ['submitted'],
          key: query.q ? searchKey(query.q) : undefined,
        },
        decodeCursor(query.cursor),
        limit,
      );
      // Managers see who wrote what (blind review hides authors from reviewers, not managers).
      const authors = canManage ? await accounts.contactsByIds(rows.map((r) => r.authorId)) : new Map<string, { id: string; name: string }>();
      const attached = await withAttachments(rows);
      return toPage(rows, limit, (c) => {
        const a = authors.get(c.authorId);
        const shown = presentContribution(c, a ? { id: a.id, name: a.name } : null, attached(c.id));
        if (canManage) return shown;
        // The public sees the ideas, not the receipts or who stands behind them (nor file names that could say it).
        return { ...shown, trackingCode: '', affiliation: '', attachments: shown.attachments.map((f, i) => ({ ...f, name: neutralFileName(i, f.type) })) };
      });
    },

    /**
     * Attaches a file to the author's contribution while the call is open. The type is sniffed
     * from the bytes; the call's rules decide size, type and count. The file is written first and
     * removed again if the row cannot be stored, so nothing is left behind on any refusal.
     */
    async attach(ctx: Ctx, contributionId: string, file: UploadedFile) {
      const actor = requireActor(ctx);
      const check = async (tx: Db) => {
        const c = await store.findContribution(tx, contributionId, { forUpdate: tx !== db });
        if (!c || c.authorId !== actor.userId) throw notFound();
        const call = await openCallFor(tx, actor, c.callId);
        if (c.state === 'withdrawn') throw conflict('contribution_not_editable', 'errors.contributionNotEditable');
        const rules = call.attachments;
        if (!rules.allowed) throw invalid([{ field: 'file', key: 'validation.attachmentsClosed' }]);
        if (file.truncated || file.data.length > rules.maxBytes) throw invalid([{ field: 'file', key: 'validation.fileTooLarge', values: { limit: Math.floor(rules.maxBytes / 1024) } }]);
        const sniffed = await fileTypeFromBuffer(file.data);
        if (!sniffed || !rules.types.includes(sniffed.mime)) throw invalid([{ field: 'file', key: 'validation.fileType' }]);
        if ((await store.attachmentsOf(tx, [c.id])).length >= rules.maxFiles) throw invalid([{ field: 'file', key: 'validation.tooManyFiles', values: { limit: rules.maxFiles } }]);
        return { c, type: sniffed.mime, ext: sniffed.ext };
      };
      await check(db);
      const key = randomUUID();
      await files.put(key, file.data);
      try {
        return await inTransaction(db, async (tx) => {
          const { c, type, ext } = await check(tx);
          const name = cleanFileName(file.name, ext).fileName;
          const row = await store.insertAttachment(tx, { contributionId: c.id, storageKey: key, name, size: file.data.length, type, createdAt: clock.now() });
          return presentAttachment(row);
        });
      } catch (error) {
        await files.remove(key);
        throw error;
      }
    },

    async detach(ctx: Ctx, contributionId: string, attachmentId: string) {
      const actor = requireActor(ctx);
      const key = await inTransaction(db, async (tx) => {
        const c = await store.findContribution(tx, contributionId, { forUpdate: true });
        if (!c || c.authorId !== actor.userId) throw notFound();
        await openCallFor(tx, actor, c.callId);
        const a = await store.findAttachment(tx, attachmentId);
        if (!a || a.contributionId !== c.id) throw notFound();
        await store.deleteAttachment(tx, a.id);
        return a.storageKey;
      });
      await files.remove(key);
    },

    /** A download: for the author, the call's managers, and everyone when the contribution is public. */
    async download(ctx: Ctx, attachmentId: string) {
      const a = await store.findAttachment(db, attachmentId);
      if (!a) throw notFound();
      const c = await store.findContribution(db, a.contributionId);
      if (!c) throw notFound();
      const { call, canManage } = await loadCall(db, ctx.actor, c.callId);
      const isPublic = call.publicAfterClose && call.state !== 'draft' && call.closesAt <= clock.now() && c.state === 'submitted';
      const insider = c.authorId === ctx.actor?.userId || canManage;
      if (!insider && !isPublic) throw notFound();
      const name = insider ? a.name : neutralFileName((await store.attachmentsOf(db, [c.id])).findIndex((x) => x.id === a.id), a.type);
      return { name, type: a.type, size: a.size, stream: files.read(a.storageKey) };
    },

    async setCover(ctx: Ctx, callId: string, file: { data: Buffer; truncated: boolean }) {
      const actor = requireActor(ctx);
      const { call, canManage } = await loadCall(db, actor, callId);
      if (!canManage) throw forbidden();
      if (file.truncated || file.data.length > COVER_MAX_BYTES) throw invalid([{ field: 'file', key: 'validation.fileTooLarge', values: { limit: COVER_MAX_BYTES / 1024 } }]);
      const type = (await fileTypeFromBuffer(file.data))?.mime;
      if (!type || !COVER_TYPES.includes(type)) throw invalid([{ field: 'file', key: 'validation.fileType' }]);
      const key = randomUUID();
      await files.put(key, file.data);
      try {
        await store.updateCall(db, call.id, { coverKey: key, coverType: type, updatedAt: clock.now() });
      } catch (error) {
        await files.remove(key);
        throw error;
      }
      if (call.coverKey) await files.remove(call.coverKey);
      return presentCall((await store.findCall(db, call.id))!, true);
    },

    async cover(ctx: Ctx, callId: string) {
      const { call } = await loadCall(db, ctx.actor, callId);
      if (!call.coverKey || !call.coverType) throw notFound();
      return { type: call.coverType, stream: files.read(call.coverKey) };
    },

    /**
     * The call's contributions as CSV or XLSX, with the list's filters. Who wrote each one is
     * included only for those allowed to know it (`callPolicy.seeContributors`).
     */
    async export(ctx: Ctx, callId: string, query: { format: 'csv' | 'xlsx'; domain?: string; audienceGroup?: string; state?: ContributionState; q?: string }) {
      const actor = requireActor(ctx);
      const { call, manager, canManage } = await loadCall(db, actor, callId);
      if (!canManage) throw forbidden();
      const rows = await store.exportContributions(db, {
        callId,
        domain: query.domain,
        audienceGroup: query.audienceGroup,
        states: query.state ? [query.state] : ['submitted', 'withdrawn'],
        key: query.q ? searchKey(query.q) : undefined,
      });
      const withAuthors = callPolicy.seeContributors(actor, manager, call);
      const authors = withAuthors ? await accounts.contactsByIds(rows.map((r) => r.authorId)) : new Map<string, { name: string; email: string }>();
      const L = ctx.locale;
      const col = (key: string) => t(L, `export.${key}` as MessageKey);
      const domainTitle = new Map(call.domains.map((d) => [d.key, d.title]));
      const groupTitle = new Map(call.audienceGroups.map((g) => [g.key, g.title]));
      const header = [col('trackingCode'), col('title'), col('domain'), col('audienceGroup'), col('state'), col('submittedAt'), col('words'), col('affiliation'), col('body'), ...(withAuthors ? [col('author'), col('email')] : [])];
      const table = rows.map((r) => [
        r.trackingCode,
        r.title,
        domainTitle.get(r.domainKey) ?? r.domainKey,
        groupTitle.get(r.audienceGroup) ?? r.audienceGroup,
        t(L, `export.state.${r.state}` as MessageKey),
        r.submittedAt?.toISOString() ?? '',
        wordCount(r.body),
        r.affiliation,
        r.body,
        ...(withAuthors ? [authors.get(r.authorId)?.name ?? '', authors.get(r.authorId)?.email ?? ''] : []),
      ]);
      return spreadsheet(query.format, { header, rows: table, sheet: col('sheet'), locale: L, width: (i) => (i === 8 ? 60 : 22) });
    },

    async statistics(ctx: Ctx, callId: string) {
      const { call, canManage } = await loadCall(db, ctx.actor, callId);
      if (!canManage) throw forbidden();
      const s = await store.statistics(db, callId);
      const count = (rows: { key: string; n: number }[], key: string) => rows.find((r) => r.key === key)?.n ?? 0;
      return {
        total: s.byDomain.reduce((sum, r) => sum + r.n, 0),
        byDomain: call.domains.map((d) => ({ key: d.key, title: d.title, count: count(s.byDomain, d.key) })),
        byAudienceGroup: call.audienceGroups.map((g) => ({ key: g.key, title: g.title, count: count(s.byGroup, g.key) })),
        byDay: s.byDay.map((r) => ({ day: r.day, count: r.n })),
      };
    },
  };
}

export type CallsService = ReturnType<typeof createCallsService>;
