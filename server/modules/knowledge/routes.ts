import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, responses } from '../../http/schemas.js';
import * as s from './schemas.js';
import type { KnowledgeService } from './service.js';

const tags = ['knowledge'];
const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 100 }) });

export const knowledgeRoutes: FastifyPluginAsyncTypebox<{ knowledge: KnowledgeService }> = async (app, { knowledge }) => {
  for (const schema of [s.KnowledgeItem, s.Revision, s.KnowledgeList, s.KnowledgeTags, s.RatingResult]) app.addSchema(schema);

  // --- A community's knowledge base.
  app.get(
    '/api/communities/:slug/knowledge',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listKnowledge',
        tags,
        description: 'The community\'s knowledge items without their text (enough for the page tree by `parentId`), optionally of one kind, with a tag, or matching words of the title or tags; and whether the reader may write pages. 404 to those who may not read the community.',
        params: SlugParams,
        querystring: s.KnowledgeQuery,
        response: responses({ 200: Type.Ref('KnowledgeList') }),
      },
    },
    (request) => knowledge.list(request.ctx, request.params.slug, request.query),
  );
  app.get(
    '/api/communities/:slug/knowledge/tags',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listKnowledgeTags',
        tags,
        description: 'The tags of the community\'s knowledge items with how many items carry each, most used first.',
        params: SlugParams,
        response: responses({ 200: Type.Ref('KnowledgeTags') }),
      },
    },
    (request) => knowledge.tags(request.ctx, request.params.slug),
  );
  app.post(
    '/api/communities/:slug/knowledge',
    {
      schema: {
        operationId: 'createKnowledgeItem',
        tags,
        description: 'A current member writes a page, case study, lesson learned or best practice (revision 1). 409 community_dissolved in a dissolved community.',
        params: SlugParams,
        body: s.CreateInput,
        response: responses({ 201: Type.Ref('KnowledgeItem') }),
      },
    },
    async (request, reply) => reply.code(201).send(await knowledge.create(request.ctx, request.params.slug, request.body)),
  );

  // --- One item.
  app.get(
    '/api/knowledge/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getKnowledgeItem',
        tags,
        description: 'A knowledge item with its place in the hierarchy (ancestors, children), its revision list, its rating and what the reader may do, for those who may read its community.',
        params: IdParams,
        response: responses({ 200: Type.Ref('KnowledgeItem') }),
      },
    },
    (request) => knowledge.get(request.ctx, request.params.id),
  );
  app.put(
    '/api/knowledge/:id',
    {
      schema: {
        operationId: 'updateKnowledgeItem',
        tags,
        description:
          'A current member saves an edit begun on `baseRevision`: a new numbered revision when the title or text changed (kind, tags and parent change in place; nothing changed saves nothing). Someone saved since: 409 `edit_conflict` with their version in `current` {revision, title, body, author, createdAt}, nothing saved. Meeting minutes: 409 `minutes_from_meeting` (edited from their meeting).',
        params: IdParams,
        body: s.UpdateInput,
        response: responses({ 200: Type.Ref('KnowledgeItem') }),
      },
    },
    (request) => knowledge.update(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/knowledge/:id/revert',
    {
      schema: {
        operationId: 'revertKnowledgeItem',
        tags,
        description: 'Brings back an older revision\'s title and text as a new revision, with the same edit-conflict rule as saving.',
        params: IdParams,
        body: s.RevertInput,
        response: responses({ 200: Type.Ref('KnowledgeItem') }),
      },
    },
    (request) => knowledge.revert(request.ctx, request.params.id, request.body),
  );
  app.put(
    '/api/knowledge/:id/rating',
    {
      schema: {
        operationId: 'rateKnowledgeItem',
        tags,
        description: 'A current member rates the item\'s usefulness from 1 to 5 stars; rating again replaces their rating.',
        params: IdParams,
        body: s.RatingInput,
        response: responses({ 200: Type.Ref('KnowledgeRating') }),
      },
    },
    (request) => knowledge.rate(request.ctx, request.params.id, request.body.stars),
  );
  app.get(
    '/api/knowledge/:id/revisions/:number',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getKnowledgeRevision',
        tags,
        description: 'One saved revision of a knowledge item, numbered from 1, with its full text (two of them make a diff).',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), number: Type.Integer({ minimum: 1 }) }),
        response: responses({ 200: Type.Ref('KnowledgeRevision') }),
      },
    },
    (request) => knowledge.revision(request.ctx, request.params.id, request.params.number),
  );
};
