import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from '../actor.js';
import type { Config } from '../config.js';
import { DEFAULT_LOCALE, isLocale, localeFromHeader, type Locale } from '../i18n/index.js';
import type { AccountsService } from '../modules/accounts/service.js';
import { DomainError, unauthenticated } from './errors.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './session-cookie.js';

/** `public`: anyone; `user` (the default when a route says nothing): a signed-in user. */
export type Access = 'public' | 'user';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    locale: Locale;
    ctx: Ctx;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What an account with a one-time password may do before choosing its own. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['GET /api/session', 'GET /api/me', 'POST /api/me/password', 'POST /api/auth/sign-out']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Per request: who is asking (session cookie), in which language (the user's choice, else
 * Accept-Language, else Persian), CSRF on writes, and the route's access rule.
 */
export function registerRequestContext(app: FastifyInstance, deps: { config: Config; accounts: AccountsService }) {
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('ctx', null as unknown as Ctx);

  // A write sent without a body is an empty object: its schema then names each missing field
  // (and optional-only bodies, like a join note, may simply be left out).
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.body === undefined && request.routeOptions.schema?.body) request.body = {};
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const headerLocale = localeFromHeader(request.headers['accept-language']);
    request.locale = headerLocale ?? DEFAULT_LOCALE;
    const base = { locale: request.locale, ip: request.ip, userAgent: request.headers['user-agent'] ?? '' };
    request.ctx = { actor: null, ...base };

    if (!request.url.startsWith('/api/')) return;
    const session = await deps.accounts.resolveSession(request.cookies[SESSION_COOKIE]);
    if (session) {
      // An explicit Accept-Language (the language switcher) wins over the saved preference.
      request.locale = headerLocale ?? (isLocale(session.locale) ? session.locale : DEFAULT_LOCALE);
      request.ctx = { actor: session.actor, ...base, locale: request.locale };
    }

    if (!SAFE_METHODS.has(request.method) && !sameToken(request.cookies[CSRF_COOKIE], request.headers[CSRF_HEADER] as string | undefined)) {
      throw new DomainError('forbidden', 'csrf', 'errors.csrf');
    }
    // Checked before the body is validated: a visitor learns nothing about a private route's input.
    const access = request.routeOptions.config.access ?? 'user';
    if (access === 'user' && !request.ctx.actor && !request.is404) throw unauthenticated();
    if (session?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${request.method} ${request.routeOptions.url}`)) {
      throw new DomainError('forbidden', 'password_change_required', 'errors.passwordChangeRequired');
    }
  });
}
