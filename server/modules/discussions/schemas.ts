import { Type } from 'typebox';
import { StringEnum } from '../../http/schemas.js';
import { REPORT_STATES } from './tables.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
// Null first: with type coercion on, a null tried against an integer first would become 0.
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([Type.Null(), schema]);
const Person = Type.Object({ id: Uuid, name: Type.String() });
/** The communities module's lifecycle states. */
const COMMUNITY_STATES = ['active', 'at_risk', 'dissolved'] as const;

export const TITLE_MAX = 200;
export const BODY_MAX = 20000;
export const REASON_MAX = 1000;

const Title = Type.String({ minLength: 1, maxLength: TITLE_MAX, description: 'The thread\'s title, 1–200 characters' });
const Body = Type.String({ minLength: 1, maxLength: BODY_MAX, description: 'Markdown as typed, 1–20000 characters; a mention is the link `[@Name](/users/<uuid>)`' });

// ---------- Requests ----------

export const ListQuery = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 300, description: 'Opaque cursor from the previous page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Threads per page (at most 100)' })),
});

export const ThreadInput = Type.Object({ title: Title, body: Body }, { additionalProperties: false });

export const ThreadQuery = Type.Object({
  from: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, default: 1, description: 'The first post number to return' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50, description: 'Posts per page (at most 100)' })),
});

export const ThreadPatch = Type.Object(
  {
    title: Type.Optional(Title),
    pinned: Type.Optional(Type.Boolean({ description: 'Moderators only' })),
    locked: Type.Optional(Type.Boolean({ description: 'Moderators only' })),
  },
  { additionalProperties: false, description: 'The title: the thread\'s author or moderators; pinned and locked: moderators (chair, facilitators, administrators)' },
);

export const PostInput = Type.Object(
  { body: Body, quotePostId: Type.Optional(Nullable(Uuid)) },
  { additionalProperties: false, description: '`quotePostId`: a post of the same thread, not deleted' },
);

export const PostPatch = Type.Object({ body: Body }, { additionalProperties: false });

export const ReadInput = Type.Object(
  { number: Type.Integer({ minimum: 0, maximum: 2147483647, description: 'The highest post number read; at most the thread\'s postCount' }) },
  { additionalProperties: false },
);

export const ReportInput = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: REASON_MAX, description: 'Why the post should be looked at, 1–1000 characters' }) },
  { additionalProperties: false },
);

export const ReportsQuery = Type.Object({ state: Type.Optional(StringEnum(REPORT_STATES, { default: 'open' })) });

// ---------- Responses ----------

export const ThreadSummary = Type.Object(
  {
    id: Uuid,
    title: Type.String(),
    author: Person,
    pinned: Type.Boolean(),
    locked: Type.Boolean(),
    replies: Type.Integer({ description: 'Visible posts minus the opening one' }),
    lastPostAt: DateTime,
    createdAt: DateTime,
    lastPoster: Nullable(Person),
    unread: Nullable(Type.Integer({ description: 'Posts numbered above the reader\'s last read one (all of them in a thread never opened); null for visitors' })),
    following: Type.Boolean(),
  },
  { $id: 'DiscussionThreadSummary' },
);

export const ThreadList = Type.Object(
  {
    items: Type.Array(Type.Ref('DiscussionThreadSummary')),
    nextCursor: Nullable(Type.String()),
    canStart: Type.Boolean({ description: 'The viewer may start a thread here' }),
  },
  { $id: 'DiscussionThreadList' },
);

export const Post = Type.Object(
  {
    id: Uuid,
    number: Type.Integer({ description: 'From 1 (the opening post) in its thread' }),
    author: Person,
    body: Type.String({ description: 'Markdown as typed; \'\' when deleted (moderators still see the removed text here, with `deleted` true)' }),
    quote: Nullable(
      Type.Object({
        postId: Uuid,
        number: Type.Integer(),
        author: Person,
        excerpt: Type.String({ description: 'The first ~200 characters of the quoted post; \'\' if it was deleted' }),
      }),
    ),
    createdAt: DateTime,
    editedAt: Nullable(DateTime),
    deleted: Type.Boolean(),
    deletedBy: Nullable(StringEnum(['author', 'moderator'] as const)),
    canEdit: Type.Boolean(),
    canDelete: Type.Boolean(),
  },
  { $id: 'DiscussionPost' },
);

export const Thread = Type.Object(
  {
    id: Uuid,
    community: Type.Object({ id: Uuid, slug: Type.String(), title: Type.String(), state: StringEnum(COMMUNITY_STATES) }),
    title: Type.String(),
    author: Person,
    pinned: Type.Boolean(),
    locked: Type.Boolean(),
    postCount: Type.Integer({ description: 'Posts so far, deleted ones included (the highest number)' }),
    following: Type.Boolean(),
    lastReadNumber: Nullable(Type.Integer({ description: 'As stored before this view; null if never read or a visitor' })),
    permissions: Type.Object({
      reply: Type.Boolean(),
      moderate: Type.Boolean({ description: 'Pin, lock, delete others\' posts, see reports' }),
      follow: Type.Boolean(),
      report: Type.Boolean(),
    }),
    posts: Type.Array(Type.Ref('DiscussionPost')),
    nextFrom: Nullable(Type.Integer({ description: 'The `from` of the next page; null at the end' })),
  },
  { $id: 'DiscussionThread' },
);

export const PostRevision = Type.Object(
  { body: Type.String(), replacedAt: DateTime },
  { $id: 'DiscussionPostRevision', description: 'An earlier text of a post and when it was replaced' },
);

export const Report = Type.Object(
  {
    id: Uuid,
    post: Type.Object({ id: Uuid, number: Type.Integer(), threadId: Uuid, threadTitle: Type.String(), author: Person, body: Type.String({ description: 'The reported text, even if the post was deleted since' }), deleted: Type.Boolean() }),
    reporter: Person,
    reason: Type.String(),
    state: StringEnum(REPORT_STATES),
    createdAt: DateTime,
    resolvedAt: Nullable(DateTime),
    resolvedBy: Nullable(Person),
  },
  { $id: 'DiscussionReport' },
);

export const Created = Type.Object({ id: Uuid });
