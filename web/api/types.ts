import type { paths } from './schema';

/**
 * Types taken from the API paths rather than from component names, so they survive
 * regenerating schema.d.ts from the server's OpenAPI document.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type SessionInfo = Json<paths['/api/session']['get']['responses'][200]>;
export type Me = NonNullable<SessionInfo['user']>;
export type Role = Me['role'];
export type ProfileData = Me['profile'];
export type VisibilitySettings = Me['visibility'];
export type VisibleField = keyof VisibilitySettings;
export type Visibility = VisibilitySettings[VisibleField];
export type ProfilePatch = NonNullable<paths['/api/me/profile']['patch']['requestBody']>['content']['application/json'];
export type PublicProfile = Json<paths['/api/users/{id}']['get']['responses'][200]>;
export type AdminUserPage = Json<paths['/api/admin/users']['get']['responses'][200]>;
export type AdminUser = AdminUserPage['items'][number];
export type MailPage = Json<paths['/api/admin/mailbox']['get']['responses'][200]>;
export type MailSummary = MailPage['items'][number];
export type Mail = Json<paths['/api/admin/mailbox/{id}']['get']['responses'][200]>;

export type FormationRequest = Json<paths['/api/formation-requests/{id}']['get']['responses'][200]>;
export type FormationRequestInput = NonNullable<paths['/api/formation-requests/{id}']['patch']['requestBody']>['content']['application/json'];
export type FormationRequestSummary = Json<paths['/api/formation-requests']['get']['responses'][200]>['items'][number];
export type ApproveInput = NonNullable<paths['/api/admin/formation-requests/{id}/approve']['post']['requestBody']>['content']['application/json'];
export type CommunitySummary = Json<paths['/api/communities']['get']['responses'][200]>['items'][number];
export type Community = Json<paths['/api/communities/{slug}']['get']['responses'][200]>;
export type Member = Json<paths['/api/communities/{slug}/members']['get']['responses'][200]>['items'][number];
export type CommunityRole = Member['role'];
export type Invitation = Json<paths['/api/invitations/lookup']['post']['responses'][200]>;
export type JoinRequest = Json<paths['/api/communities/{slug}/join-requests']['get']['responses'][200]>['items'][number];
export type CommunityEvent = Json<paths['/api/communities/{slug}/history']['get']['responses'][200]>['items'][number];
export type CallInput = NonNullable<paths['/api/calls']['post']['requestBody']>['content']['application/json'];
export type CallPatch = NonNullable<paths['/api/calls/{id}']['patch']['requestBody']>['content']['application/json'];
export type CallStatistics = Json<paths['/api/calls/{id}/statistics']['get']['responses'][200]>;
export type CallSummary = Json<paths['/api/calls']['get']['responses'][200]>['items'][number];
export type Call = Json<paths['/api/calls/{id}']['get']['responses'][200]>;
export type CallState = Call['state'];
export type Contribution = Json<paths['/api/contributions/{id}']['get']['responses'][200]>;
export type ContributionState = Contribution['state'];
export type ContributionInput = NonNullable<paths['/api/calls/{id}/contributions']['post']['requestBody']>['content']['application/json'];
export type ContributionPatch = NonNullable<paths['/api/contributions/{id}']['patch']['requestBody']>['content']['application/json'];
export type Attachment = Contribution['attachments'][number];

export const COMMUNITY_ROLES = ['chair', 'facilitator', 'secretary', 'member', 'guest_expert'] as const satisfies readonly CommunityRole[];
export const CORE_ROLES = ['facilitator', 'secretary', 'member'] as const satisfies readonly CommunityRole[];
export const KINDS = ['expert_association', 'learning_community', 'organization_network', 'union', 'umbrella', 'forum'] as const satisfies readonly Community['kind'][];
export const LEVELS = ['organizational', 'sectoral', 'national'] as const satisfies readonly Community['level'][];
export const GEOGRAPHIES = ['local', 'regional', 'national', 'international'] as const satisfies readonly Community['geography'][];
export const COMMUNITY_STATES = ['active', 'at_risk', 'dissolved'] as const satisfies readonly Community['state'][];
/** The guideline's founding core: 3 to 5 people including the applicant (the server checks it too). */
export const CORE_MIN = 3;
export const CORE_MAX = 5;

export const VISIBLE_FIELDS = ['email', 'degree', 'fieldOfStudy', 'jobTitle', 'position', 'organization', 'phone', 'address'] as const satisfies readonly VisibleField[];
export const VISIBILITIES = ['public', 'members', 'admins'] as const satisfies readonly Visibility[];
export const ROLES = ['user', 'admin'] as const satisfies readonly Role[];

export type Rubric = Json<paths['/api/calls/{id}/rubric']['get']['responses'][200]>;
export type Criterion = Rubric['criteria'][number];
export type Panel = Json<paths['/api/panels/{id}']['get']['responses'][200]>;
export type PanelInput = NonNullable<paths['/api/calls/{id}/panels']['post']['requestBody']>['content']['application/json'];
export type PanelRole = Panel['members'][number]['role'];
export type MemberInput = NonNullable<paths['/api/panels/{id}/members']['put']['requestBody']>['content']['application/json'];
export type PanelContribution = Json<paths['/api/panels/{id}/contributions']['get']['responses'][200]>['items'][number];
export type Decision = NonNullable<PanelContribution['decision']>;
export type Outcome = Decision['outcome'];
export type DecisionInput = NonNullable<paths['/api/panels/{id}/decisions/{itemId}']['put']['requestBody']>['content']['application/json'];
export type AssignmentReport = Json<paths['/api/panels/{id}/auto-assign']['post']['responses'][200]>;
export type ReviewPost = Json<paths['/api/panels/{id}/discussion/{itemId}']['post']['responses'][201]>;
export type MyReview = Json<paths['/api/me/reviews']['get']['responses'][200]>['items'][number];
export type Review = Json<paths['/api/reviews/{id}']['get']['responses'][200]>;
export type ReviewInput = NonNullable<paths['/api/reviews/{id}']['put']['requestBody']>['content']['application/json'];
export type Scores = Review['scores'];
export type CallResults = Json<paths['/api/calls/{id}/results']['get']['responses'][200]>;
export type ReviewReport = Json<paths['/api/calls/{id}/review-report']['get']['responses'][200]>;
export type Talent = Json<paths['/api/talent']['get']['responses'][200]>;
export type Recognition = Json<paths['/api/users/{id}/recognitions']['get']['responses'][200]>['items'][number];
export type PanelInvitationLookup = Json<paths['/api/panel-invitations/lookup']['post']['responses'][200]>;

export type Meeting = Json<paths['/api/meetings/{id}']['get']['responses'][200]>;
export type MeetingSummary = Json<paths['/api/me/meetings']['get']['responses'][200]>['items'][number];
export type CommunityMeetings = Json<paths['/api/communities/{slug}/meetings']['get']['responses'][200]>;
export type MeetingInput = NonNullable<paths['/api/communities/{slug}/meetings']['post']['requestBody']>['content']['application/json'];
export type ScheduleInput = NonNullable<paths['/api/communities/{slug}/meetings/preview']['post']['requestBody']>['content']['application/json'];
export type Occurrences = Json<paths['/api/communities/{slug}/meetings/preview']['post']['responses'][200]>;
export type Recurrence = NonNullable<MeetingInput['recurrence']>;
export type MeetingPatch = NonNullable<paths['/api/meetings/{id}']['patch']['requestBody']>['content']['application/json'];
export type MeetingKind = Meeting['kind'];
export type MeetingFormat = Meeting['format'];
export type AgendaItem = Meeting['agenda'][number];
export type AgendaItemInput = NonNullable<paths['/api/meetings/{id}/agenda']['post']['requestBody']>['content']['application/json'];
export type Rsvp = Meeting['rsvp'];
export type RsvpResponse = NonNullable<Rsvp['mine']>['response'];
export type Roster = Json<paths['/api/meetings/{id}/roster']['get']['responses'][200]>;
export type Minutes = Json<paths['/api/meetings/{id}/minutes']['get']['responses'][200]>;
export type MinutesInput = NonNullable<paths['/api/meetings/{id}/minutes']['put']['requestBody']>['content']['application/json'];
export type MeetingDecision = Minutes['decisions'][number];
export type DecisionInputBody = NonNullable<paths['/api/meetings/{id}/decisions']['post']['requestBody']>['content']['application/json'];
export type ActionItem = Json<paths['/api/me/actions']['get']['responses'][200]>['items'][number];
export type ActionStatus = ActionItem['status'];
export type CalendarFeed = Json<paths['/api/me/calendar-feed']['get']['responses'][200]>;
export type GuestInvitationLookup = Json<paths['/api/meeting-invitations/{token}']['get']['responses'][200]>;
export type KnowledgeItem = Json<paths['/api/knowledge/{id}']['get']['responses'][200]>;
export type KnowledgeRevision = Json<paths['/api/knowledge/{id}/revisions/{number}']['get']['responses'][200]>;
export type CalendarSystem = CommunityMeetings['community']['calendar'];

export const MEETING_KINDS = ['in_person', 'online', 'hybrid'] as const satisfies readonly MeetingKind[];
export const MEETING_FORMATS = [
  'case_study',
  'expert_panel',
  'problem_solving',
  'storytelling',
  'learning_group',
  'experience_sharing',
  'challenge',
  'collaborative_project',
  'workshop',
  'general_assembly',
] as const satisfies readonly MeetingFormat[];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const satisfies readonly ActionStatus[];
export const CALENDAR_SYSTEMS = ['persian', 'gregorian', 'islamic-umalqura'] as const satisfies readonly CalendarSystem[];

// Discussions (issue 7): threads, posts, reports.
export type DiscussionThreadList = Json<paths['/api/communities/{slug}/discussions']['get']['responses'][200]>;
export type DiscussionThreadSummary = DiscussionThreadList['items'][number];
export type DiscussionThread = Json<paths['/api/discussions/{id}']['get']['responses'][200]>;
export type DiscussionPost = DiscussionThread['posts'][number];
export type DiscussionQuote = NonNullable<DiscussionPost['quote']>;
export type DiscussionPermissions = DiscussionThread['permissions'];
export type DiscussionThreadInput = NonNullable<paths['/api/communities/{slug}/discussions']['post']['requestBody']>['content']['application/json'];
export type DiscussionThreadPatch = NonNullable<paths['/api/discussions/{id}']['patch']['requestBody']>['content']['application/json'];
export type DiscussionPostInput = NonNullable<paths['/api/discussions/{id}/posts']['post']['requestBody']>['content']['application/json'];
export type DiscussionPostRevision = Json<paths['/api/posts/{id}/revisions']['get']['responses'][200]>[number];
export type DiscussionReport = Json<paths['/api/communities/{slug}/discussion-reports']['get']['responses'][200]>[number];
export type DiscussionReportState = DiscussionReport['state'];

// search: GET /api/search (the search page, the header's search box)
export type SearchResultPage = Json<paths['/api/search']['get']['responses'][200]>;
export type SearchResult = SearchResultPage['items'][number];
export type SearchSegment = SearchResult['title'][number];
export type SearchKind = SearchResult['kind'];
export type SearchQuery = NonNullable<paths['/api/search']['get']['parameters']['query']>;
export const SEARCH_KINDS = ['community', 'discussion', 'wiki', 'document', 'contribution'] as const satisfies readonly SearchKind[];

// Library (issue 7): a community's documents and their versions.
export type LibraryPage = Json<paths['/api/communities/{slug}/documents']['get']['responses'][200]>;
export type LibraryDocumentSummary = LibraryPage['items'][number];
export type LibraryLimits = LibraryPage['limits'];
export type LibraryDocument = Json<paths['/api/documents/{id}']['get']['responses'][200]>;
export type LibraryVersion = LibraryDocument['versions'][number];
export type LibraryDocumentPatch = NonNullable<paths['/api/documents/{id}']['patch']['requestBody']>['content']['application/json'];

// Knowledge base (issue 7): the wiki's tree, items, revisions, ratings and the edit conflict.
export type KnowledgeList = Json<paths['/api/communities/{slug}/knowledge']['get']['responses'][200]>;
export type KnowledgeListItem = KnowledgeList['items'][number];
export type KnowledgeKind = KnowledgeItem['kind'];
export type KnowledgeTagCount = Json<paths['/api/communities/{slug}/knowledge/tags']['get']['responses'][200]>['items'][number];
export type KnowledgeInput = NonNullable<paths['/api/communities/{slug}/knowledge']['post']['requestBody']>['content']['application/json'];
export type KnowledgeUpdate = NonNullable<paths['/api/knowledge/{id}']['put']['requestBody']>['content']['application/json'];
export type KnowledgeWikiKind = KnowledgeInput['kind'];
export type KnowledgeRating = Json<paths['/api/knowledge/{id}/rating']['put']['responses'][200]>;
