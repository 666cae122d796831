import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Config } from '../../config.js';
import { t } from '../../i18n/index.js';
import { pageOf } from '../../http/pagination.js';
import { IdParams, Message, responses } from '../../http/schemas.js';
import { clearSessionCookie, ensureCsrfCookie, setSessionCookie } from '../../http/session-cookie.js';
import * as s from './schemas.js';
import type { AccountsService } from './service.js';

const tags = ['accounts'];

export const accountsRoutes: FastifyPluginAsyncTypebox<{ accounts: AccountsService; config: Config }> = async (app, { accounts, config }) => {
  for (const schema of [s.Me, s.PublicProfile, s.AdminUser]) app.addSchema(schema);

  app.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getSession',
        tags,
        description: 'The signed-in user (or null) and the CSRF token to send back on writes. Sets the CSRF cookie when missing.',
        response: responses({ 200: s.Session }),
      },
    },
    async (request, reply) => {
      const csrfToken = ensureCsrfCookie(request, reply, config);
      const user = request.ctx.actor ? await accounts.me(request.ctx) : null;
      return { user, csrfToken };
    },
  );

  app.post(
    '/api/auth/register',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'register',
        tags,
        description: 'Creates an account and mails a verification link. Answers the same for an email already registered (its owner is told by mail).',
        body: s.RegisterBody,
        response: responses({ 202: Message }),
      },
    },
    async (request, reply) => {
      await accounts.register(request.ctx, request.body);
      return reply.code(202).send({ message: t(request.locale, 'auth.checkEmail') });
    },
  );

  app.post(
    '/api/auth/verify-email',
    {
      config: { access: 'public' },
      schema: { operationId: 'verifyEmail', tags, description: 'Confirms an email address with the token from the mailed link.', body: s.TokenBody, response: responses({ 200: Message }) },
    },
    async (request) => {
      await accounts.verifyEmail(request.body.token);
      return { message: t(request.locale, 'auth.emailVerified') };
    },
  );

  app.post(
    '/api/auth/resend-verification',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'resendVerification',
        tags,
        description: 'Mails a new verification link to an unverified account. Same answer for any email.',
        body: s.EmailBody,
        response: responses({ 202: Message }),
      },
    },
    async (request, reply) => {
      await accounts.resendVerification(request.ctx, request.body.email);
      return reply.code(202).send({ message: t(request.locale, 'auth.checkEmail') });
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'signIn',
        tags,
        description: 'Signs in with email and password and sets the httpOnly session cookie. 401 for a wrong email or password (the same answer for both), 403 `email_not_verified` before verification.',
        body: s.SignInBody,
        response: responses({ 200: Type.Object({ user: Type.Ref('Me') }) }),
      },
    },
    async (request, reply) => {
      const { token, user } = await accounts.signIn(request.ctx, request.body);
      setSessionCookie(reply, config, token);
      return { user };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'public' },
      schema: { operationId: 'signOut', tags, description: 'Ends this session and clears its cookie.', response: responses({ 204: Type.Null() }) },
    },
    async (request, reply) => {
      await accounts.signOut(request.ctx);
      clearSessionCookie(reply, config);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'requestPasswordReset',
        tags,
        description: 'Mails a password-reset link valid for one hour. Same answer whether or not the email is registered.',
        body: s.EmailBody,
        response: responses({ 202: Message }),
      },
    },
    async (request, reply) => {
      await accounts.requestPasswordReset(request.ctx, request.body.email);
      return reply.code(202).send({ message: t(request.locale, 'auth.resetSent') });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'confirmPasswordReset',
        tags,
        description: 'Sets a new password with a reset token (each link works once) and signs the account out everywhere.',
        body: s.ResetConfirmBody,
        response: responses({ 200: Message }),
      },
    },
    async (request) => {
      await accounts.confirmPasswordReset(request.body);
      return { message: t(request.locale, 'auth.passwordReset') };
    },
  );

  app.post(
    '/api/me/password',
    {
      schema: {
        operationId: 'changePassword',
        tags,
        description: 'Changes the password; other sessions are signed out, this one stays.',
        body: s.ChangePasswordBody,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await accounts.changePassword(request.ctx, request.body);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/me',
    { schema: { operationId: 'getMe', tags, description: 'The signed-in user\'s account and profile.', response: responses({ 200: Type.Ref('Me') }) } },
    (request) => accounts.me(request.ctx),
  );

  app.patch(
    '/api/me/profile',
    {
      schema: {
        operationId: 'updateProfile',
        tags,
        description: 'Updates any of the profile fields, their visibility and the interface language.',
        body: s.ProfileBody,
        response: responses({ 200: Type.Ref('Me') }),
      },
    },
    (request) => accounts.updateProfile(request.ctx, request.body),
  );

  app.get(
    '/api/users',
    {
      schema: {
        operationId: 'searchPeople',
        tags,
        description: 'Finds verified users by name (at least two letters; Persian/Arabic letter variants match), to propose or invite them. At most 20, by name.',
        querystring: Type.Object({ q: Type.String({ maxLength: 120 }) }),
        response: responses({ 200: Type.Object({ items: Type.Array(Type.Ref('PublicProfile')) }) }),
      },
    },
    async (request) => ({ items: await accounts.directory(request.ctx, request.query.q) }),
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getProfile',
        tags,
        description: 'A user\'s profile with only the fields the viewer may see.',
        params: IdParams,
        response: responses({ 200: Type.Ref('PublicProfile') }),
      },
    },
    (request) => accounts.profile(request.ctx, request.params.id),
  );

  app.get(
    '/api/admin/users',
    {
      schema: {
        operationId: 'listUsers',
        tags: ['admin'],
        description: 'All accounts, newest first, for administrators.',
        querystring: s.UsersQuery,
        response: responses({ 200: pageOf(Type.Ref('AdminUser')) }),
      },
    },
    (request) => accounts.listUsers(request.ctx, request.query),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        operationId: 'setUserRole',
        tags: ['admin'],
        description: 'Makes a user an administrator or takes the role away (never from the last administrator).',
        params: IdParams,
        body: s.RoleBody,
        response: responses({ 200: Type.Ref('AdminUser') }),
      },
    },
    (request) => accounts.setRole(request.ctx, request.params.id, request.body.role),
  );
};
