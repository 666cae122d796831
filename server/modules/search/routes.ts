import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { responses } from '../../http/schemas.js';
import * as s from './schemas.js';
import type { SearchService } from './service.js';

export const searchRoutes: FastifyPluginAsyncTypebox<{ search: SearchService }> = async (app, { search }) => {
  app.addSchema(s.SearchResult);
  app.get(
    '/api/search',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'search',
        tags: ['search'],
        description:
          'One search over communities, discussions, knowledge items, library documents (titles) and public call contributions, best matches first, with highlighted snippets. Only what the reader may see: public communities and their own (all for administrators), and contributions of calls that published them.',
        querystring: s.SearchQuery,
        response: responses({ 200: Type.Object({ items: Type.Array(Type.Ref('SearchResult')), nextCursor: Type.Union([Type.Null(), Type.String()]) }) }),
      },
    },
    (request) => search.search(request.ctx, request.query),
  );
};
