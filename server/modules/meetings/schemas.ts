import { Type } from 'typebox';
import { StringEnum } from '../../http/schemas.js';
import { CALENDARS } from '../../i18n/calendars.js';
import { ROLES } from '../communities/service.js';
import { ACTION_STATUSES, MEETING_FORMATS, MEETING_KINDS, MINUTES_STATES, RSVP_RESPONSES } from './tables.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const IsoDate = Type.String({ format: 'date', description: 'A Gregorian date, YYYY-MM-DD' });
// Null first: with type coercion on, a null tried against an integer first would become 0.
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([Type.Null(), schema]);
const Person = Type.Object({ id: Uuid, name: Type.String() });
const Text = (max: number) => Type.String({ maxLength: max });
const Title = Type.String({ minLength: 1, maxLength: 300 });

export const Recurrence = Type.Union(
  [
    Type.Object({ freq: Type.Literal('weekly'), interval: Type.Integer({ minimum: 1, maximum: 52 }) }, { additionalProperties: false, title: 'Weekly', description: 'Every `interval` weeks on the first date\'s weekday' }),
    Type.Object(
      { freq: Type.Literal('monthly'), interval: Type.Integer({ minimum: 1, maximum: 12 }), monthDay: Type.Integer({ minimum: -1, maximum: 31, not: { const: 0 }, description: '1–31, or -1 for the last day' }) },
      { additionalProperties: false, title: 'MonthlyOnDay', description: 'Every `interval` months of the community\'s calendar on this day; months without it are skipped' },
    ),
    Type.Object(
      {
        freq: Type.Literal('monthly'),
        interval: Type.Integer({ minimum: 1, maximum: 12 }),
        weekday: Type.Integer({ minimum: 0, maximum: 6, description: '0 = Sunday … 6 = Saturday' }),
        nth: Type.Integer({ minimum: -1, maximum: 4, not: { const: 0 }, description: '1–4, or -1 for the last' }),
      },
      { additionalProperties: false, title: 'MonthlyOnWeekday', description: 'Every `interval` months on the nth weekday of the community\'s calendar month' },
    ),
  ],
  { description: 'How the series repeats; monthly rules follow the community\'s calendar' },
);

const Details = {
  title: Title,
  description: Text(8000),
  kind: StringEnum(MEETING_KINDS),
  format: StringEnum(MEETING_FORMATS),
  place: Text(500),
  onlineUrl: Type.String({ maxLength: 1000, description: 'https link of an online or hybrid meeting' }),
  capacity: Nullable(Type.Integer({ minimum: 1, maximum: 100000 })),
};

const Schedule = {
  startDate: IsoDate,
  startTime: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local start time HH:MM in `timeZone`' }),
  endTime: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local end time HH:MM, the same day, after the start' }),
  timeZone: Type.Optional(Type.String({ maxLength: 64, description: 'IANA time zone; the community\'s when left out' })),
  recurrence: Nullable(Recurrence),
  count: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 500 }))),
  until: Type.Optional(Nullable(IsoDate)),
};

export const ScheduleInput = Type.Object(Schedule, { additionalProperties: false });

export const MeetingInput = Type.Object(
  {
    ...Details,
    ...Schedule,
    reminderMinutes: Type.Integer({ minimum: 0, maximum: 20160, description: 'Reminder mailed this long before each meeting; 0 for none' }),
    invitedRoles: Type.Array(StringEnum(ROLES), { maxItems: ROLES.length, description: 'Members holding these roles are invited' }),
    invitedUserIds: Type.Optional(Type.Array(Uuid, { maxItems: 200, description: 'Members invited by name' })),
  },
  { additionalProperties: false },
);

export const Occurrences = Type.Object(
  { items: Type.Array(Type.Object({ startsAt: DateTime, endsAt: DateTime })), calendar: StringEnum(CALENDARS), timeZone: Type.String() },
  { $id: 'Occurrences' },
);

export const MeetingPatch = Type.Object(
  {
    scope: StringEnum(['occurrence', 'series'] as const, { description: 'This meeting only, or this and every later meeting of its series not edited on its own' }),
    title: Type.Optional(Title),
    description: Type.Optional(Text(8000)),
    kind: Type.Optional(StringEnum(MEETING_KINDS)),
    format: Type.Optional(StringEnum(MEETING_FORMATS)),
    place: Type.Optional(Text(500)),
    onlineUrl: Type.Optional(Type.String({ maxLength: 1000 })),
    capacity: Type.Optional(Details.capacity),
    startsAt: Type.Optional(DateTime),
    endsAt: Type.Optional(DateTime),
    startTime: Type.Optional(Schedule.startTime),
    endTime: Type.Optional(Schedule.endTime),
    reminderMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 20160 })),
    invitedRoles: Type.Optional(Type.Array(StringEnum(ROLES), { maxItems: ROLES.length })),
  },
  { additionalProperties: false, description: '`startsAt`/`endsAt` move one meeting (scope `occurrence`); `startTime`/`endTime` move the series\' later meetings (scope `series`)' },
);

export const CancelBody = Type.Object(
  { scope: StringEnum(['occurrence', 'series'] as const), reason: Type.Optional(Text(2000)) },
  { additionalProperties: false, description: '`series` cancels this and every later meeting of the series' },
);

export const MeetingsQuery = Type.Object({
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
});

const Community = Type.Object({ id: Uuid, slug: Type.String(), title: Type.String(), calendar: StringEnum(CALENDARS), timeZone: Type.String() });

export const MeetingSummary = Type.Object(
  {
    id: Uuid,
    seriesId: Uuid,
    community: Community,
    title: Type.String(),
    kind: StringEnum(MEETING_KINDS),
    format: StringEnum(MEETING_FORMATS),
    place: Type.String(),
    startsAt: DateTime,
    endsAt: DateTime,
    timeZone: Type.String(),
    cancelled: Type.Boolean(),
    recurring: Type.Boolean(),
    myResponse: Nullable(StringEnum(RSVP_RESPONSES)),
  },
  { $id: 'MeetingSummary' },
);

export const CommunityMeetings = Type.Object(
  {
    items: Type.Array(Type.Ref('MeetingSummary')),
    community: Community,
    canSchedule: Type.Boolean(),
  },
  { $id: 'CommunityMeetings' },
);

export const AgendaItem = Type.Object(
  {
    id: Uuid,
    position: Type.Integer(),
    title: Type.String(),
    description: Type.String(),
    presenter: Nullable(Person),
    presenterName: Type.String(),
    durationMinutes: Nullable(Type.Integer()),
    state: StringEnum(['accepted', 'proposed', 'declined'] as const),
    proposedBy: Nullable(Person),
    approvesMinutesOf: Nullable(Type.Object({ id: Uuid, title: Type.String(), startsAt: DateTime })),
  },
  { $id: 'AgendaItem' },
);

export const AgendaItemInput = Type.Object(
  {
    title: Title,
    description: Type.Optional(Text(4000)),
    presenterId: Type.Optional(Nullable(Uuid)),
    presenterName: Type.Optional(Text(200)),
    durationMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 600 }))),
    approvesMinutesOf: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export const AgendaItemPatch = Type.Partial(AgendaItemInput, { additionalProperties: false });
export const AgendaOrder = Type.Object({ ids: Type.Array(Uuid, { maxItems: 200 }) }, { additionalProperties: false });

export const ActionItem = Type.Object(
  {
    id: Uuid,
    title: Type.String(),
    owner: Person,
    dueDate: Nullable(IsoDate),
    status: StringEnum(ACTION_STATUSES),
    overdue: Type.Boolean({ description: 'Past its due date in the community\'s time zone and not done or dropped' }),
    decisionId: Uuid,
    decision: Type.String(),
    meeting: Type.Object({ id: Uuid, title: Type.String(), startsAt: DateTime }),
    community: Type.Object({ id: Uuid, slug: Type.String(), title: Type.String() }),
    canUpdate: Type.Boolean(),
  },
  { $id: 'ActionItem' },
);

export const Rsvp = Type.Object(
  {
    yes: Type.Integer(),
    no: Type.Integer(),
    maybe: Type.Integer(),
    waitlisted: Type.Integer(),
    capacity: Nullable(Type.Integer()),
    mine: Nullable(Type.Object({ response: StringEnum(RSVP_RESPONSES), waitlisted: Type.Boolean() })),
  },
  { $id: 'Rsvp' },
);

export const Meeting = Type.Object(
  {
    ...MeetingSummary.properties,
    description: Type.String(),
    onlineUrl: Type.String({ description: 'Shown to invitees and leaders only' }),
    capacity: Nullable(Type.Integer()),
    detached: Type.Boolean({ description: 'Edited on its own, apart from its series' }),
    series: Type.Object({
      recurrence: Nullable(Recurrence),
      calendar: StringEnum(CALENDARS),
      startTime: Type.String(),
      endTime: Type.String(),
      reminderMinutes: Type.Integer(),
      invitedRoles: Type.Array(StringEnum(ROLES)),
      position: Type.Integer({ description: 'This meeting\'s number in its series, from 1' }),
      total: Type.Integer(),
      previousId: Nullable(Uuid),
      nextId: Nullable(Uuid),
    }),
    rsvp: Type.Ref('Rsvp'),
    agenda: Type.Array(Type.Ref('AgendaItem')),
    followUps: Type.Array(Type.Ref('ActionItem'), { description: 'Open actions from the community\'s earlier meetings, for follow-up' }),
    invitees: Type.Array(
      Type.Object({ id: Uuid, user: Nullable(Person), name: Type.String(), email: Type.String({ description: 'Leaders only' }), guest: Type.Boolean(), pending: Type.Boolean() }),
      { description: 'People invited by name, and guest experts' },
    ),
    minutesState: StringEnum(MINUTES_STATES),
    knowledgeItemId: Nullable(Uuid),
    viewer: Type.Object({ role: Nullable(StringEnum(ROLES)), invited: Type.Boolean(), guest: Type.Boolean(), attended: Type.Boolean() }),
    can: Type.Object({
      edit: Type.Boolean(),
      invite: Type.Boolean(),
      rsvp: Type.Boolean(),
      editAgenda: Type.Boolean(),
      proposeAgenda: Type.Boolean(),
      recordAttendance: Type.Boolean(),
      seeMinutes: Type.Boolean(),
      writeMinutes: Type.Boolean(),
      approveMinutes: Type.Boolean(),
    }),
  },
  { $id: 'Meeting' },
);

export const RsvpInput = Type.Object({ response: StringEnum(RSVP_RESPONSES) }, { additionalProperties: false });

export const InviteeInput = Type.Object(
  {
    userId: Type.Optional(Uuid),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    name: Type.Optional(Text(200)),
  },
  { additionalProperties: false, description: 'A member by id, or a guest expert by email (mailed a link; their account sees this series only)' },
);

export const Roster = Type.Object(
  {
    items: Type.Array(
      Type.Object({ user: Person, role: Nullable(StringEnum(ROLES)), guest: Type.Boolean(), response: Nullable(StringEnum(RSVP_RESPONSES)), waitlisted: Type.Boolean(), attended: Type.Boolean() }),
    ),
  },
  { $id: 'Roster', description: 'Everyone invited, with their answer and attendance' },
);
export const AttendanceInput = Type.Object({ userIds: Type.Array(Uuid, { maxItems: 2000, description: 'Everyone who attended; replaces the record' }) }, { additionalProperties: false });

export const Correction = Type.Object({
  id: Uuid,
  agendaItemId: Nullable(Uuid),
  author: Person,
  text: Type.String(),
  comment: Type.String(),
  state: StringEnum(['pending', 'accepted', 'declined'] as const),
  createdAt: DateTime,
});

export const Decision = Type.Object(
  { id: Uuid, agendaItemId: Nullable(Uuid), text: Type.String(), actions: Type.Array(Type.Ref('ActionItem')), createdAt: DateTime },
  { $id: 'MeetingDecision' },
);

export const Minutes = Type.Object(
  {
    meetingId: Uuid,
    state: StringEnum(MINUTES_STATES),
    notes: Type.String(),
    items: Type.Array(Type.Object({ agendaItemId: Uuid, title: Type.String(), minutes: Type.String() })),
    decisions: Type.Array(Type.Ref('MeetingDecision')),
    corrections: Type.Array(Correction),
    correctionsUntil: Nullable(DateTime),
    approvedBy: Nullable(Person),
    approvedInMeeting: Nullable(Type.Object({ id: Uuid, title: Type.String(), startsAt: DateTime })),
    approvedAt: Nullable(DateTime),
    publishedAt: Nullable(DateTime),
    knowledgeItemId: Nullable(Uuid),
    can: Type.Object({
      write: Type.Boolean(),
      send: Type.Boolean(),
      suggest: Type.Boolean(),
      decideCorrections: Type.Boolean(),
      approve: Type.Boolean(),
      publish: Type.Boolean(),
    }),
  },
  { $id: 'Minutes' },
);

export const MinutesInput = Type.Object(
  {
    notes: Text(50000),
    items: Type.Array(Type.Object({ agendaItemId: Uuid, minutes: Text(50000) }, { additionalProperties: false }), { maxItems: 200 }),
    revisionNote: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);
export const SendMinutesInput = Type.Object(
  { correctionDays: Type.Integer({ minimum: 1, maximum: 30, description: 'How many days attendees have to suggest corrections' }) },
  { additionalProperties: false },
);
export const CorrectionInput = Type.Object(
  { agendaItemId: Nullable(Uuid), text: Type.String({ minLength: 1, maxLength: 50000, description: 'The section as it should read' }), comment: Type.Optional(Text(2000)) },
  { additionalProperties: false },
);
export const ApproveInput = Type.Object(
  { inMeetingId: Type.Optional(Uuid) },
  { additionalProperties: false, description: 'Empty: approved by the chair. `inMeetingId`: approved by that later meeting, whose agenda has the approval item (recorded by its secretary).' },
);

const ActionFields = {
  title: Title,
  ownerId: Uuid,
  dueDate: Nullable(IsoDate),
};
export const ActionInput = Type.Object(ActionFields, { additionalProperties: false });
export const DecisionInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 4000 }), agendaItemId: Type.Optional(Nullable(Uuid)), actions: Type.Optional(Type.Array(ActionInput, { maxItems: 20 })) },
  { additionalProperties: false },
);
export const ActionPatch = Type.Partial(Type.Object({ ...ActionFields, status: StringEnum(ACTION_STATUSES) }), { additionalProperties: false });

export const MyActionsQuery = Type.Object({ status: Type.Optional(StringEnum(['open', 'all'] as const, { description: 'open: open and in progress (default)' })) });

export const CalendarFeed = Type.Object(
  { exists: Type.Boolean(), createdAt: Nullable(DateTime), url: Nullable(Type.String({ description: 'Only right after it is made: the private link is not stored' })) },
  { $id: 'CalendarFeed' },
);

export const FeedQuery = Type.Object({ token: Type.Optional(Type.String({ maxLength: 200, description: 'A member\'s private feed token (private communities)' })) });

export const GuestInvitationLookup = Type.Object(
  { meeting: Type.Object({ id: Uuid, title: Type.String(), startsAt: DateTime, communityTitle: Type.String() }), email: Type.String(), expiresAt: DateTime },
  { $id: 'GuestInvitationLookup' },
);
