import { createBrowserRouter } from 'react-router';
import { AdminHomePage } from '../features/admin/AdminHomePage';
import { AdminMailboxPage } from '../features/admin/AdminMailboxPage';
import { AdminRequestPage } from '../features/admin/AdminRequestPage';
import { AdminRequestsPage } from '../features/admin/AdminRequestsPage';
import { AcceptInvitationPage } from '../features/communities/AcceptInvitationPage';
import { CommunityPage } from '../features/communities/CommunityPage';
import { DirectoryPage } from '../features/communities/DirectoryPage';
import { MembersPage } from '../features/communities/MembersPage';
import { CalendarPage } from '../features/meetings/CalendarPage';
import { EditMeetingPage } from '../features/meetings/EditMeetingPage';
import { ScheduleMeetingPage } from '../features/meetings/ScheduleMeetingPage';
import { DiscussionsPage } from '../features/discussions/DiscussionsPage';
import { NewThreadPage } from '../features/discussions/NewThreadPage';
import { ReportsPage as DiscussionReportsPage } from '../features/discussions/ReportsPage';
import { ThreadPage } from '../features/discussions/ThreadPage';
import { MyRequestsPage } from '../features/formation/MyRequestsPage';
import { NewRequestPage } from '../features/formation/NewRequestPage';
import { RequestPage } from '../features/formation/RequestPage';
import { AdminUsersPage } from '../features/admin/AdminUsersPage';
import { EditCallPage, NewCallPage } from '../features/calls-admin/CallFormPage';
import { ManageCallPage } from '../features/calls-admin/ManageCallPage';
import { MyCallsPage } from '../features/calls-admin/MyCallsPage';
import { StatisticsPage } from '../features/calls-admin/StatisticsPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { VerifyEmailPage } from '../features/auth/VerifyEmailPage';
import { NotFoundPage, RouteErrorPage } from '../features/errors/ErrorPages';
import { HomePage } from '../features/home/HomePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { UserPage } from '../features/users/UserPage';
import { MyReviewsPage } from '../features/reviews/MyReviewsPage';
import { ReviewPage } from '../features/reviews/ReviewPage';
import { ResultsPage } from '../features/reviews/ResultsPage';
import { TalentPage } from '../features/reviews/TalentPage';
import { AcceptPanelInvitationPage } from '../features/reviews/AcceptPanelInvitationPage';
import { PanelPage } from '../features/reviews/PanelPage';
import { MyMeetingsPage } from '../features/meetings/MyMeetingsPage';
import { MyActionsPage } from '../features/meetings/MyActionsPage';
import { KnowledgeItemPage } from '../features/knowledge/KnowledgeItemPage';
import { KnowledgeBasePage } from '../features/knowledge/KnowledgeBasePage';
import { EditKnowledgePage, NewKnowledgePage } from '../features/knowledge/KnowledgeFormPage';
import { KnowledgeDiffPage } from '../features/knowledge/KnowledgeDiffPage';
import { AcceptMeetingInvitationPage } from '../features/meetings/AcceptMeetingInvitationPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { DocumentPage } from '../features/library/DocumentPage';
import { ReviewSetupPage } from '../features/reviews/ReviewSetupPage';
import { CallPage } from '../features/calls/CallPage';
import { CallsPage } from '../features/calls/CallsPage';
import { ContributePage } from '../features/calls/ContributePage';
import { ContributionPage } from '../features/calls/ContributionPage';
import { MyContributionsPage } from '../features/calls/MyContributionsPage';
import { SearchPage } from '../features/search/SearchPage';
import { RequireAdmin, RequireAuth } from './guards';
import { Layout } from './Layout';

export { routePaths } from './routePaths';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'profile', element: <RequireAuth><ProfilePage /></RequireAuth> },
          { path: 'users/:id', element: <UserPage /> },
          { path: 'communities', element: <DirectoryPage /> },
          { path: 'communities/:slug', element: <CommunityPage /> },
          { path: 'communities/:slug/members', element: <MembersPage /> },
          { path: 'communities/:slug/meetings', element: <CalendarPage /> },
          { path: 'communities/:slug/meetings/new', element: <RequireAuth><ScheduleMeetingPage /></RequireAuth> },
          { path: 'communities/:slug/library', element: <LibraryPage /> },
          { path: 'documents/:id', element: <DocumentPage /> },
          { path: 'communities/:slug/discussions', element: <DiscussionsPage /> },
          { path: 'communities/:slug/discussions/new', element: <RequireAuth><NewThreadPage /></RequireAuth> },
          { path: 'communities/:slug/discussions/reports', element: <RequireAuth><DiscussionReportsPage /></RequireAuth> },
          { path: 'discussions/:id', element: <ThreadPage /> },
          { path: 'meetings/:id/edit', element: <RequireAuth><EditMeetingPage /></RequireAuth> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          { path: 'formation-requests', element: <RequireAuth><MyRequestsPage /></RequireAuth> },
          { path: 'formation-requests/new', element: <RequireAuth><NewRequestPage /></RequireAuth> },
          { path: 'formation-requests/:id', element: <RequireAuth><RequestPage /></RequireAuth> },
          // Call managers' pages: before `calls/:id`; the server decides who may manage a call.
          { path: 'calls/new', element: <RequireAuth><NewCallPage /></RequireAuth> },
          { path: 'calls/manage', element: <RequireAuth><MyCallsPage /></RequireAuth> },
          { path: 'calls/:id/manage', element: <RequireAuth><ManageCallPage /></RequireAuth> },
          { path: 'calls/:id/edit', element: <RequireAuth><EditCallPage /></RequireAuth> },
          { path: 'calls/:id/statistics', element: <RequireAuth><StatisticsPage /></RequireAuth> },
          { path: 'calls/:id/review', element: <RequireAuth><ReviewSetupPage /></RequireAuth> },
          { path: 'calls/:id/results', element: <ResultsPage /> },
          { path: 'calls', element: <CallsPage /> },
          { path: 'calls/:id', element: <CallPage /> },
          { path: 'calls/:id/contribute', element: <RequireAuth><ContributePage /></RequireAuth> },
          { path: 'contributions', element: <RequireAuth><MyContributionsPage /></RequireAuth> },
          { path: 'contributions/:id', element: <RequireAuth><ContributionPage /></RequireAuth> },
          { path: 'reviews', element: <RequireAuth><MyReviewsPage /></RequireAuth> },
          { path: 'reviews/:id', element: <RequireAuth><ReviewPage /></RequireAuth> },
          { path: 'talent', element: <RequireAuth><TalentPage /></RequireAuth> },
          { path: 'panels/:id', element: <RequireAuth><PanelPage /></RequireAuth> },
          { path: 'panel-invitations/accept', element: <AcceptPanelInvitationPage /> },
          { path: 'meetings', element: <RequireAuth><MyMeetingsPage /></RequireAuth> },
          { path: 'actions', element: <RequireAuth><MyActionsPage /></RequireAuth> },
          // Public communities' knowledge is public; the API answers 404 to those who may not read it.
          { path: 'knowledge/:id', element: <KnowledgeItemPage /> },
          { path: 'knowledge/:id/diff', element: <KnowledgeDiffPage /> },
          { path: 'knowledge/:id/edit', element: <RequireAuth><EditKnowledgePage /></RequireAuth> },
          { path: 'communities/:slug/knowledge', element: <KnowledgeBasePage /> },
          { path: 'communities/:slug/knowledge/new', element: <RequireAuth><NewKnowledgePage /></RequireAuth> },
          { path: 'meetings/:id', element: <MeetingPage /> },
          { path: 'meeting-invitations/accept', element: <AcceptMeetingInvitationPage /> },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <AdminHomePage /> },
              { path: 'users', element: <AdminUsersPage /> },
              { path: 'mailbox', element: <AdminMailboxPage /> },
              { path: 'mailbox/:id', element: <AdminMailboxPage /> },
              { path: 'formation-requests', element: <AdminRequestsPage /> },
              { path: 'formation-requests/:id', element: <AdminRequestPage /> },
            ],
          },
          { path: 'search', element: <SearchPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
