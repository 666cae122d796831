import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { disposition } from '../../http/download.js';
import { IdParams, responses } from '../../http/schemas.js';
import { uploadForm } from '../../http/upload.js';
import * as s from './schemas.js';
import type { LibraryService } from './service.js';

const tags = ['library'];
const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 100 }) });

export const libraryRoutes: FastifyPluginAsyncTypebox<{ library: LibraryService }> = async (app, { library }) => {
  for (const schema of [s.DocumentVersion, s.DocumentSummary, s.LibraryLimits, s.LibraryPage, s.LibraryDocument]) app.addSchema(schema);

  app.get(
    '/api/communities/:slug/documents',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listDocuments',
        tags,
        description: 'The community\'s document library, most recently changed first, optionally filtered by words of the title or description; with whether the viewer may upload and the library\'s limits. Private communities: members and administrators only (404 otherwise).',
        params: SlugParams,
        querystring: s.LibraryQuery,
        response: responses({ 200: Type.Ref('LibraryPage') }),
      },
    },
    (request) => library.list(request.ctx, request.params.slug, request.query),
  );

  app.post(
    '/api/communities/:slug/documents',
    {
      schema: {
        operationId: 'uploadDocument',
        tags,
        description:
          'Uploads a document (multipart/form-data: `file`, optional `title` — the file name without its extension when left out — and `description`). Current members of the community. The type is recognized from the bytes, never from the name or the declared type, and must be one the library takes, within its size limit (400 naming `file`). 409 `community_dissolved` for a dissolved community.',
        params: SlugParams,
        consumes: ['multipart/form-data'],
        response: responses({ 201: Type.Ref('LibraryDocument') }),
      },
    },
    async (request, reply) => {
      const { file, fields } = await uploadForm(request, ['title', 'description'] as const);
      return reply.code(201).send(await library.upload(request.ctx, request.params.slug, { file, ...fields }));
    },
  );

  app.get(
    '/api/documents/:id',
    {
      config: { access: 'public' },
      schema: { operationId: 'getDocument', tags, description: 'A document with all its versions and what the viewer may do with it; for the community\'s readers (404 otherwise).', params: IdParams, response: responses({ 200: Type.Ref('LibraryDocument') }) },
    },
    (request) => library.get(request.ctx, request.params.id),
  );

  app.patch(
    '/api/documents/:id',
    {
      schema: { operationId: 'updateDocument', tags, description: 'Changes the title or description (the uploader, the chair, facilitators, administrators).', params: IdParams, body: s.DocumentPatch, response: responses({ 200: Type.Ref('LibraryDocument') }) },
    },
    (request) => library.update(request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/api/documents/:id',
    {
      schema: { operationId: 'deleteDocument', tags, description: 'Deletes the document, every version and their files (the uploader, the chair, facilitators, administrators).', params: IdParams, response: responses({ 204: Type.Null() }) },
    },
    async (request, reply) => {
      await library.remove(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/documents/:id/versions',
    {
      schema: {
        operationId: 'addDocumentVersion',
        tags,
        description: 'Uploads a new version, which becomes the current one (multipart/form-data: `file` and an optional `note`). The uploader, the chair, facilitators, the secretary and administrators; the same type and size checks as a new document.',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: responses({ 201: Type.Ref('LibraryDocument') }),
      },
    },
    async (request, reply) => {
      const { file, fields } = await uploadForm(request, ['note'] as const);
      return reply.code(201).send(await library.addVersion(request.ctx, request.params.id, { file, ...fields }));
    },
  );

  app.get(
    '/api/documents/:id/download',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'downloadDocument',
        tags,
        description: 'The file of a version (the current one unless `version` is given) as an attachment, with the type recognized at upload; for the community\'s readers (404 otherwise).',
        params: IdParams,
        querystring: s.DownloadQuery,
      },
    },
    async (request, reply) => {
      const file = await library.download(request.ctx, request.params.id, request.query.version);
      return reply
        .type(file.type)
        .header('content-length', file.size)
        .header('content-disposition', disposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );
};
