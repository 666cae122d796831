import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { disposition } from '../../http/download.js';
import { uploadForm } from '../../http/upload.js';
import { IdParams, responses, StringEnum } from '../../http/schemas.js';
import * as s from './schemas.js';
import type { CallsService } from './service.js';

const tags = ['calls'];

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100, description: 'The same key from the same person makes one contribution, however often it is sent' })),
});

export const callsRoutes: FastifyPluginAsyncTypebox<{ calls: CallsService }> = async (app, { calls }) => {
  for (const schema of [s.Attachment, s.Call, s.CallSummary, s.Contribution, s.Statistics]) app.addSchema(schema);

  app.get(
    '/api/calls',
    {
      config: { access: 'public' },
      schema: { operationId: 'listCalls', tags, description: 'Calls open now (default), upcoming, closed; or, for call managers, the ones they run.', querystring: s.CallsQuery, response: responses({ 200: pageOf(Type.Ref('CallSummary')) }) },
    },
    (request) => calls.listCalls(request.ctx, request.query),
  );

  app.post(
    '/api/calls',
    {
      schema: { operationId: 'createCall', tags, description: 'Creates a call as a draft (administrators and call managers).', body: s.CallInput, response: responses({ 201: Type.Ref('Call') }) },
    },
    async (request, reply) => reply.code(201).send(await calls.createCall(request.ctx, request.body)),
  );

  app.get(
    '/api/calls/:id',
    {
      config: { access: 'public' },
      schema: { operationId: 'getCall', tags, description: 'A call with its domains, audience groups and submitted counts per domain. Drafts only for their managers.', params: IdParams, response: responses({ 200: Type.Ref('Call') }) },
    },
    (request) => calls.getCall(request.ctx, request.params.id),
  );

  app.patch(
    '/api/calls/:id',
    {
      schema: { operationId: 'updateCall', tags, description: 'Edits a call until it closes; new times move its automatic opening and closing.', params: IdParams, body: s.CallPatch, response: responses({ 200: Type.Ref('Call') }) },
    },
    (request) => calls.updateCall(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/calls/:id/publish',
    {
      schema: { operationId: 'publishCall', tags, description: 'Publishes a draft: scheduled, then open and closed by itself at its times.', params: IdParams, response: responses({ 200: Type.Ref('Call') }) },
    },
    (request) => calls.publishCall(request.ctx, request.params.id),
  );

  app.post(
    '/api/calls/:id/state',
    {
      schema: {
        operationId: 'setCallState',
        tags,
        description: 'Moves a closed call on by hand: closed → under review → results published.',
        params: IdParams,
        body: Type.Object({ state: StringEnum(['under_review', 'results_published'] as const) }, { additionalProperties: false }),
        response: responses({ 200: Type.Ref('Call') }),
      },
    },
    (request) => calls.setCallState(request.ctx, request.params.id, request.body.state),
  );

  app.put(
    '/api/admin/call-managers/:id',
    { schema: { operationId: 'grantCallManager', tags: ['admin', ...tags], description: 'Lets a user create and run calls.', params: IdParams, response: responses({ 204: Type.Null() }) } },
    async (request, reply) => {
      await calls.grantManager(request.ctx, request.params.id, true);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/admin/call-managers/:id',
    { schema: { operationId: 'revokeCallManager', tags: ['admin', ...tags], description: 'Takes the call-manager grant away.', params: IdParams, response: responses({ 204: Type.Null() }) } },
    async (request, reply) => {
      await calls.grantManager(request.ctx, request.params.id, false);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/calls/:id/contributions',
    {
      schema: {
        operationId: 'contribute',
        tags,
        description:
          'Writes a contribution (a draft, or submitted with `submit: true`; a receipt with a tracking code is mailed). Only while the call is open, to the second: 409 `call_closed` after. 201 when created; 200 with the first one for a repeated idempotency key.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: s.ContributionInput,
        response: responses({ 200: Type.Ref('Contribution'), 201: Type.Ref('Contribution') }),
      },
    },
    async (request, reply) => {
      const { created, contribution } = await calls.contribute(request.ctx, request.params.id, request.body, request.headers['idempotency-key'] ?? null);
      return reply.code(created ? 201 : 200).send(contribution);
    },
  );

  app.get(
    '/api/calls/:id/contributions',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listCallContributions',
        tags,
        description: 'For the call\'s managers: every contribution, filtered and searchable, with authors. For everyone: the submitted ones after closing when the call makes them public.',
        params: IdParams,
        querystring: s.ContributionsQuery,
        response: responses({ 200: pageOf(Type.Ref('Contribution')) }),
      },
    },
    (request) => calls.callContributions(request.ctx, request.params.id, request.query),
  );

  app.get(
    '/api/calls/:id/statistics',
    {
      schema: { operationId: 'callStatistics', tags, description: 'Submitted contributions per domain (Table 1 of the source), per audience group and per day.', params: IdParams, response: responses({ 200: Type.Ref('CallStatistics') }) },
    },
    (request) => calls.statistics(request.ctx, request.params.id),
  );

  app.post(
    '/api/contributions/:id/attachments',
    {
      schema: {
        operationId: 'attachToContribution',
        tags,
        description:
          'Uploads one file (multipart/form-data, field `file`) to the author\'s contribution while the call is open. Its type is sniffed from the bytes and must be one the call allows, within its size and count limits.',
        params: s.ContributionParams,
        consumes: ['multipart/form-data'],
        response: responses({ 201: Type.Ref('Attachment') }),
      },
    },
    async (request, reply) => reply.code(201).send(await calls.attach(request.ctx, request.params.id, (await uploadForm(request)).file)),
  );

  app.delete(
    '/api/contributions/:id/attachments/:attachmentId',
    {
      schema: { operationId: 'detachFromContribution', tags, description: 'Removes an attachment while the call is open.', params: s.AttachmentParams, response: responses({ 204: Type.Null() }) },
    },
    async (request, reply) => {
      await calls.detach(request.ctx, request.params.id, request.params.attachmentId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/attachments/:id',
    {
      config: { access: 'public' },
      schema: { operationId: 'downloadAttachment', tags, description: 'Downloads an attachment (its author, the call\'s managers, or anyone once the contribution is public).', params: IdParams },
    },
    async (request, reply) => {
      const file = await calls.download(request.ctx, request.params.id);
      return reply.type(file.type).header('content-length', file.size).header('content-disposition', disposition(file.name)).header('x-content-type-options', 'nosniff').send(file.stream);
    },
  );

  app.post(
    '/api/calls/:id/cover',
    {
      schema: { operationId: 'setCallCover', tags, description: 'Uploads the cover image (PNG, JPEG or WebP, at most 5 MB; multipart field `file`).', params: IdParams, consumes: ['multipart/form-data'], response: responses({ 200: Type.Ref('Call') }) },
    },
    async (request) => calls.setCover(request.ctx, request.params.id, (await uploadForm(request)).file),
  );

  app.get(
    '/api/calls/:id/cover',
    { config: { access: 'public' }, schema: { operationId: 'getCallCover', tags, description: 'The cover image.', params: IdParams } },
    async (request, reply) => {
      const cover = await calls.cover(request.ctx, request.params.id);
      return reply.type(cover.type).header('cache-control', 'public, max-age=300').send(cover.stream);
    },
  );

  app.get(
    '/api/calls/:id/contributions/export',
    {
      schema: {
        operationId: 'exportContributions',
        tags,
        description: 'The call\'s contributions as CSV (UTF-8 with BOM) or XLSX, with the list\'s filters; who wrote each is included for those allowed to know.',
        params: IdParams,
        querystring: s.ExportQuery,
      },
    },
    async (request, reply) => {
      const file = await calls.export(request.ctx, request.params.id, request.query);
      return reply.type(file.type).header('content-disposition', disposition(`contributions-${request.params.id.slice(0, 8)}.${file.ext}`)).send(file.body);
    },
  );

  app.get(
    '/api/me/contributions',
    { schema: { operationId: 'myContributions', tags, description: 'The signed-in user\'s contributions, newest first.', querystring: PageQuery, response: responses({ 200: pageOf(Type.Ref('Contribution')) }) } },
    (request) => calls.myContributions(request.ctx, request.query),
  );

  app.get(
    '/api/me/audience-group',
    {
      schema: {
        operationId: 'myAudienceGroup',
        tags,
        description: 'The audience group the user chose last, to offer again.',
        response: responses({ 200: Type.Object({ audienceGroup: Type.Union([Type.String(), Type.Null()]) }) }),
      },
    },
    async (request) => ({ audienceGroup: await calls.lastAudienceGroup(request.ctx) }),
  );

  app.get(
    '/api/contributions/:id',
    { schema: { operationId: 'getContribution', tags, description: 'A contribution, for its author and the call\'s managers.', params: s.ContributionParams, response: responses({ 200: Type.Ref('Contribution') }) } },
    (request) => calls.getContribution(request.ctx, request.params.id),
  );

  app.patch(
    '/api/contributions/:id',
    {
      schema: {
        operationId: 'updateContribution',
        tags,
        description: 'The author edits a contribution while the call is open (409 `call_closed` after).',
        params: s.ContributionParams,
        body: s.ContributionPatch,
        response: responses({ 200: Type.Ref('Contribution') }),
      },
    },
    (request) => calls.changeContribution(request.ctx, request.params.id, { patch: request.body }),
  );

  for (const [verb, state] of [
    ['submit', 'submitted'],
    ['withdraw', 'withdrawn'],
  ] as const) {
    app.post(
      `/api/contributions/:id/${verb}`,
      {
        schema: {
          operationId: `${verb}Contribution`,
          tags,
          description: `The author ${verb === 'submit' ? 'submits a draft (a receipt is mailed)' : 'withdraws a contribution'} while the call is open.`,
          params: s.ContributionParams,
          response: responses({ 200: Type.Ref('Contribution') }),
        },
      },
      (request) => calls.changeContribution(request.ctx, request.params.id, { state }),
    );
  }
};
