import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '../../db/connection.js';

export const systemRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'health',
        tags: ['system'],
        description: 'Liveness and database status, for load balancers and monitoring. 503 when the database does not answer.',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }),
          503: Type.Object({ status: Type.Literal('unavailable'), database: Type.String() }),
        },
      },
    },
    async (_request, reply) => {
      const ok = await database.ping();
      if (ok) return { status: 'ok' as const, database: database.kind };
      return reply.code(503).send({ status: 'unavailable' as const, database: database.kind });
    },
  );
};
