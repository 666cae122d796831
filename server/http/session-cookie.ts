import type { FastifyReply } from 'fastify';
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

/** The double-submit CSRF cookie: readable by the page, which echoes it in a header on writes. */
export function setCsrfCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'strict', secure: secure(config), path: '/' });
}
