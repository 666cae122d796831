import type { Actor, Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { inTransaction } from '../../db/transaction.js';
import { neutralFileName } from '../../files/names.js';
import { spreadsheet } from '../../files/spreadsheet.js';
import { DomainError, forbidden, invalid, notFound, unauthenticated, type FieldError } from '../../http/errors.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { searchKey } from '../../text/normalize.js';
import { newToken, tokenId } from '../../tokens.js';
import type { AccountsService, Contact } from '../accounts/service.js';
import { wordCount, type CallRow, type CallsService, type ContributionRow } from '../calls/service.js';
import type { NotificationsService } from '../notifications/service.js';
import { assignmentPlan, conflictChecker, figures, weightedScore } from './scoring.js';
import { reviewPolicy, type PanelStanding } from './policy.js';
import * as store from './store.js';
import type { Criterion, Outcome, PanelRole, Scores } from './tables.js';

const INVITATION_TTL_MS = 14 * 86_400_000;

export interface PanelInput {
  title: string;
  domainKeys: string[];
  reviewersPerContribution: number;
  deadline: string | null;
  disagreementThreshold: number;
}

type ConflictCode = 'rubric_locked' | 'panel_in_use' | 'call_not_closed' | 'results_published' | 'conflict_of_interest' | 'already_assigned' | 'review_submitted' | 'review_closed' | 'no_rubric';
const conflict = (code: ConflictCode) => new DomainError('conflict', code, `errors.${code.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey);

const tally = (outcomes: Outcome[]) => ({
  accepted: outcomes.filter((o) => o === 'accepted').length,
  partlyAccepted: outcomes.filter((o) => o === 'partly_accepted').length,
  merged: outcomes.filter((o) => o === 'merged').length,
  rejected: outcomes.filter((o) => o === 'rejected').length,
});

export function createReviewsService(deps: { db: Db; clock: Clock; config: Config; accounts: AccountsService; calls: CallsService; notifications: NotificationsService }) {
  const { db, clock, config, accounts, calls, notifications } = deps;
  const url = (path: string) => `${config.publicUrl}${path}`;

  const requireActor = (ctx: Ctx) => {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  };

  /** Review runs between the call's closing and the publication of its results. */
  function checkReviewPhase(call: CallRow) {
    if (call.state === 'results_published') throw conflict('results_published');
    if (call.state === 'draft' || call.closesAt > clock.now()) throw conflict('call_not_closed');
  }

  /** The panel, its call, and where the actor stands; 404 for those with no part in it. */
  async function loadPanel(tx: Db, actor: Actor, panelId: string, options: { forUpdate?: boolean } = {}) {
    const panel = await store.findPanel(tx, panelId, options);
    if (!panel) throw notFound();
    const { call, canManage, seeContributors } = await calls.callAccess(actor, panel.callId, tx);
    const role = actor ? ((await store.findMember(tx, panel.id, actor.userId))?.role ?? null) : null;
    const standing: PanelStanding = { manage: canManage, role };
    if (!reviewPolicy.seePanel(standing)) throw notFound();
    // Blind review hides authors from everyone on the panel; the call's managers still know.
    return { panel, call, standing, blind: call.blindReview && !seeContributors, seeContributors };
  }

  const names = async (ids: string[], tx: Db) => {
    const contacts = await accounts.contactsByIds([...new Set(ids)], tx);
    return (id: string) => ({ id, name: contacts.get(id)?.name ?? '' });
  };

  async function presentPanel(tx: Db, panel: store.PanelRow, call: CallRow, standing: PanelStanding) {
    // One query after another: inside a transaction they share one connection.
    const members = await store.membersOf(tx, [panel.id]);
    const assignments = await store.assignmentsOf(tx, { panelId: panel.id });
    const invitations = reviewPolicy.setUp(standing) ? await store.pendingInvitations(tx, panel.id, clock.now()) : [];
    const person = await names(
      members.map((m) => m.userId),
      tx,
    );
    return {
      id: panel.id,
      callId: panel.callId,
      title: panel.title,
      domainKeys: panel.domainKeys,
      reviewersPerContribution: panel.reviewersPerContribution,
      deadline: panel.deadline?.toISOString() ?? null,
      disagreementThreshold: panel.disagreementThreshold,
      call: {
        id: call.id,
        title: call.title,
        state: call.state,
        blindReview: call.blindReview,
        domains: call.domains.map((d) => ({ key: d.key, title: d.title })),
        audienceGroups: call.audienceGroups,
      },
      members: members.map((m) => ({
        user: person(m.userId),
        role: m.role,
        assigned: assignments.filter((a) => a.reviewerId === m.userId && a.state !== 'declined').length,
        submitted: assignments.filter((a) => a.reviewerId === m.userId && a.state === 'submitted').length,
      })),
      invitations: invitations.map((i) => ({ id: i.id, email: i.email, name: i.name, role: i.role, expiresAt: i.expiresAt.toISOString() })),
      myRole: standing.role,
      can: {
        manage: reviewPolicy.setUp(standing),
        assign: reviewPolicy.assign(standing),
        decide: reviewPolicy.decide(standing),
        seeScores: reviewPolicy.seeContributions(standing),
      },
    };
  }

  /** A domain belongs to at most one panel of the call: "the domain's panel". */
  async function checkDomains(tx: Db, call: CallRow, domainKeys: string[], exceptPanelId?: string): Promise<FieldError[]> {
    const others = (await store.panelsOfCall(tx, call.id)).filter((p) => p.id !== exceptPanelId);
    const errors: FieldError[] = [];
    domainKeys.forEach((key, i) => {
      if (!call.domains.some((d) => d.key === key)) errors.push({ field: `domainKeys.${i}`, key: 'validation.unknownDomain' });
      else if (others.some((p) => p.domainKeys.includes(key))) errors.push({ field: `domainKeys.${i}`, key: 'validation.domainHasPanel' });
    });
    return errors;
  }

  /** Conflicts of these reviewers with these contributions, declared and automatic. */
  async function conflictsOf(tx: Db, contributions: ContributionRow[], reviewerIds: string[]) {
    const declared = await store.declaredConflicts(
      tx,
      contributions.map((c) => c.id),
    );
    const people = await accounts.contactsByIds([...new Set([...reviewerIds, ...contributions.map((c) => c.authorId)])], tx);
    return conflictChecker(declared, (id) => people.get(id)?.profile.organization ?? '');
  }

  async function mailAssigned(tx: Db, call: CallRow, reviewerIds: string[]) {
    const counts = new Map<string, number>();
    for (const id of reviewerIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    const contacts = await accounts.contactsByIds([...counts.keys()], tx);
    for (const [id, count] of counts) {
      const contact = contacts.get(id);
      // Only the call and a count: nothing about the contributions or who wrote them.
      if (contact) await notifications.queueEmail(tx, contact.email, contact.locale, { template: 'reviewAssigned', name: contact.name, link: url('/reviews'), title: call.title, count });
    }
  }

  /**
   * Gives the contributions (of the panel's domains) the reviewers they lack, spread evenly,
   * honouring conflicts; returns what was made and what could not be.
   */
  async function fill(tx: Db, panel: store.PanelRow, call: CallRow, contributions: ContributionRow[]) {
    const members = await store.membersOf(tx, [panel.id]);
    const reviewers = members.filter((m) => m.role === 'reviewer').map((m) => m.userId);
    const existing = await store.assignmentsOf(tx, { panelId: panel.id });
    const conflictOf = await conflictsOf(tx, contributions, reviewers);
    const plan = assignmentPlan({ contributions, reviewers, existing, perContribution: panel.reviewersPerContribution, conflictOf });
    const now = clock.now();
    await store.insertAssignments(
      tx,
      plan.assign.map((a) => ({ panelId: panel.id, contributionId: a.contributionId, reviewerId: a.reviewerId, assignedBy: null, assignedAt: now, updatedAt: now })),
    );
    await mailAssigned(
      tx,
      call,
      plan.assign.map((a) => a.reviewerId),
    );
    return plan;
  }

  /** The panel's contributions with reviewers, conflicts, figures and decisions. */
  async function panelRows(tx: Db, ctx: { panel: store.PanelRow; call: CallRow; blind: boolean }, only?: string[]) {
    const { panel, call, blind } = ctx;
    let contributions = await calls.submittedIn(call.id, panel.domainKeys, tx);
    if (only) contributions = contributions.filter((c) => only.includes(c.id));
    const ids = contributions.map((c) => c.id);
    const members = await store.membersOf(tx, [panel.id]);
    const assignments = await store.assignmentsOf(tx, { contributionIds: ids });
    const decisions = await store.decisionsOn(tx, ids);
    const conflictOf = await conflictsOf(
      tx,
      contributions,
      members.map((m) => m.userId),
    );
    const mergedTitles = new Map((await calls.contributionRows(decisions.flatMap((d) => (d.mergedInto ? [d.mergedInto] : [])), tx)).map((c) => [c.id, c.title]));
    const person = await names([...members.map((m) => m.userId), ...assignments.map((a) => a.reviewerId), ...(blind ? [] : contributions.map((c) => c.authorId))], tx);
    return contributions.map((c) => {
      const mine = assignments.filter((a) => a.contributionId === c.id && a.panelId === panel.id);
      const decision = decisions.find((d) => d.contributionId === c.id);
      const conflicts = members.flatMap((m) => {
        const found = conflictOf(c, m.userId);
        // Under blind review an automatic conflict would tell who the author is or where they
        // work: it is honoured (never assigned, never opened) but not listed.
        if (!found || (blind && found.kind !== 'declared')) return [];
        return [{ reviewer: person(m.userId), kind: found.kind, reason: found.reason }];
      });
      return {
        id: c.id,
        title: c.title,
        domainKey: c.domainKey,
        audienceGroup: c.audienceGroup,
        trackingCode: c.trackingCode,
        author: blind ? null : person(c.authorId),
        affiliation: blind ? '' : c.affiliation,
        assignments: mine.map((a) => ({ id: a.id, reviewer: person(a.reviewerId), state: a.state, weighted: a.weighted, automatic: a.assignedBy === null, declineReason: a.declineReason })),
        conflicts,
        ...figures(mine, panel.disagreementThreshold),
        decision: decision ? presentDecision(decision, mergedTitles) : null,
      };
    });
  }

  function presentDecision(d: store.DecisionRow, mergedTitles: Map<string, string>) {
    return {
      outcome: d.outcome,
      reason: d.reason,
      mergedInto: d.mergedInto ? { id: d.mergedInto, title: mergedTitles.get(d.mergedInto) ?? '' } : null,
      decidedAt: d.decidedAt.toISOString(),
    };
  }

  async function oneRow(tx: Db, ctx: { panel: store.PanelRow; call: CallRow; blind: boolean }, contributionId: string) {
    const [row] = await panelRows(tx, ctx, [contributionId]);
    if (!row) throw notFound();
    return row;
  }

  /** The contribution, if it is a submitted one in the panel's domains. */
  async function panelContribution(tx: Db, panel: store.PanelRow, id: string) {
    const [c] = await calls.contributionRows([id], tx);
    if (!c || c.callId !== panel.callId || c.state !== 'submitted' || !panel.domainKeys.includes(c.domainKey)) return null;
    return c;
  }

  /**
   * The actor's own review: the assignment, its panel, call and contribution. A declined
   * assignment is no longer theirs; a conflicted reviewer may not open the contribution.
   */
  async function loadReview(tx: Db, actor: NonNullable<Actor>, id: string, options: { forUpdate?: boolean } = {}) {
    const a = await store.findAssignment(tx, id, options);
    if (!a || a.reviewerId !== actor.userId || a.state === 'declined') throw notFound();
    const panel = (await store.findPanel(tx, a.panelId))!;
    const { call, seeContributors } = await calls.callAccess(actor, panel.callId, tx);
    const [c] = await calls.contributionRows([a.contributionId], tx);
    if (!c) throw notFound();
    if ((await conflictsOf(tx, [c], [actor.userId]))(c, actor.userId)) throw conflict('conflict_of_interest');
    return { a, panel, call, c, blind: call.blindReview && !seeContributors };
  }

  const editable = (call: CallRow, panel: store.PanelRow) => call.state !== 'results_published' && (!panel.deadline || clock.now() <= panel.deadline);

  async function presentReview(tx: Db, r: Awaited<ReturnType<typeof loadReview>>) {
    const { a, panel, call, c, blind } = r;
    const criteria = await store.findRubric(tx, call.id);
    const attachments = await calls.attachmentRows([c.id], tx);
    const all = await store.assignmentsOf(tx, { contributionIds: [c.id] });
    const submitted = a.state === 'submitted';
    const others = all.filter((o) => o.id !== a.id && o.state === 'submitted');
    const person = await names([...others.map((o) => o.reviewerId), ...(blind ? [] : [c.authorId])], tx);
    const shown = figures(
      all.filter((o) => o.panelId === panel.id),
      panel.disagreementThreshold,
    );
    return {
      id: a.id,
      state: a.state,
      editable: editable(call, panel),
      deadline: panel.deadline?.toISOString() ?? null,
      call: { id: call.id, title: call.title, blindReview: call.blindReview, domains: call.domains.map((d) => ({ key: d.key, title: d.title })), audienceGroups: call.audienceGroups },
      panel: { id: panel.id, title: panel.title },
      contribution: {
        id: c.id,
        title: c.title,
        body: c.body,
        domainKey: c.domainKey,
        audienceGroup: c.audienceGroup,
        words: wordCount(c.body),
        author: blind ? null : person(c.authorId),
        affiliation: blind ? '' : c.affiliation,
        attachments: attachments.map((f, i) => ({ id: f.id, name: blind ? neutralFileName(i, f.type) : f.name, size: f.size, type: f.type })),
      },
      criteria,
      scores: a.scores,
      comment: a.comment,
      weighted: a.weighted,
      others: submitted ? others.map((o) => ({ reviewer: person(o.reviewerId), scores: o.scores, comment: o.comment, weighted: o.weighted })) : null,
      ...(submitted ? shown : { average: null, spread: null, disagreement: false }),
    };
  }

  function checkScores(criteria: Criterion[], scores: Scores, complete: boolean): FieldError[] {
    const errors: FieldError[] = [];
    for (const key of Object.keys(scores)) if (!criteria.some((c) => c.key === key)) errors.push({ field: `scores.${key}`, key: 'validation.unknownCriterion' });
    for (const c of criteria) {
      const entry = scores[c.key];
      const score = entry?.score ?? null;
      if (score !== null && (score < c.scaleMin || score > c.scaleMax)) errors.push({ field: `scores.${c.key}.score`, key: 'validation.outOfScale', values: { min: c.scaleMin, max: c.scaleMax } });
      if (!complete) continue;
      if (score === null) errors.push({ field: `scores.${c.key}.score`, key: 'validation.required' });
      if (c.commentRequired && !entry?.comment.trim()) errors.push({ field: `scores.${c.key}.comment`, key: 'validation.required' });
    }
    return errors;
  }

  async function rubricFor(ctx: Ctx, callId: string) {
    const actor = requireActor(ctx);
    const { call, canManage } = await calls.callAccess(actor, callId);
    const memberships = await store.membershipsIn(db, call.id, actor.userId);
    if (!canManage && memberships.length === 0) throw notFound();
    return { call, canManage };
  }

  /** Per contribution: its reviews, average, and the decision, for the report and its export. */
  async function reviewTable(call: CallRow) {
    const contributions = await calls.submittedIn(
      call.id,
      call.domains.map((d) => d.key),
    );
    const panels = await store.panelsOfCall(db, call.id);
    const [assignments, decisions] = await Promise.all([
      store.assignmentsOf(db, { panelIds: panels.map((p) => p.id) }),
      store.decisionsOfCall(db, call.id),
    ]);
    const threshold = (domainKey: string) => panels.find((p) => p.domainKeys.includes(domainKey))?.disagreementThreshold ?? 30;
    return {
      panels,
      assignments,
      rows: contributions.map((c) => {
        const mine = assignments.filter((a) => a.contributionId === c.id);
        return { c, mine, ...figures(mine, threshold(c.domainKey)), decision: decisions.find((d) => d.contributionId === c.id) ?? null };
      }),
    };
  }

  return {
    async rubric(ctx: Ctx, callId: string) {
      const { call, canManage } = await rubricFor(ctx, callId);
      return { criteria: await store.findRubric(db, call.id), locked: await store.anySubmitted(db, { callId: call.id }), canEdit: canManage };
    },

    async setRubric(ctx: Ctx, callId: string, criteria: Criterion[]) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { call, canManage } = await calls.callAccess(actor, callId, tx, { forUpdate: true });
        if (!canManage) throw forbidden();
        if (call.state === 'results_published') throw conflict('results_published');
        if (await store.anySubmitted(tx, { callId: call.id })) throw conflict('rubric_locked');
        const errors: FieldError[] = [];
        const seen = new Set<string>();
        criteria.forEach((c, i) => {
          if (seen.has(c.key)) errors.push({ field: `criteria.${i}.key`, key: 'validation.duplicateKey' });
          seen.add(c.key);
        });
        if (errors.length) throw invalid(errors);
        await store.saveRubric(tx, call.id, criteria, actor.userId, clock.now());
        return { criteria, locked: false, canEdit: true };
      });
    },

    async panels(ctx: Ctx, callId: string) {
      const actor = requireActor(ctx);
      const { call, canManage } = await calls.callAccess(actor, callId);
      const roles = new Map((await store.membershipsIn(db, call.id, actor.userId)).map((m) => [m.panelId, m.role]));
      const panels = (await store.panelsOfCall(db, call.id)).filter((p) => canManage || roles.has(p.id));
      return Promise.all(panels.map((p) => presentPanel(db, p, call, { manage: canManage, role: roles.get(p.id) ?? null })));
    },

    async createPanel(ctx: Ctx, callId: string, input: PanelInput) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        // The call's row is locked so that two panels cannot claim one domain at once.
        const { call, canManage } = await calls.callAccess(actor, callId, tx, { forUpdate: true });
        if (!canManage) throw forbidden();
        if (call.state === 'results_published') throw conflict('results_published');
        const errors = await checkDomains(tx, call, input.domainKeys);
        if (errors.length) throw invalid(errors);
        const now = clock.now();
        const panel = await store.insertPanel(tx, { ...input, callId: call.id, domainKeys: [...new Set(input.domainKeys)], deadline: input.deadline ? new Date(input.deadline) : null, createdAt: now, updatedAt: now });
        return presentPanel(tx, panel, call, { manage: true, role: null });
      });
    },

    async panel(ctx: Ctx, id: string) {
      const { panel, call, standing } = await loadPanel(db, requireActor(ctx), id);
      return presentPanel(db, panel, call, standing);
    },

    async updatePanel(ctx: Ctx, id: string, patch: Partial<PanelInput>) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const found = await store.findPanel(tx, id);
        if (!found) throw notFound();
        await calls.callAccess(actor, found.callId, tx, { forUpdate: true });
        const { panel, call, standing } = await loadPanel(tx, actor, id, { forUpdate: true });
        if (!reviewPolicy.setUp(standing)) throw forbidden();
        if (call.state === 'results_published') throw conflict('results_published');
        if (patch.domainKeys) {
          const errors = await checkDomains(tx, call, patch.domainKeys, panel.id);
          if (errors.length) throw invalid(errors);
          const changed = patch.domainKeys.length !== panel.domainKeys.length || patch.domainKeys.some((k) => !panel.domainKeys.includes(k));
          if (changed && (await store.assignmentsOf(tx, { panelId: panel.id })).length > 0) throw conflict('panel_in_use');
        }
        const { deadline, domainKeys, ...rest } = patch;
        const updated = await store.updatePanel(tx, panel.id, {
          ...rest,
          ...(domainKeys ? { domainKeys: [...new Set(domainKeys)] } : {}),
          ...(deadline !== undefined ? { deadline: deadline ? new Date(deadline) : null } : {}),
          updatedAt: clock.now(),
        });
        return presentPanel(tx, updated, call, standing);
      });
    },

    async deletePanel(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      await inTransaction(db, async (tx) => {
        const { panel, call, standing } = await loadPanel(tx, actor, id, { forUpdate: true });
        if (!reviewPolicy.setUp(standing)) throw forbidden();
        if (call.state === 'results_published') throw conflict('results_published');
        if (await store.anySubmitted(tx, { panelId: panel.id })) throw conflict('panel_in_use');
        await store.deletePanel(tx, panel.id);
      });
    },

    /** Adds a member (or changes a role); by email, an account is added and anyone else invited. */
    async setMember(ctx: Ctx, id: string, input: { userId?: string; email?: string; name?: string; role: PanelRole }) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { panel, call, standing } = await loadPanel(tx, actor, id, { forUpdate: true });
        if (!reviewPolicy.setUp(standing)) throw forbidden();
        if (call.state === 'results_published') throw conflict('results_published');
        let contact: Contact | null = null;
        if (input.userId) {
          contact = (await accounts.contactsByIds([input.userId], tx)).get(input.userId) ?? null;
          if (!contact) throw invalid([{ field: 'userId', key: 'validation.unknownUser' }]);
        } else if (input.email) contact = await accounts.contactByEmail(input.email, tx);
        else throw invalid([{ field: 'userId', key: 'validation.required' }]);
        const now = clock.now();
        const role = t(contact?.locale ?? ctx.locale, `panel.role.${input.role}` as MessageKey);
        if (!contact) {
          const token = newToken();
          await store.insertInvitation(tx, { panelId: panel.id, email: input.email!.trim(), name: input.name?.trim() ?? '', role: input.role, tokenId: tokenId(token), invitedBy: actor.userId, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), createdAt: now });
          const inviter = (await accounts.contactsByIds([actor.userId], tx)).get(actor.userId)?.name ?? '';
          await notifications.queueEmail(tx, input.email!.trim(), ctx.locale, {
            template: 'panelInvitation',
            name: input.name?.trim() || input.email!.trim(),
            link: url(`/panel-invitations/accept?token=${encodeURIComponent(token)}`),
            title: panel.title,
            call: call.title,
            role,
            inviter,
          });
        } else {
          const isNew = !(await store.findMember(tx, panel.id, contact.id));
          await store.putMember(tx, panel.id, contact.id, input.role, now);
          if (isNew) await notifications.queueEmail(tx, contact.email, contact.locale, { template: 'panelMemberAdded', name: contact.name, link: url(`/panels/${panel.id}`), title: panel.title, call: call.title, role });
        }
        return presentPanel(tx, panel, call, standing);
      });
    },

    async removeMember(ctx: Ctx, id: string, userId: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { panel, call, standing } = await loadPanel(tx, actor, id, { forUpdate: true });
        if (!reviewPolicy.setUp(standing)) throw forbidden();
        if (!(await store.findMember(tx, panel.id, userId))) throw notFound();
        await store.deleteOpenAssignments(tx, panel.id, userId);
        await store.deleteMember(tx, panel.id, userId);
        return presentPanel(tx, panel, call, { ...standing, role: userId === actor.userId ? null : standing.role });
      });
    },

    async revokeInvitation(ctx: Ctx, id: string, invitationId: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { panel, call, standing } = await loadPanel(tx, actor, id, { forUpdate: true });
        if (!reviewPolicy.setUp(standing)) throw forbidden();
        const inv = await store.findInvitation(tx, { id: invitationId });
        if (!inv || inv.panelId !== panel.id) throw notFound();
        await store.deleteInvitation(tx, inv.id);
        return presentPanel(tx, panel, call, standing);
      });
    },

    async lookupInvitation(token: string) {
      const inv = await store.findInvitation(db, { tokenId: tokenId(token) });
      if (!inv) throw notFound();
      const panel = (await store.findPanel(db, inv.panelId))!;
      const [call] = await calls.callRows([panel.callId]);
      return { panelTitle: panel.title, callTitle: call?.title ?? '', role: inv.role, email: inv.email, usable: !inv.acceptedAt && inv.expiresAt > clock.now() };
    },

    /** Whoever holds the mailed link joins with its role, once, within 14 days. */
    async acceptInvitation(ctx: Ctx, token: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const inv = await store.findInvitation(tx, { tokenId: tokenId(token) }, { forUpdate: true });
        if (!inv || inv.acceptedAt || inv.expiresAt <= clock.now()) throw new DomainError('conflict', 'token_invalid', 'errors.tokenInvalid');
        const now = clock.now();
        if (!(await store.findMember(tx, inv.panelId, actor.userId))) await store.putMember(tx, inv.panelId, actor.userId, inv.role, now);
        await store.acceptInvitation(tx, inv.id, actor.userId, now);
        // Presented from the rows: a panel may be formed while its call is still a draft.
        const panel = (await store.findPanel(tx, inv.panelId))!;
        const [call] = await calls.callRows([panel.callId], tx);
        const role = (await store.findMember(tx, panel.id, actor.userId))!.role;
        return presentPanel(tx, panel, call!, { manage: false, role });
      });
    },

    async panelContributions(ctx: Ctx, id: string) {
      const loaded = await loadPanel(db, requireActor(ctx), id);
      if (!reviewPolicy.seeContributions(loaded.standing)) throw forbidden();
      return panelRows(db, loaded);
    },

    async autoAssign(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { panel, call, standing } = await loadPanel(tx, actor, id, { forUpdate: true });
        if (!reviewPolicy.assign(standing)) throw forbidden();
        checkReviewPhase(call);
        const contributions = await calls.submittedIn(call.id, panel.domainKeys, tx);
        const plan = await fill(tx, panel, call, contributions);
        const person = await names(
          plan.load.map((l) => l.reviewerId),
          tx,
        );
        const titles = new Map(contributions.map((c) => [c.id, c.title]));
        return {
          assigned: plan.assign.length,
          perReviewer: plan.load.map((l) => ({ reviewer: person(l.reviewerId), count: l.count })),
          unassigned: plan.unassigned.map((u) => ({ ...u, title: titles.get(u.contributionId) ?? '' })),
        };
      });
    },

    async assign(ctx: Ctx, id: string, input: { contributionId: string; reviewerId: string }) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const loaded = await loadPanel(tx, actor, id, { forUpdate: true });
        const { panel, call, standing } = loaded;
        if (!reviewPolicy.assign(standing)) throw forbidden();
        checkReviewPhase(call);
        const c = await panelContribution(tx, panel, input.contributionId);
        const errors: FieldError[] = [];
        if (!c) errors.push({ field: 'contributionId', key: 'validation.notInPanel' });
        if ((await store.findMember(tx, panel.id, input.reviewerId))?.role !== 'reviewer') errors.push({ field: 'reviewerId', key: 'validation.notAReviewer' });
        if (errors.length || !c) throw invalid(errors);
        if ((await conflictsOf(tx, [c], [input.reviewerId]))(c, input.reviewerId)) throw conflict('conflict_of_interest');
        if ((await store.assignmentsOf(tx, { contributionIds: [c.id] })).some((a) => a.reviewerId === input.reviewerId)) throw conflict('already_assigned');
        const now = clock.now();
        await store.insertAssignments(tx, [{ panelId: panel.id, contributionId: c.id, reviewerId: input.reviewerId, assignedBy: actor.userId, assignedAt: now, updatedAt: now }]);
        await mailAssigned(tx, call, [input.reviewerId]);
        return oneRow(tx, loaded, c.id);
      });
    },

    async unassign(ctx: Ctx, id: string, assignmentId: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const loaded = await loadPanel(tx, actor, id, { forUpdate: true });
        if (!reviewPolicy.assign(loaded.standing)) throw forbidden();
        const a = await store.findAssignment(tx, assignmentId, { forUpdate: true });
        if (!a || a.panelId !== loaded.panel.id) throw notFound();
        if (a.state === 'submitted') throw conflict('review_submitted');
        await store.deleteAssignment(tx, a.id);
        return oneRow(tx, loaded, a.contributionId);
      });
    },

    async decide(ctx: Ctx, id: string, contributionId: string, input: { outcome: Outcome; reason: string; mergedInto?: string }) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const loaded = await loadPanel(tx, actor, id, { forUpdate: true });
        const { panel, call, standing } = loaded;
        if (!reviewPolicy.decide(standing)) throw forbidden();
        checkReviewPhase(call);
        const c = await panelContribution(tx, panel, contributionId);
        if (!c) throw notFound();
        let mergedInto: string | null = null;
        if (input.outcome === 'merged') {
          const [target] = input.mergedInto ? await calls.contributionRows([input.mergedInto], tx) : [];
          if (!target || target.id === c.id || target.callId !== call.id || target.state !== 'submitted') throw invalid([{ field: 'mergedInto', key: 'validation.mergeTarget' }]);
          mergedInto = target.id;
        }
        const reason = input.reason.trim();
        if (!reason) throw invalid([{ field: 'reason', key: 'validation.required' }]);
        await store.saveDecision(tx, {
          contributionId: c.id,
          panelId: panel.id,
          callId: call.id,
          domainKey: c.domainKey,
          audienceGroup: c.audienceGroup,
          authorId: c.authorId,
          outcome: input.outcome,
          reason,
          mergedInto,
          decidedBy: actor.userId,
          decidedAt: clock.now(),
        });
        const author = (await accounts.contactsByIds([c.authorId], tx)).get(c.authorId);
        if (author) {
          await notifications.queueEmail(tx, author.email, author.locale, {
            template: 'reviewDecision',
            name: author.name,
            link: url(`/contributions/${c.id}`),
            title: call.title,
            contribution: c.title,
            outcome: input.outcome,
            note: reason,
          });
        }
        return oneRow(tx, loaded, c.id);
      });
    },

    async discussion(ctx: Ctx, id: string, contributionId: string) {
      const actor = requireActor(ctx);
      const { panel } = await discussionAccess(db, actor, id, contributionId, 'read');
      const posts = await store.postsOn(db, panel.id, contributionId);
      const person = await names(
        posts.map((p) => p.authorId),
        db,
      );
      return posts.map((p) => ({ id: p.id, author: person(p.authorId), body: p.body, createdAt: p.createdAt.toISOString() }));
    },

    async post(ctx: Ctx, id: string, contributionId: string, body: string) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const { panel, call } = await discussionAccess(tx, actor, id, contributionId, 'write');
        if (call.state === 'results_published') throw conflict('results_published');
        const row = await store.insertPost(tx, { panelId: panel.id, contributionId, authorId: actor.userId, body: body.trim(), createdAt: clock.now() });
        const person = await names([actor.userId], tx);
        return { id: row.id, author: person(actor.userId), body: row.body, createdAt: row.createdAt.toISOString() };
      });
    },

    async myReviews(ctx: Ctx) {
      const actor = requireActor(ctx);
      const rows = await store.reviewsBy(db, actor.userId);
      const [panels, contributions] = await Promise.all([
        store.findPanels(db, [...new Set(rows.map((r) => r.panelId))]),
        calls.contributionRows([...new Set(rows.map((r) => r.contributionId))]),
      ]);
      const callRows = await calls.callRows([...new Set(panels.map((p) => p.callId))]);
      return rows.flatMap((r) => {
        const panel = panels.find((p) => p.id === r.panelId);
        const c = contributions.find((x) => x.id === r.contributionId);
        const call = callRows.find((x) => x.id === panel?.callId);
        if (!panel || !c || !call) return [];
        return [
          {
            id: r.id,
            state: r.state,
            call: { id: call.id, title: call.title },
            panel: { id: panel.id, title: panel.title },
            contribution: { id: c.id, title: c.title, domainKey: c.domainKey },
            deadline: panel.deadline?.toISOString() ?? null,
            assignedAt: r.assignedAt.toISOString(),
            submittedAt: r.submittedAt?.toISOString() ?? null,
          },
        ];
      });
    },

    async review(ctx: Ctx, id: string) {
      const actor = requireActor(ctx);
      return presentReview(db, await loadReview(db, actor, id));
    },

    /** Saves a draft, or submits: every criterion scored and required comments written. A submitted review can be revised (and stays complete) until the deadline. */
    async saveReview(ctx: Ctx, id: string, input: { scores: Scores; comment: string; submit?: boolean }) {
      const actor = requireActor(ctx);
      return inTransaction(db, async (tx) => {
        const loaded = await loadReview(tx, actor, id, { forUpdate: true });
        const { a, panel, call } = loaded;
        if (!editable(call, panel)) throw conflict(call.state === 'results_published' ? 'results_published' : 'review_closed');
        const criteria = await store.findRubric(tx, call.id);
        if (criteria.length === 0) throw conflict('no_rubric');
        const complete = input.submit === true || a.state === 'submitted';
        const errors = checkScores(criteria, input.scores, complete);
        if (errors.length) throw invalid(errors);
        const now = clock.now();
        const updated = await store.updateAssignment(tx, a.id, {
          scores: input.scores,
          comment: input.comment.trim(),
          state: complete ? 'submitted' : 'assigned',
          weighted: complete ? weightedScore(criteria, input.scores) : null,
          submittedAt: complete ? (a.submittedAt ?? now) : null,
          updatedAt: now,
        });
        return presentReview(tx, { ...loaded, a: updated });
      });
    },

    /** The reviewer hands the contribution back (with a declared conflict, never to return); another reviewer takes it if one is free. */
    async decline(ctx: Ctx, id: string, input: { reason: string; conflictOfInterest: boolean }) {
      const actor = requireActor(ctx);
      await inTransaction(db, async (tx) => {
        const a = await store.findAssignment(tx, id, { forUpdate: true });
        if (!a || a.reviewerId !== actor.userId || a.state === 'declined') throw notFound();
        if (a.state === 'submitted') throw conflict('review_submitted');
        const panel = (await store.findPanel(tx, a.panelId, { forUpdate: true }))!;
        const { call } = await calls.callAccess(actor, panel.callId, tx);
        if (call.state === 'results_published') throw conflict('results_published');
        const now = clock.now();
        if (input.conflictOfInterest) await store.declareConflict(tx, { contributionId: a.contributionId, reviewerId: actor.userId, reason: input.reason.trim(), declaredAt: now });
        await store.updateAssignment(tx, a.id, { state: 'declined', declineReason: input.reason.trim(), scores: {}, updatedAt: now });
        const [c] = await calls.contributionRows([a.contributionId], tx);
        if (c) await fill(tx, panel, call, [c]);
      });
    },

    async attachment(ctx: Ctx, id: string, attachmentId: string) {
      const actor = requireActor(ctx);
      const { c, blind } = await loadReview(db, actor, id);
      const files = await calls.attachmentRows([c.id]);
      const i = files.findIndex((f) => f.id === attachmentId);
      if (i < 0) throw notFound();
      const f = files[i]!;
      return { name: blind ? neutralFileName(i, f.type) : f.name, type: f.type, size: f.size, stream: calls.openFile(f.storageKey) };
    },

    async contributionDecision(ctx: Ctx, contributionId: string) {
      const actor = requireActor(ctx);
      const [c] = await calls.contributionRows([contributionId]);
      if (!c) throw notFound();
      if (c.authorId !== actor.userId && !(await calls.callAccess(actor, c.callId)).canManage) throw notFound();
      const [d] = await store.decisionsOn(db, [c.id]);
      if (!d) return { decision: null };
      const merged = new Map((await calls.contributionRows(d.mergedInto ? [d.mergedInto] : [])).map((m) => [m.id, m.title]));
      return { decision: presentDecision(d, merged) };
    },

    async results(ctx: Ctx, callId: string) {
      const { call, canManage } = await calls.callAccess(ctx.actor, callId);
      const published = call.state === 'results_published';
      if (!published && !canManage) throw notFound();
      const [decisions, submitted] = await Promise.all([store.decisionsOfCall(db, call.id), calls.submittedCounts(call.id)]);
      const accepted = decisions.filter((d) => d.outcome === 'accepted' || d.outcome === 'partly_accepted');
      // The text of accepted contributions is shown only when the call makes contributions public; never who wrote them.
      const rows = call.publicAfterClose ? await calls.contributionRows(accepted.map((d) => d.contributionId)) : [];
      return {
        call: { id: call.id, title: call.title, state: call.state },
        published,
        byDomain: call.domains.map((d) => ({
          key: d.key,
          title: d.title,
          submitted: submitted.get(d.key) ?? 0,
          ...tally(decisions.filter((x) => x.domainKey === d.key).map((x) => x.outcome)),
        })),
        contributions: rows.map((c) => {
          const d = accepted.find((x) => x.contributionId === c.id)!;
          return { id: c.id, title: c.title, body: c.body, domainKey: c.domainKey, audienceGroup: c.audienceGroup, outcome: d.outcome as 'accepted' | 'partly_accepted', reason: d.reason };
        }),
      };
    },

    async report(ctx: Ctx, callId: string) {
      const actor = requireActor(ctx);
      const { call, canManage } = await calls.callAccess(actor, callId);
      if (!reviewPolicy.report({ manage: canManage, role: null })) throw forbidden();
      const { panels, assignments, rows } = await reviewTable(call);
      const members = await store.membersOf(
        db,
        panels.map((p) => p.id),
      );
      const reviewerKeys = [
        ...new Set([...members.filter((m) => m.role === 'reviewer').map((m) => `${m.panelId}|${m.userId}`), ...assignments.map((a) => `${a.panelId}|${a.reviewerId}`)]),
      ];
      const person = await names(
        reviewerKeys.map((k) => k.split('|')[1]!),
        db,
      );
      const undecided = (list: typeof rows) => list.filter((r) => !r.decision).length;
      const decisionsIn = (list: typeof rows) => ({ ...tally(list.flatMap((r) => (r.decision ? [r.decision.outcome] : []))), undecided: undecided(list) });
      return {
        progress: reviewerKeys.map((k) => {
          const [panelId, userId] = k.split('|') as [string, string];
          const mine = assignments.filter((a) => a.panelId === panelId && a.reviewerId === userId);
          return {
            panelId,
            panelTitle: panels.find((p) => p.id === panelId)?.title ?? '',
            reviewer: person(userId),
            assigned: mine.filter((a) => a.state !== 'declined').length,
            submitted: mine.filter((a) => a.state === 'submitted').length,
            declined: mine.filter((a) => a.state === 'declined').length,
          };
        }),
        scoreDistribution: call.domains.map((d) => {
          const averages = rows.filter((r) => r.c.domainKey === d.key && r.average !== null).map((r) => r.average!);
          const buckets = [0, 0, 0, 0, 0];
          for (const avg of averages) buckets[Math.min(4, Math.floor(avg / 20))]! += 1;
          return { key: d.key, title: d.title, reviewed: averages.length, mean: averages.length ? round(averages.reduce((s, x) => s + x, 0) / averages.length) : null, buckets };
        }),
        decisionsByDomain: call.domains.map((d) => ({ key: d.key, title: d.title, ...decisionsIn(rows.filter((r) => r.c.domainKey === d.key)) })),
        decisionsByAudienceGroup: call.audienceGroups.map((g) => ({ key: g.key, title: g.title, ...decisionsIn(rows.filter((r) => r.c.audienceGroup === g.key)) })),
      };
    },

    async exportReport(ctx: Ctx, callId: string, format: 'csv' | 'xlsx') {
      const actor = requireActor(ctx);
      const { call, canManage, seeContributors } = await calls.callAccess(actor, callId);
      if (!reviewPolicy.report({ manage: canManage, role: null })) throw forbidden();
      const { rows } = await reviewTable(call);
      const authors = seeContributors ? await accounts.contactsByIds(rows.map((r) => r.c.authorId)) : new Map<string, Contact>();
      const L = ctx.locale;
      const col = (key: string) => t(L, `export.${key}` as MessageKey);
      const domainTitle = new Map(call.domains.map((d) => [d.key, d.title]));
      const groupTitle = new Map(call.audienceGroups.map((g) => [g.key, g.title]));
      const header = [
        col('trackingCode'),
        col('title'),
        col('domain'),
        col('audienceGroup'),
        col('reviewsAssigned'),
        col('reviewsSubmitted'),
        col('average'),
        col('spread'),
        col('disagreement'),
        col('decision'),
        col('reason'),
        ...(seeContributors ? [col('author'), col('email')] : []),
      ];
      const table = rows.map((r) => [
        r.c.trackingCode,
        r.c.title,
        domainTitle.get(r.c.domainKey) ?? r.c.domainKey,
        groupTitle.get(r.c.audienceGroup) ?? r.c.audienceGroup,
        r.mine.filter((a) => a.state !== 'declined').length,
        r.mine.filter((a) => a.state === 'submitted').length,
        r.average ?? '',
        r.spread ?? '',
        r.disagreement ? t(L, 'export.yes') : '',
        r.decision ? t(L, `export.outcome.${r.decision.outcome}` as MessageKey) : '',
        r.decision?.reason ?? '',
        ...(seeContributors ? [authors.get(r.c.authorId)?.name ?? '', authors.get(r.c.authorId)?.email ?? ''] : []),
      ]);
      return spreadsheet(format, { header, rows: table, sheet: col('reviewSheet'), locale: L, width: (i) => (i === 1 || i === 10 ? 40 : 16) });
    },

    /** Contributors with accepted contributions in published results, found by call and domain or by a domain's title. */
    async talent(ctx: Ctx, query: { callId?: string; domain?: string; q?: string }) {
      requireActor(ctx);
      const decisions = await store.acceptedDecisions(db, { callId: query.callId, domainKey: query.callId ? query.domain : undefined });
      const recognized = await recognitionsFrom(decisions);
      const key = query.q ? searchKey(query.q) : '';
      const matching = recognized.filter((r) => (!query.domain || r.domainKey === query.domain) && (!key || searchKey(r.domainTitle).includes(key)));
      const authors = [...new Set(matching.map((r) => r.authorId))].slice(0, 100);
      const person = await names(authors, db);
      return {
        items: authors.map((id) => ({ user: person(id), recognitions: matching.filter((r) => r.authorId === id).map(({ authorId: _a, ...r }) => r) })),
      };
    },

    async recognitions(userId: string) {
      const recognized = await recognitionsFrom(await store.acceptedDecisions(db, { authorId: userId }));
      return { items: recognized.map(({ authorId: _a, ...r }) => r) };
    },
  };

  /** Only calls whose results are published make their contributors known. */
  async function recognitionsFrom(decisions: store.DecisionRow[]) {
    const callRows = (await calls.callRows([...new Set(decisions.map((d) => d.callId))])).filter((c) => c.state === 'results_published');
    return decisions.flatMap((d) => {
      const call = callRows.find((c) => c.id === d.callId);
      if (!call) return [];
      return [
        {
          authorId: d.authorId,
          callId: call.id,
          callTitle: call.title,
          domainKey: d.domainKey,
          domainTitle: call.domains.find((x) => x.key === d.domainKey)?.title ?? d.domainKey,
          outcome: d.outcome as 'accepted' | 'partly_accepted',
        },
      ];
    });
  }

  /** Who may read or write the panel's thread on a contribution. */
  async function discussionAccess(tx: Db, actor: NonNullable<Actor>, panelId: string, contributionId: string, mode: 'read' | 'write') {
    const loaded = await loadPanel(tx, actor, panelId);
    const c = await panelContribution(tx, loaded.panel, contributionId);
    if (!c) throw notFound();
    const own = (await store.assignmentsOf(tx, { contributionIds: [c.id] })).find((a) => a.reviewerId === actor.userId);
    const submittedOwn = own?.state === 'submitted';
    const allowed = mode === 'read' ? reviewPolicy.readDiscussion(loaded.standing, submittedOwn) : reviewPolicy.discuss(loaded.standing, submittedOwn);
    if (!allowed) throw forbidden();
    if (loaded.standing.role && (await conflictsOf(tx, [c], [actor.userId]))(c, actor.userId)) throw conflict('conflict_of_interest');
    return loaded;
  }
}

const round = (x: number) => Math.round(x * 10) / 10;

export type ReviewsService = ReturnType<typeof createReviewsService>;
