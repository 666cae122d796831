import { Type } from 'typebox';
import { StringEnum } from '../../http/schemas.js';
import { WIKI_KINDS } from './policy.js';
import { KNOWLEDGE_KINDS } from './tables.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Person = Type.Object({ id: Uuid, name: Type.String() });

export const TITLE_MAX = 200;
export const BODY_MAX = 100_000;
export const TAG_MAX = 40;
export const TAGS_MAX = 10;
export const NOTE_MAX = 500;

const Rating = Type.Object({
  average: Type.Union([Type.Null(), Type.Number({ description: 'Mean of the stars, 1–5; null before the first rating' })]),
  count: Type.Integer(),
});

export const KnowledgeItem = Type.Object(
  {
    id: Uuid,
    community: Type.Object({ id: Uuid, slug: Type.String(), title: Type.String(), state: Type.String() }),
    kind: StringEnum(KNOWLEDGE_KINDS),
    title: Type.String(),
    body: Type.String(),
    tags: Type.Array(Type.String()),
    sourceMeetingId: Type.Union([Type.Null(), Uuid]),
    parentId: Type.Union([Type.Null(), Uuid]),
    ancestors: Type.Array(Type.Object({ id: Uuid, title: Type.String() }), { description: 'From the top of the hierarchy down to the parent: the hierarchical title' }),
    children: Type.Array(Type.Object({ id: Uuid, title: Type.String(), kind: StringEnum(KNOWLEDGE_KINDS) })),
    revision: Type.Integer({ description: 'The current revision\'s number; send it back as `baseRevision` when saving' }),
    revisions: Type.Array(Type.Object({ number: Type.Integer(), title: Type.String(), note: Type.String(), author: Person, createdAt: DateTime })),
    rating: Type.Object({ ...Rating.properties, mine: Type.Union([Type.Null(), Type.Integer({ minimum: 1, maximum: 5 })]) }),
    permissions: Type.Object({ edit: Type.Boolean(), rate: Type.Boolean() }),
    updatedAt: DateTime,
  },
  { $id: 'KnowledgeItem' },
);

export const Revision = Type.Object(
  { number: Type.Integer(), title: Type.String(), body: Type.String(), note: Type.String(), author: Person, createdAt: DateTime },
  { $id: 'KnowledgeRevision' },
);

export const KnowledgeList = Type.Object(
  {
    community: Type.Object({ id: Uuid, slug: Type.String(), title: Type.String(), state: Type.String() }),
    items: Type.Array(
      Type.Object({
        id: Uuid,
        parentId: Type.Union([Type.Null(), Uuid]),
        kind: StringEnum(KNOWLEDGE_KINDS),
        title: Type.String(),
        tags: Type.Array(Type.String()),
        revision: Type.Integer(),
        rating: Rating,
        updatedAt: DateTime,
      }),
    ),
    canCreate: Type.Boolean(),
  },
  { $id: 'KnowledgeList' },
);

export const KnowledgeQuery = Type.Object(
  {
    kind: Type.Optional(StringEnum(KNOWLEDGE_KINDS)),
    tag: Type.Optional(Type.String({ maxLength: 100, description: 'Items with this tag (Persian/Arabic letter variants match)' })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the title or a tag' })),
  },
  { additionalProperties: false },
);

export const KnowledgeTags = Type.Object(
  { items: Type.Array(Type.Object({ tag: Type.String(), count: Type.Integer() })) },
  { $id: 'KnowledgeTags' },
);

const fields = {
  kind: StringEnum(WIKI_KINDS, { description: 'Meeting minutes come from meetings, not from here' }),
  title: Type.String({ minLength: 1, maxLength: TITLE_MAX }),
  body: Type.String({ maxLength: BODY_MAX, description: 'Markdown' }),
  parentId: Type.Union([Type.Null(), Uuid], { description: 'The page it sits under, of the same community; null at the top' }),
  tags: Type.Array(Type.String({ minLength: 1, maxLength: TAG_MAX }), { maxItems: TAGS_MAX, description: 'Trimmed; repeats (Persian/Arabic letter variants included) count once' }),
};

export const CreateInput = Type.Object({ ...fields, note: Type.Optional(Type.String({ maxLength: NOTE_MAX })) }, { additionalProperties: false });

export const UpdateInput = Type.Object(
  {
    ...fields,
    baseRevision: Type.Integer({ minimum: 1, description: 'The revision the edit started from; another one saved since → 409 edit_conflict' }),
    note: Type.Optional(Type.String({ maxLength: NOTE_MAX, description: 'What changed, for the revision list' })),
  },
  { additionalProperties: false },
);

export const RevertInput = Type.Object(
  { revision: Type.Integer({ minimum: 1, description: 'The revision whose text comes back' }), baseRevision: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

export const RatingInput = Type.Object({ stars: Type.Integer({ minimum: 1, maximum: 5 }) }, { additionalProperties: false });

export const RatingResult = Type.Object(
  { ...Rating.properties, mine: Type.Union([Type.Null(), Type.Integer({ minimum: 1, maximum: 5 })]) },
  { $id: 'KnowledgeRating' },
);
