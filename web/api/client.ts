import createClient, { type Middleware } from 'openapi-fetch';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { paths } from './schema';

/**
 * The typed API client. Same origin as the page, cookie session (`majma_session`, httpOnly).
 * Every call carries `Accept-Language` (so problem details come back in the user's language);
 * every non-GET call carries `x-csrf-token` from `GET /api/session`, refetched once on a 403 `csrf`.
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Kept in memory only: never in storage, never in the DOM. */
let csrfToken: string | null = null;
let apiLocale: Locale = DEFAULT_LOCALE;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called by the locale provider whenever the UI language changes. */
export function setApiLocale(locale: Locale): void {
  apiLocale = locale;
}

let csrfRefresh: Promise<string | null> | null = null;

/** Fetches a fresh CSRF token (deduplicated when several writes need one at once). */
function refreshCsrfToken(): Promise<string | null> {
  csrfRefresh ??= (async () => {
    try {
      const res = await fetch('/api/session', {
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Accept-Language': apiLocale },
      });
      if (!res.ok) return null;
      const body = (await res.json()) as { csrfToken?: unknown };
      csrfToken = typeof body.csrfToken === 'string' ? body.csrfToken : null;
      return csrfToken;
    } catch {
      return null;
    } finally {
      csrfRefresh = null;
    }
  })();
  return csrfRefresh;
}

/** Copies of write requests, kept until their answer arrives, so one can be replayed after a csrf 403. */
const replayable = new Map<string, Request>();

const headersMiddleware: Middleware = {
  async onRequest({ request, id }) {
    request.headers.set('Accept-Language', apiLocale);
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
    if (!SAFE_METHODS.has(request.method.toUpperCase())) {
      const token = csrfToken ?? (await refreshCsrfToken());
      if (token) request.headers.set('x-csrf-token', token);
      replayable.set(id, request.clone());
    }
    return request;
  },
  async onResponse({ response, schemaPath, id }) {
    const copy = replayable.get(id);
    replayable.delete(id);
    if (schemaPath === '/api/session' && response.ok) {
      try {
        const body = (await response.clone().json()) as { csrfToken?: unknown };
        if (typeof body.csrfToken === 'string') csrfToken = body.csrfToken;
      } catch {
        // not JSON: leave the token as it was
      }
      return undefined;
    }
    if (!copy || response.status !== 403) return undefined;
    const problem = parseProblem(await response.clone().text());
    if (problem?.code !== 'csrf') return undefined;
    csrfToken = null;
    const token = await refreshCsrfToken();
    if (!token) return undefined;
    copy.headers.set('x-csrf-token', token);
    return fetch(copy);
  },
  onError({ id }) {
    replayable.delete(id);
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(headersMiddleware);

// ---------------------------------------------------------------------------------------------
// Errors: `application/problem+json` → ApiError

export interface FieldProblem {
  /** As the server names it: `email`, `profile.phone`, `/profile/phone`… */
  field: string;
  message: string;
  code?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
}

/** An API call that failed. `status` 0 with `code` `network` means the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Localized by the server; null when the answer was not a problem document. */
  readonly detail: string | null;
  readonly errors: FieldProblem[];

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? 'network' : 'unknown');
    this.detail = problem?.detail?.trim() || problem?.title?.trim() || null;
    this.errors = problem?.errors ?? [];
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseProblem(body: unknown): Problem | null {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!isRecord(value)) return null;
  const text = (k: string): string | undefined => {
    const v = value[k];
    return typeof v === 'string' ? v : undefined;
  };
  const errors = Array.isArray(value.errors)
    ? value.errors.filter(isRecord).flatMap((e) =>
        typeof e.message === 'string'
          ? [{ field: typeof e.field === 'string' ? e.field : '', message: e.message, code: typeof e.code === 'string' ? e.code : undefined }]
          : [],
      )
    : [];
  return {
    type: text('type'),
    title: text('title'),
    status: typeof value.status === 'number' ? value.status : undefined,
    detail: text('detail'),
    code: text('code'),
    errors,
  };
}

/** Awaits an openapi-fetch call: its data, or an ApiError (never raw JSON, never a stack). */
export async function unwrap<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let result: { data?: D; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, null);
  }
  if (!result.response.ok || result.error !== undefined) {
    throw new ApiError(result.response.status, parseProblem(result.error));
  }
  return result.data as D;
}

/** The last path segment that is not an index: `profile.phone`, `/profile/phone` → `phone`. */
export function fieldKey(field: string): string {
  const segments = field.split(/[./[\]]+/).filter((s) => s !== '' && !/^\d+$/.test(s));
  return segments.at(-1) ?? '';
}
