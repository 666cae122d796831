import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { disposition } from '../../http/download.js';
import { IdParams, responses } from '../../http/schemas.js';
import * as s from './schemas.js';
import type { ReviewsService } from './service.js';

const tags = ['reviews'];
const Items = (ref: string) => Type.Object({ items: Type.Array(Type.Ref(ref)) });
const UserParams = Type.Object({ id: Type.String({ format: 'uuid' }), userId: Type.String({ format: 'uuid' }) });

export const reviewsRoutes: FastifyPluginAsyncTypebox<{ reviews: ReviewsService }> = async (app, { reviews }) => {
  for (const schema of [s.Rubric, s.Panel, s.PanelContribution, s.AssignmentReport, s.MyReview, s.Review, s.Post, s.ContributionDecision, s.Results, s.ReviewReport, s.Recognitions, s.Talent, s.InvitationLookup]) {
    app.addSchema(schema);
  }

  // --- The rubric and the panels, set up by the call's managers.
  app.get(
    '/api/calls/:id/rubric',
    { schema: { operationId: 'getRubric', tags, description: 'The call\'s scoring rubric (its managers and panel members).', params: IdParams, response: responses({ 200: Type.Ref('Rubric') }) } },
    (request) => reviews.rubric(request.ctx, request.params.id),
  );
  app.put(
    '/api/calls/:id/rubric',
    {
      schema: { operationId: 'setRubric', tags, description: 'Replaces the rubric; 409 `rubric_locked` once a review has been submitted.', params: IdParams, body: s.RubricInput, response: responses({ 200: Type.Ref('Rubric') }) },
    },
    (request) => reviews.setRubric(request.ctx, request.params.id, request.body.criteria),
  );
  app.get(
    '/api/calls/:id/panels',
    { schema: { operationId: 'listPanels', tags, description: 'The call\'s panels: all for its managers, one\'s own for panel members.', params: IdParams, response: responses({ 200: Items('Panel') }) } },
    async (request) => ({ items: await reviews.panels(request.ctx, request.params.id) }),
  );
  app.post(
    '/api/calls/:id/panels',
    { schema: { operationId: 'createPanel', tags, description: 'Creates a panel for some of the call\'s domains.', params: IdParams, body: s.PanelInput, response: responses({ 201: Type.Ref('Panel') }) } },
    async (request, reply) => reply.code(201).send(await reviews.createPanel(request.ctx, request.params.id, request.body)),
  );
  app.get('/api/panels/:id', { schema: { operationId: 'getPanel', tags, description: 'A panel with its members and what the viewer may do (members and the call\'s managers).', params: IdParams, response: responses({ 200: Type.Ref('Panel') }) } }, (request) => reviews.panel(request.ctx, request.params.id));
  app.patch(
    '/api/panels/:id',
    { schema: { operationId: 'updatePanel', tags, description: 'Edits a panel; its domains are fixed once it has assignments (409 `panel_in_use`).', params: IdParams, body: s.PanelPatch, response: responses({ 200: Type.Ref('Panel') }) } },
    (request) => reviews.updatePanel(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/panels/:id',
    { schema: { operationId: 'deletePanel', tags, description: 'Deletes a panel; 409 `panel_in_use` once it has submitted reviews.', params: IdParams, response: responses({ 204: Type.Null() }) } },
    async (request, reply) => {
      await reviews.deletePanel(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );
  app.put(
    '/api/panels/:id/members',
    {
      schema: {
        operationId: 'setPanelMember',
        tags,
        description: 'Adds a member or changes their role (one chair, one secretary). By email: an existing account is added, anyone else is invited by mail.',
        params: IdParams,
        body: s.MemberInput,
        response: responses({ 200: Type.Ref('Panel') }),
      },
    },
    (request) => reviews.setMember(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/panels/:id/members/:userId',
    { schema: { operationId: 'removePanelMember', tags, description: 'Removes a member; their unsubmitted reviews go.', params: UserParams, response: responses({ 200: Type.Ref('Panel') }) } },
    (request) => reviews.removeMember(request.ctx, request.params.id, request.params.userId),
  );
  app.delete(
    '/api/panels/:id/invitations/:itemId',
    { schema: { operationId: 'revokePanelInvitation', tags, description: 'Withdraws a pending invitation.', params: s.PanelItemParams, response: responses({ 200: Type.Ref('Panel') }) } },
    (request) => reviews.revokeInvitation(request.ctx, request.params.id, request.params.itemId),
  );
  app.post(
    '/api/panel-invitations/lookup',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'lookupPanelInvitation',
        tags,
        description: 'What a mailed panel invitation offers (the token goes in the body, out of logs).',
        body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
        response: responses({ 200: Type.Ref('PanelInvitationLookup') }),
      },
    },
    (request) => reviews.lookupInvitation(request.body.token),
  );
  app.post(
    '/api/panel-invitations/accept',
    {
      schema: {
        operationId: 'acceptPanelInvitation',
        tags,
        description: 'The signed-in user joins the panel with the invitation\'s role.',
        body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
        response: responses({ 200: Type.Ref('Panel') }),
      },
    },
    (request) => reviews.acceptInvitation(request.ctx, request.body.token),
  );

  // --- The panel's work: contributions, assignment, decisions.
  app.get(
    '/api/panels/:id/contributions',
    {
      schema: {
        operationId: 'panelContributions',
        tags,
        description: 'Every submitted contribution in the panel\'s domains with its reviewers, average, spread and decision (the chair, the secretary and the call\'s managers). Authors are left out when the call is blind.',
        params: IdParams,
        response: responses({ 200: Items('PanelContribution') }),
      },
    },
    async (request) => ({ items: await reviews.panelContributions(request.ctx, request.params.id) }),
  );
  app.post(
    '/api/panels/:id/auto-assign',
    {
      schema: {
        operationId: 'autoAssign',
        tags,
        description: 'Gives every contribution N reviewers from the panel, spread evenly, honouring conflicts; reports what could not be assigned and why.',
        params: IdParams,
        response: responses({ 200: Type.Ref('AssignmentReport') }),
      },
    },
    (request) => reviews.autoAssign(request.ctx, request.params.id),
  );
  app.post(
    '/api/panels/:id/assignments',
    {
      schema: { operationId: 'assignReviewer', tags, description: 'Assigns a contribution to a reviewer by hand; 409 `conflict_of_interest` when they are conflicted.', params: IdParams, body: s.AssignInput, response: responses({ 201: Type.Ref('PanelContribution') }) },
    },
    async (request, reply) => reply.code(201).send(await reviews.assign(request.ctx, request.params.id, request.body)),
  );
  app.delete(
    '/api/panels/:id/assignments/:itemId',
    { schema: { operationId: 'unassignReviewer', tags, description: 'Takes back an assignment not yet submitted.', params: s.PanelItemParams, response: responses({ 200: Type.Ref('PanelContribution') }) } },
    (request) => reviews.unassign(request.ctx, request.params.id, request.params.itemId),
  );
  app.put(
    '/api/panels/:id/decisions/:itemId',
    {
      schema: {
        operationId: 'decide',
        tags,
        description: 'The panel chair records (or changes) the decision on a contribution; the contributor is notified by mail.',
        params: s.PanelItemParams,
        body: s.DecisionInput,
        response: responses({ 200: Type.Ref('PanelContribution') }),
      },
    },
    (request) => reviews.decide(request.ctx, request.params.id, request.params.itemId, request.body),
  );
  app.get(
    '/api/panels/:id/discussion/:itemId',
    { schema: { operationId: 'panelDiscussion', tags, description: 'The panel\'s thread on one contribution.', params: s.PanelItemParams, response: responses({ 200: Items('ReviewPost') }) } },
    async (request) => ({ items: await reviews.discussion(request.ctx, request.params.id, request.params.itemId) }),
  );
  app.post(
    '/api/panels/:id/discussion/:itemId',
    { schema: { operationId: 'postToDiscussion', tags, description: 'Adds a message to the panel\'s thread on a contribution.', params: s.PanelItemParams, body: s.PostInput, response: responses({ 201: Type.Ref('ReviewPost') }) } },
    async (request, reply) => reply.code(201).send(await reviews.post(request.ctx, request.params.id, request.params.itemId, request.body.body)),
  );

  // --- The reviewer's own work.
  app.get('/api/me/reviews', { schema: { operationId: 'myReviews', tags, description: 'The contributions given to me to review.', response: responses({ 200: Items('MyReview') }) } }, async (request) => ({
    items: await reviews.myReviews(request.ctx),
  }));
  app.get(
    '/api/reviews/:id',
    { schema: { operationId: 'getReview', tags, description: 'One review with its contribution (blind when the call is) and rubric; others\' scores once mine is submitted.', params: IdParams, response: responses({ 200: Type.Ref('Review') }) } },
    (request) => reviews.review(request.ctx, request.params.id),
  );
  app.put(
    '/api/reviews/:id',
    { schema: { operationId: 'saveReview', tags, description: 'Saves or submits scores and comments; revisable until the panel\'s deadline.', params: IdParams, body: s.ReviewInput, response: responses({ 200: Type.Ref('Review') }) } },
    (request) => reviews.saveReview(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/reviews/:id/decline',
    {
      schema: { operationId: 'declineReview', tags, description: 'Declines the assignment (optionally declaring a conflict of interest); another reviewer is assigned if one is free.', params: IdParams, body: s.DeclineInput, response: responses({ 204: Type.Null() }) },
    },
    async (request, reply) => {
      await reviews.decline(request.ctx, request.params.id, request.body);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/reviews/:id/attachments/:itemId',
    { schema: { operationId: 'downloadReviewAttachment', tags, description: 'An attachment of the contribution under review, with a neutral name when the review is blind.', params: s.PanelItemParams } },
    async (request, reply) => {
      const file = await reviews.attachment(request.ctx, request.params.id, request.params.itemId);
      return reply.type(file.type).header('content-length', file.size).header('content-disposition', disposition(file.name)).header('x-content-type-options', 'nosniff').send(file.stream);
    },
  );

  // --- Outcomes: for the contributor, the public, the managers, and the talent network.
  app.get(
    '/api/contributions/:id/decision',
    { schema: { operationId: 'contributionDecision', tags, description: 'The panel\'s decision on my contribution (its author and the call\'s managers).', params: IdParams, response: responses({ 200: Type.Ref('ContributionDecision') }) } },
    (request) => reviews.contributionDecision(request.ctx, request.params.id),
  );
  app.get(
    '/api/calls/:id/results',
    {
      config: { access: 'public' },
      schema: { operationId: 'callResults', tags, description: 'Published results: figures per domain, and the accepted contributions when the call makes contributions public. Managers may preview.', params: IdParams, response: responses({ 200: Type.Ref('CallResults') }) },
    },
    (request) => reviews.results(request.ctx, request.params.id),
  );
  app.get(
    '/api/calls/:id/review-report',
    { schema: { operationId: 'reviewReport', tags, description: 'Reviewer progress, score distribution per domain, decisions per domain and audience group.', params: IdParams, response: responses({ 200: Type.Ref('ReviewReport') }) } },
    (request) => reviews.report(request.ctx, request.params.id),
  );
  app.get(
    '/api/calls/:id/review-report/export',
    { schema: { operationId: 'exportReviewReport', tags, description: 'One row per contribution: reviews, average, spread, decision (CSV with BOM, or XLSX).', params: IdParams, querystring: s.ExportQuery } },
    async (request, reply) => {
      const file = await reviews.exportReport(request.ctx, request.params.id, request.query.format);
      return reply.type(file.type).header('content-disposition', disposition(`review-${request.params.id.slice(0, 8)}.${file.ext}`)).send(file.body);
    },
  );
  app.get(
    '/api/talent',
    { schema: { operationId: 'talent', tags, description: 'Contributors with accepted contributions in published results, by call and domain.', querystring: s.TalentQuery, response: responses({ 200: Type.Ref('Talent') }) } },
    (request) => reviews.talent(request.ctx, request.query),
  );
  app.get(
    '/api/users/:id/recognitions',
    {
      config: { access: 'public' },
      schema: { operationId: 'userRecognitions', tags, description: 'A user\'s accepted contributions in published results (call and domain), for the profile page.', params: IdParams, response: responses({ 200: Type.Ref('Recognitions') }) },
    },
    (request) => reviews.recognitions(request.params.id),
  );
};
