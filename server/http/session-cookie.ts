import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export const SESSION_COOKIE = 'majma_session';
export const CSRF_COOKIE = 'majma_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const secure = (config: Config) => config.publicUrl.startsWith('https://');

export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(config),
    path: '/',
    maxAge: config.sessionDays * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(config) });
}

/**
 * The double-submit CSRF token: kept in a cookie the page can read, echoed in a header on
 * writes. Returns the visitor's token, setting a new cookie when there is none yet.
 */
export function ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply, config: Config): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing) return existing;
  const token = randomBytes(32).toString('base64url');
  reply.setCookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'strict', secure: secure(config), path: '/' });
  return token;
}
