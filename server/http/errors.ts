import type { MessageKey } from '../i18n/index.js';

export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited';

export const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

export interface FieldError {
  /** Dotted path of the field in the request, e.g. `email` or `profile.phone`. */
  field: string;
  /** Catalog key of the message. */
  key: MessageKey;
  values?: Record<string, string | number>;
}

/**
 * The few kinds of error a service throws; the HTTP layer turns each into
 * application/problem+json in the user's language, in one place (problem.ts).
 */
export class DomainError extends Error {
  constructor(
    public readonly kind: ErrorKind,
    /** Stable machine-readable code, e.g. `invalid_credentials`. */
    public readonly code: string,
    /** Catalog key of the human message. */
    public readonly key: MessageKey,
    public readonly fields: FieldError[] = [],
    public readonly headers: Record<string, string> = {},
    /**
     * More members of the problem document (RFC 9457 extension members), e.g. an edit
     * conflict's `current` text; they never replace the standard members.
     */
    public readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const invalid = (fields: FieldError[], code = 'invalid') => new DomainError('invalid', code, 'errors.invalid', fields);
export const unauthenticated = () => new DomainError('unauthenticated', 'unauthenticated', 'errors.unauthenticated');
export const forbidden = () => new DomainError('forbidden', 'forbidden', 'errors.forbidden');
export const notFound = () => new DomainError('not_found', 'not_found', 'errors.notFound');
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError('rate_limited', 'rate_limited', 'errors.rateLimited', [], { 'retry-after': String(retryAfterSeconds) });
