import { createBrowserRouter } from 'react-router';
import { AdminHomePage } from '../features/admin/AdminHomePage';
import { AdminMailboxPage } from '../features/admin/AdminMailboxPage';
import { AdminUsersPage } from '../features/admin/AdminUsersPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { VerifyEmailPage } from '../features/auth/VerifyEmailPage';
import { NotFoundPage, RouteErrorPage } from '../features/errors/ErrorPages';
import { HomePage } from '../features/home/HomePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { UserPage } from '../features/users/UserPage';
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
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <AdminHomePage /> },
              { path: 'users', element: <AdminUsersPage /> },
              { path: 'mailbox', element: <AdminMailboxPage /> },
              { path: 'mailbox/:id', element: <AdminMailboxPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
