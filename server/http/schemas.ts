import { Type, type TSchema } from 'typebox';

/** A string enum as plain JSON Schema `enum` (clearer errors and docs than a union of literals). */
export const StringEnum = <const T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String({ description: 'What went wrong, in the language of the request' }),
    code: Type.String({ description: 'Stable machine-readable error code' }),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String({ description: 'Dotted path of the invalid field' }), code: Type.String(), message: Type.String() })),
    ),
    requestId: Type.String(),
  },
  {
    $id: 'Problem',
    description: 'An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between.',
    additionalProperties: true,
  },
);

export const Message = Type.Object({ message: Type.String({ description: 'A localized confirmation to show the user' }) });

/** Response schemas of a route plus the problem documents every route may answer with. */
export const responses = (ok: Record<number, TSchema>) => ({ ...ok, '4xx': Type.Ref('Problem'), '5xx': Type.Ref('Problem') });

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
