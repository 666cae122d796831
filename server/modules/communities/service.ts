import type { Actor, Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, forbidden, invalid, notFound, unauthenticated, type FieldError } from '../../http/errors.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { localizeFields } from '../../http/problem.js';
import { isTimeZone, type CalendarSystem } from '../../i18n/calendars.js';
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import { searchKey } from '../../text/normalize.js';
import type { SearchIndex } from '../search/service.js';
import { newToken, tokenId } from '../../tokens.js';
import type { AccountsService, Contact } from '../accounts/service.js';
import type { NotificationsService } from '../notifications/service.js';
import { communityPolicy, formationPolicy, type Standing } from './policy.js';
import { presentCommunitySummary, presentInvitation, presentRequest, presentRequestSummary, type People } from './present.js';
import * as store from './store.js';
import { ROLES, type ApplicantDetails, type CommunityState, type CoreMember, type CoreRole, type Geography, type Kind, type Level, type RequestState, type Role } from './tables.js';

const INVITATION_TTL_MS = 14 * 86_400_000;
/** The guideline's founding core: 3 to 5 people, the applicant included. */
export const CORE_MIN = 3;
export const CORE_MAX = 5;

export interface RequestInput {
  applicant?: Partial<ApplicantDetails>;
  title?: string;
  domain?: string;
  goals?: string;
  rationale?: string;
  scope?: string;
  kind?: Kind | null;
  level?: Level | null;
  geography?: Geography | null;
  coreMembers?: ({ userId: string; role: CoreRole } | { name: string; position: string; organization: string; email: string; role: CoreRole })[];
  platforms?: string;
  knowledgeTools?: string;
  hasPriorExperience?: boolean | null;
  priorExperience?: string;
  funding?: string;
  supportNeeded?: string;
  acknowledged?: boolean;
}

export interface ApproveInput {
  slug?: string;
  kind: Kind;
  structure: 'horizontal' | 'vertical';
  formality: 'formal' | 'informal';
  visibility: 'public' | 'private';
  joinPolicy: 'open' | 'request' | 'invitation';
  description?: string;
  comment?: string;
}

export type CommunityPatch = Partial<{
  title: string;
  domain: string;
  goals: string;
  description: string;
  kind: Kind;
  level: Level;
  geography: Geography;
  structure: 'horizontal' | 'vertical';
  formality: 'formal' | 'informal';
  visibility: 'public' | 'private';
  joinPolicy: 'open' | 'request' | 'invitation';
  calendar: CalendarSystem;
  timeZone: string;
}>;

const conflict = (code: string, key: MessageKey, fields: FieldError[] = []) => new DomainError('conflict', code, key, fields);
const notEditable = () => conflict('request_not_editable', 'errors.requestNotEditable');
const dissolved = () => conflict('community_dissolved', 'errors.communityDissolved');

/** Which lifecycle moves an administrator may make. */
const TRANSITIONS: Record<CommunityState, CommunityState[]> = {
  active: ['at_risk', 'dissolved'],
  at_risk: ['active', 'dissolved'],
  dissolved: ['active'],
};

/** What still stops a request from being submitted (an empty list: it can go). */
export function missingFields(r: store.RequestRow): FieldError[] {
  const out: FieldError[] = [];
  const need = (field: string, value: unknown) => {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) out.push({ field, key: 'validation.required' });
  };
  need('applicant.name', r.applicant.name);
  need('applicant.email', r.applicant.email);
  need('applicant.phone', r.applicant.phone);
  need('title', r.title);
  need('domain', r.domain);
  need('goals', r.goals);
  need('rationale', r.rationale);
  need('scope', r.scope);
  need('kind', r.kind);
  need('level', r.level);
  need('geography', r.geography);
  const size = 1 + r.coreMembers.length;
  if (size < CORE_MIN || size > CORE_MAX) out.push({ field: 'coreMembers', key: 'validation.coreSize', values: { count: size, min: CORE_MIN, max: CORE_MAX } });
  need('platforms', r.platforms);
  need('knowledgeTools', r.knowledgeTools);
  need('hasPriorExperience', r.hasPriorExperience);
  if (r.hasPriorExperience) need('priorExperience', r.priorExperience);
  need('funding', r.funding);
  need('supportNeeded', r.supportNeeded);
  if (!r.acknowledgedAt) out.push({ field: 'acknowledged', key: 'validation.acknowledge' });
  return out;
}

/** An address for a community made from its title: letters and digits joined by dashes. */
export function slugify(title: string): string {
  const words = searchKey(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    if ((slug + '-' + w).length > 60) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug || 'community';
}

const communitySearchKey = (c: { title: string; domain: string }) => searchKey(`${c.title} ${c.domain}`);

export function createCommunitiesService(deps: { db: Db; clock: Clock; config: Config; accounts: AccountsService; notifications: NotificationsService; searchIndex: SearchIndex }) {
  const { db, clock, config, accounts, notifications, searchIndex } = deps;
  const url = (path: string) => `${config.publicUrl}${path}`;
  const communityUrl = (slug: string) => url(`/communities/${encodeURIComponent(slug)}`);

  const requireActor = (ctx: Ctx) => {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  };

  async function people(actor: Actor, ids: (string | null | undefined)[], tx: Db = db): Promise<People> {
    return accounts.profilesByIds(
      actor,
      ids.filter((id): id is string => !!id),
      tx,
    );
  }

  // ---------- Formation requests ----------

  /** Checks the proposed core: known users, not the applicant, nobody twice. */
  async function checkCoreMembers(tx: Db, applicantId: string, members: NonNullable<RequestInput['coreMembers']>): Promise<CoreMember[]> {
    const errors: FieldError[] = [];
    const contacts = await accounts.contactsByIds(
      members.flatMap((m) => ('userId' in m ? [m.userId] : [])),
      tx,
    );
    const seen = new Set<string>();
    const out: CoreMember[] = members.map((m, i) => {
      if ('userId' in m) {
        const contact = contacts.get(m.userId);
        if (!contact) errors.push({ field: `coreMembers.${i}.userId`, key: 'validation.unknownUser' });
        else if (m.userId === applicantId) errors.push({ field: `coreMembers.${i}.userId`, key: 'validation.applicantInCore' });
        const key = contact?.emailKey ?? m.userId;
        if (seen.has(key)) errors.push({ field: `coreMembers.${i}`, key: 'validation.duplicateMember' });
        seen.add(key);
        return { userId: m.userId, role: m.role };
      }
      const key = m.email.trim().toLowerCase();
      if (seen.has(key)) errors.push({ field: `coreMembers.${i}`, key: 'validation.duplicateMember' });
      seen.add(key);
      return { name: m.name.trim(), position: m.position.trim(), organization: m.organization.trim(), email: m.email.trim(), role: m.role };
    });
    if (errors.length) throw invalid(errors);
    return out;
  }

  /** The columns an edit changes; only the fields sent are touched. */
  async function requestChanges(tx: Db, row: { applicantId: string; applicant: ApplicantDetails }, input: RequestInput): Promise<Partial<store.NewRequest>> {
    const changes: Partial<store.NewRequest> = {};
    if (input.applicant) changes.applicant = { ...row.applicant, ...input.applicant };
    for (const f of ['title', 'domain', 'goals', 'rationale', 'scope', 'platforms', 'knowledgeTools', 'priorExperience', 'funding', 'supportNeeded'] as const) {
      if (input[f] !== undefined) changes[f] = input[f].trim();
    }
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.level !== undefined) changes.level = input.level;
    if (input.geography !== undefined) changes.geography = input.geography;
    if (input.hasPriorExperience !== undefined) changes.hasPriorExperience = input.hasPriorExperience;
    if (input.coreMembers) changes.coreMembers = await checkCoreMembers(tx, row.applicantId, input.coreMembers);
    if (input.acknowledged !== undefined) changes.acknowledgedAt = input.acknowledged ? clock.now() : null;
    return changes;
  }

  async function presentFull(actor: Actor, locale: Locale, r: store.RequestRow, tx: Db = db) {
    const history = await store.listRequestEvents(tx, r.id);
    const community = r.communityId ? (await store.findCommunitiesByIds(tx, [r.communityId]))[0] : undefined;
    const ids = [r.applicantId, ...history.map((e) => e.actorId), ...r.coreMembers.map((m) => ('name' in m ? null : m.userId))];
    return presentRequest(r, await people(actor, ids, tx), {
      communitySlug: community?.slug ?? null,
      missing: localizeFields(locale, missingFields(r)),
      history,
    });
  }

  async function summaries(actor: Actor, rows: store.RequestRow[]) {
    const [p, communities] = await Promise.all([
      people(
        actor,
        rows.map((r) => r.applicantId),
      ),
      store.findCommunitiesByIds(
        db,
        rows.flatMap((r) => (r.communityId ? [r.communityId] : [])),
      ),
    ]);
    const slugs = new Map(communities.map((c) => [c.id, c.slug]));
    return (r: store.RequestRow) => presentRequestSummary(r, p, r.communityId ? (slugs.get(r.communityId) ?? null) : null);
  }

  /** Loads a request the actor may see, locked for the change that follows. */
  async function loadRequest(tx: Db, actor: Actor, id: string) {
    const r = await store.findRequest(tx, id, { forUpdate: true });
    if (!r || !formationPolicy.read(actor, r)) throw notFound();
    return r;
  }

  async function mailApplicant(tx: Db, r: store.RequestRow, template: 'formationSubmitted' | 'formationChangesRequested' | 'formationApproved' | 'formationRejected', note = '', link = url(`/formation-requests/${r.id}`)) {
    const contact = (await accounts.contactsByIds([r.applicantId], tx)).get(r.applicantId);
    if (!contact) return;
    const title = r.title;
    await notifications.queueEmail(
      tx,
      contact.email,
      contact.locale,
      template === 'formationSubmitted' ? { template, name: contact.name, link, title } : { template, name: contact.name, link, title, note },
    );
  }

  async function decide(ctx: Ctx, id: string, next: 'changes_requested' | 'rejected', comment: string) {
    const actor = requireActor(ctx);
    if (!formationPolicy.review(actor)) throw forbidden();
    return inTransaction(db, async (tx) => {
      const r = await loadRequest(tx, actor, id);
      assertDecidable(r.state);
      const now = clock.now();
      // Asking for changes takes the acknowledgement back: the applicant confirms the new text.
      const updated = await store.updateRequest(tx, r.id, { state: next, updatedAt: now, ...(next === 'changes_requested' ? { acknowledgedAt: null } : {}) });
      await store.insertRequestEvent(tx, { requestId: r.id, actorId: actor.userId, action: next, comment: comment.trim(), createdAt: now });
      await mailApplicant(tx, updated, next === 'rejected' ? 'formationRejected' : 'formationChangesRequested', comment.trim());
      return presentFull(actor, ctx.locale, updated, tx);
    });
  }

  function assertDecidable(state: RequestState) {
    if (state === 'approved' || state === 'rejected') throw conflict('request_already_decided', 'errors.requestAlreadyDecided');
    if (state !== 'submitted') throw conflict('request_not_submitted', 'errors.requestNotSubmitted');
  }

  async function uniqueSlug(tx: Db, base: string) {
    const taken = await store.slugsStartingWith(tx, base);
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  // ---------- Communities ----------

  /** A community profile with the viewer's standing and what the policy lets them do. */
  async function getCommunity(ctx: Ctx, slug: string) {
    const { c, s } = await loadCommunity(db, ctx.actor, slug);
    const now = clock.now();
    const [leaders, membersCount, lastState] = await Promise.all([store.listLeaders(db, c.id, now), store.countMembers(db, c.id, now), store.lastStateEvent(db, c.id)]);
    const p = await people(
      ctx.actor,
      leaders.map((m) => m.userId),
    );
    return {
      id: c.id,
      slug: c.slug,
      title: c.title,
      domain: c.domain,
      goals: c.goals,
      description: c.description,
      kind: c.kind,
      level: c.level,
      geography: c.geography,
      structure: c.structure,
      formality: c.formality,
      visibility: c.visibility,
      joinPolicy: c.joinPolicy,
      calendar: c.calendar,
      timeZone: c.timeZone,
      state: c.state,
      stateReason: lastState?.detail.reason ?? '',
      stateChangedAt: lastState?.createdAt.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
      membersCount,
      leaders: leaders.map((m) => ({ userId: m.userId, name: p.get(m.userId)?.name ?? '', role: m.role })),
      viewer: {
        role: s.role,
        accessEndsAt: s.role ? (s.membership?.accessEndsAt?.toISOString() ?? null) : null,
        requested: s.requested,
        invitationId: s.invitationId,
        can: {
          edit: communityPolicy.edit(s, c),
          join: communityPolicy.join(s, c),
          requestToJoin: communityPolicy.requestToJoin(s, c),
          leave: communityPolicy.leave(s, c),
          invite: communityPolicy.invite(s, c),
          decideRequests: communityPolicy.decideRequests(s, c),
          manageMembers: communityPolicy.remove(s, c, 'member'),
          changeRoles: communityPolicy.changeRole(s, c),
          setState: communityPolicy.setState(s),
          seeHistory: communityPolicy.seeHistory(s),
        },
      },
    };
  }

  async function standing(tx: Db, actor: Actor, communityId: string, options: { invitation?: boolean } = {}): Promise<Standing & { membership: store.MembershipRow | null }> {
    const membership = actor ? await store.findMembership(tx, communityId, actor.userId) : null;
    const now = clock.now();
    const current = membership?.state === 'active' && (!membership.accessEndsAt || membership.accessEndsAt > now);
    let invitationId: string | null = null;
    if (actor && !current && options.invitation !== false) {
      const me = (await accounts.contactsByIds([actor.userId], tx)).get(actor.userId);
      if (me) invitationId = (await store.pendingInvitationsFor(tx, me.id, me.emailVerified ? me.emailKey : null, now, communityId))[0]?.id ?? null;
    }
    return {
      signedIn: actor !== null,
      admin: actor?.role === 'admin',
      role: current ? membership.role : null,
      requested: membership?.state === 'requested',
      invitationId,
      membership,
    };
  }

  /** A community the actor may read, with their standing; private ones are 404 to outsiders. */
  async function loadCommunity(tx: Db, actor: Actor, slug: string, options: { forUpdate?: boolean } = {}) {
    const c = await store.findCommunityBySlug(tx, slug, options);
    if (!c) throw notFound();
    const s = await standing(tx, actor, c.id);
    if (!communityPolicy.read(s, c)) throw notFound();
    return { c, s };
  }

  /** Loads for a change: 404 when unreadable, 409 when dissolved, 403 when the policy says no. */
  async function loadForWrite(tx: Db, ctx: Ctx, slug: string, allowed: (s: Standing, c: store.CommunityRow) => boolean) {
    const actor = requireActor(ctx);
    const { c, s } = await loadCommunity(tx, actor, slug, { forUpdate: true });
    if (c.state === 'dissolved') throw dissolved();
    if (!allowed(s, c)) throw forbidden();
    return { actor, c, s };
  }

  const record = (tx: Db, c: { id: string }, actorId: string | null, action: string, subjectId: string | null = null, detail: Record<string, string | null> = {}) =>
    store.insertCommunityEvent(tx, { communityId: c.id, actorId, action, subjectId, detail, createdAt: clock.now() });

  function futureDate(value: string | undefined, field: string): Date {
    if (!value) throw invalid([{ field, key: 'validation.required' }]);
    const date = new Date(value);
    if (date <= clock.now()) throw invalid([{ field, key: 'validation.futureDate' }]);
    return date;
  }

  async function createInvitation(
    tx: Db,
    c: store.CommunityRow,
    inviterId: string,
    invitee: { contact: Contact | null; email: string; name: string; position?: string; organization?: string },
    role: Role,
    accessEndsAt: Date | null,
  ) {
    const token = newToken();
    const now = clock.now();
    const row = await store.insertInvitation(tx, {
      tokenId: tokenId(token),
      communityId: c.id,
      email: invitee.contact?.email ?? invitee.email.trim(),
      userId: invitee.contact?.id ?? null,
      name: invitee.contact?.name ?? invitee.name.trim(),
      position: invitee.position ?? '',
      organization: invitee.organization ?? '',
      role,
      accessEndsAt,
      invitedBy: inviterId,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      createdAt: now,
    });
    const inviter = (await accounts.contactsByIds([inviterId], tx)).get(inviterId);
    const locale = invitee.contact?.locale ?? inviter?.locale ?? 'fa';
    await notifications.queueEmail(tx, row.email, locale, {
      template: 'communityInvitation',
      name: row.name || row.email,
      link: url(`/invitations/accept?token=${encodeURIComponent(token)}`),
      title: c.title,
      inviter: inviter?.name ?? '',
      role: t(locale, `role.${role}` as MessageKey),
    });
    await record(tx, c, inviterId, 'invited', row.userId, { email: row.email, role });
    return row;
  }

  async function mailMember(tx: Db, userId: string, mail: (contact: Contact) => Parameters<NotificationsService['queueEmail']>[3]) {
    const contact = (await accounts.contactsByIds([userId], tx)).get(userId);
    if (contact) await notifications.queueEmail(tx, contact.email, contact.locale, mail(contact));
  }

  /**
   * The invitation the actor answers. By mailed token: whoever holds the link, unless it was
   * sent to another account. By id (in the app): only its addressee, by account or verified email.
   */
  async function findInvitationFor(tx: Db, actor: NonNullable<Actor>, by: { token?: string; id?: string }) {
    if (!!by.token === !!by.id) throw invalid([{ field: 'token', key: 'validation.tokenOrId' }]);
    const field = by.token ? 'token' : 'id';
    const unusable = (code: 'token_invalid' | 'token_expired') =>
      new DomainError('invalid', code, code === 'token_invalid' ? 'errors.tokenInvalid' : 'errors.tokenExpired', [
        { field, key: code === 'token_invalid' ? 'validation.tokenInvalid' : 'validation.tokenExpired' },
      ]);
    const inv = await store.findInvitation(tx, by.token ? { tokenId: tokenId(by.token) } : { id: by.id! }, { forUpdate: true });
    if (!inv) throw unusable('token_invalid');
    if (inv.userId && inv.userId !== actor.userId) {
      throw by.token ? new DomainError('forbidden', 'invitation_for_other', 'errors.invitationForOther') : unusable('token_invalid');
    }
    if (by.id && !inv.userId) {
      const me = (await accounts.contactsByIds([actor.userId], tx)).get(actor.userId);
      if (!me?.emailVerified || inv.email.toLowerCase() !== me.emailKey) throw unusable('token_invalid');
    }
    if (inv.state !== 'pending') throw unusable('token_invalid');
    if (inv.expiresAt <= clock.now()) throw unusable('token_expired');
    return inv;
  }

  /** The community in search: its title, domain, goals and description, for its readers. */
  const indexCommunity = (tx: Db, c: store.CommunityRow) =>
    searchIndex.put(tx, {
      kind: 'community',
      sourceId: c.id,
      communityId: c.id,
      title: c.title,
      body: [c.domain, c.goals, c.description].join('\n\n'),
      path: `/communities/${encodeURIComponent(c.slug)}`,
      updatedAt: c.updatedAt,
    });

  /** What other modules need of a community: its facts and where the actor stands. */
  const access = async (tx: Db, actor: Actor, c: store.CommunityRow | null) => {
    if (!c) return null;
    // Reading content does not depend on a pending invitation: two queries fewer for outsiders
    // on every page of other modules (a discussion thread is the hottest).
    const s = await standing(tx, actor, c.id, { invitation: false });
    return {
      community: { id: c.id, slug: c.slug, title: c.title, visibility: c.visibility, state: c.state, calendar: c.calendar, timeZone: c.timeZone },
      standing: s,
      canRead: communityPolicy.readContent(s, c),
    };
  };

  return {
    /** A community by id for another module (meetings…): facts, standing, and whether the actor may read its content. */
    async accessById(actor: Actor, communityId: string, tx: Db = db, options: { forUpdate?: boolean } = {}) {
      return access(tx, actor, await store.findCommunityById(tx, communityId, options));
    },
    async accessBySlug(actor: Actor, slug: string, tx: Db = db) {
      return access(tx, actor, await store.findCommunityBySlug(tx, slug));
    },
    /** Every current member, with their role. */
    async currentMembers(communityId: string, tx: Db = db) {
      return store.membersWithRoles(tx, communityId, [...ROLES], clock.now());
    },
    /** Current members with these roles. */
    async membersWithRoles(communityId: string, roles: Role[], tx: Db = db) {
      return store.membersWithRoles(tx, communityId, roles, clock.now());
    },
    /** The communities a user belongs to now, with their role. */
    async membershipsOf(userId: string, tx: Db = db) {
      return store.membershipsOf(tx, userId, clock.now());
    },

    /** Slug and title of each community by id (for lists in other modules). */
    async titlesByIds(ids: string[], tx: Db = db) {
      const rows = ids.length ? await store.findCommunitiesByIds(tx, ids) : [];
      return new Map(rows.map((c) => [c.id, { slug: c.slug, title: c.title }]));
    },

    /**
     * The ids of the communities whose content the actor may read (readContent, for search):
     * null for an administrator, who reads them all.
     */
    async readableIds(actor: Actor, tx: Db = db): Promise<string[] | null> {
      if (actor?.role === 'admin') return null;
      return store.readableCommunityIds(tx, actor?.userId ?? null, clock.now());
    },

    /** Of these users, those who share a community with the viewer (for members-only profile fields). */
    async peersOf(viewerId: string, userIds: string[], tx: Db = db) {
      return new Set(await store.peersAmong(tx, viewerId, userIds, clock.now()));
    },

    // ----- formation requests -----

    async createRequest(ctx: Ctx, input: RequestInput) {
      const actor = requireActor(ctx);
      if (!formationPolicy.create(actor)) throw forbidden();
      return inTransaction(db, async (tx) => {
        const me = (await accounts.contactsByIds([actor.userId], tx)).get(actor.userId);
        if (!me) throw unauthenticated();
        // Section A is prefilled from the profile; the applicant may correct it on the form.
        const applicant: ApplicantDetails = { ...me.profile, fax: '', email: me.email };
        const now = clock.now();
        const changes = await requestChanges(tx, { applicantId: actor.userId, applicant }, input);
        const row = await store.insertRequest(tx, { applicantId: actor.userId, applicant, ...changes, state: 'draft', createdAt: now, updatedAt: now });
        await store.insertRequestEvent(tx, { requestId: row.id, actorId: actor.userId, action: 'created', createdAt: now });
        return presentFull(actor, ctx.locale, row, tx);
      });
    },

    async updateRequest(ctx: Ctx, id: string, input: RequestInput) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const r = await loadRequest(tx, actor, id);
        if (!formationPolicy.own(actor, r)) throw forbidden();
        if (!formationPolicy.editableState(r)) throw notEditable();
        const updated = await store.updateRequest(tx, r.id, { ...(await requestChanges(tx, r, input)), updatedAt: clock.now() });
        return presentFull(actor, ctx.locale, updated, tx);
      });
    },

    async submitRequest(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const r = await loadRequest(tx, actor, id);
        if (!formationPolicy.own(actor, r)) throw forbidden();
        if (!formationPolicy.editableState(r)) throw notEditable();
        const missing = missingFields(r);
        if (missing.length) throw new DomainError('invalid', 'request_incomplete', 'errors.requestIncomplete', missing);
        const now = clock.now();
        const updated = await store.updateRequest(tx, r.id, { state: 'submitted', submittedAt: now, updatedAt: now });
        await store.insertRequestEvent(tx, { requestId: r.id, actorId: actor.userId, action: 'submitted', createdAt: now });
        await mailApplicant(tx, updated, 'formationSubmitted');
        // The administrators learn that a request waits in their queue.
        for (const a of await accounts.adminContacts(tx)) {
          await notifications.queueEmail(tx, a.email, a.locale, {
            template: 'formationToReview',
            name: a.name,
            link: url(`/admin/formation-requests/${r.id}`),
            title: updated.title,
            applicant: updated.applicant.name,
          });
        }
        return presentFull(actor, ctx.locale, updated, tx);
      });
    },

    async withdrawRequest(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const r = await loadRequest(tx, actor, id);
        if (!formationPolicy.own(actor, r)) throw forbidden();
        if (!['draft', 'submitted', 'changes_requested'].includes(r.state)) throw notEditable();
        const now = clock.now();
        const updated = await store.updateRequest(tx, r.id, { state: 'withdrawn', updatedAt: now });
        await store.insertRequestEvent(tx, { requestId: r.id, actorId: actor.userId, action: 'withdrawn', createdAt: now });
        return presentFull(actor, ctx.locale, updated, tx);
      });
    },

    async getRequest(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      const r = await store.findRequest(db, id);
      if (!r || !formationPolicy.read(actor, r)) throw notFound();
      return presentFull(actor, ctx.locale, r);
    },

    async listOwnRequests(ctx: Ctx, query: { cursor?: string; limit?: number }) {
      const actor = requireActor(ctx);
      const limit = query.limit ?? 20;
      const rows = await store.listOwnRequests(db, actor.userId, decodeCursor(query.cursor), limit);
      return toPage(rows, limit, await summaries(actor, rows));
    },

    /** The administrators' queue: submitted requests by default, newest first; drafts never. */
    async reviewQueue(ctx: Ctx, query: { state?: RequestState; cursor?: string; limit?: number }) {
      const actor = requireActor(ctx);
      if (!formationPolicy.review(actor)) throw forbidden();
      const limit = query.limit ?? 20;
      if (query.state === 'draft') return { items: [], nextCursor: null };
      const rows = await store.listRequestsInState(db, query.state ?? 'submitted', decodeCursor(query.cursor), limit);
      return toPage(rows, limit, await summaries(actor, rows));
    },

    requestRequestChanges: (ctx: Ctx, id: string, comment: string) => decide(ctx, id, 'changes_requested', comment),
    rejectRequest: (ctx: Ctx, id: string, reason: string) => decide(ctx, id, 'rejected', reason),

    /**
     * Approval creates the community in one transaction: the applicant becomes its chair and
     * every proposed core member is invited by mail with the proposed role. The request row is
     * locked first, so a second approval waits and then finds the request decided.
     */
    async approveRequest(ctx: Ctx, id: string, input: ApproveInput) {
      const actor = requireActor(ctx);
      if (!formationPolicy.review(actor)) throw forbidden();
      try {
        return await inTransaction(db, async (tx) => {
          const r = await loadRequest(tx, actor, id);
          assertDecidable(r.state);
          const now = clock.now();
          let slug: string;
          if (input.slug) {
            slug = input.slug;
            if (await store.findCommunityBySlug(tx, slug)) throw invalid([{ field: 'slug', key: 'validation.slugTaken' }]);
          } else slug = await uniqueSlug(tx, slugify(r.title));
          const community = await store.insertCommunity(tx, {
            slug,
            title: r.title,
            domain: r.domain,
            goals: r.goals,
            description: input.description?.trim() || r.domain,
            kind: input.kind,
            level: r.level!,
            geography: r.geography!,
            structure: input.structure,
            formality: input.formality,
            visibility: input.visibility,
            joinPolicy: input.joinPolicy,
            state: 'active',
            formationRequestId: r.id,
            searchKey: communitySearchKey(r),
            createdAt: now,
            updatedAt: now,
          });
          await indexCommunity(tx, community);
          await store.putMembership(tx, { communityId: community.id, userId: r.applicantId, state: 'active', role: 'chair', accessEndsAt: null, note: '', now });
          await record(tx, community, actor.userId, 'created', r.applicantId, { requestId: r.id });
          const contacts = await accounts.contactsByIds(
            r.coreMembers.flatMap((m) => ('name' in m ? [] : [m.userId])),
            tx,
          );
          for (const m of r.coreMembers) {
            if ('name' in m) {
              const contact = await accounts.contactByEmail(m.email, tx);
              await createInvitation(tx, community, r.applicantId, { contact, email: m.email, name: m.name, position: m.position, organization: m.organization }, m.role, null);
            } else {
              const contact = contacts.get(m.userId);
              if (contact) await createInvitation(tx, community, r.applicantId, { contact, email: contact.email, name: contact.name }, m.role, null);
            }
          }
          const updated = await store.updateRequest(tx, r.id, { state: 'approved', communityId: community.id, updatedAt: now });
          await store.insertRequestEvent(tx, { requestId: r.id, actorId: actor.userId, action: 'approved', comment: input.comment?.trim() ?? '', createdAt: now });
          await mailApplicant(tx, updated, 'formationApproved', input.comment?.trim() ?? '', communityUrl(community.slug));
          return presentFull(actor, ctx.locale, updated, tx);
        });
      } catch (error) {
        // The request's lock makes a second approval wait and find it decided; the unique key is
        // the last guard. Two requests with one title approved at the same instant may both pick
        // the same address: the later one is refused and a retry numbers it.
        if (isUniqueViolation(error, 'communities_formation_request_id_unique')) throw conflict('request_already_decided', 'errors.requestAlreadyDecided');
        if (isUniqueViolation(error, 'communities_slug_unique')) throw invalid([{ field: 'slug', key: 'validation.slugTaken' }]);
        throw error;
      }
    },

    // ----- communities -----

    async list(ctx: Ctx, query: { q?: string; kind?: Kind; level?: Level; state?: CommunityState; mine?: boolean; cursor?: string; limit?: number }) {
      const limit = query.limit ?? 20;
      if (query.mine && !ctx.actor) throw unauthenticated();
      const rows = await store.listCommunities(
        db,
        {
          key: searchKey(query.q ?? ''),
          kind: query.kind,
          level: query.level,
          // A dissolved community leaves the directory; it is found only by asking for dissolved ones.
          states: query.state ? [query.state] : ['active', 'at_risk'],
          viewerId: ctx.actor?.userId ?? null,
          admin: ctx.actor?.role === 'admin',
          mine: !!query.mine,
          now: clock.now(),
        },
        decodeCursor(query.cursor),
        limit,
      );
      const page = toPage(
        rows.map((r) => ({ ...r, id: r.community.id, createdAt: r.community.createdAt })),
        limit,
        (r) => presentCommunitySummary(r.community, r.membersCount),
      );
      return page;
    },

    get: getCommunity,

    async update(ctx: Ctx, slug: string, patch: CommunityPatch) {
      return inTransaction(db, async (tx) => {
        const { actor, c } = await loadForWrite(tx, ctx, slug, communityPolicy.edit);
        if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) throw invalid([{ field: 'timeZone', key: 'validation.timeZone' }]);
        const next = { ...c, ...patch };
        await store.updateCommunity(tx, c.id, { ...patch, searchKey: communitySearchKey(next), updatedAt: clock.now() });
        await indexCommunity(tx, { ...next, updatedAt: clock.now() });
        await record(tx, c, actor.userId, 'profile_edited', null, { fields: Object.keys(patch).join(',') });
        return c.slug;
      }).then(() => getCommunity(ctx, slug));
    },

    /** Lifecycle by an administrator, always with a reason, kept in the community's history. */
    async setState(ctx: Ctx, slug: string, input: { state: CommunityState; reason: string }) {
      const actor = requireActor(ctx);
      await inTransaction(db, async (tx) => {
        const { c, s } = await loadCommunity(tx, actor, slug, { forUpdate: true });
        if (!communityPolicy.setState(s)) throw forbidden();
        if (!TRANSITIONS[c.state].includes(input.state)) {
          throw conflict('invalid_transition', 'errors.invalidTransition', [{ field: 'state', key: 'validation.invalidTransition' }]);
        }
        await store.updateCommunity(tx, c.id, { state: input.state, updatedAt: clock.now() });
        await record(tx, c, actor.userId, 'state_changed', null, { from: c.state, to: input.state, reason: input.reason.trim() });
      });
      return getCommunity(ctx, slug);
    },

    async history(ctx: Ctx, slug: string, query: { cursor?: string; limit?: number }) {
      const { c, s } = await loadCommunity(db, ctx.actor, slug);
      if (!communityPolicy.seeHistory(s)) throw forbidden();
      const limit = query.limit ?? 50;
      const rows = (await store.listCommunityEvents(db, c.id, decodeCursor(query.cursor), limit)).map((e) => ({ ...e, id: String(e.seq) }));
      const p = await people(
        ctx.actor,
        rows.flatMap((r) => [r.actorId, r.subjectId]),
      );
      return toPage(rows, limit, (e) => ({
        action: e.action,
        actorName: e.actorId ? (p.get(e.actorId)?.name ?? '') : '',
        subjectName: e.subjectId ? (p.get(e.subjectId)?.name ?? '') : '',
        detail: e.detail,
        at: e.createdAt.toISOString(),
      }));
    },

    async members(ctx: Ctx, slug: string, query: { role?: Role; cursor?: string; limit?: number }) {
      const { c, s } = await loadCommunity(db, ctx.actor, slug);
      if (!communityPolicy.seeMembers(s, c)) throw notFound();
      const limit = query.limit ?? 50;
      const rows = await store.listMembers(db, c.id, query.role, clock.now(), decodeCursor(query.cursor), limit);
      const p = await people(
        ctx.actor,
        rows.map((m) => m.userId),
      );
      return toPage(rows, limit, (m) => ({
        userId: m.userId,
        name: p.get(m.userId)?.name ?? '',
        organization: p.get(m.userId)?.fields.organization ?? '',
        role: m.role,
        accessEndsAt: m.accessEndsAt?.toISOString() ?? null,
        since: m.createdAt.toISOString(),
      }));
    },

    /** Join an open community at once, or ask to join one that takes requests. */
    async join(ctx: Ctx, slug: string, note = '') {
      return inTransaction(db, async (tx) => {
        const { actor, c, s } = await loadForWrite(tx, ctx, slug, (s, c) => communityPolicy.join(s, c) || communityPolicy.requestToJoin(s, c) || s.role !== null || s.requested);
        if (s.role !== null) throw conflict('already_member', 'errors.alreadyMember');
        if (s.requested) throw conflict('already_requested', 'errors.alreadyRequested');
        const open = communityPolicy.join(s, c);
        await store.putMembership(tx, { communityId: c.id, userId: actor.userId, state: open ? 'active' : 'requested', role: 'member', accessEndsAt: null, note: note.trim(), now: clock.now() });
        await record(tx, c, actor.userId, open ? 'joined' : 'join_requested', actor.userId);
        return { state: open ? ('active' as const) : ('requested' as const) };
      });
    },

    async joinRequests(ctx: Ctx, slug: string) {
      const { c, s } = await loadCommunity(db, ctx.actor, slug);
      if (!communityPolicy.decideRequests(s, c)) throw forbidden();
      const rows = await store.listJoinRequests(db, c.id);
      const p = await people(
        ctx.actor,
        rows.map((m) => m.userId),
      );
      return { items: rows.map((m) => ({ userId: m.userId, name: p.get(m.userId)?.name ?? '', note: m.note, at: m.createdAt.toISOString() })) };
    },

    async answerJoinRequest(ctx: Ctx, slug: string, userId: string, accept: boolean) {
      await inTransaction(db, async (tx) => {
        const { actor, c } = await loadForWrite(tx, ctx, slug, communityPolicy.decideRequests);
        const m = await store.findMembership(tx, c.id, userId, { forUpdate: true });
        if (!m || m.state !== 'requested') throw notFound();
        await store.updateMembership(tx, m.id, { state: accept ? 'active' : 'declined', ...(accept ? { createdAt: clock.now() } : {}), updatedAt: clock.now() });
        await record(tx, c, actor.userId, accept ? 'join_approved' : 'join_declined', userId);
        await mailMember(tx, userId, (u) => ({ template: 'joinRequestAnswered', name: u.name, link: communityUrl(c.slug), title: c.title, accepted: accept ? 'yes' : 'no' }));
      });
    },

    async leave(ctx: Ctx, slug: string) {
      await inTransaction(db, async (tx) => {
        const actor = requireActor(ctx);
        const { c, s } = await loadCommunity(tx, actor, slug, { forUpdate: true });
        if (c.state === 'dissolved') throw dissolved();
        if (s.role === 'chair') throw conflict('chair_required', 'errors.chairRequired');
        if (!communityPolicy.leave(s, c) || !s.membership) throw forbidden();
        await store.updateMembership(tx, s.membership.id, { state: 'left', updatedAt: clock.now() });
        await record(tx, c, actor.userId, 'left', actor.userId);
      });
    },

    async removeMember(ctx: Ctx, slug: string, userId: string, reason: string) {
      await inTransaction(db, async (tx) => {
        const { actor, c, s } = await loadForWrite(tx, ctx, slug, (s, c) => communityPolicy.remove(s, c, 'member'));
        const target = await store.findMembership(tx, c.id, userId, { forUpdate: true });
        if (!target || target.state !== 'active') throw notFound();
        if (target.role === 'chair') throw conflict('chair_required', 'errors.chairRequired');
        if (!communityPolicy.remove(s, c, target.role)) throw forbidden();
        await store.updateMembership(tx, target.id, { state: 'removed', note: reason.trim(), updatedAt: clock.now() });
        await record(tx, c, actor.userId, 'removed', userId, { reason: reason.trim() });
        await mailMember(tx, userId, (u) => ({ template: 'memberRemoved', name: u.name, link: communityUrl(c.slug), title: c.title, note: reason.trim() }));
      });
    },

    /**
     * Changes a member's role. Making someone chair is a handover: in one transaction the
     * outgoing chair takes another role and the new one takes the chair (the database allows
     * one active chair per community, so a half-done handover cannot be stored).
     */
    async changeRole(ctx: Ctx, slug: string, userId: string, input: { role: Role; accessEndsAt?: string; previousChairRole?: 'facilitator' | 'secretary' | 'member' }) {
      await inTransaction(db, async (tx) => {
        const { actor, c } = await loadForWrite(tx, ctx, slug, communityPolicy.changeRole);
        const chair = await store.findChairForUpdate(tx, c.id);
        const target = await store.findMembership(tx, c.id, userId, { forUpdate: true });
        const now = clock.now();
        if (!target || target.state !== 'active' || (target.accessEndsAt && target.accessEndsAt <= now)) throw notFound();
        if (target.role === input.role) return;
        const accessEndsAt = input.role === 'guest_expert' ? futureDate(input.accessEndsAt, 'accessEndsAt') : null;
        if (input.role === 'chair') {
          if (chair) await store.updateMembership(tx, chair.id, { role: input.previousChairRole ?? 'member', updatedAt: now });
          await store.updateMembership(tx, target.id, { role: 'chair', accessEndsAt: null, updatedAt: now });
          await record(tx, c, actor.userId, 'chair_handed_over', userId, { from: chair?.userId ?? null });
          return;
        }
        if (target.role === 'chair') throw conflict('chair_required', 'errors.chairRequired');
        await store.updateMembership(tx, target.id, { role: input.role, accessEndsAt, updatedAt: now });
        await record(tx, c, actor.userId, 'role_changed', userId, { from: target.role, to: input.role });
      });
    },

    async invite(ctx: Ctx, slug: string, input: { userId?: string; email?: string; name?: string; role: 'facilitator' | 'secretary' | 'member' | 'guest_expert'; accessEndsAt?: string }) {
      return inTransaction(db, async (tx) => {
        const { actor, c } = await loadForWrite(tx, ctx, slug, communityPolicy.invite);
        if (!!input.userId === !!input.email) throw invalid([{ field: 'email', key: 'validation.userOrEmail' }]);
        const accessEndsAt = input.role === 'guest_expert' ? futureDate(input.accessEndsAt, 'accessEndsAt') : null;
        let contact: Contact | null;
        if (input.userId) {
          contact = (await accounts.contactsByIds([input.userId], tx)).get(input.userId) ?? null;
          if (!contact) throw invalid([{ field: 'userId', key: 'validation.unknownUser' }]);
        } else contact = await accounts.contactByEmail(input.email!, tx);
        if (contact) {
          const existing = await store.findMembership(tx, c.id, contact.id);
          if (existing?.state === 'active' && (!existing.accessEndsAt || existing.accessEndsAt > clock.now())) throw conflict('already_member', 'errors.alreadyMember');
        }
        const row = await createInvitation(tx, c, actor.userId, { contact, email: input.email ?? '', name: input.name ?? '' }, input.role, accessEndsAt);
        return presentInvitation(row, { slug: c.slug, title: c.title }, await people(actor, [row.invitedBy], tx));
      });
    },

    async pendingInvitations(ctx: Ctx, slug: string) {
      const { c, s } = await loadCommunity(db, ctx.actor, slug);
      if (!communityPolicy.invite(s, c)) throw forbidden();
      const rows = await store.listPendingInvitations(db, c.id, clock.now());
      const p = await people(
        ctx.actor,
        rows.map((r) => r.invitedBy),
      );
      return { items: rows.map((r) => presentInvitation(r, { slug: c.slug, title: c.title }, p)) };
    },

    async revokeInvitation(ctx: Ctx, slug: string, id: string) {
      await inTransaction(db, async (tx) => {
        const { actor, c } = await loadForWrite(tx, ctx, slug, communityPolicy.invite);
        const inv = await store.findInvitation(tx, { id }, { forUpdate: true });
        if (!inv || inv.communityId !== c.id || inv.state !== 'pending') throw notFound();
        await store.updateInvitation(tx, inv.id, { state: 'revoked', answeredBy: actor.userId, answeredAt: clock.now() });
        await record(tx, c, actor.userId, 'invitation_revoked', inv.userId, { email: inv.email });
      });
    },

    /** What a mailed invitation offers, for the page the link opens (the token is the key). */
    async lookupInvitation(token: string) {
      const inv = await store.findInvitation(db, { tokenId: tokenId(token) });
      if (!inv) throw new DomainError('invalid', 'token_invalid', 'errors.tokenInvalid', [{ field: 'token', key: 'validation.tokenInvalid' }]);
      const [c] = await store.findCommunitiesByIds(db, [inv.communityId]);
      const p = await people(null, [inv.invitedBy]);
      return presentInvitation(inv, { slug: c!.slug, title: c!.title }, p);
    },

    async myInvitations(ctx: Ctx) {
      const actor = requireActor(ctx);
      const me = (await accounts.contactsByIds([actor.userId])).get(actor.userId);
      if (!me) throw unauthenticated();
      const rows = await store.pendingInvitationsFor(db, me.id, me.emailVerified ? me.emailKey : null, clock.now());
      const communities = new Map((await store.findCommunitiesByIds(db, rows.map((r) => r.communityId))).map((c) => [c.id, c]));
      const p = await people(
        actor,
        rows.map((r) => r.invitedBy),
      );
      return {
        items: rows
          .filter((r) => communities.get(r.communityId)?.state !== 'dissolved')
          .map((r) => presentInvitation(r, { slug: communities.get(r.communityId)!.slug, title: communities.get(r.communityId)!.title }, p)),
      };
    },

    /** Accepting makes the actor a member with the invited role; declining only closes the invitation. */
    async answerInvitation(ctx: Ctx, by: { token?: string; id?: string }, accept: boolean) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const inv = await findInvitationFor(tx, actor, by);
        const [c] = await store.findCommunitiesByIds(tx, [inv.communityId]);
        if (!c) throw notFound();
        if (c.state === 'dissolved') throw dissolved();
        const now = clock.now();
        await store.updateInvitation(tx, inv.id, { state: accept ? 'accepted' : 'declined', answeredBy: actor.userId, answeredAt: now });
        if (accept) {
          const existing = await store.findMembership(tx, c.id, actor.userId, { forUpdate: true });
          const current = existing?.state === 'active' && (!existing.accessEndsAt || existing.accessEndsAt > now);
          // Someone already in keeps their role; an invitation never demotes a chair.
          if (!current) await store.putMembership(tx, { communityId: c.id, userId: actor.userId, state: 'active', role: inv.role, accessEndsAt: inv.accessEndsAt, note: '', now });
        }
        await record(tx, c, actor.userId, accept ? 'invitation_accepted' : 'invitation_declined', actor.userId, { role: inv.role });
        return { slug: c.slug };
      });
    },
  };
}

export type CommunitiesService = ReturnType<typeof createCommunitiesService>;
export { ROLES, type Role } from './tables.js';

/**
 * Who leads a community's work in the other modules (moderating discussions, managing its
 * library, scheduling meetings): its chair and facilitators, and platform administrators.
 */
export const leadsCommunity = (s: { admin: boolean; role: Role | null }) => s.admin || s.role === 'chair' || s.role === 'facilitator';
