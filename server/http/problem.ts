import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { t, type Locale, type MessageKey } from '../i18n/index.js';
import { DomainError, STATUS, type FieldError } from './errors.js';

/** An RFC 9457 problem document; every API error has this shape. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { field: string; code: string; message: string }[];
  requestId: string;
  /** Extension members of some problems (e.g. `current` of an edit conflict). */
  [member: string]: unknown;
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const TITLE_KEY: Record<number, MessageKey> = {
  400: 'errors.title.badRequest',
  401: 'errors.title.unauthenticated',
  403: 'errors.title.forbidden',
  404: 'errors.title.notFound',
  409: 'errors.title.conflict',
  413: 'errors.title.tooLarge',
  415: 'errors.title.badRequest',
  429: 'errors.title.rateLimited',
  500: 'errors.title.server',
};

/** Field errors as the API shows them: the field, a stable code and the message in `locale`. */
export const localizeFields = (locale: Locale, fields: FieldError[]) =>
  fields.map((f) => ({ field: f.field, code: f.key.replace(/^validation\./, ''), message: t(locale, f.key, f.values) }));

function problem(request: FastifyRequest, status: number, code: string, detailKey: MessageKey, fields: FieldError[] = [], extra: Record<string, unknown> = {}): Problem {
  const locale: Locale = request.locale;
  const body: Problem = {
    ...extra,
    type: `urn:majma:problem:${code}`,
    title: t(locale, TITLE_KEY[status] ?? (status >= 500 ? 'errors.title.server' : 'errors.title.badRequest')),
    status,
    detail: t(locale, detailKey),
    code,
    requestId: request.id,
  };
  if (fields.length) {
    body.errors = localizeFields(locale, fields);
  }
  return body;
}

export function sendProblem(reply: FastifyReply, body: Problem, headers: Record<string, string> = {}) {
  return reply.code(body.status).headers(headers).type('application/problem+json; charset=utf-8').send(body);
}

/** Turns Ajv's errors into one localized error per field (allErrors may report a field twice). */
export function fieldErrorsFromAjv(errors: AjvError[]): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const e of errors) {
    const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const join = (name: unknown) => (base ? `${base}.${String(name)}` : String(name));
    let field = base;
    let fe: FieldError;
    switch (e.keyword) {
      case 'required':
        field = join(e.params.missingProperty);
        fe = { field, key: 'validation.required' };
        break;
      case 'additionalProperties':
        field = join(e.params.additionalProperty);
        fe = { field, key: 'validation.unknownField' };
        break;
      case 'format':
        fe = { field, key: e.params.format === 'email' ? 'validation.email' : 'validation.format' };
        break;
      case 'minLength':
        fe = { field, key: Number(e.params.limit) === 1 ? 'validation.required' : 'validation.minLength', values: { limit: Number(e.params.limit) } };
        break;
      case 'maxLength':
        fe = { field, key: 'validation.maxLength', values: { limit: Number(e.params.limit) } };
        break;
      case 'minimum':
        fe = { field, key: 'validation.minimum', values: { limit: Number(e.params.limit) } };
        break;
      case 'maximum':
        fe = { field, key: 'validation.maximum', values: { limit: Number(e.params.limit) } };
        break;
      case 'maxItems':
        fe = { field, key: 'validation.maxItems', values: { limit: Number(e.params.limit) } };
        break;
      case 'enum':
      case 'const':
      case 'anyOf':
        fe = { field, key: 'validation.enum' };
        break;
      case 'type':
        fe = { field, key: 'validation.type' };
        break;
      case 'pattern':
        fe = { field, key: 'validation.pattern' };
        break;
      default:
        fe = { field, key: 'validation.invalid' };
    }
    if (!byField.has(field) || fe.key === 'validation.required') byField.set(field, fe);
  }
  return [...byField.values()];
}

/** Registers the one place where errors become problem+json; nothing else formats errors. */
export function registerProblemHandlers(app: FastifyInstance, spaPage: ((url: string) => Buffer | null) | null) {
  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(reply, problem(request, STATUS[error.kind], error.code, error.key, error.fields, error.extra), error.headers);
    }
    if (error.validation) {
      return sendProblem(reply, problem(request, 400, 'invalid', 'errors.invalid', fieldErrorsFromAjv(error.validation)));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, problem(request, 413, 'body_too_large', 'errors.bodyTooLarge'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, problem(request, 415, 'unsupported_media_type', 'errors.mediaType'));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, problem(request, 400, 'malformed_body', 'errors.malformedBody'));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Body parser errors (bad JSON) and other client errors from Fastify's plumbing.
      return sendProblem(reply, problem(request, status, error instanceof SyntaxError ? 'malformed_body' : 'bad_request', error instanceof SyntaxError ? 'errors.malformedBody' : 'errors.badRequest'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problem(request, 500, 'server_error', 'errors.server'));
  });

  app.setNotFoundHandler((request, reply) => {
    // Page addresses of the single-page app get its index.html; the client router takes over.
    const page = request.method === 'GET' ? spaPage?.(request.url) : null;
    if (page) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
    return sendProblem(reply, problem(request, 404, 'not_found', 'errors.notFound'));
  });
}
