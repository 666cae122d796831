import type { Actor, Ctx } from '../../actor.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, forbidden, invalid, notFound, unauthenticated, type FieldError } from '../../http/errors.js';
import { isTimeZone } from '../../i18n/calendars.js';
import { formatDay, formatWhen } from '../../i18n/dates.js';
import { INTL_LOCALE, t, type Locale, type MessageKey } from '../../i18n/index.js';
import { insertJob } from '../../jobs/store.js';
import { newToken, tokenId } from '../../tokens.js';
import type { AccountsService, Contact } from '../accounts/service.js';
import type { CommunitiesService, Role } from '../communities/service.js';
import type { KnowledgeService } from '../knowledge/service.js';
import type { NotificationsService } from '../notifications/service.js';
import type { EmailTemplate } from '../notifications/emails.js';
import { icsCalendar, type IcsEvent } from './ics.js';
import { meetingPolicy, type MeetingStanding } from './policy.js';
import { expand, gregorianExpressible, localDate, RecurrenceError, rrule, type Recurrence, type SeriesRule, type Slot } from './recurrence.js';
import * as store from './store.js';
import type { ActionStatus, MeetingFormat, MeetingKind, RsvpResponse } from './tables.js';

export const MEETING_REMINDER_JOB = 'meeting_reminder';
const GUEST_INVITATION_TTL_MS = 14 * 86_400_000;
const DAY_MS = 86_400_000;

export interface MeetingInput {
  title: string;
  description: string;
  kind: MeetingKind;
  format: MeetingFormat;
  place: string;
  onlineUrl: string;
  capacity: number | null;
  startDate: string;
  startTime: string;
  endTime: string;
  timeZone?: string;
  recurrence: Recurrence | null;
  count?: number | null;
  until?: string | null;
  reminderMinutes: number;
  invitedRoles: Role[];
  invitedUserIds?: string[];
}
export type ScheduleInput = Pick<MeetingInput, 'startDate' | 'startTime' | 'endTime' | 'timeZone' | 'recurrence' | 'count' | 'until'>;

export interface MeetingPatch {
  scope: 'occurrence' | 'series';
  title?: string;
  description?: string;
  kind?: MeetingKind;
  format?: MeetingFormat;
  place?: string;
  onlineUrl?: string;
  capacity?: number | null;
  startsAt?: string;
  endsAt?: string;
  startTime?: string;
  endTime?: string;
  reminderMinutes?: number;
  invitedRoles?: Role[];
}

type ConflictCode =
  | 'meeting_cancelled'
  | 'meeting_past'
  | 'meeting_not_started'
  | 'already_invited'
  | 'minutes_approved'
  | 'minutes_not_in_review'
  | 'minutes_not_approved'
  | 'corrections_closed'
  | 'corrections_open'
  | 'corrections_pending'
  | 'no_attendees'
  | 'community_dissolved'
  | 'token_invalid';
const conflict = (code: ConflictCode) => new DomainError('conflict', code, `errors.${code.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey);

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const isWebUrl = (value: string) => {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

/** The series' rule as the recurrence module reads it. */
const ruleOf = (s: store.SeriesRow): SeriesRule => ({
  startDate: s.startDate,
  startTime: s.startTime,
  durationMinutes: s.durationMinutes,
  timeZone: s.timeZone,
  calendar: s.calendar,
  recurrence: s.recurrence,
  count: s.count,
  until: s.until,
});

export function createMeetingsService(deps: {
  db: Db;
  clock: Clock;
  config: Config;
  accounts: AccountsService;
  communities: CommunitiesService;
  knowledge: KnowledgeService;
  notifications: NotificationsService;
}) {
  const { db, clock, config, accounts, communities, knowledge, notifications } = deps;
  const url = (path: string) => `${config.publicUrl}${path}`;
  const meetingUrl = (id: string) => url(`/meetings/${id}`);

  const requireActor = (ctx: Ctx) => {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  };

  // ---------- Loading and standing ----------

  /** The meeting, its series and community, and where the actor stands; 404 to those who may not see it. */
  async function load(tx: Db, actor: Actor, id: string, options: { forUpdate?: boolean } = {}) {
    const meeting = await store.findMeeting(tx, id, options);
    if (!meeting) throw notFound();
    const series = (await store.findSeries(tx, meeting.seriesId))!;
    const access = (await communities.accessById(actor, meeting.communityId, tx))!;
    const invitee = actor ? await store.findInvitee(tx, { seriesId: series.id, userId: actor.userId }) : null;
    const role = access.standing.role;
    const standing: MeetingStanding = {
      admin: access.standing.admin,
      role,
      invited: invitee !== null || (role !== null && series.invitedRoles.includes(role)),
      guest: invitee !== null && invitee.guest && role === null,
      attended: actor ? await store.attended(tx, meeting.id, actor.userId) : false,
      readsCommunity: access.canRead,
      dissolved: access.community.state === 'dissolved',
    };
    if (!meetingPolicy.see(standing)) throw notFound();
    return { meeting, series, community: access.community, standing };
  }
  type Loaded = Awaited<ReturnType<typeof load>>;

  /** Loads for a change the policy must allow: 409 in a dissolved community, 403 otherwise. */
  async function loadFor(tx: Db, ctx: Ctx, id: string, allowed: (s: MeetingStanding) => boolean, options: { forUpdate?: boolean } = {}) {
    const actor = requireActor(ctx);
    const loaded = await load(tx, actor, id, options);
    if (loaded.standing.dissolved) throw conflict('community_dissolved');
    if (!allowed(loaded.standing)) throw forbidden();
    return { actor, ...loaded };
  }

  const notCancelled = (m: store.MeetingRow) => {
    if (m.cancelled) throw conflict('meeting_cancelled');
  };
  const approved = (m: store.MeetingRow) => m.minutesState === 'approved' || m.minutesState === 'published';
  /** Agenda, decisions and actions are part of the record: fixed once the minutes are approved. */
  const notApproved = (m: store.MeetingRow) => {
    if (approved(m)) throw conflict('minutes_approved');
  };

  const names = async (ids: (string | null)[], tx: Db) => {
    const contacts = await accounts.contactsByIds([...new Set(ids.filter((x): x is string => Boolean(x)))], tx);
    return { contact: (id: string) => contacts.get(id), person: (id: string) => ({ id, name: contacts.get(id)?.name ?? '' }) };
  };

  async function mail(tx: Db, contacts: Iterable<Contact>, build: (c: Contact, locale: Locale) => EmailTemplate) {
    for (const c of contacts) await notifications.queueEmail(tx, c.email, c.locale, build(c, c.locale));
  }

  /** Everyone invited to a series: members of the invited roles and named invitees with accounts. */
  async function invitedUserIds(tx: Db, series: store.SeriesRow) {
    const byRole = await communities.membersWithRoles(series.communityId, series.invitedRoles, tx);
    const named = (await store.inviteesOf(tx, series.id)).filter((i) => i.userId).map((i) => i.userId!);
    return [...new Set([...byRole.map((m) => m.userId), ...named])];
  }

  // ---------- Validation ----------

  function checkDetails(input: { kind?: MeetingKind; place?: string; onlineUrl?: string }, current?: { kind: MeetingKind; place: string; onlineUrl: string }): FieldError[] {
    const kind = input.kind ?? current?.kind;
    const place = (input.place ?? current?.place ?? '').trim();
    const link = (input.onlineUrl ?? current?.onlineUrl ?? '').trim();
    const errors: FieldError[] = [];
    if ((kind === 'in_person' || kind === 'hybrid') && !place) errors.push({ field: 'place', key: 'validation.required' });
    if ((kind === 'online' || kind === 'hybrid') && !link) errors.push({ field: 'onlineUrl', key: 'validation.required' });
    if (link && !isWebUrl(link)) errors.push({ field: 'onlineUrl', key: 'validation.url' });
    return errors;
  }

  /** The slots a schedule yields, or the field errors that explain why it yields none. */
  function slotsOf(input: ScheduleInput, community: { timeZone: string; calendar: SeriesRule['calendar'] }): { rule: SeriesRule; slots: Slot[] } {
    const timeZone = input.timeZone ?? community.timeZone;
    const errors: FieldError[] = [];
    if (!isTimeZone(timeZone)) errors.push({ field: 'timeZone', key: 'validation.timeZone' });
    const duration = minutesOf(input.endTime) - minutesOf(input.startTime);
    if (duration <= 0) errors.push({ field: 'endTime', key: 'validation.endBeforeStart' });
    if (input.recurrence && !input.count && !input.until) errors.push({ field: 'count', key: 'validation.countOrUntil' });
    if (errors.length) throw invalid(errors);
    const rule: SeriesRule = {
      startDate: input.startDate,
      startTime: input.startTime,
      durationMinutes: duration,
      timeZone,
      calendar: community.calendar,
      recurrence: input.recurrence,
      count: input.recurrence ? (input.count ?? null) : 1,
      until: input.recurrence ? (input.until ?? null) : null,
    };
    try {
      return { rule, slots: expand(rule) };
    } catch (err) {
      if (!(err instanceof RecurrenceError)) throw err;
      throw invalid([{ field: 'recurrence', key: err.code === 'no_occurrence' ? 'validation.noOccurrence' : 'validation.tooManyOccurrences' }]);
    }
  }

  /** Members (or named invitees of the series) only: for presenters, action owners, invitations by name. */
  async function checkPeople(tx: Db, communityId: string, seriesId: string | null, ids: { field: string; id: string }[]) {
    if (ids.length === 0) return;
    const members = new Set((await communities.currentMembers(communityId, tx)).map((m) => m.userId));
    const named = new Set(seriesId ? (await store.inviteesOf(tx, seriesId)).map((i) => i.userId) : []);
    const errors = ids.filter(({ id }) => !members.has(id) && !named.has(id)).map(({ field }): FieldError => ({ field, key: 'validation.notMember' }));
    if (errors.length) throw invalid(errors);
  }

  async function queueReminder(tx: Db, meeting: { id: string; startsAt: Date }, reminderMinutes: number) {
    if (reminderMinutes <= 0) return;
    const now = clock.now();
    if (meeting.startsAt <= now) return;
    const runAt = new Date(Math.max(now.getTime(), meeting.startsAt.getTime() - reminderMinutes * 60_000));
    await insertJob(tx, { kind: MEETING_REMINDER_JOB, payload: { meetingId: meeting.id }, runAt, createdAt: now });
  }

  // ---------- Presenting ----------

  function summary(m: store.MeetingRow, series: store.SeriesRow, community: { id: string; slug: string; title: string; calendar: SeriesRule['calendar']; timeZone: string }, myResponse: RsvpResponse | null) {
    return {
      id: m.id,
      seriesId: m.seriesId,
      community: { id: community.id, slug: community.slug, title: community.title, calendar: community.calendar, timeZone: community.timeZone },
      title: m.title,
      kind: m.kind,
      format: m.format,
      place: m.place,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      timeZone: m.timeZone,
      cancelled: m.cancelled,
      recurring: series.recurrence !== null,
      myResponse,
    };
  }

  /** Actions with their decision, meeting and community, and whether the viewer may move them. */
  async function presentActions(tx: Db, actor: Actor, rows: store.ActionRow[]) {
    if (rows.length === 0) return [];
    const decisions = new Map<string, store.DecisionRow>();
    for (const id of new Set(rows.map((r) => r.decisionId))) {
      const d = await store.findDecision(tx, id);
      if (d) decisions.set(id, d);
    }
    const meetings = new Map((await store.meetingsByIds(tx, [...new Set(rows.map((r) => r.meetingId))])).map((m) => [m.id, m]));
    const places = new Map<string, NonNullable<Awaited<ReturnType<CommunitiesService['accessById']>>>>();
    for (const id of new Set(rows.map((r) => r.communityId))) {
      const a = await communities.accessById(actor, id, tx);
      if (a) places.set(id, a);
    }
    const { person } = await names(
      rows.map((r) => r.ownerId),
      tx,
    );
    return rows.map((r) => {
      const place = places.get(r.communityId)!;
      const meeting = meetings.get(r.meetingId)!;
      const today = localDate(clock.now(), place.community.timeZone);
      const s = { admin: place.standing.admin, role: place.standing.role, dissolved: place.community.state === 'dissolved' };
      return {
        id: r.id,
        title: r.title,
        owner: person(r.ownerId),
        dueDate: r.dueDate,
        status: r.status,
        overdue: (r.status === 'open' || r.status === 'in_progress') && r.dueDate !== null && r.dueDate < today,
        decisionId: r.decisionId,
        decision: decisions.get(r.decisionId)?.text ?? '',
        meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt.toISOString() },
        community: { id: place.community.id, slug: place.community.slug, title: place.community.title },
        canUpdate: actor !== null && meetingPolicy.updateAction(s, actor.userId === r.ownerId),
      };
    });
  }

  async function rsvpSummary(tx: Db, meeting: store.MeetingRow, actor: Actor) {
    const rows = await store.rsvpsOf(tx, [meeting.id]);
    const mine = actor ? rows.find((r) => r.userId === actor.userId) : undefined;
    return {
      yes: rows.filter((r) => r.response === 'yes' && !r.waitlisted).length,
      no: rows.filter((r) => r.response === 'no').length,
      maybe: rows.filter((r) => r.response === 'maybe').length,
      waitlisted: rows.filter((r) => r.waitlisted).length,
      capacity: meeting.capacity,
      mine: mine ? { response: mine.response, waitlisted: mine.waitlisted } : null,
    };
  }

  async function presentAgenda(tx: Db, items: store.AgendaRow[], actor: Actor, s: MeetingStanding) {
    // Proposals wait for the leaders; a member sees their own.
    const visible = items.filter((i) => i.state === 'accepted' || meetingPolicy.editAgenda(s) || (actor !== null && i.proposedBy === actor.userId));
    const { person } = await names(
      visible.flatMap((i) => [i.presenterId, i.proposedBy]),
      tx,
    );
    const approves = await store.meetingsByIds(tx, [...new Set(visible.map((i) => i.approvesMinutesOf).filter((x): x is string => Boolean(x)))]);
    return visible.map((i) => {
      const target = approves.find((m) => m.id === i.approvesMinutesOf);
      return {
        id: i.id,
        position: i.position,
        title: i.title,
        description: i.description,
        presenter: i.presenterId ? person(i.presenterId) : null,
        presenterName: i.presenterName,
        durationMinutes: i.durationMinutes,
        state: i.state,
        proposedBy: i.proposedBy ? person(i.proposedBy) : null,
        approvesMinutesOf: target ? { id: target.id, title: target.title, startsAt: target.startsAt.toISOString() } : null,
      };
    });
  }

  async function present(tx: Db, actor: Actor, loaded: Loaded) {
    const { meeting: m, series, community, standing: s } = loaded;
    const siblings = await store.meetingsOfSeries(tx, [series.id]);
    const index = siblings.findIndex((x) => x.id === m.id);
    const agenda = await presentAgenda(tx, await store.agendaOf(tx, [m.id]), actor, s);
    const rsvp = await rsvpSummary(tx, m, actor);
    const followUps = await presentActions(tx, actor, await store.openActionsBefore(tx, m.communityId, m.startsAt));
    const details = meetingPolicy.seeDetails(s);
    const invitees = details ? await store.inviteesOf(tx, series.id) : [];
    const { person } = await names(
      invitees.map((i) => i.userId),
      tx,
    );
    const leader = meetingPolicy.invite(s);
    return {
      ...summary(m, series, community, rsvp.mine?.response ?? null),
      description: m.description,
      onlineUrl: details ? m.onlineUrl : '',
      capacity: m.capacity,
      detached: m.detached,
      series: {
        recurrence: series.recurrence,
        calendar: series.calendar,
        startTime: series.startTime,
        endTime: timeOf(minutesOf(series.startTime) + series.durationMinutes),
        reminderMinutes: series.reminderMinutes,
        invitedRoles: series.invitedRoles,
        position: m.slot + 1,
        total: siblings.length,
        previousId: siblings[index - 1]?.id ?? null,
        nextId: siblings[index + 1]?.id ?? null,
      },
      rsvp,
      agenda,
      followUps,
      invitees: invitees.map((i) => ({
        id: i.id,
        user: i.userId ? person(i.userId) : null,
        name: i.userId ? person(i.userId).name : i.name,
        email: leader ? i.email : '',
        guest: i.guest,
        pending: i.userId === null,
      })),
      minutesState: m.minutesState,
      knowledgeItemId: m.minutesState === 'published' ? m.knowledgeItemId : null,
      viewer: { role: s.role, invited: s.invited, guest: s.guest, attended: s.attended },
      can: {
        edit: meetingPolicy.edit(s),
        invite: meetingPolicy.invite(s),
        rsvp: meetingPolicy.rsvp(s) && !m.cancelled && m.startsAt > clock.now(),
        editAgenda: meetingPolicy.editAgenda(s) && !m.cancelled,
        proposeAgenda: meetingPolicy.proposeAgenda(s) && !m.cancelled && m.startsAt > clock.now(),
        recordAttendance: meetingPolicy.recordAttendance(s) && !m.cancelled,
        seeMinutes: meetingPolicy.seeMinutes(s, m.minutesState),
        writeMinutes: meetingPolicy.writeMinutes(s) && !m.cancelled,
        approveMinutes: meetingPolicy.approveMinutes(s) && m.minutesState === 'in_review',
      },
    };
  }

  const get = async (ctx: Ctx, id: string) => present(db, ctx.actor, await load(db, ctx.actor, id));

  // ---------- Minutes text ----------

  async function composeMinutes(tx: Db, m: store.MeetingRow, locale: Locale) {
    const items = (await store.agendaOf(tx, [m.id])).filter((i) => i.state === 'accepted');
    const decisions = await store.decisionsOf(tx, m.id);
    const actions = await store.actionsOfMeeting(tx, m.id);
    const { person } = await names(
      actions.map((a) => a.ownerId),
      tx,
    );
    const parts = [m.minutesNotes.trim()];
    const number = new Intl.NumberFormat(INTL_LOCALE[locale]);
    items.forEach((item, i) => parts.push(`## ${number.format(i + 1)}. ${item.title}\n\n${item.minutes.trim()}`));
    if (decisions.length) {
      const lines = decisions.map((d) => {
        const acts = actions
          .filter((a) => a.decisionId === d.id)
          .map((a) => `  - ${t(locale, 'minutes.action', { title: a.title, owner: person(a.ownerId).name, due: a.dueDate ? formatDay(a.dueDate, locale) : '—' })}`);
        return [`- ${d.text}`, ...acts].join('\n');
      });
      parts.push(`## ${t(locale, 'minutes.decisions')}\n\n${lines.join('\n')}`);
    }
    return parts.filter(Boolean).join('\n\n');
  }

  const minutesTitle = (m: store.MeetingRow, locale: Locale) => t(locale, 'minutes.title', { title: m.title, date: formatDay(localDate(m.startsAt, m.timeZone), locale) });

  async function presentMinutes(tx: Db, actor: Actor, loaded: Loaded) {
    const { meeting: m, standing: s } = loaded;
    const items = (await store.agendaOf(tx, [m.id])).filter((i) => i.state === 'accepted');
    const decisions = await store.decisionsOf(tx, m.id);
    const actions = await presentActions(tx, actor, await store.actionsOfMeeting(tx, m.id));
    const corrections = await store.correctionsOf(tx, m.id);
    const { person } = await names([...corrections.map((c) => c.authorId), m.approvedBy], tx);
    const approvedIn = m.approvedInMeetingId ? await store.findMeeting(tx, m.approvedInMeetingId) : null;
    const write = meetingPolicy.writeMinutes(s);
    const now = clock.now();
    return {
      meetingId: m.id,
      state: m.minutesState,
      notes: m.minutesNotes,
      items: items.map((i) => ({ agendaItemId: i.id, title: i.title, minutes: i.minutes })),
      decisions: decisions.map((d) => ({ id: d.id, agendaItemId: d.agendaItemId, text: d.text, actions: actions.filter((a) => a.decisionId === d.id), createdAt: d.createdAt.toISOString() })),
      corrections: corrections
        .filter((c) => write || meetingPolicy.approveMinutes(s) || c.authorId === actor?.userId)
        .map((c) => ({ id: c.id, agendaItemId: c.agendaItemId, author: person(c.authorId), text: c.text, comment: c.comment, state: c.state, createdAt: c.createdAt.toISOString() })),
      correctionsUntil: m.correctionsUntil?.toISOString() ?? null,
      approvedBy: m.approvedBy ? person(m.approvedBy) : null,
      approvedInMeeting: approvedIn ? { id: approvedIn.id, title: approvedIn.title, startsAt: approvedIn.startsAt.toISOString() } : null,
      approvedAt: m.approvedAt?.toISOString() ?? null,
      publishedAt: m.publishedAt?.toISOString() ?? null,
      knowledgeItemId: m.minutesState === 'published' ? m.knowledgeItemId : null,
      can: {
        write: write && !m.cancelled && m.minutesState !== 'approved',
        send: write && (m.minutesState === 'draft' || m.minutesState === 'in_review'),
        suggest: meetingPolicy.suggestCorrection(s) && m.minutesState === 'in_review' && m.correctionsUntil !== null && m.correctionsUntil > now,
        decideCorrections: write && m.minutesState === 'in_review',
        approve: meetingPolicy.approveMinutes(s) && m.minutesState === 'in_review',
        publish: write && m.minutesState === 'approved',
      },
    };
  }

  // ---------- Calendar export ----------

  function seriesEvents(series: store.SeriesRow, rows: store.MeetingRow[]): IcsEvent[] {
    if (rows.length === 0) return [];
    const rule = ruleOf(series);
    const slots = expand(rule);
    const location = (m: { place: string; onlineUrl: string }) => [m.place, m.onlineUrl].filter(Boolean).join(' — ');
    const first = rows[0]!;
    const base = {
      timeZone: series.timeZone,
      summary: series.title,
      description: series.description,
      location: location(series),
      url: meetingUrl(first.id),
      cancelled: false,
      sequence: series.revision,
      updatedAt: series.updatedAt,
    };
    const uid = `series-${series.id}@majma`;
    if (series.recurrence === null) {
      const m = first;
      return [{ ...base, uid, start: m.startsAt, end: m.endsAt, summary: m.title, description: m.description, location: location(m), cancelled: m.cancelled, sequence: series.revision + m.revision, updatedAt: m.updatedAt > series.updatedAt ? m.updatedAt : series.updatedAt }];
    }
    const slotOf = (m: store.MeetingRow) => slots[m.slot]!;
    const master: IcsEvent = {
      ...base,
      uid,
      start: slots[0]!.start,
      end: slots[0]!.end,
      lastEnd: slots.at(-1)!.end,
      exdates: rows.filter((m) => m.cancelled).map((m) => slotOf(m).start),
    };
    // A standard RRULE when Gregorian rules say the same; otherwise every day is listed (DTSTART too).
    if (gregorianExpressible(rule)) master.rrule = rrule(rule, slots.length);
    else master.rdates = slots.map((s) => s.start);
    const overrides = rows
      .filter((m) => !m.cancelled)
      .filter((m) => {
        const slot = slotOf(m);
        return m.startsAt.getTime() !== slot.start.getTime() || m.endsAt.getTime() !== slot.end.getTime() || m.title !== series.title || m.description !== series.description || location(m) !== location(series);
      })
      .map((m) => ({
        ...base,
        uid,
        recurrenceId: slotOf(m).start,
        start: m.startsAt,
        end: m.endsAt,
        summary: m.title,
        description: m.description,
        location: location(m),
        url: meetingUrl(m.id),
        sequence: series.revision + m.revision,
        updatedAt: m.updatedAt > series.updatedAt ? m.updatedAt : series.updatedAt,
      }));
    return [master, ...overrides];
  }

  async function feedFor(tx: Db, name: string, seriesIds: string[]) {
    const series = await store.findSeriesByIds(tx, seriesIds);
    const rows = await store.meetingsOfSeries(tx, seriesIds);
    const events = series.flatMap((s) => seriesEvents(s, rows.filter((m) => m.seriesId === s.id)));
    return icsCalendar(name, events);
  }

  /** The series a user is invited to: by role in their communities, by name, or as a guest. */
  async function mySeries(tx: Db, userId: string, since: Date) {
    const memberships = await communities.membershipsOf(userId, tx);
    const named = await store.seriesInviting(tx, userId);
    const candidates = await store.seriesActiveSince(tx, { communityIds: memberships.map((m) => m.communityId), seriesIds: named.map((n) => n.seriesId) }, since);
    const series = await store.findSeriesByIds(tx, candidates);
    const namedIds = new Set(named.map((n) => n.seriesId));
    return series.filter((s) => namedIds.has(s.id) || memberships.some((m) => m.communityId === s.communityId && s.invitedRoles.includes(m.role)));
  }

  // ---------- RSVP seats ----------

  /** Moves waiting "yes" answers up while seats are free; returns who moved up. */
  async function fillSeats(tx: Db, meeting: store.MeetingRow) {
    const rows = await store.rsvpsOf(tx, [meeting.id]);
    let taken = rows.filter((r) => r.response === 'yes' && !r.waitlisted).length;
    const moved: string[] = [];
    for (const r of rows.filter((x) => x.waitlisted)) {
      if (meeting.capacity !== null && taken >= meeting.capacity) break;
      await store.setWaitlisted(tx, meeting.id, r.userId, false);
      moved.push(r.userId);
      taken++;
    }
    if (moved.length) {
      const { contact } = await names(moved, tx);
      await mail(
        tx,
        moved.map((id) => contact(id)).filter((c): c is Contact => Boolean(c)),
        (c, locale) => ({ template: 'meetingSeatFreed', name: c.name, link: meetingUrl(meeting.id), title: meeting.title, when: formatWhen(meeting.startsAt, meeting.timeZone, locale) }),
      );
    }
  }

  async function mailRsvpd(tx: Db, m: store.MeetingRow, build: (c: Contact, locale: Locale) => EmailTemplate) {
    const ids = (await store.rsvpsOf(tx, [m.id])).filter((r) => r.response !== 'no').map((r) => r.userId);
    const { contact } = await names(ids, tx);
    await mail(
      tx,
      ids.map((id) => contact(id)).filter((c): c is Contact => Boolean(c)),
      build,
    );
  }

  return {
    get,

    // ----- scheduling -----

    async preview(ctx: Ctx, slug: string, input: ScheduleInput) {
      requireActor(ctx);
      const access = await communities.accessBySlug(ctx.actor, slug);
      if (!access?.canRead) throw notFound();
      const { rule, slots } = slotsOf(input, access.community);
      return { items: slots.map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString() })), calendar: rule.calendar, timeZone: rule.timeZone };
    },

    async schedule(ctx: Ctx, slug: string, input: MeetingInput) {
      const actor = requireActor(ctx);
      const id = await inTransaction(db, async (tx) => {
        const access = await communities.accessBySlug(actor, slug, tx);
        if (!access?.canRead) throw notFound();
        const s = { admin: access.standing.admin, role: access.standing.role, dissolved: access.community.state === 'dissolved' };
        if (s.dissolved) throw conflict('community_dissolved');
        if (!meetingPolicy.schedule(s)) throw forbidden();
        const detailErrors = checkDetails(input);
        if (detailErrors.length) throw invalid(detailErrors);
        const { rule, slots } = slotsOf(input, access.community);
        const now = clock.now();
        if (slots[0]!.start <= now) throw invalid([{ field: 'startDate', key: 'validation.futureDate' }]);
        const userIds = [...new Set(input.invitedUserIds ?? [])];
        await checkPeople(
          tx,
          access.community.id,
          null,
          userIds.map((id, i) => ({ field: `invitedUserIds.${i}`, id })),
        );
        const series = await store.insertSeries(tx, {
          communityId: access.community.id,
          title: input.title.trim(),
          description: input.description,
          kind: input.kind,
          format: input.format,
          place: input.place.trim(),
          onlineUrl: input.onlineUrl.trim(),
          timeZone: rule.timeZone,
          calendar: rule.calendar,
          startDate: rule.startDate,
          startTime: rule.startTime,
          durationMinutes: rule.durationMinutes,
          recurrence: rule.recurrence,
          count: rule.count,
          until: rule.until,
          capacity: input.capacity,
          reminderMinutes: input.reminderMinutes,
          invitedRoles: [...new Set(input.invitedRoles)],
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        const rows = await store.insertMeetings(
          tx,
          slots.map((slot, i) => ({
            seriesId: series.id,
            slot: i,
            communityId: series.communityId,
            title: series.title,
            description: series.description,
            kind: series.kind,
            format: series.format,
            place: series.place,
            onlineUrl: series.onlineUrl,
            timeZone: series.timeZone,
            startsAt: slot.start,
            endsAt: slot.end,
            capacity: series.capacity,
            createdAt: now,
            updatedAt: now,
          })),
        );
        for (const userId of userIds) await store.insertInvitee(tx, { seriesId: series.id, userId, invitedBy: actor.userId, createdAt: now });
        for (const m of rows) await queueReminder(tx, m, series.reminderMinutes);
        const first = rows[0]!;
        const invited = (await invitedUserIds(tx, series)).filter((u) => u !== actor.userId);
        const { contact } = await names(invited, tx);
        await mail(
          tx,
          invited.map((u) => contact(u)).filter((c): c is Contact => Boolean(c)),
          (c, locale) => ({
            template: 'meetingInvitation',
            name: c.name,
            link: meetingUrl(first.id),
            title: series.title,
            community: access.community.title,
            when: formatWhen(first.startsAt, first.timeZone, locale),
            count: rows.length,
          }),
        );
        return first.id;
      });
      return get(ctx, id);
    },

    async list(ctx: Ctx, slug: string, query: { from?: string; to?: string }) {
      const access = await communities.accessBySlug(ctx.actor, slug);
      if (!access?.canRead) throw notFound();
      const now = clock.now();
      const from = query.from ? new Date(query.from) : new Date(now.getTime() - DAY_MS);
      const to = query.to ? new Date(query.to) : new Date(from.getTime() + 92 * DAY_MS);
      if (to <= from) throw invalid([{ field: 'to', key: 'validation.endBeforeStart' }]);
      const rows = await store.communityMeetings(db, access.community.id, from, to, 500);
      const series = new Map((await store.findSeriesByIds(db, [...new Set(rows.map((r) => r.seriesId))])).map((s) => [s.id, s]));
      const mine = ctx.actor ? await store.rsvpsOf(db, rows.map((r) => r.id)) : [];
      const s = { admin: access.standing.admin, role: access.standing.role, dissolved: access.community.state === 'dissolved' };
      return {
        items: rows.map((m) => summary(m, series.get(m.seriesId)!, access.community, mine.find((r) => r.meetingId === m.id && r.userId === ctx.actor?.userId)?.response ?? null)),
        community: access.community,
        canSchedule: ctx.actor !== null && meetingPolicy.schedule(s),
      };
    },

    async update(ctx: Ctx, id: string, patch: MeetingPatch) {
      await inTransaction(db, async (tx) => {
        const { meeting, series } = await loadFor(tx, ctx, id, meetingPolicy.edit, { forUpdate: true });
        notCancelled(meeting);
        const now = clock.now();
        const scopeErrors: FieldError[] = [];
        const wrong = (field: keyof MeetingPatch) => patch[field] !== undefined && scopeErrors.push({ field, key: patch.scope === 'series' ? 'validation.occurrenceOnly' : 'validation.seriesOnly' });
        if (patch.scope === 'series') (['startsAt', 'endsAt'] as const).forEach(wrong);
        else (['startTime', 'endTime', 'reminderMinutes', 'invitedRoles'] as const).forEach(wrong);
        scopeErrors.push(...checkDetails(patch, meeting));
        if (scopeErrors.length) throw invalid(scopeErrors);
        const details = {
          ...(patch.title !== undefined && { title: patch.title.trim() }),
          ...(patch.description !== undefined && { description: patch.description }),
          ...(patch.kind !== undefined && { kind: patch.kind }),
          ...(patch.format !== undefined && { format: patch.format }),
          ...(patch.place !== undefined && { place: patch.place.trim() }),
          ...(patch.onlineUrl !== undefined && { onlineUrl: patch.onlineUrl.trim() }),
          ...(patch.capacity !== undefined && { capacity: patch.capacity }),
        };
        if (patch.scope === 'occurrence') {
          const startsAt = patch.startsAt ? new Date(patch.startsAt) : meeting.startsAt;
          const endsAt = patch.endsAt ? new Date(patch.endsAt) : meeting.endsAt;
          if (endsAt <= startsAt) throw invalid([{ field: 'endsAt', key: 'validation.endBeforeStart' }]);
          const moved = startsAt.getTime() !== meeting.startsAt.getTime();
          if (moved && startsAt <= now) throw invalid([{ field: 'startsAt', key: 'validation.futureDate' }]);
          const updated = await store.updateMeeting(tx, meeting.id, { ...details, startsAt, endsAt, detached: true, updatedAt: now, ...(moved && { reminderSentAt: null }) });
          if (moved) {
            await queueReminder(tx, updated, series.reminderMinutes);
            await mailRsvpd(tx, updated, (c, locale) => ({ template: 'meetingChanged', name: c.name, link: meetingUrl(updated.id), title: updated.title, when: formatWhen(updated.startsAt, updated.timeZone, locale) }));
          }
          await fillSeats(tx, updated);
          return;
        }
        // The whole series: its details, then this and every later meeting not edited on its own.
        const startTime = patch.startTime ?? series.startTime;
        const endTime = patch.endTime ?? timeOf(minutesOf(series.startTime) + series.durationMinutes);
        const duration = minutesOf(endTime) - minutesOf(startTime);
        if (duration <= 0) throw invalid([{ field: 'endTime', key: 'validation.endBeforeStart' }]);
        await store.updateSeries(tx, series.id, {
          ...details,
          startTime,
          durationMinutes: duration,
          ...(patch.reminderMinutes !== undefined && { reminderMinutes: patch.reminderMinutes }),
          ...(patch.invitedRoles !== undefined && { invitedRoles: [...new Set(patch.invitedRoles)] }),
          updatedAt: now,
        });
        const next = (await store.findSeries(tx, series.id))!;
        const slots = expand(ruleOf(next));
        const later = (await store.meetingsOfSeries(tx, [series.id])).filter((m) => m.slot >= meeting.slot && !m.detached && !m.cancelled && m.endsAt > now);
        for (const m of later) {
          const slot = slots[m.slot]!;
          const moved = slot.start.getTime() !== m.startsAt.getTime();
          const updated = await store.updateMeeting(tx, m.id, { ...details, startsAt: slot.start, endsAt: slot.end, updatedAt: now, ...(moved && { reminderSentAt: null }) });
          if (moved || patch.reminderMinutes !== undefined) await queueReminder(tx, updated, next.reminderMinutes);
          if (moved) await mailRsvpd(tx, updated, (c, locale) => ({ template: 'meetingChanged', name: c.name, link: meetingUrl(updated.id), title: updated.title, when: formatWhen(updated.startsAt, updated.timeZone, locale) }));
          await fillSeats(tx, updated);
        }
      });
      return get(ctx, id);
    },

    async cancel(ctx: Ctx, id: string, input: { scope: 'occurrence' | 'series'; reason?: string }) {
      await inTransaction(db, async (tx) => {
        const { meeting, series } = await loadFor(tx, ctx, id, meetingPolicy.edit, { forUpdate: true });
        notCancelled(meeting);
        const now = clock.now();
        if (meeting.startsAt <= now) throw conflict('meeting_past');
        const targets = input.scope === 'series' ? (await store.meetingsOfSeries(tx, [series.id])).filter((m) => m.slot >= meeting.slot && !m.cancelled && m.startsAt > now) : [meeting];
        for (const m of targets) {
          const updated = await store.updateMeeting(tx, m.id, { cancelled: true, updatedAt: now });
          await mailRsvpd(tx, updated, (c, locale) => ({ template: 'meetingCancelled', name: c.name, link: meetingUrl(m.id), title: m.title, when: formatWhen(m.startsAt, m.timeZone, locale), note: input.reason ?? '' }));
        }
      });
      return get(ctx, id);
    },

    // ----- invitations -----

    async invite(ctx: Ctx, id: string, input: { userId?: string; email?: string; name?: string }) {
      await inTransaction(db, async (tx) => {
        const { actor, meeting, series, community } = await loadFor(tx, ctx, id, meetingPolicy.invite, { forUpdate: true });
        notCancelled(meeting);
        if (!input.userId && !input.email) throw invalid([{ field: 'email', key: 'validation.required' }]);
        const now = clock.now();
        const target = input.userId ? (await accounts.contactsByIds([input.userId], tx)).get(input.userId) : await accounts.contactByEmail(input.email!, tx);
        if (input.userId && !target) throw invalid([{ field: 'userId', key: 'validation.unknownUser' }]);
        const { contact } = await names([actor.userId], tx);
        const inviter = contact(actor.userId)?.name ?? '';
        if (target) {
          const members = await communities.currentMembers(community.id, tx);
          const guest = !members.some((m) => m.userId === target.id);
          const row = await store.insertInvitee(tx, { seriesId: series.id, userId: target.id, guest, email: guest ? target.email : '', name: target.name, invitedBy: actor.userId, createdAt: now });
          if (!row) throw conflict('already_invited');
          await mail(tx, [target], (c, locale) => ({
            template: 'meetingInvitation',
            name: c.name,
            link: meetingUrl(meeting.id),
            title: meeting.title,
            community: community.title,
            when: formatWhen(meeting.startsAt, meeting.timeZone, locale),
            count: 1,
          }));
          return;
        }
        // Someone without an account: a guest expert, mailed a link that works once.
        const email = input.email!.trim();
        const pending = (await store.inviteesOf(tx, series.id)).some((i) => i.userId === null && i.email.toLowerCase() === email.toLowerCase());
        if (pending) throw conflict('already_invited');
        const token = newToken();
        await store.insertInvitee(tx, {
          seriesId: series.id,
          guest: true,
          email,
          name: input.name?.trim() ?? '',
          tokenId: tokenId(token),
          expiresAt: new Date(now.getTime() + GUEST_INVITATION_TTL_MS),
          invitedBy: actor.userId,
          createdAt: now,
        });
        await notifications.queueEmail(tx, email, ctx.locale, {
          template: 'meetingGuestInvitation',
          name: input.name?.trim() || email,
          link: url(`/meeting-invitations/accept?token=${encodeURIComponent(token)}`),
          title: meeting.title,
          community: community.title,
          when: formatWhen(meeting.startsAt, meeting.timeZone, ctx.locale),
          inviter,
        });
      });
      return get(ctx, id);
    },

    async removeInvitee(ctx: Ctx, id: string, inviteeId: string) {
      await inTransaction(db, async (tx) => {
        const { series } = await loadFor(tx, ctx, id, meetingPolicy.invite);
        const inv = await store.findInvitee(tx, { id: inviteeId });
        if (!inv || inv.seriesId !== series.id) throw notFound();
        await store.deleteInvitee(tx, inv.id);
      });
      return get(ctx, id);
    },

    async lookupGuestInvitation(token: string) {
      const inv = await store.findInvitee(db, { tokenId: tokenId(token) });
      if (!inv || !inv.expiresAt || inv.expiresAt <= clock.now()) throw notFound();
      const [first] = (await store.meetingsOfSeries(db, [inv.seriesId])).filter((m) => !m.cancelled && m.endsAt > clock.now());
      const series = (await store.findSeries(db, inv.seriesId))!;
      const access = (await communities.accessById(null, series.communityId))!;
      const m = first ?? (await store.meetingsOfSeries(db, [inv.seriesId]))[0]!;
      return { meeting: { id: m.id, title: m.title, startsAt: m.startsAt.toISOString(), communityTitle: access.community.title }, email: inv.email, expiresAt: inv.expiresAt.toISOString() };
    },

    /** Whoever holds the mailed link becomes the series' guest, once, within 14 days. */
    async acceptGuestInvitation(ctx: Ctx, token: string) {
      const actor = requireActor(ctx);
      const meetingId = await inTransaction(db, async (tx) => {
        const inv = await store.findInvitee(tx, { tokenId: tokenId(token) }, { forUpdate: true });
        if (!inv || !inv.expiresAt || inv.expiresAt <= clock.now()) throw conflict('token_invalid');
        if (await store.findInvitee(tx, { seriesId: inv.seriesId, userId: actor.userId })) await store.deleteInvitee(tx, inv.id);
        else await store.updateInvitee(tx, inv.id, { userId: actor.userId, tokenId: null, expiresAt: null });
        const rows = await store.meetingsOfSeries(tx, [inv.seriesId]);
        return (rows.find((m) => !m.cancelled && m.endsAt > clock.now()) ?? rows[0]!).id;
      });
      return get(ctx, meetingId);
    },

    // ----- RSVP -----

    async rsvp(ctx: Ctx, id: string, response: RsvpResponse) {
      return inTransaction(db, async (tx) => {
        // The meeting row is locked: two last-seat answers are counted one after the other.
        const { actor, meeting } = await loadFor(tx, ctx, id, meetingPolicy.rsvp, { forUpdate: true });
        notCancelled(meeting);
        const now = clock.now();
        if (meeting.startsAt <= now) throw conflict('meeting_past');
        const rows = await store.rsvpsOf(tx, [meeting.id]);
        const mine = rows.find((r) => r.userId === actor.userId);
        const seated = rows.filter((r) => r.response === 'yes' && !r.waitlisted && r.userId !== actor.userId).length;
        const hadSeat = mine?.response === 'yes' && !mine.waitlisted;
        const waitlisted = response === 'yes' && !hadSeat && (mine?.waitlisted || (meeting.capacity !== null && seated >= meeting.capacity));
        // Answering "yes" again keeps one's place in the queue.
        const answeredAt = mine && mine.response === response ? mine.answeredAt : now;
        await store.putRsvp(tx, { meetingId: meeting.id, userId: actor.userId, response, waitlisted: Boolean(waitlisted), answeredAt });
        if (hadSeat && response !== 'yes') await fillSeats(tx, meeting);
        return rsvpSummary(tx, meeting, actor);
      });
    },

    async roster(ctx: Ctx, id: string) {
      const { meeting, series } = await loadFor(db, ctx, id, meetingPolicy.seeRoster);
      const byRole = await communities.membersWithRoles(series.communityId, series.invitedRoles, db);
      const allMembers = await communities.currentMembers(series.communityId, db);
      const invitees = (await store.inviteesOf(db, series.id)).filter((i) => i.userId);
      const answers = await store.rsvpsOf(db, [meeting.id]);
      const present = await store.attendanceOf(db, meeting.id);
      const ids = [...new Set([...byRole.map((m) => m.userId), ...invitees.map((i) => i.userId!), ...answers.map((a) => a.userId), ...present.map((p) => p.userId)])];
      const { person } = await names(ids, db);
      const collator = new Intl.Collator(ctx.locale);
      return {
        items: ids
          .map((userId) => {
            const answer = answers.find((a) => a.userId === userId);
            return {
              user: person(userId),
              role: allMembers.find((m) => m.userId === userId)?.role ?? null,
              guest: invitees.some((i) => i.userId === userId && i.guest),
              response: answer?.response ?? null,
              waitlisted: answer?.waitlisted ?? false,
              attended: present.some((p) => p.userId === userId),
            };
          })
          .sort((a, b) => collator.compare(a.user.name, b.user.name)),
      };
    },

    async recordAttendance(ctx: Ctx, id: string, userIds: string[]) {
      await inTransaction(db, async (tx) => {
        const { actor, meeting, series } = await loadFor(tx, ctx, id, meetingPolicy.recordAttendance, { forUpdate: true });
        notCancelled(meeting);
        // Check-in opens an hour before the start.
        if (meeting.startsAt.getTime() - 3_600_000 > clock.now().getTime()) throw conflict('meeting_not_started');
        const unique = [...new Set(userIds)];
        await checkPeople(
          tx,
          series.communityId,
          series.id,
          unique.map((u) => ({ field: `userIds.${userIds.indexOf(u)}`, id: u })),
        );
        await store.replaceAttendance(tx, meeting.id, unique, actor.userId, clock.now());
      });
      return this.roster(ctx, id);
    },

    // ----- agenda -----

    async addAgendaItem(ctx: Ctx, id: string, input: { title: string; description?: string; presenterId?: string | null; presenterName?: string; durationMinutes?: number | null; approvesMinutesOf?: string | null }) {
      await inTransaction(db, async (tx) => {
        const { actor, meeting, series, standing } = await loadFor(tx, ctx, id, meetingPolicy.proposeAgenda, { forUpdate: true });
        notCancelled(meeting);
        const direct = meetingPolicy.editAgenda(standing);
        if (!direct && meeting.startsAt <= clock.now()) throw conflict('meeting_past');
        notApproved(meeting);
        await checkAgendaInput(tx, meeting, series, input);
        const items = await store.agendaOf(tx, [meeting.id]);
        const now = clock.now();
        await store.insertAgendaItem(tx, {
          meetingId: meeting.id,
          position: items.reduce((max, i) => Math.max(max, i.position), -1) + 1,
          title: input.title.trim(),
          description: input.description ?? '',
          presenterId: input.presenterId ?? null,
          presenterName: input.presenterName?.trim() ?? '',
          durationMinutes: input.durationMinutes ?? null,
          approvesMinutesOf: direct ? (input.approvesMinutesOf ?? null) : null,
          state: direct ? 'accepted' : 'proposed',
          proposedBy: direct ? null : actor.userId,
          createdAt: now,
          updatedAt: now,
        });
      });
      return get(ctx, id);
    },

    async updateAgendaItem(ctx: Ctx, itemId: string, patch: { title?: string; description?: string; presenterId?: string | null; presenterName?: string; durationMinutes?: number | null; approvesMinutesOf?: string | null }) {
      const item = await store.findAgendaItem(db, itemId);
      if (!item) throw notFound();
      await inTransaction(db, async (tx) => {
        const { actor, meeting, series, standing } = await loadFor(tx, ctx, item.meetingId, meetingPolicy.proposeAgenda, { forUpdate: true });
        notCancelled(meeting);
        const own = item.state === 'proposed' && item.proposedBy === actor.userId;
        if (!meetingPolicy.editAgenda(standing) && !own) throw forbidden();
        notApproved(meeting);
        await checkAgendaInput(tx, meeting, series, patch);
        await store.updateAgendaItem(tx, item.id, {
          ...(patch.title !== undefined && { title: patch.title.trim() }),
          ...(patch.description !== undefined && { description: patch.description }),
          ...(patch.presenterId !== undefined && { presenterId: patch.presenterId }),
          ...(patch.presenterName !== undefined && { presenterName: patch.presenterName.trim() }),
          ...(patch.durationMinutes !== undefined && { durationMinutes: patch.durationMinutes }),
          ...(patch.approvesMinutesOf !== undefined && meetingPolicy.editAgenda(standing) && { approvesMinutesOf: patch.approvesMinutesOf }),
          updatedAt: clock.now(),
        });
      });
      return get(ctx, item.meetingId);
    },

    async deleteAgendaItem(ctx: Ctx, itemId: string) {
      const item = await store.findAgendaItem(db, itemId);
      if (!item) throw notFound();
      await inTransaction(db, async (tx) => {
        const { actor, meeting, standing } = await loadFor(tx, ctx, item.meetingId, meetingPolicy.proposeAgenda, { forUpdate: true });
        const own = item.state === 'proposed' && item.proposedBy === actor.userId;
        if (!meetingPolicy.editAgenda(standing) && !own) throw forbidden();
        notApproved(meeting);
        await store.deleteAgendaItem(tx, item.id);
      });
      return get(ctx, item.meetingId);
    },

    async answerProposal(ctx: Ctx, itemId: string, accept: boolean) {
      const item = await store.findAgendaItem(db, itemId);
      if (!item) throw notFound();
      await inTransaction(db, async (tx) => {
        const { meeting } = await loadFor(tx, ctx, item.meetingId, meetingPolicy.acceptProposals, { forUpdate: true });
        notCancelled(meeting);
        if (item.state !== 'proposed') throw invalid([{ field: 'state', key: 'validation.notProposed' }]);
        await store.updateAgendaItem(tx, item.id, { state: accept ? 'accepted' : 'declined', updatedAt: clock.now() });
      });
      return get(ctx, item.meetingId);
    },

    async reorderAgenda(ctx: Ctx, id: string, ids: string[]) {
      await inTransaction(db, async (tx) => {
        const { meeting } = await loadFor(tx, ctx, id, meetingPolicy.editAgenda, { forUpdate: true });
        const items = await store.agendaOf(tx, [meeting.id]);
        const same = ids.length === items.length && new Set(ids).size === ids.length && ids.every((x) => items.some((i) => i.id === x));
        if (!same) throw invalid([{ field: 'ids', key: 'validation.agendaOrder' }]);
        for (const [position, itemId] of ids.entries()) await store.updateAgendaItem(tx, itemId, { position });
      });
      return get(ctx, id);
    },

    // ----- minutes -----

    async minutes(ctx: Ctx, id: string) {
      const loaded = await load(db, ctx.actor, id);
      if (!meetingPolicy.seeMinutes(loaded.standing, loaded.meeting.minutesState)) throw forbidden();
      return presentMinutes(db, ctx.actor, loaded);
    },

    async saveMinutes(ctx: Ctx, id: string, input: { notes: string; items: { agendaItemId: string; minutes: string }[]; revisionNote?: string }) {
      await inTransaction(db, async (tx) => {
        const { actor, meeting } = await loadFor(tx, ctx, id, meetingPolicy.writeMinutes, { forUpdate: true });
        notCancelled(meeting);
        if (meeting.minutesState === 'approved') throw conflict('minutes_approved');
        const agenda = await store.agendaOf(tx, [meeting.id]);
        const errors = input.items.flatMap((it, i) => (agenda.some((a) => a.id === it.agendaItemId && a.state === 'accepted') ? [] : [{ field: `items.${i}.agendaItemId`, key: 'validation.unknownAgendaItem' } satisfies FieldError]));
        if (errors.length) throw invalid(errors);
        const now = clock.now();
        for (const it of input.items) await store.updateAgendaItem(tx, it.agendaItemId, { minutes: it.minutes, updatedAt: now });
        const updated = await store.updateMeeting(tx, meeting.id, { minutesNotes: input.notes, minutesState: meeting.minutesState === 'none' ? 'draft' : meeting.minutesState, updatedAt: now });
        // Published minutes change only by new revisions of their knowledge item.
        if (updated.minutesState === 'published' && updated.knowledgeItemId) {
          await knowledge.revise(tx, updated.knowledgeItemId, { title: minutesTitle(updated, ctx.locale), body: await composeMinutes(tx, updated, ctx.locale), authorId: actor.userId, note: input.revisionNote ?? '' });
        }
      });
      return this.minutes(ctx, id);
    },

    async sendMinutes(ctx: Ctx, id: string, correctionDays: number) {
      await inTransaction(db, async (tx) => {
        const { meeting } = await loadFor(tx, ctx, id, meetingPolicy.writeMinutes, { forUpdate: true });
        notCancelled(meeting);
        if (meeting.minutesState !== 'draft' && meeting.minutesState !== 'in_review') throw conflict(meeting.minutesState === 'none' ? 'minutes_not_in_review' : 'minutes_approved');
        const present = await store.attendanceOf(tx, meeting.id);
        if (present.length === 0) throw conflict('no_attendees');
        const until = new Date(clock.now().getTime() + correctionDays * DAY_MS);
        const updated = await store.updateMeeting(tx, meeting.id, { minutesState: 'in_review', correctionsUntil: until, updatedAt: clock.now() });
        const { contact } = await names(
          present.map((p) => p.userId),
          tx,
        );
        await mail(
          tx,
          present.map((p) => contact(p.userId)).filter((c): c is Contact => Boolean(c)),
          (c, locale) => ({ template: 'minutesForCorrection', name: c.name, link: meetingUrl(updated.id), title: updated.title, until: formatWhen(until, updated.timeZone, locale) }),
        );
      });
      return this.minutes(ctx, id);
    },

    async suggestCorrection(ctx: Ctx, id: string, input: { agendaItemId: string | null; text: string; comment?: string }) {
      await inTransaction(db, async (tx) => {
        const { actor, meeting } = await loadFor(tx, ctx, id, meetingPolicy.suggestCorrection);
        if (meeting.minutesState !== 'in_review') throw conflict('minutes_not_in_review');
        if (!meeting.correctionsUntil || meeting.correctionsUntil <= clock.now()) throw conflict('corrections_closed');
        if (input.agendaItemId && !(await store.agendaOf(tx, [meeting.id])).some((a) => a.id === input.agendaItemId && a.state === 'accepted')) {
          throw invalid([{ field: 'agendaItemId', key: 'validation.unknownAgendaItem' }]);
        }
        await store.insertCorrection(tx, { meetingId: meeting.id, agendaItemId: input.agendaItemId, authorId: actor.userId, text: input.text, comment: input.comment ?? '', createdAt: clock.now() });
      });
      return this.minutes(ctx, id);
    },

    /** The secretary accepts (the section takes the suggested text) or declines a correction. */
    async answerCorrection(ctx: Ctx, correctionId: string, accept: boolean) {
      const correction = await store.findCorrection(db, correctionId);
      if (!correction) throw notFound();
      await inTransaction(db, async (tx) => {
        const { actor, meeting } = await loadFor(tx, ctx, correction.meetingId, meetingPolicy.writeMinutes, { forUpdate: true });
        if (meeting.minutesState !== 'in_review') throw conflict('minutes_not_in_review');
        const c = (await store.findCorrection(tx, correctionId, { forUpdate: true }))!;
        if (c.state !== 'pending') throw invalid([{ field: 'state', key: 'validation.alreadyAnswered' }]);
        const now = clock.now();
        await store.updateCorrection(tx, c.id, { state: accept ? 'accepted' : 'declined', decidedBy: actor.userId, decidedAt: now });
        if (accept) {
          if (c.agendaItemId) await store.updateAgendaItem(tx, c.agendaItemId, { minutes: c.text, updatedAt: now });
          else await store.updateMeeting(tx, meeting.id, { minutesNotes: c.text, updatedAt: now });
        }
      });
      return this.minutes(ctx, correction.meetingId);
    },

    /** The chair approves; or the secretary records approval by a later meeting with the approval on its agenda. */
    async approveMinutes(ctx: Ctx, id: string, input: { inMeetingId?: string }) {
      await inTransaction(db, async (tx) => {
        const byMeeting = input.inMeetingId !== undefined;
        const { actor, meeting } = await loadFor(tx, ctx, id, byMeeting ? meetingPolicy.writeMinutes : meetingPolicy.approveMinutes, { forUpdate: true });
        if (meeting.minutesState !== 'in_review') throw conflict(approved(meeting) ? 'minutes_approved' : 'minutes_not_in_review');
        const now = clock.now();
        if (meeting.correctionsUntil && meeting.correctionsUntil > now) throw conflict('corrections_open');
        if ((await store.correctionsOf(tx, meeting.id)).some((c) => c.state === 'pending')) throw conflict('corrections_pending');
        if (byMeeting) {
          const later = await store.findMeeting(tx, input.inMeetingId!);
          const items = later ? await store.agendaOf(tx, [later.id]) : [];
          const valid =
            later && later.communityId === meeting.communityId && !later.cancelled && later.startsAt > meeting.startsAt && later.startsAt <= now && items.some((i) => i.state === 'accepted' && i.approvesMinutesOf === meeting.id);
          if (!valid) throw invalid([{ field: 'inMeetingId', key: 'validation.noApprovalItem' }]);
        }
        await store.updateMeeting(tx, meeting.id, { minutesState: 'approved', approvedBy: byMeeting ? null : actor.userId, approvedInMeetingId: input.inMeetingId ?? null, approvedAt: now, updatedAt: now });
      });
      return this.minutes(ctx, id);
    },

    /** The secretary publishes approved minutes: a knowledge item of kind meeting minutes, and a mail to members. */
    async publishMinutes(ctx: Ctx, id: string) {
      await inTransaction(db, async (tx) => {
        const { actor, meeting, series, community } = await loadFor(tx, ctx, id, meetingPolicy.writeMinutes, { forUpdate: true });
        if (meeting.minutesState !== 'approved') throw conflict(meeting.minutesState === 'published' ? 'minutes_approved' : 'minutes_not_approved');
        const now = clock.now();
        const itemId = await knowledge.publish(tx, {
          communityId: meeting.communityId,
          kind: 'meeting_minutes',
          title: minutesTitle(meeting, ctx.locale),
          body: await composeMinutes(tx, meeting, ctx.locale),
          authorId: actor.userId,
          sourceMeetingId: meeting.id,
        });
        await store.updateMeeting(tx, meeting.id, { minutesState: 'published', publishedAt: now, knowledgeItemId: itemId, updatedAt: now });
        const members = await communities.currentMembers(community.id, tx);
        const guests = (await store.inviteesOf(tx, series.id)).filter((i) => i.guest && i.userId).map((i) => i.userId!);
        const ids = [...new Set([...members.map((m) => m.userId), ...guests])].filter((u) => u !== actor.userId);
        const { contact } = await names(ids, tx);
        await mail(
          tx,
          ids.map((u) => contact(u)).filter((c): c is Contact => Boolean(c)),
          (c) => ({ template: 'minutesPublished', name: c.name, link: meetingUrl(meeting.id), title: meeting.title, community: community.title }),
        );
      });
      return this.minutes(ctx, id);
    },

    // ----- decisions and actions -----

    async addDecision(ctx: Ctx, id: string, input: { text: string; agendaItemId?: string | null; actions?: { title: string; ownerId: string; dueDate: string | null }[] }) {
      await inTransaction(db, async (tx) => {
        const { actor, meeting, series } = await loadFor(tx, ctx, id, meetingPolicy.writeMinutes, { forUpdate: true });
        notCancelled(meeting);
        notApproved(meeting);
        if (input.agendaItemId && !(await store.agendaOf(tx, [meeting.id])).some((a) => a.id === input.agendaItemId)) throw invalid([{ field: 'agendaItemId', key: 'validation.unknownAgendaItem' }]);
        const actions = input.actions ?? [];
        await checkPeople(
          tx,
          meeting.communityId,
          series.id,
          actions.map((a, i) => ({ field: `actions.${i}.ownerId`, id: a.ownerId })),
        );
        const now = clock.now();
        const decision = await store.insertDecision(tx, { meetingId: meeting.id, agendaItemId: input.agendaItemId ?? null, text: input.text.trim(), createdBy: actor.userId, createdAt: now });
        for (const a of actions) await createAction(tx, actor.userId, meeting, decision, a);
        if (meeting.minutesState === 'none') await store.updateMeeting(tx, meeting.id, { minutesState: 'draft', updatedAt: now });
      });
      return this.minutes(ctx, id);
    },

    async updateDecision(ctx: Ctx, decisionId: string, text: string) {
      const decision = await store.findDecision(db, decisionId);
      if (!decision) throw notFound();
      await inTransaction(db, async (tx) => {
        const { meeting } = await loadFor(tx, ctx, decision.meetingId, meetingPolicy.writeMinutes, { forUpdate: true });
        notApproved(meeting);
        await store.updateDecision(tx, decision.id, text.trim());
      });
      return this.minutes(ctx, decision.meetingId);
    },

    async deleteDecision(ctx: Ctx, decisionId: string) {
      const decision = await store.findDecision(db, decisionId);
      if (!decision) throw notFound();
      await inTransaction(db, async (tx) => {
        const { meeting } = await loadFor(tx, ctx, decision.meetingId, meetingPolicy.writeMinutes, { forUpdate: true });
        notApproved(meeting);
        await store.deleteDecision(tx, decision.id);
      });
      return this.minutes(ctx, decision.meetingId);
    },

    async addAction(ctx: Ctx, decisionId: string, input: { title: string; ownerId: string; dueDate: string | null }) {
      const decision = await store.findDecision(db, decisionId);
      if (!decision) throw notFound();
      await inTransaction(db, async (tx) => {
        const { actor, meeting, series } = await loadFor(tx, ctx, decision.meetingId, meetingPolicy.writeMinutes, { forUpdate: true });
        notApproved(meeting);
        await checkPeople(tx, meeting.communityId, series.id, [{ field: 'ownerId', id: input.ownerId }]);
        await createAction(tx, actor.userId, meeting, decision, input);
      });
      return this.minutes(ctx, decision.meetingId);
    },

    /** The owner moves the status; the secretary and leaders may change anything. */
    async updateAction(ctx: Ctx, actionId: string, patch: { title?: string; ownerId?: string; dueDate?: string | null; status?: ActionStatus }) {
      const actor = requireActor(ctx);
      const action = await store.findAction(db, actionId);
      if (!action) throw notFound();
      return inTransaction(db, async (tx) => {
        const { meeting, series, standing } = await load(tx, actor, action.meetingId);
        const isOwner = action.ownerId === actor.userId;
        if (!meetingPolicy.updateAction(standing, isOwner)) throw standing.dissolved ? conflict('community_dissolved') : forbidden();
        const managing = meetingPolicy.updateAction(standing, false);
        if (!managing && (patch.title !== undefined || patch.ownerId !== undefined || patch.dueDate !== undefined)) throw forbidden();
        if (patch.ownerId) await checkPeople(tx, meeting.communityId, series.id, [{ field: 'ownerId', id: patch.ownerId }]);
        await store.updateAction(tx, action.id, {
          ...(patch.title !== undefined && { title: patch.title.trim() }),
          ...(patch.ownerId !== undefined && { ownerId: patch.ownerId }),
          ...(patch.dueDate !== undefined && { dueDate: patch.dueDate }),
          ...(patch.status !== undefined && { status: patch.status }),
          updatedAt: clock.now(),
        });
        const [presented] = await presentActions(tx, actor, [(await store.findAction(tx, action.id))!]);
        return presented!;
      });
    },

    async myActions(ctx: Ctx, status: 'open' | 'all' = 'open') {
      const actor = requireActor(ctx);
      return { items: await presentActions(db, actor, await store.actionsOwnedBy(db, actor.userId, status === 'open')) };
    },

    async myMeetings(ctx: Ctx, query: { from?: string; to?: string }) {
      const actor = requireActor(ctx);
      const now = clock.now();
      const from = query.from ? new Date(query.from) : new Date(now.getTime() - DAY_MS);
      const to = query.to ? new Date(query.to) : new Date(from.getTime() + 183 * DAY_MS);
      if (to <= from) throw invalid([{ field: 'to', key: 'validation.endBeforeStart' }]);
      const series = await mySeries(db, actor.userId, from);
      const rows = await store.meetingsFor(db, { communityIds: [], seriesIds: series.map((s) => s.id) }, from, to, 500);
      const answers = await store.rsvpsOf(
        db,
        rows.map((r) => r.id),
      );
      const places = new Map<string, NonNullable<Awaited<ReturnType<CommunitiesService['accessById']>>>['community']>();
      for (const id of new Set(rows.map((r) => r.communityId))) places.set(id, (await communities.accessById(actor, id))!.community);
      return {
        items: rows.map((m) =>
          summary(
            m,
            series.find((s) => s.id === m.seriesId)!,
            places.get(m.communityId)!,
            answers.find((a) => a.meetingId === m.id && a.userId === actor.userId)?.response ?? null,
          ),
        ),
      };
    },

    // ----- calendars -----

    async meetingIcs(ctx: Ctx, id: string) {
      const { meeting: m, standing } = await load(db, ctx.actor, id);
      const event: IcsEvent = {
        uid: `meeting-${m.id}@majma`,
        start: m.startsAt,
        end: m.endsAt,
        timeZone: m.timeZone,
        summary: m.title,
        description: m.description,
        location: [m.place, meetingPolicy.seeDetails(standing) ? m.onlineUrl : ''].filter(Boolean).join(' — '),
        url: meetingUrl(m.id),
        cancelled: m.cancelled,
        sequence: m.revision,
        updatedAt: m.updatedAt,
      };
      return icsCalendar(m.title, [event]);
    },

    /** A public community's feed is open; a private one's needs a member's feed token. */
    async communityIcs(slug: string, token: string | undefined) {
      const actor = token ? await feedOwner(token) : null;
      if (token && !actor) throw notFound();
      const access = await communities.accessBySlug(actor, slug);
      if (!access?.canRead) throw notFound();
      const ids = await store.seriesActiveSince(db, { communityIds: [access.community.id], seriesIds: [] }, new Date(clock.now().getTime() - 365 * DAY_MS));
      return feedFor(db, access.community.title, ids);
    },

    async userIcs(token: string) {
      const actor = await feedOwner(token);
      if (!actor) throw notFound();
      const series = await mySeries(db, actor.userId, new Date(clock.now().getTime() - 365 * DAY_MS));
      return feedFor(
        db,
        'Majma',
        series.map((s) => s.id),
      );
    },

    async feed(ctx: Ctx) {
      const actor = requireActor(ctx);
      const row = await store.findFeed(db, { userId: actor.userId });
      return { exists: row !== null, createdAt: row?.createdAt.toISOString() ?? null, url: null };
    },

    /** A new private feed link; the previous one stops working. */
    async renewFeed(ctx: Ctx) {
      const actor = requireActor(ctx);
      const token = newToken();
      const now = clock.now();
      await store.putFeed(db, actor.userId, tokenId(token), now);
      return { exists: true, createdAt: now.toISOString(), url: url(`/api/calendar/${token}/meetings.ics`) };
    },

    async revokeFeed(ctx: Ctx) {
      await store.deleteFeed(db, requireActor(ctx).userId);
    },

    // ----- jobs -----

    /** The reminder job: mails invitees who have not declined, once, at the lead time before the start. */
    async remind(payload: Record<string, unknown>) {
      await inTransaction(db, async (tx) => {
        const meeting = await store.findMeeting(tx, String(payload.meetingId), { forUpdate: true });
        if (!meeting || meeting.cancelled || meeting.reminderSentAt) return;
        const series = (await store.findSeries(tx, meeting.seriesId))!;
        const now = clock.now();
        // Moved later since this job was queued: the job queued with the move will remind.
        if (series.reminderMinutes <= 0 || meeting.startsAt <= now || meeting.startsAt.getTime() - series.reminderMinutes * 60_000 > now.getTime()) return;
        const declined = new Set((await store.rsvpsOf(tx, [meeting.id])).filter((r) => r.response === 'no').map((r) => r.userId));
        const ids = (await invitedUserIds(tx, series)).filter((u) => !declined.has(u));
        const { contact } = await names(ids, tx);
        await mail(
          tx,
          ids.map((u) => contact(u)).filter((c): c is Contact => Boolean(c)),
          (c, locale) => ({ template: 'meetingReminder', name: c.name, link: meetingUrl(meeting.id), title: meeting.title, when: formatWhen(meeting.startsAt, meeting.timeZone, locale), place: meeting.place || meeting.onlineUrl }),
        );
        await store.updateMeeting(tx, meeting.id, { reminderSentAt: now });
      });
    },
  };

  async function feedOwner(token: string): Promise<Actor> {
    const row = await store.findFeed(db, { tokenId: tokenId(token) });
    if (!row) return null;
    const contact = (await accounts.contactsByIds([row.userId])).get(row.userId);
    return contact ? { userId: row.userId, role: 'user', sessionId: '' } : null;
  }

  async function checkAgendaInput(tx: Db, meeting: store.MeetingRow, series: store.SeriesRow, input: { presenterId?: string | null; approvesMinutesOf?: string | null }) {
    if (input.presenterId) await checkPeople(tx, meeting.communityId, series.id, [{ field: 'presenterId', id: input.presenterId }]);
    if (input.approvesMinutesOf) {
      const target = await store.findMeeting(tx, input.approvesMinutesOf);
      const ok = target && target.communityId === meeting.communityId && target.startsAt < meeting.startsAt && (target.minutesState === 'draft' || target.minutesState === 'in_review');
      if (!ok) throw invalid([{ field: 'approvesMinutesOf', key: 'validation.noMinutesToApprove' }]);
    }
  }

  async function createAction(tx: Db, actorId: string, meeting: store.MeetingRow, decision: store.DecisionRow, input: { title: string; ownerId: string; dueDate: string | null }) {
    const now = clock.now();
    await store.insertAction(tx, {
      decisionId: decision.id,
      meetingId: meeting.id,
      communityId: meeting.communityId,
      title: input.title.trim(),
      ownerId: input.ownerId,
      dueDate: input.dueDate,
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    });
    if (input.ownerId === actorId) return;
    const { contact } = await names([input.ownerId], tx);
    const owner = contact(input.ownerId);
    if (owner) {
      await mail(tx, [owner], (c, locale) => ({
        template: 'actionAssigned',
        name: c.name,
        link: url('/actions'),
        title: meeting.title,
        action: input.title.trim(),
        due: input.dueDate ? formatDay(input.dueDate, locale) : '—',
      }));
    }
  }
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
