import { Type } from 'typebox';
import { PageQuery } from '../../http/pagination.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Person = Type.Object({ id: Uuid, name: Type.String() });

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const NOTE_MAX = 500;

export const DocumentVersion = Type.Object(
  {
    number: Type.Integer({ minimum: 1 }),
    fileName: Type.String({ description: 'The uploaded name, cleaned (no folders, control characters or `..`), with the extension of its real type' }),
    size: Type.Integer({ description: 'Bytes' }),
    type: Type.String({ description: 'The media type recognized from the file\'s bytes' }),
    note: Type.String(),
    uploadedBy: Person,
    createdAt: DateTime,
  },
  { $id: 'DocumentVersion' },
);

const documentFields = {
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  currentVersion: Type.Integer({ minimum: 1 }),
  latest: Type.Ref('DocumentVersion'),
  createdBy: Person,
  createdAt: DateTime,
  updatedAt: DateTime,
};

export const DocumentSummary = Type.Object(documentFields, { $id: 'DocumentSummary' });

export const LibraryLimits = Type.Object(
  {
    maxBytes: Type.Integer({ description: 'The largest file the library takes' }),
    types: Type.Array(Type.String(), { description: 'The media types it takes, recognized from the bytes' }),
  },
  { $id: 'LibraryLimits' },
);

export const LibraryPage = Type.Object(
  {
    items: Type.Array(Type.Ref('DocumentSummary')),
    nextCursor: Type.Union([Type.Null(), Type.String()]),
    canUpload: Type.Boolean({ description: 'Whether the viewer may upload to this library now' }),
    limits: Type.Ref('LibraryLimits'),
  },
  { $id: 'LibraryPage' },
);

export const LibraryDocument = Type.Object(
  {
    ...documentFields,
    community: Type.Object({ id: Uuid, slug: Type.String(), title: Type.String(), state: Type.String() }),
    versions: Type.Array(Type.Ref('DocumentVersion'), { description: 'Oldest first' }),
    permissions: Type.Object({ addVersion: Type.Boolean(), edit: Type.Boolean(), delete: Type.Boolean() }),
    limits: Type.Ref('LibraryLimits'),
  },
  { $id: 'LibraryDocument' },
);

export const LibraryQuery = Type.Object(
  {
    ...PageQuery.properties,
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in the title or description (Persian and Arabic letter forms match each other)' })),
  },
  { additionalProperties: false },
);

export const DocumentPatch = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: TITLE_MAX })),
    description: Type.Optional(Type.String({ maxLength: DESCRIPTION_MAX })),
  },
  { additionalProperties: false },
);

export const DownloadQuery = Type.Object(
  { version: Type.Optional(Type.Integer({ minimum: 1, description: 'A version number; the current one when left out' })) },
  { additionalProperties: false },
);
