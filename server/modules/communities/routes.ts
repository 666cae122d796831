import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { IdParams, responses } from '../../http/schemas.js';
import * as s from './schemas.js';
import type { CommunitiesService } from './service.js';

const requestTags = ['formation requests'];
const tags = ['communities'];
const Done = { 204: Type.Null() };

export const communitiesRoutes: FastifyPluginAsyncTypebox<{ communities: CommunitiesService }> = async (app, { communities }) => {
  for (const schema of [s.FormationRequest, s.FormationRequestSummary, s.CommunitySummary, s.Community, s.Member, s.JoinRequest, s.Invitation, s.CommunityEvent]) {
    app.addSchema(schema);
  }

  // ---- Formation requests: the applicant's side ----

  app.get(
    '/api/formation-requests',
    {
      schema: {
        operationId: 'listMyFormationRequests',
        tags: requestTags,
        description: 'The signed-in user\'s own formation requests, drafts included, newest first.',
        querystring: PageQuery,
        response: responses({ 200: pageOf(Type.Ref('FormationRequestSummary')) }),
      },
    },
    (request) => communities.listOwnRequests(request.ctx, request.query),
  );

  app.post(
    '/api/formation-requests',
    {
      schema: {
        operationId: 'createFormationRequest',
        tags: requestTags,
        description: 'Starts a draft. Section A (applicant details) is prefilled from the profile. Any field may be left empty until submission.',
        body: s.FormationRequestInput,
        response: responses({ 201: Type.Ref('FormationRequest') }),
      },
    },
    async (request, reply) => reply.code(201).send(await communities.createRequest(request.ctx, request.body)),
  );

  app.get(
    '/api/formation-requests/:id',
    {
      schema: {
        operationId: 'getFormationRequest',
        tags: requestTags,
        description: 'A request with its history and what still stops submission; for its applicant and administrators.',
        params: IdParams,
        response: responses({ 200: Type.Ref('FormationRequest') }),
      },
    },
    (request) => communities.getRequest(request.ctx, request.params.id),
  );

  app.patch(
    '/api/formation-requests/:id',
    {
      schema: {
        operationId: 'updateFormationRequest',
        tags: requestTags,
        description: 'Saves fields of a draft (or of a request sent back for changes); fields not sent are kept. 409 in any other state.',
        params: IdParams,
        body: s.FormationRequestInput,
        response: responses({ 200: Type.Ref('FormationRequest') }),
      },
    },
    (request) => communities.updateRequest(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/formation-requests/:id/submit',
    {
      schema: {
        operationId: 'submitFormationRequest',
        tags: requestTags,
        description: 'Sends the request for review (again, after changes were asked). 400 `request_incomplete` names every missing field, including a founding core outside 3–5 people.',
        params: IdParams,
        response: responses({ 200: Type.Ref('FormationRequest') }),
      },
    },
    (request) => communities.submitRequest(request.ctx, request.params.id),
  );

  app.post(
    '/api/formation-requests/:id/withdraw',
    {
      schema: {
        operationId: 'withdrawFormationRequest',
        tags: requestTags,
        description: 'The applicant withdraws a request that has not been decided.',
        params: IdParams,
        response: responses({ 200: Type.Ref('FormationRequest') }),
      },
    },
    (request) => communities.withdrawRequest(request.ctx, request.params.id),
  );

  // ---- Formation requests: the administrators' review ----

  app.get(
    '/api/admin/formation-requests',
    {
      schema: {
        operationId: 'formationRequestQueue',
        tags: ['admin', ...requestTags],
        description: 'The review queue: submitted requests by default, or those in another state. Drafts are never listed.',
        querystring: s.RequestQueueQuery,
        response: responses({ 200: pageOf(Type.Ref('FormationRequestSummary')) }),
      },
    },
    (request) => communities.reviewQueue(request.ctx, request.query),
  );

  app.post(
    '/api/admin/formation-requests/:id/approve',
    {
      schema: {
        operationId: 'approveFormationRequest',
        tags: ['admin', ...requestTags],
        description:
          'Approves a submitted request and creates the community: the applicant becomes chair, the proposed core members are invited by mail. 409 `request_already_decided` for a second approval.',
        params: IdParams,
        body: s.ApproveBody,
        response: responses({ 200: Type.Ref('FormationRequest') }),
      },
    },
    (request) => communities.approveRequest(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/admin/formation-requests/:id/request-changes',
    {
      schema: {
        operationId: 'requestFormationChanges',
        tags: ['admin', ...requestTags],
        description: 'Sends a submitted request back to the applicant with a comment; they edit and submit again.',
        params: IdParams,
        body: s.CommentBody,
        response: responses({ 200: Type.Ref('FormationRequest') }),
      },
    },
    (request) => communities.requestRequestChanges(request.ctx, request.params.id, request.body.comment),
  );

  app.post(
    '/api/admin/formation-requests/:id/reject',
    {
      schema: {
        operationId: 'rejectFormationRequest',
        tags: ['admin', ...requestTags],
        description: 'Rejects a submitted request with a reason, mailed to the applicant.',
        params: IdParams,
        body: s.ReasonBody,
        response: responses({ 200: Type.Ref('FormationRequest') }),
      },
    },
    (request) => communities.rejectRequest(request.ctx, request.params.id, request.body.reason),
  );

  // ---- Communities ----

  app.get(
    '/api/communities',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listCommunities',
        tags,
        description:
          'The directory, newest first: active and at-risk communities unless a state is asked for. Private communities appear only to their members and administrators.',
        querystring: s.CommunitiesQuery,
        response: responses({ 200: pageOf(Type.Ref('CommunitySummary')) }),
      },
    },
    (request) => communities.list(request.ctx, request.query),
  );

  app.get(
    '/api/communities/:slug',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getCommunity',
        tags,
        description: 'A community\'s profile, leaders, member count and what the viewer may do. 404 for a private community the viewer does not belong to.',
        params: s.SlugParams,
        response: responses({ 200: Type.Ref('Community') }),
      },
    },
    (request) => communities.get(request.ctx, request.params.slug),
  );

  app.patch(
    '/api/communities/:slug',
    {
      schema: {
        operationId: 'updateCommunity',
        tags,
        description: 'Edits the profile (chair or administrator).',
        params: s.SlugParams,
        body: s.CommunityPatch,
        response: responses({ 200: Type.Ref('Community') }),
      },
    },
    (request) => communities.update(request.ctx, request.params.slug, request.body),
  );

  app.post(
    '/api/communities/:slug/state',
    {
      schema: {
        operationId: 'setCommunityState',
        tags: ['admin', ...tags],
        description: 'Lifecycle (administrators): active ⇄ at risk, either → dissolved, dissolved → active (reactivation). The reason is kept in the history.',
        params: s.SlugParams,
        body: s.StateBody,
        response: responses({ 200: Type.Ref('Community') }),
      },
    },
    (request) => communities.setState(request.ctx, request.params.slug, request.body),
  );

  app.get(
    '/api/communities/:slug/history',
    {
      schema: {
        operationId: 'communityHistory',
        tags,
        description: 'Lifecycle and membership changes, newest first (leaders and administrators).',
        params: s.SlugParams,
        querystring: PageQuery,
        response: responses({ 200: pageOf(Type.Ref('CommunityEvent')) }),
      },
    },
    (request) => communities.history(request.ctx, request.params.slug, request.query),
  );

  app.get(
    '/api/communities/:slug/members',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listMembers',
        tags,
        description: 'Current members with their roles, newest first; guest experts whose access ended are not listed.',
        params: s.SlugParams,
        querystring: s.MembersQuery,
        response: responses({ 200: pageOf(Type.Ref('Member')) }),
      },
    },
    (request) => communities.members(request.ctx, request.params.slug, request.query),
  );

  app.post(
    '/api/communities/:slug/join',
    {
      schema: {
        operationId: 'joinCommunity',
        tags,
        description: 'Joins an open community at once (`active`), or asks to join one that takes requests (`requested`). 403 for invitation-only communities.',
        params: s.SlugParams,
        body: s.JoinBody,
        response: responses({ 200: s.JoinResult }),
      },
    },
    (request) => communities.join(request.ctx, request.params.slug, request.body.note),
  );

  app.post(
    '/api/communities/:slug/leave',
    {
      schema: {
        operationId: 'leaveCommunity',
        tags,
        description: 'Leaves the community. The chair hands the chair over first (409 `chair_required`).',
        params: s.SlugParams,
        response: responses(Done),
      },
    },
    async (request, reply) => {
      await communities.leave(request.ctx, request.params.slug);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/communities/:slug/join-requests',
    {
      schema: {
        operationId: 'listJoinRequests',
        tags,
        description: 'Waiting join requests (chair, facilitators, administrators).',
        params: s.SlugParams,
        response: responses({ 200: Type.Object({ items: Type.Array(Type.Ref('JoinRequest')) }) }),
      },
    },
    (request) => communities.joinRequests(request.ctx, request.params.slug),
  );

  for (const [verb, accept] of [
    ['approve', true],
    ['decline', false],
  ] as const) {
    app.post(
      `/api/communities/:slug/join-requests/:userId/${verb}`,
      {
        schema: {
          operationId: `${verb}JoinRequest`,
          tags,
          description: `${accept ? 'Accepts' : 'Declines'} a join request; the person is told by mail.`,
          params: s.MemberParams,
          response: responses(Done),
        },
      },
      async (request, reply) => {
        await communities.answerJoinRequest(request.ctx, request.params.slug, request.params.userId, accept);
        return reply.code(204).send();
      },
    );
  }

  app.patch(
    '/api/communities/:slug/members/:userId',
    {
      schema: {
        operationId: 'changeMemberRole',
        tags,
        description:
          'Changes a member\'s role (chair or administrator). `chair` hands the chair over in one transaction; the outgoing chair takes `previousChairRole`. A guest expert needs `accessEndsAt`.',
        params: s.MemberParams,
        body: s.RoleChangeBody,
        response: responses(Done),
      },
    },
    async (request, reply) => {
      await communities.changeRole(request.ctx, request.params.slug, request.params.userId, request.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/communities/:slug/members/:userId/remove',
    {
      schema: {
        operationId: 'removeMember',
        tags,
        description: 'Removes a member with a reason, mailed to them (chair, facilitators for non-leaders, administrators). Nobody removes the chair.',
        params: s.MemberParams,
        body: s.ReasonBody,
        response: responses(Done),
      },
    },
    async (request, reply) => {
      await communities.removeMember(request.ctx, request.params.slug, request.params.userId, request.body.reason);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/communities/:slug/invitations',
    {
      schema: {
        operationId: 'inviteToCommunity',
        tags,
        description: 'Invites a user picked from the directory (`userId`) or anyone by `email`; the invitation is mailed with a link valid 14 days.',
        params: s.SlugParams,
        body: s.InviteBody,
        response: responses({ 201: Type.Ref('Invitation') }),
      },
    },
    async (request, reply) => reply.code(201).send(await communities.invite(request.ctx, request.params.slug, request.body)),
  );

  app.get(
    '/api/communities/:slug/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags,
        description: 'Pending invitations (chair, facilitators, administrators).',
        params: s.SlugParams,
        response: responses({ 200: Type.Object({ items: Type.Array(Type.Ref('Invitation')) }) }),
      },
    },
    (request) => communities.pendingInvitations(request.ctx, request.params.slug),
  );

  app.post(
    '/api/communities/:slug/invitations/:id/revoke',
    {
      schema: { operationId: 'revokeInvitation', tags, description: 'Withdraws a pending invitation.', params: s.InvitationParams, response: responses(Done) },
    },
    async (request, reply) => {
      await communities.revokeInvitation(request.ctx, request.params.slug, request.params.id);
      return reply.code(204).send();
    },
  );

  // ---- Invitations: the invitee's side ----

  app.post(
    '/api/invitations/lookup',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'lookupInvitation',
        tags,
        description: 'What a mailed invitation offers (community, role, who invited), for the page its link opens.',
        body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
        response: responses({ 200: Type.Ref('Invitation') }),
      },
    },
    (request) => communities.lookupInvitation(request.body.token),
  );

  app.get(
    '/api/me/invitations',
    {
      schema: {
        operationId: 'myInvitations',
        tags,
        description: 'Pending invitations addressed to the signed-in user (by account or verified email).',
        response: responses({ 200: Type.Object({ items: Type.Array(Type.Ref('Invitation')) }) }),
      },
    },
    (request) => communities.myInvitations(request.ctx),
  );

  for (const [verb, accept] of [
    ['accept', true],
    ['decline', false],
  ] as const) {
    app.post(
      `/api/invitations/${verb}`,
      {
        schema: {
          operationId: `${verb}Invitation`,
          tags,
          description: `${accept ? 'Accepts' : 'Declines'} an invitation, by the mailed token or, for one addressed to the signed-in user, by id.`,
          body: s.InvitationAnswerBody,
          response: responses({ 200: Type.Object({ slug: Type.String() }) }),
        },
      },
      (request) => communities.answerInvitation(request.ctx, request.body, accept),
    );
  }
};
