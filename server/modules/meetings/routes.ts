import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { disposition } from '../../http/download.js';
import { IdParams, responses } from '../../http/schemas.js';
import * as s from './schemas.js';
import type { MeetingsService } from './service.js';

const tags = ['meetings'];
const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 100 }) });
const InviteeParams = Type.Object({ id: Type.String({ format: 'uuid' }), inviteeId: Type.String({ format: 'uuid' }) });
const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });
const TokenBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) }, { additionalProperties: false });
const Answer = Type.Object({ accept: Type.Boolean() }, { additionalProperties: false });
const ICS = 'text/calendar; charset=utf-8';

export const meetingsRoutes: FastifyPluginAsyncTypebox<{ meetings: MeetingsService }> = async (app, { meetings }) => {
  for (const schema of [s.MeetingSummary, s.CommunityMeetings, s.Occurrences, s.AgendaItem, s.ActionItem, s.Rsvp, s.Meeting, s.Roster, s.Decision, s.Minutes, s.CalendarFeed, s.GuestInvitationLookup]) {
    app.addSchema(schema);
  }

  // --- Scheduling, in a community.
  app.get(
    '/api/communities/:slug/meetings',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listCommunityMeetings',
        tags,
        description: 'The community\'s meetings overlapping [from, to) (default: from yesterday, three months), for its calendar. Private communities: members only.',
        params: SlugParams,
        querystring: s.MeetingsQuery,
        response: responses({ 200: Type.Ref('CommunityMeetings') }),
      },
    },
    (request) => meetings.list(request.ctx, request.params.slug, request.query),
  );
  app.post(
    '/api/communities/:slug/meetings/preview',
    {
      schema: {
        operationId: 'previewMeetings',
        tags,
        description: 'The meetings a schedule would yield, in the community\'s calendar and time zone; 400 naming the field when it yields none or more than 500.',
        params: SlugParams,
        body: s.ScheduleInput,
        response: responses({ 200: Type.Ref('Occurrences') }),
      },
    },
    (request) => meetings.preview(request.ctx, request.params.slug, request.body),
  );
  app.post(
    '/api/communities/:slug/meetings',
    {
      schema: {
        operationId: 'scheduleMeeting',
        tags,
        description: 'Schedules a meeting or a series (chair, facilitators, administrators); invitees are mailed. Answers with the first meeting.',
        params: SlugParams,
        body: s.MeetingInput,
        response: responses({ 201: Type.Ref('Meeting') }),
      },
    },
    async (request, reply) => reply.code(201).send(await meetings.schedule(request.ctx, request.params.slug, request.body)),
  );
  app.get(
    '/api/communities/:slug/meetings.ics',
    {
      config: { access: 'public' },
      schema: { operationId: 'communityCalendar', tags, description: 'iCalendar feed of the community\'s meetings; a private community needs a member\'s feed `token`.', params: SlugParams, querystring: s.FeedQuery },
    },
    async (request, reply) => reply.type(ICS).send(await meetings.communityIcs(request.params.slug, request.query.token)),
  );

  // --- One meeting.
  app.get(
    '/api/meetings/:id',
    { config: { access: 'public' }, schema: { operationId: 'getMeeting', tags, description: 'A meeting with its agenda, answers, follow-ups and what the viewer may do.', params: IdParams, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.get(request.ctx, request.params.id),
  );
  app.patch(
    '/api/meetings/:id',
    { schema: { operationId: 'updateMeeting', tags, description: 'Edits this meeting only, or the series from this meeting on (leaders).', params: IdParams, body: s.MeetingPatch, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.update(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/meetings/:id/cancel',
    { schema: { operationId: 'cancelMeeting', tags, description: 'Cancels this meeting, or it and the rest of its series; those who answered are mailed.', params: IdParams, body: s.CancelBody, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.cancel(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/meetings/:id/ics',
    { config: { access: 'public' }, schema: { operationId: 'meetingCalendar', tags, description: 'This one meeting as an .ics file.', params: IdParams } },
    async (request, reply) => reply.type(ICS).header('content-disposition', disposition('meeting.ics')).send(await meetings.meetingIcs(request.ctx, request.params.id)),
  );

  // --- Invitations and answers.
  app.post(
    '/api/meetings/:id/invitees',
    { schema: { operationId: 'inviteToMeeting', tags, description: 'Invites a member by name, or a guest expert by email, to the meeting\'s series.', params: IdParams, body: s.InviteeInput, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.invite(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/meetings/:id/invitees/:inviteeId',
    { schema: { operationId: 'removeMeetingInvitee', tags, description: 'Withdraws an invitation by name or a guest\'s.', params: InviteeParams, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.removeInvitee(request.ctx, request.params.id, request.params.inviteeId),
  );
  app.get(
    '/api/meeting-invitations/:token',
    { config: { access: 'public' }, schema: { operationId: 'lookupMeetingInvitation', tags, description: 'What a guest\'s mailed link invites to.', params: TokenParams, response: responses({ 200: Type.Ref('GuestInvitationLookup') }) } },
    (request) => meetings.lookupGuestInvitation(request.params.token),
  );
  app.post(
    '/api/meeting-invitations/accept',
    { schema: { operationId: 'acceptMeetingInvitation', tags, description: 'The signed-in user becomes a guest of the series (once, within 14 days).', body: TokenBody, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.acceptGuestInvitation(request.ctx, request.body.token),
  );
  app.put(
    '/api/meetings/:id/rsvp',
    {
      schema: { operationId: 'answerMeeting', tags, description: 'Yes, no or maybe (invitees, before the start). A yes beyond the capacity waits on the list.', params: IdParams, body: s.RsvpInput, response: responses({ 200: Type.Ref('Rsvp') }) },
    },
    (request) => meetings.rsvp(request.ctx, request.params.id, request.body.response),
  );
  app.get(
    '/api/meetings/:id/roster',
    { schema: { operationId: 'meetingRoster', tags, description: 'Everyone invited, with answers and attendance (leaders and the secretary).', params: IdParams, response: responses({ 200: Type.Ref('Roster') }) } },
    (request) => meetings.roster(request.ctx, request.params.id),
  );
  app.put(
    '/api/meetings/:id/attendance',
    { schema: { operationId: 'recordAttendance', tags, description: 'Bulk check-in: replaces who attended (the secretary or leaders, from an hour before the start).', params: IdParams, body: s.AttendanceInput, response: responses({ 200: Type.Ref('Roster') }) } },
    (request) => meetings.recordAttendance(request.ctx, request.params.id, request.body.userIds),
  );

  // --- Agenda.
  app.post(
    '/api/meetings/:id/agenda',
    { schema: { operationId: 'addAgendaItem', tags, description: 'Adds an item (leaders, secretary) or proposes one for the facilitator to accept (members, invitees).', params: IdParams, body: s.AgendaItemInput, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.addAgendaItem(request.ctx, request.params.id, request.body),
  );
  app.put(
    '/api/meetings/:id/agenda/order',
    { schema: { operationId: 'reorderAgenda', tags, description: 'Puts the agenda items in this order (every item once).', params: IdParams, body: s.AgendaOrder, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.reorderAgenda(request.ctx, request.params.id, request.body.ids),
  );
  app.patch(
    '/api/agenda-items/:id',
    { schema: { operationId: 'updateAgendaItem', tags, description: 'Edits an item (leaders, secretary, or its proposer while proposed).', params: IdParams, body: s.AgendaItemPatch, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.updateAgendaItem(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/agenda-items/:id',
    { schema: { operationId: 'deleteAgendaItem', tags, description: 'Removes an item (leaders, secretary, or its proposer while proposed).', params: IdParams, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.deleteAgendaItem(request.ctx, request.params.id),
  );
  app.post(
    '/api/agenda-items/:id/answer',
    { schema: { operationId: 'answerAgendaProposal', tags, description: 'Accepts or declines a proposed item (chair, facilitators).', params: IdParams, body: Answer, response: responses({ 200: Type.Ref('Meeting') }) } },
    (request) => meetings.answerProposal(request.ctx, request.params.id, request.body.accept),
  );

  // --- Minutes, decisions, actions.
  app.get(
    '/api/meetings/:id/minutes',
    { config: { access: 'public' }, schema: { operationId: 'getMinutes', tags, description: 'The minutes: drafts for the secretary and leaders, the review draft for attendees, published minutes for all who see the meeting.', params: IdParams, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.minutes(request.ctx, request.params.id),
  );
  app.put(
    '/api/meetings/:id/minutes',
    { schema: { operationId: 'saveMinutes', tags, description: 'The secretary saves the minutes (per agenda item, Markdown). After publication each save is a new revision.', params: IdParams, body: s.MinutesInput, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.saveMinutes(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/meetings/:id/minutes/send',
    { schema: { operationId: 'sendMinutes', tags, description: 'The secretary sends the draft to the attendees, who may suggest corrections for the given days.', params: IdParams, body: s.SendMinutesInput, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.sendMinutes(request.ctx, request.params.id, request.body.correctionDays),
  );
  app.post(
    '/api/meetings/:id/minutes/corrections',
    { schema: { operationId: 'suggestCorrection', tags, description: 'An attendee suggests how a section should read, while corrections are open.', params: IdParams, body: s.CorrectionInput, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.suggestCorrection(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/minutes-corrections/:id/answer',
    { schema: { operationId: 'answerCorrection', tags, description: 'The secretary accepts (the section takes the text) or declines a suggested correction.', params: IdParams, body: Answer, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.answerCorrection(request.ctx, request.params.id, request.body.accept),
  );
  app.post(
    '/api/meetings/:id/minutes/approve',
    { schema: { operationId: 'approveMinutes', tags, description: 'The chair approves, or the secretary records approval by a later meeting; after the correction window, with every correction answered.', params: IdParams, body: s.ApproveInput, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.approveMinutes(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/meetings/:id/minutes/publish',
    { schema: { operationId: 'publishMinutes', tags, description: 'The secretary publishes approved minutes: members are mailed and they become a knowledge item.', params: IdParams, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.publishMinutes(request.ctx, request.params.id),
  );
  app.post(
    '/api/meetings/:id/decisions',
    { schema: { operationId: 'addDecision', tags, description: 'The secretary records a decision, with its actions (owner, due date).', params: IdParams, body: s.DecisionInput, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.addDecision(request.ctx, request.params.id, request.body),
  );
  app.patch(
    '/api/decisions/:id',
    { schema: { operationId: 'updateDecision', tags, description: 'Rewords a decision (before approval).', params: IdParams, body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false }), response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.updateDecision(request.ctx, request.params.id, request.body.text),
  );
  app.delete(
    '/api/decisions/:id',
    { schema: { operationId: 'deleteDecision', tags, description: 'Removes a decision and its actions (before approval).', params: IdParams, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.deleteDecision(request.ctx, request.params.id),
  );
  app.post(
    '/api/decisions/:id/actions',
    { schema: { operationId: 'addAction', tags, description: 'Adds an action to a decision (before approval); the owner is mailed.', params: IdParams, body: s.ActionInput, response: responses({ 200: Type.Ref('Minutes') }) } },
    (request) => meetings.addAction(request.ctx, request.params.id, request.body),
  );
  app.patch(
    '/api/actions/:id',
    { schema: { operationId: 'updateAction', tags, description: 'The owner moves the status; the secretary and leaders may change anything.', params: IdParams, body: s.ActionPatch, response: responses({ 200: Type.Ref('ActionItem') }) } },
    (request) => meetings.updateAction(request.ctx, request.params.id, request.body),
  );

  // --- The signed-in user's own.
  app.get(
    '/api/me/meetings',
    { schema: { operationId: 'myMeetings', tags, description: 'Meetings I am invited to (by role, by name or as a guest) overlapping [from, to).', querystring: s.MeetingsQuery, response: responses({ 200: Type.Object({ items: Type.Array(Type.Ref('MeetingSummary')) }) }) } },
    (request) => meetings.myMeetings(request.ctx, request.query),
  );
  app.get(
    '/api/me/actions',
    { schema: { operationId: 'myActions', tags, description: 'Actions I own, overdue ones marked.', querystring: s.MyActionsQuery, response: responses({ 200: Type.Object({ items: Type.Array(Type.Ref('ActionItem')) }) }) } },
    (request) => meetings.myActions(request.ctx, request.query.status),
  );
  app.get(
    '/api/me/calendar-feed',
    { schema: { operationId: 'calendarFeed', tags, description: 'Whether I have a private calendar feed link.', response: responses({ 200: Type.Ref('CalendarFeed') }) } },
    (request) => meetings.feed(request.ctx),
  );
  app.post(
    '/api/me/calendar-feed',
    { schema: { operationId: 'renewCalendarFeed', tags, description: 'Makes a new private feed link (shown once); the previous link stops working.', response: responses({ 200: Type.Ref('CalendarFeed') }) } },
    (request) => meetings.renewFeed(request.ctx),
  );
  app.delete(
    '/api/me/calendar-feed',
    { schema: { operationId: 'revokeCalendarFeed', tags, description: 'Revokes my private feed link.', response: responses({ 204: Type.Null() }) } },
    async (request, reply) => {
      await meetings.revokeFeed(request.ctx);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/calendar/:token/meetings.ics',
    { config: { access: 'public' }, schema: { operationId: 'userCalendar', tags, description: 'A user\'s private iCalendar feed of every meeting they are invited to.', params: TokenParams } },
    async (request, reply) => reply.type(ICS).send(await meetings.userIcs(request.params.token)),
  );
};
