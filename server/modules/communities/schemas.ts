import { Type } from 'typebox';
import { PageQuery } from '../../http/pagination.js';
import { StringEnum } from '../../http/schemas.js';
import { CALENDARS } from '../../i18n/calendars.js';
import {
  COMMUNITY_STATES,
  CORE_ROLES,
  FORMALITIES,
  GEOGRAPHIES,
  JOIN_POLICIES,
  KINDS,
  LEVELS,
  REQUEST_STATES,
  ROLES,
  STRUCTURES,
  VISIBILITIES,
} from './tables.js';

const Text = (max: number, description: string) => Type.String({ maxLength: max, description });
const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(s: T) => Type.Union([s, Type.Null()]);

export const Kind = StringEnum(KINDS, { description: 'Kind of body' });
export const Level = StringEnum(LEVELS, { description: 'Level of activity: organizational, sectoral or national' });
export const Geography = StringEnum(GEOGRAPHIES, { description: 'Geographic reach' });
export const Structure = StringEnum(STRUCTURES, { description: 'Horizontal (peers) or vertical (along a chain)' });
export const Formality = StringEnum(FORMALITIES);
export const CommunityVisibility = StringEnum(VISIBILITIES, { description: 'private: only members and administrators know it exists' });
export const JoinPolicy = StringEnum(JOIN_POLICIES, { description: 'open: anyone signed in joins; request: leaders approve; invitation: invited only' });
export const CommunityState = StringEnum(COMMUNITY_STATES);
export const Role = StringEnum(ROLES);
export const CoreRole = StringEnum(CORE_ROLES, { description: 'Role proposed for a founding core member' });
export const RequestState = StringEnum(REQUEST_STATES);

// ---- Formation requests (Appendix 1) ----

export const ApplicantDetails = Type.Object(
  {
    name: Text(120, 'Full name (نام و نام خانوادگی)'),
    degree: Text(120, 'Degree (مدرک تحصیلی)'),
    fieldOfStudy: Text(120, 'Field of study (رشته تحصیلی)'),
    jobTitle: Text(120, 'Job title (عنوان شغلی)'),
    position: Text(200, 'Current position (سمت فعلی)'),
    organization: Text(200, 'Organization (نام ارگان محل فعالیت)'),
    phone: Text(40, 'Phone (تلفن)'),
    fax: Text(40, 'Fax (دورنگار)'),
    email: Text(254, 'Email (پست الکترونیکی)'),
    address: Text(500, 'Address (نشانی)'),
  },
  { additionalProperties: false },
);

export const CoreMemberInput = Type.Union(
  [
    Type.Object({ userId: Uuid, role: CoreRole }, { additionalProperties: false }),
    Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 120 }),
        position: Text(200, 'Position'),
        organization: Text(200, 'Organization'),
        email: Type.String({ format: 'email', maxLength: 254, description: 'Where the invitation is mailed' }),
        role: CoreRole,
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'A registered user picked from the directory, or a person not yet registered (invited by email on approval)' },
);

/** Every field of the form; all optional so a draft can be saved at any step. */
export const FormationRequestInput = Type.Object(
  {
    applicant: Type.Optional(Type.Partial(ApplicantDetails, { additionalProperties: false })),
    title: Type.Optional(Text(200, 'Proposed title (عنوان پیشنهادی انجمن)')),
    domain: Type.Optional(Text(2000, 'Domain of activity (حوزه فعالیت)')),
    goals: Type.Optional(Text(4000, 'Goals (اهداف)')),
    rationale: Type.Optional(Text(4000, 'Reasons and need (دلایل و ضرورت تشکیل)')),
    scope: Type.Optional(Text(2000, 'Scope of application in words (دامنه کاربرد)')),
    kind: Type.Optional(Nullable(Kind)),
    level: Type.Optional(Nullable(Level)),
    geography: Type.Optional(Nullable(Geography)),
    coreMembers: Type.Optional(Type.Array(CoreMemberInput, { maxItems: 10, description: 'Proposed core members besides the applicant' })),
    platforms: Type.Optional(Text(2000, 'Proposed communication platforms (بسترهای پیشنهادی فعالیت)')),
    knowledgeTools: Type.Optional(Text(2000, 'Tools to store and share knowledge')),
    hasPriorExperience: Type.Optional(Nullable(Type.Boolean({ description: 'Founded or joined similar bodies before?' }))),
    priorExperience: Type.Optional(Text(4000, 'Details of that experience')),
    funding: Type.Optional(Text(4000, 'Funding plans (پیش‌بینی منابع مالی)')),
    supportNeeded: Type.Optional(Text(4000, 'Support needed from the organization (نیازمندی‌ها)')),
    acknowledged: Type.Optional(Type.Boolean({ description: 'The applicant confirms the form; stands for the signature and records the date' })),
  },
  { additionalProperties: false },
);

const CoreMember = Type.Object({
  userId: Nullable(Uuid),
  name: Type.String(),
  position: Type.String(),
  organization: Type.String(),
  email: Type.String({ description: 'Only for people not yet registered' }),
  role: CoreRole,
});

const RequestEvent = Type.Object({
  action: StringEnum(['created', 'submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn'] as const),
  actorName: Type.String(),
  comment: Type.String(),
  at: DateTime,
});

export const FormationRequest = Type.Object(
  {
    id: Uuid,
    state: RequestState,
    applicantId: Uuid,
    applicant: ApplicantDetails,
    title: Type.String(),
    domain: Type.String(),
    goals: Type.String(),
    rationale: Type.String(),
    scope: Type.String(),
    kind: Nullable(Kind),
    level: Nullable(Level),
    geography: Nullable(Geography),
    coreMembers: Type.Array(CoreMember),
    platforms: Type.String(),
    knowledgeTools: Type.String(),
    hasPriorExperience: Nullable(Type.Boolean()),
    priorExperience: Type.String(),
    funding: Type.String(),
    supportNeeded: Type.String(),
    acknowledgedAt: Nullable(DateTime),
    communitySlug: Nullable(Type.String()),
    submittedAt: Nullable(DateTime),
    createdAt: DateTime,
    updatedAt: DateTime,
    missing: Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() }), {
      description: 'What still stops submission, in the language of the request (empty when it can be submitted)',
    }),
    history: Type.Array(RequestEvent),
  },
  { $id: 'FormationRequest', description: 'A request to form a community (Appendix 1 of the guideline)' },
);

export const FormationRequestSummary = Type.Object(
  {
    id: Uuid,
    state: RequestState,
    title: Type.String(),
    applicantName: Type.String(),
    coreSize: Type.Integer({ description: 'Founding core size including the applicant' }),
    communitySlug: Nullable(Type.String()),
    submittedAt: Nullable(DateTime),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { $id: 'FormationRequestSummary' },
);

export const RequestQueueQuery = Type.Object({
  state: Type.Optional(RequestState),
  ...PageQuery.properties,
});

export const ApproveBody = Type.Object(
  {
    slug: Type.Optional(
      Type.String({ minLength: 2, maxLength: 80, pattern: '^[\\p{Ll}\\p{Lo}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*$', description: 'Address of the community; made from the title when left out' }),
    ),
    kind: Kind,
    structure: Structure,
    formality: Formality,
    visibility: CommunityVisibility,
    joinPolicy: JoinPolicy,
    description: Type.Optional(Text(8000, 'Public description; the domain text when left out')),
    comment: Type.Optional(Text(4000, 'Note to the applicant')),
  },
  { additionalProperties: false },
);
export const CommentBody = Type.Object({ comment: Type.String({ minLength: 1, maxLength: 4000, description: 'What to change' }) }, { additionalProperties: false });
export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false });

// ---- Communities ----

const Person = Type.Object({ userId: Uuid, name: Type.String(), role: Role });

export const CommunityProfileFields = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  domain: Type.String({ minLength: 1, maxLength: 2000 }),
  goals: Text(4000, 'Goals'),
  description: Text(8000, 'Description'),
  kind: Kind,
  level: Level,
  geography: Geography,
  structure: Structure,
  formality: Formality,
  visibility: CommunityVisibility,
  joinPolicy: JoinPolicy,
  calendar: StringEnum(CALENDARS, { description: 'The calendar monthly meetings follow ("the 10th" of a Solar Hijri month…)' }),
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone meetings are held in, e.g. Asia/Tehran' }),
});

export const CommunitySummary = Type.Object(
  {
    id: Uuid,
    slug: Type.String(),
    title: Type.String(),
    domain: Type.String(),
    kind: Kind,
    level: Level,
    geography: Geography,
    visibility: CommunityVisibility,
    joinPolicy: JoinPolicy,
    state: CommunityState,
    membersCount: Type.Integer(),
    createdAt: DateTime,
  },
  { $id: 'CommunitySummary' },
);

const Can = Type.Object(
  {
    edit: Type.Boolean(),
    join: Type.Boolean(),
    requestToJoin: Type.Boolean(),
    leave: Type.Boolean(),
    invite: Type.Boolean(),
    decideRequests: Type.Boolean(),
    manageMembers: Type.Boolean(),
    changeRoles: Type.Boolean(),
    setState: Type.Boolean(),
    seeHistory: Type.Boolean(),
  },
  { description: 'What the viewer may do here (from the same policy the server enforces)' },
);

export const Community = Type.Object(
  {
    ...CommunityProfileFields.properties,
    id: Uuid,
    slug: Type.String(),
    state: CommunityState,
    stateReason: Type.String({ description: 'Reason given for the last lifecycle change' }),
    stateChangedAt: Nullable(DateTime),
    createdAt: DateTime,
    membersCount: Type.Integer(),
    leaders: Type.Array(Person, { description: 'Chair, facilitators and secretaries' }),
    viewer: Type.Object({
      role: Nullable(Role),
      accessEndsAt: Nullable(DateTime),
      requested: Type.Boolean({ description: 'A join request is waiting' }),
      invitationId: Nullable(Uuid),
      can: Can,
    }),
  },
  { $id: 'Community', description: 'A community profile as the viewer may see it' },
);

export const CommunitiesQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the title or domain; Persian/Arabic letter variants match' })),
  kind: Type.Optional(Kind),
  level: Type.Optional(Level),
  state: Type.Optional(CommunityState),
  mine: Type.Optional(Type.Boolean({ description: 'Only communities the viewer is a member of' })),
  ...PageQuery.properties,
});

export const CommunityPatch = Type.Partial(CommunityProfileFields, { additionalProperties: false });

export const StateBody = Type.Object(
  { state: CommunityState, reason: Type.String({ minLength: 1, maxLength: 4000, description: 'Why; kept in the history' }) },
  { additionalProperties: false },
);

export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 80 }) });
export const MemberParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 80 }), userId: Uuid });
export const InvitationParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 80 }), id: Uuid });

export const Member = Type.Object(
  {
    userId: Uuid,
    name: Type.String(),
    organization: Type.String({ description: 'Empty when the member keeps it hidden' }),
    role: Role,
    accessEndsAt: Nullable(DateTime),
    since: DateTime,
  },
  { $id: 'Member' },
);

export const MembersQuery = Type.Object({ role: Type.Optional(Role), ...PageQuery.properties });

export const JoinRequest = Type.Object({ userId: Uuid, name: Type.String(), note: Type.String(), at: DateTime }, { $id: 'JoinRequest' });

export const JoinBody = Type.Object({ note: Type.Optional(Text(1000, 'A word to the leaders (join requests)')) }, { additionalProperties: false });
export const JoinResult = Type.Object({ state: StringEnum(['active', 'requested'] as const) });

export const RoleChangeBody = Type.Object(
  {
    role: Role,
    accessEndsAt: Type.Optional(DateTime),
    previousChairRole: Type.Optional(StringEnum(['facilitator', 'secretary', 'member'] as const, { description: 'On a chair handover: the outgoing chair\'s new role (default member)' })),
  },
  { additionalProperties: false },
);

export const InviteBody = Type.Object(
  {
    userId: Type.Optional(Uuid),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    name: Type.Optional(Text(120, 'Name of a person not yet registered')),
    role: StringEnum(['facilitator', 'secretary', 'member', 'guest_expert'] as const),
    accessEndsAt: Type.Optional(DateTime),
  },
  { additionalProperties: false, description: 'Either userId (from the directory) or email' },
);

export const Invitation = Type.Object(
  {
    id: Uuid,
    community: Type.Object({ slug: Type.String(), title: Type.String() }),
    email: Type.String(),
    name: Type.String(),
    role: Role,
    accessEndsAt: Nullable(DateTime),
    invitedBy: Type.String(),
    state: StringEnum(['pending', 'accepted', 'declined', 'revoked'] as const),
    expiresAt: DateTime,
    createdAt: DateTime,
  },
  { $id: 'Invitation' },
);

export const InvitationAnswerBody = Type.Object(
  {
    token: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'From the mailed link' })),
    id: Type.Optional(Uuid),
  },
  { additionalProperties: false, description: 'The mailed token, or the id of an invitation addressed to the signed-in user' },
);

export const CommunityEvent = Type.Object(
  {
    action: Type.String(),
    actorName: Type.String(),
    subjectName: Type.String(),
    detail: Type.Record(Type.String(), Nullable(Type.String())),
    at: DateTime,
  },
  { $id: 'CommunityEvent' },
);
