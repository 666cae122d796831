/** Every route of the web client, in one place. */
export const routePaths = {
  home: '/',
  signUp: '/sign-up',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  verifyEmail: '/verify-email',
  profile: '/profile',
  user: (id: string) => `/users/${encodeURIComponent(id)}`,
  admin: '/admin',
  adminUsers: '/admin/users',
  adminMailbox: '/admin/mailbox',
  adminMail: (id: string) => `/admin/mailbox/${encodeURIComponent(id)}`,
} as const;
