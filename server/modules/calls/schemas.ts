import { Type } from 'typebox';
import { PageQuery } from '../../http/pagination.js';
import { StringEnum } from '../../http/schemas.js';
import { CALL_STATES, CONTRIBUTION_STATES } from './tables.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Key = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_-]+$', description: 'Stable key (a–z, 0–9, _ and -)' });

export const CallDomain = Type.Object(
  { key: Key, title: Type.String({ minLength: 1, maxLength: 200 }), description: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);
export const AudienceGroup = Type.Object({ key: Key, title: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export const AttachmentRules = Type.Object(
  {
    allowed: Type.Boolean(),
    maxBytes: Type.Integer({ minimum: 1024, maximum: 50 * 1024 * 1024 }),
    types: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20, description: 'Allowed media types, e.g. application/pdf' }),
    maxFiles: Type.Integer({ minimum: 0, maximum: 10 }),
  },
  { additionalProperties: false },
);

const CallFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  summary: Type.String({ maxLength: 1000 }),
  description: Type.String({ maxLength: 50_000, description: 'Markdown' }),
  domains: Type.Array(CallDomain, { minItems: 1, maxItems: 30 }),
  audienceGroups: Type.Array(AudienceGroup, { minItems: 1, maxItems: 30 }),
  opensAt: DateTime,
  closesAt: DateTime,
  blindReview: Type.Boolean({ description: 'Reviewers do not see who wrote a contribution' }),
  publicAfterClose: Type.Boolean({ description: 'Submitted contributions are listed publicly once the call has closed' }),
  wordLimit: Type.Union([Type.Integer({ minimum: 10, maximum: 100_000 }), Type.Null()]),
  attachments: AttachmentRules,
};

export const CallInput = Type.Object(CallFields, { additionalProperties: false });
export const CallPatch = Type.Partial(Type.Object(CallFields), { additionalProperties: false });

export const Call = Type.Object(
  {
    id: Uuid,
    ...CallFields,
    state: StringEnum(CALL_STATES),
    hasCover: Type.Boolean({ description: 'A cover image is at /api/calls/{id}/cover' }),
    counts: Type.Array(Type.Object({ domainKey: Type.String(), submitted: Type.Integer() }), { description: 'Submitted contributions per domain' }),
    canManage: Type.Boolean(),
    createdAt: DateTime,
  },
  { $id: 'Call' },
);

export const CallSummary = Type.Object(
  { id: Uuid, title: Type.String(), summary: Type.String(), state: StringEnum(CALL_STATES), opensAt: DateTime, closesAt: DateTime, submitted: Type.Integer() },
  { $id: 'CallSummary' },
);

export const CallsQuery = Type.Object({
  when: Type.Optional(StringEnum(['open', 'upcoming', 'closed', 'mine'] as const, { description: 'open now, opening later, closed (any later state), or the drafts and calls I manage' })),
  ...PageQuery.properties,
});

export const ContributionInput = Type.Object(
  {
    domainKey: Type.String({ minLength: 1, maxLength: 40 }),
    audienceGroup: Type.String({ minLength: 1, maxLength: 40 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    body: Type.String({ minLength: 1, maxLength: 200_000, description: 'Markdown, within the call\'s word limit' }),
    affiliation: Type.Optional(Type.String({ maxLength: 300, description: 'An organization, optional' })),
    submit: Type.Optional(Type.Boolean({ description: 'Submit now (else saved as a draft)' })),
  },
  { additionalProperties: false },
);
export const ContributionPatch = Type.Partial(Type.Omit(ContributionInput, ['submit']), { additionalProperties: false });

export const Contribution = Type.Object(
  {
    id: Uuid,
    callId: Uuid,
    attachments: Type.Array(Type.Ref('Attachment')),
    trackingCode: Type.String(),
    state: StringEnum(CONTRIBUTION_STATES),
    domainKey: Type.String(),
    audienceGroup: Type.String(),
    title: Type.String(),
    body: Type.String(),
    affiliation: Type.String(),
    author: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()], { description: 'Absent where the viewer may not know the author' }),
    words: Type.Integer(),
    submittedAt: Type.Union([DateTime, Type.Null()]),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { $id: 'Contribution' },
);

export const Attachment = Type.Object(
  { id: Uuid, name: Type.String(), size: Type.Integer(), type: Type.String({ description: 'Sniffed from the bytes' }), createdAt: DateTime },
  { $id: 'Attachment' },
);

export const ContributionsQuery = Type.Object({
  domain: Type.Optional(Type.String({ maxLength: 40 })),
  audienceGroup: Type.Optional(Type.String({ maxLength: 40 })),
  state: Type.Optional(StringEnum(CONTRIBUTION_STATES)),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  ...PageQuery.properties,
});

export const Statistics = Type.Object(
  {
    total: Type.Integer(),
    byDomain: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), count: Type.Integer() })),
    byAudienceGroup: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), count: Type.Integer() })),
    byDay: Type.Array(Type.Object({ day: Type.String({ description: 'YYYY-MM-DD (UTC)' }), count: Type.Integer() })),
  },
  { $id: 'CallStatistics' },
);

export const CallParams = Type.Object({ id: Uuid });
export const ContributionParams = Type.Object({ id: Uuid });

export const ExportQuery = Type.Object({
  format: StringEnum(['csv', 'xlsx'] as const),
  domain: Type.Optional(Type.String({ maxLength: 40 })),
  audienceGroup: Type.Optional(Type.String({ maxLength: 40 })),
  state: Type.Optional(StringEnum(CONTRIBUTION_STATES)),
  q: Type.Optional(Type.String({ maxLength: 200 })),
});
export const AttachmentParams = Type.Object({ id: Uuid, attachmentId: Uuid });
