import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PageQuery, pageOf } from '../../http/pagination.js';
import { IdParams, responses } from '../../http/schemas.js';
import type { NotificationsService } from './service.js';

const MailSummary = Type.Object({ id: Type.String(), to: Type.String(), subject: Type.String(), createdAt: Type.String({ format: 'date-time' }) });

export const notificationsRoutes: FastifyPluginAsyncTypebox<{ notifications: NotificationsService }> = async (app, { notifications }) => {
  app.get(
    '/api/admin/mailbox',
    {
      schema: {
        operationId: 'listDevMails',
        tags: ['admin'],
        description: 'The dev mailbox: mails the app sent while no SMTP server was configured, newest first. Administrators only.',
        querystring: PageQuery,
        response: responses({ 200: pageOf(MailSummary) }),
      },
    },
    (request) => notifications.listMailbox(request.ctx, request.query),
  );

  app.get(
    '/api/admin/mailbox/:id',
    {
      schema: {
        operationId: 'getDevMail',
        tags: ['admin'],
        description: 'One mail of the dev mailbox, with its plain-text body.',
        params: IdParams,
        response: responses({ 200: Type.Object({ ...MailSummary.properties, text: Type.String() }) }),
      },
    },
    (request) => notifications.readMail(request.ctx, request.params.id),
  );
};
