import { Type } from 'typebox';
import { StringEnum } from '../../http/schemas.js';
import { SEARCH_KINDS } from './tables.js';

const Segments = Type.Array(Type.Object({ text: Type.String(), hit: Type.Boolean() }), { description: 'The text in pieces; `hit` marks words the query matched' });

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200, description: 'Words to find; Arabic and Persian letter forms, diacritics, ZWNJ and digits match each other' }),
  kind: Type.Optional(StringEnum(SEARCH_KINDS)),
  community: Type.Optional(Type.String({ maxLength: 100, description: 'Only this community (slug)' })),
  cursor: Type.Optional(Type.String({ maxLength: 10, description: 'From the previous page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});

export const SearchResult = Type.Object(
  {
    kind: StringEnum(SEARCH_KINDS),
    id: Type.String({ format: 'uuid' }),
    title: Segments,
    context: Type.String({ description: 'A heading for the result, e.g. the thread a reply belongs to' }),
    snippet: Segments,
    path: Type.String({ description: 'The web page of the result' }),
    community: Type.Union([Type.Null(), Type.Object({ slug: Type.String(), title: Type.String() })]),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SearchResult' },
);
