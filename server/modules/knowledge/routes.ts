import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, responses } from '../../http/schemas.js';
import * as s from './schemas.js';
import type { KnowledgeService } from './service.js';

const tags = ['knowledge'];

export const knowledgeRoutes: FastifyPluginAsyncTypebox<{ knowledge: KnowledgeService }> = async (app, { knowledge }) => {
  app.addSchema(s.KnowledgeItem);
  app.addSchema(s.Revision);
  app.get(
    '/api/knowledge/:id',
    { config: { access: 'public' }, schema: { operationId: 'getKnowledgeItem', tags, description: 'A knowledge item (e.g. published meeting minutes) with its revision list, for those who may read its community.', params: IdParams, response: responses({ 200: Type.Ref('KnowledgeItem') }) } },
    (request) => knowledge.get(request.ctx, request.params.id),
  );
  app.get(
    '/api/knowledge/:id/revisions/:number',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getKnowledgeRevision',
        tags,
        description: 'One saved revision of a knowledge item, numbered from 1.',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), number: Type.Integer({ minimum: 1 }) }),
        response: responses({ 200: Type.Ref('KnowledgeRevision') }),
      },
    },
    (request) => knowledge.revision(request.ctx, request.params.id, request.params.number),
  );
};
