import { Type } from 'typebox';
import { StringEnum } from '../../http/schemas.js';
import { ASSIGNMENT_STATES, OUTCOMES, PANEL_ROLES } from './tables.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
// Null first: with type coercion on, a null tried against an integer first would become 0.
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([Type.Null(), schema]);
const Person = Type.Object({ id: Uuid, name: Type.String() });
const Key = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_-]+$' });

export const Criterion = Type.Object(
  {
    key: Key,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ maxLength: 2000 }),
    scaleMin: Type.Integer({ minimum: 0, maximum: 1, description: 'The lowest score (0 or 1)' }),
    scaleMax: Type.Integer({ minimum: 2, maximum: 100, description: 'The highest score' }),
    weight: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
    commentRequired: Type.Boolean({ description: 'A written comment must accompany this score' }),
  },
  { additionalProperties: false },
);

export const RubricInput = Type.Object({ criteria: Type.Array(Criterion, { minItems: 1, maxItems: 20 }) }, { additionalProperties: false });
export const Rubric = Type.Object(
  {
    criteria: Type.Array(Criterion),
    locked: Type.Boolean({ description: 'A review has been submitted: the rubric can no longer change' }),
    canEdit: Type.Boolean(),
  },
  { $id: 'Rubric' },
);

const PanelFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  domainKeys: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 30, description: 'The call\'s domains this panel reviews; a domain has at most one panel' }),
  reviewersPerContribution: Type.Integer({ minimum: 1, maximum: 10, description: 'N: reviewers per contribution' }),
  deadline: Nullable(DateTime),
  disagreementThreshold: Type.Integer({ minimum: 1, maximum: 100, description: 'Weighted scores (0–100) this far apart are flagged as a strong disagreement' }),
};
export const PanelInput = Type.Object(PanelFields, { additionalProperties: false });
export const PanelPatch = Type.Partial(Type.Object(PanelFields), { additionalProperties: false });

export const Panel = Type.Object(
  {
    id: Uuid,
    callId: Uuid,
    ...PanelFields,
    call: Type.Object({
      id: Uuid,
      title: Type.String(),
      state: Type.String(),
      blindReview: Type.Boolean(),
      domains: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
      audienceGroups: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
    }),
    members: Type.Array(Type.Object({ user: Person, role: StringEnum(PANEL_ROLES), assigned: Type.Integer(), submitted: Type.Integer() })),
    invitations: Type.Array(Type.Object({ id: Uuid, email: Type.String(), name: Type.String(), role: StringEnum(PANEL_ROLES), expiresAt: DateTime }), {
      description: 'Pending invitations (for those who manage the panel)',
    }),
    myRole: Nullable(StringEnum(PANEL_ROLES)),
    can: Type.Object({ manage: Type.Boolean(), assign: Type.Boolean(), decide: Type.Boolean(), seeScores: Type.Boolean() }),
  },
  { $id: 'Panel' },
);

export const MemberInput = Type.Object(
  {
    userId: Type.Optional(Uuid),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    role: StringEnum(PANEL_ROLES),
  },
  { additionalProperties: false, description: 'A registered user (userId), or an email: an account with that email is added, anyone else is invited by mail.' },
);

const Decision = Type.Object({
  outcome: StringEnum(OUTCOMES),
  reason: Type.String(),
  mergedInto: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
  decidedAt: DateTime,
});

export const DecisionInput = Type.Object(
  {
    outcome: StringEnum(OUTCOMES),
    reason: Type.String({ minLength: 1, maxLength: 5000 }),
    mergedInto: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const ScoreEntry = Type.Object({ score: Nullable(Type.Integer({ minimum: 0, maximum: 100 })), comment: Type.String({ maxLength: 5000 }) }, { additionalProperties: false });
const Scores = Type.Record(Type.String(), ScoreEntry, { description: 'Per criterion key' });

const Figures = {
  average: Nullable(Type.Number({ description: 'Mean of the submitted weighted scores (0–100)' })),
  spread: Nullable(Type.Number({ description: 'Highest minus lowest submitted weighted score' })),
  disagreement: Type.Boolean({ description: 'The spread reaches the panel\'s threshold' }),
};

export const PanelContribution = Type.Object(
  {
    id: Uuid,
    title: Type.String(),
    domainKey: Type.String(),
    audienceGroup: Type.String(),
    trackingCode: Type.String(),
    author: Nullable(Person),
    affiliation: Type.String(),
    assignments: Type.Array(Type.Object({ id: Uuid, reviewer: Person, state: StringEnum(ASSIGNMENT_STATES), weighted: Nullable(Type.Number()), automatic: Type.Boolean(), declineReason: Type.String() })),
    conflicts: Type.Array(Type.Object({ reviewer: Person, kind: StringEnum(['declared', 'author', 'organization'] as const, { description: 'Automatic ones (author, organization) are not listed when the review is blind' }), reason: Type.String() })),
    ...Figures,
    decision: Nullable(Decision),
  },
  { $id: 'PanelContribution' },
);

export const AssignmentReport = Type.Object(
  {
    assigned: Type.Integer({ description: 'New assignments made' }),
    perReviewer: Type.Array(Type.Object({ reviewer: Person, count: Type.Integer({ description: 'Active assignments in this panel' }) })),
    unassigned: Type.Array(
      Type.Object({
        contributionId: Uuid,
        title: Type.String(),
        missing: Type.Integer({ description: 'Reviewers still lacking' }),
        reason: StringEnum(['conflicts', 'too_few_reviewers'] as const, { description: 'conflicts: enough reviewers, but conflicted; too_few_reviewers: the panel is smaller than N' }),
      }),
    ),
  },
  { $id: 'AssignmentReport' },
);

export const AssignInput = Type.Object({ contributionId: Uuid, reviewerId: Uuid }, { additionalProperties: false });

export const MyReview = Type.Object(
  {
    id: Uuid,
    state: StringEnum(ASSIGNMENT_STATES),
    call: Type.Object({ id: Uuid, title: Type.String() }),
    panel: Type.Object({ id: Uuid, title: Type.String() }),
    contribution: Type.Object({ id: Uuid, title: Type.String(), domainKey: Type.String() }),
    deadline: Nullable(DateTime),
    assignedAt: DateTime,
    submittedAt: Nullable(DateTime),
  },
  { $id: 'MyReview' },
);

export const Review = Type.Object(
  {
    id: Uuid,
    state: StringEnum(ASSIGNMENT_STATES),
    editable: Type.Boolean({ description: 'Before the deadline and before results are published' }),
    deadline: Nullable(DateTime),
    call: Type.Object({ id: Uuid, title: Type.String(), blindReview: Type.Boolean(), domains: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })), audienceGroups: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })) }),
    panel: Type.Object({ id: Uuid, title: Type.String() }),
    contribution: Type.Object({
      id: Uuid,
      title: Type.String(),
      body: Type.String(),
      domainKey: Type.String(),
      audienceGroup: Type.String(),
      words: Type.Integer(),
      author: Nullable(Person),
      affiliation: Type.String(),
      attachments: Type.Array(Type.Object({ id: Uuid, name: Type.String({ description: 'Neutral (attachment-1.pdf) when the review is blind' }), size: Type.Integer(), type: Type.String() })),
    }),
    criteria: Type.Array(Criterion),
    scores: Scores,
    comment: Type.String(),
    weighted: Nullable(Type.Number()),
    others: Nullable(
      Type.Array(Type.Object({ reviewer: Person, scores: Scores, comment: Type.String(), weighted: Nullable(Type.Number()) }), {
        description: 'The other submitted reviews: null until this one is submitted',
      }),
    ),
    ...Figures,
  },
  { $id: 'Review' },
);

export const ReviewInput = Type.Object(
  {
    scores: Scores,
    comment: Type.String({ maxLength: 10_000 }),
    submit: Type.Optional(Type.Boolean({ description: 'Submit (every criterion scored, required comments written); else saved as a draft' })),
  },
  { additionalProperties: false },
);

export const DeclineInput = Type.Object(
  {
    reason: Type.String({ maxLength: 2000 }),
    conflictOfInterest: Type.Boolean({ description: 'Declare a conflict of interest: never assigned this contribution again' }),
  },
  { additionalProperties: false },
);

export const Post = Type.Object({ id: Uuid, author: Person, body: Type.String(), createdAt: DateTime }, { $id: 'ReviewPost' });
export const PostInput = Type.Object({ body: Type.String({ minLength: 1, maxLength: 10_000 }) }, { additionalProperties: false });

export const ContributionDecision = Type.Object({ decision: Nullable(Decision) }, { $id: 'ContributionDecision' });

const Tally = {
  accepted: Type.Integer(),
  partlyAccepted: Type.Integer(),
  merged: Type.Integer(),
  rejected: Type.Integer(),
};

export const Results = Type.Object(
  {
    call: Type.Object({ id: Uuid, title: Type.String(), state: Type.String() }),
    published: Type.Boolean({ description: 'False: a preview for the call\'s managers' }),
    byDomain: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), submitted: Type.Integer(), ...Tally })),
    contributions: Type.Array(
      Type.Object({ id: Uuid, title: Type.String(), body: Type.String(), domainKey: Type.String(), audienceGroup: Type.String(), outcome: StringEnum(['accepted', 'partly_accepted'] as const), reason: Type.String() }),
      { description: 'Accepted and partly accepted contributions, when the call makes contributions public' },
    ),
  },
  { $id: 'CallResults' },
);

export const ReviewReport = Type.Object(
  {
    progress: Type.Array(Type.Object({ panelId: Uuid, panelTitle: Type.String(), reviewer: Person, assigned: Type.Integer(), submitted: Type.Integer(), declined: Type.Integer() })),
    scoreDistribution: Type.Array(
      Type.Object({
        key: Type.String(),
        title: Type.String(),
        reviewed: Type.Integer({ description: 'Contributions with at least one submitted review' }),
        mean: Nullable(Type.Number()),
        buckets: Type.Array(Type.Integer(), { description: 'Contributions by average weighted score: 0–20, 20–40, 40–60, 60–80, 80–100' }),
      }),
    ),
    decisionsByDomain: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), ...Tally, undecided: Type.Integer() })),
    decisionsByAudienceGroup: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), ...Tally, undecided: Type.Integer() })),
  },
  { $id: 'ReviewReport' },
);

const Recognition = Type.Object({ callId: Uuid, callTitle: Type.String(), domainKey: Type.String(), domainTitle: Type.String(), outcome: StringEnum(['accepted', 'partly_accepted'] as const) });
export const Recognitions = Type.Object({ items: Type.Array(Recognition) }, { $id: 'Recognitions' });
export const Talent = Type.Object({ items: Type.Array(Type.Object({ user: Person, recognitions: Type.Array(Recognition) })) }, { $id: 'Talent' });
export const TalentQuery = Type.Object({
  callId: Type.Optional(Uuid),
  domain: Type.Optional(Type.String({ maxLength: 40, description: 'A domain key of the call given' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of a domain\'s title, in any call (Persian/Arabic-aware)' })),
});

export const InvitationLookup = Type.Object({ panelTitle: Type.String(), callTitle: Type.String(), role: StringEnum(PANEL_ROLES), email: Type.String(), usable: Type.Boolean() }, { $id: 'PanelInvitationLookup' });
export const ExportQuery = Type.Object({ format: StringEnum(['csv', 'xlsx'] as const) });
export const PanelItemParams = Type.Object({ id: Uuid, itemId: Uuid });
