import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, responses } from '../../http/schemas.js';
import * as s from './schemas.js';
import type { DiscussionsService } from './service.js';

const tags = ['discussions'];
const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 100 }) });
const NoContent = responses({ 204: Type.Null() });

export const discussionsRoutes: FastifyPluginAsyncTypebox<{ discussions: DiscussionsService }> = async (app, { discussions }) => {
  for (const schema of [s.ThreadSummary, s.ThreadList, s.Post, s.Thread, s.PostRevision, s.Report]) app.addSchema(schema);

  // --- A community's threads.
  app.get(
    '/api/communities/:slug/discussions',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listDiscussions',
        tags,
        description: 'The community\'s threads: pinned first, then the most recently active. Unread counts and following for signed-in readers. 404 when its content is not open to the viewer.',
        params: SlugParams,
        querystring: s.ListQuery,
        response: responses({ 200: Type.Ref('DiscussionThreadList') }),
      },
    },
    (request) => discussions.list(request.ctx, request.params.slug, request.query),
  );
  app.post(
    '/api/communities/:slug/discussions',
    {
      schema: {
        operationId: 'startDiscussion',
        tags,
        description: 'Starts a thread (current members of any role); its text is post number 1. The author follows it; people mentioned are mailed. 409 `community_dissolved` in a dissolved community.',
        params: SlugParams,
        body: s.ThreadInput,
        response: responses({ 201: Type.Ref('DiscussionThread') }),
      },
    },
    async (request, reply) => reply.code(201).send(await discussions.start(request.ctx, request.params.slug, request.body)),
  );
  app.get(
    '/api/communities/:slug/discussion-reports',
    {
      schema: {
        operationId: 'listDiscussionReports',
        tags,
        description: 'Reported posts of the community, newest first (moderators: chair, facilitators, administrators).',
        params: SlugParams,
        querystring: s.ReportsQuery,
        response: responses({ 200: Type.Array(Type.Ref('DiscussionReport')) }),
      },
    },
    (request) => discussions.reports(request.ctx, request.params.slug, request.query),
  );

  // --- One thread.
  app.get(
    '/api/discussions/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getDiscussion',
        tags,
        description: 'A thread and a page of its posts from post number `from`, with what the viewer may do. Reading it does not move the reader\'s place (PUT …/read does).',
        params: IdParams,
        querystring: s.ThreadQuery,
        response: responses({ 200: Type.Ref('DiscussionThread') }),
      },
    },
    (request) => discussions.get(request.ctx, request.params.id, request.query),
  );
  app.patch(
    '/api/discussions/:id',
    {
      schema: {
        operationId: 'updateDiscussion',
        tags,
        description: 'Renames (the author or moderators), pins or locks (moderators) a thread. Answers with its first page.',
        params: IdParams,
        body: s.ThreadPatch,
        response: responses({ 200: Type.Ref('DiscussionThread') }),
      },
    },
    (request) => discussions.update(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/discussions/:id/posts',
    {
      schema: {
        operationId: 'replyToDiscussion',
        tags,
        description: 'Adds a post (current members), optionally quoting one of the thread. The poster follows the thread; followers and people mentioned are mailed. 409 `thread_locked` when locked.',
        params: IdParams,
        body: s.PostInput,
        response: responses({ 201: Type.Ref('DiscussionPost') }),
      },
    },
    async (request, reply) => reply.code(201).send(await discussions.reply(request.ctx, request.params.id, request.body)),
  );
  app.put(
    '/api/discussions/:id/follow',
    { schema: { operationId: 'followDiscussion', tags, description: 'Follows the thread: mailed about new posts.', params: IdParams, response: NoContent } },
    async (request, reply) => {
      await discussions.follow(request.ctx, request.params.id, true);
      return reply.code(204).send();
    },
  );
  app.delete(
    '/api/discussions/:id/follow',
    { schema: { operationId: 'unfollowDiscussion', tags, description: 'Stops following the thread.', params: IdParams, response: NoContent } },
    async (request, reply) => {
      await discussions.follow(request.ctx, request.params.id, false);
      return reply.code(204).send();
    },
  );
  app.put(
    '/api/discussions/:id/read',
    {
      schema: {
        operationId: 'markDiscussionRead',
        tags,
        description: 'Records that the reader has read up to post `number`; the place never moves back. Allowed in a dissolved community too.',
        params: IdParams,
        body: s.ReadInput,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await discussions.markRead(request.ctx, request.params.id, request.body.number);
      return reply.code(204).send();
    },
  );

  // --- One post.
  app.patch(
    '/api/posts/:id',
    {
      schema: {
        operationId: 'editDiscussionPost',
        tags,
        description: 'Edits one\'s own post; the earlier text is kept (GET …/revisions) and the post shows as edited. Newly mentioned people are mailed.',
        params: IdParams,
        body: s.PostPatch,
        response: responses({ 200: Type.Ref('DiscussionPost') }),
      },
    },
    (request) => discussions.editPost(request.ctx, request.params.id, request.body.body),
  );
  app.get(
    '/api/posts/:id/revisions',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listDiscussionPostRevisions',
        tags,
        description: 'The earlier texts of an edited post, oldest first (the current text is the post\'s). Empty for a deleted post, except to moderators.',
        params: IdParams,
        response: responses({ 200: Type.Array(Type.Ref('DiscussionPostRevision')) }),
      },
    },
    (request) => discussions.revisions(request.ctx, request.params.id),
  );
  app.delete(
    '/api/posts/:id',
    {
      schema: {
        operationId: 'deleteDiscussionPost',
        tags,
        description: 'Deletes a post (its author or a moderator). It stays in the thread as a "deleted" mark; its text leaves the thread view and search.',
        params: IdParams,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await discussions.deletePost(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/posts/:id/reports',
    {
      schema: {
        operationId: 'reportDiscussionPost',
        tags,
        description: 'Reports a post to the community\'s chair and facilitators (mailed). Once per person and post: 409 `already_reported`.',
        params: IdParams,
        body: s.ReportInput,
        response: responses({ 201: s.Created }),
      },
    },
    async (request, reply) => reply.code(201).send(await discussions.report(request.ctx, request.params.id, request.body.reason)),
  );
  app.post(
    '/api/discussion-reports/:id/resolve',
    { schema: { operationId: 'resolveDiscussionReport', tags, description: 'Marks a report as dealt with (moderators).', params: IdParams, response: NoContent } },
    async (request, reply) => {
      await discussions.resolveReport(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );
};
