import { Type } from 'typebox';
import { StringEnum } from '../../http/schemas.js';
import { KNOWLEDGE_KINDS } from './tables.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Person = Type.Object({ id: Uuid, name: Type.String() });

export const KnowledgeItem = Type.Object(
  {
    id: Uuid,
    community: Type.Object({ id: Uuid, slug: Type.String(), title: Type.String() }),
    kind: StringEnum(KNOWLEDGE_KINDS),
    title: Type.String(),
    body: Type.String(),
    tags: Type.Array(Type.String()),
    sourceMeetingId: Type.Union([Type.Null(), Uuid]),
    revisions: Type.Array(Type.Object({ number: Type.Integer(), title: Type.String(), note: Type.String(), author: Person, createdAt: DateTime })),
    updatedAt: DateTime,
  },
  { $id: 'KnowledgeItem' },
);
export const Revision = Type.Object(
  { number: Type.Integer(), title: Type.String(), body: Type.String(), note: Type.String(), author: Person, createdAt: DateTime },
  { $id: 'KnowledgeRevision' },
);
