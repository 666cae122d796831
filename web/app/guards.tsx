import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/session';
import { ForbiddenPage } from '../features/errors/ErrorPages';
import { Loading } from '../ui/Page';
import { routePaths } from './routePaths';

/** `/sign-in?next=<here>`: after signing in, the user comes back. */
function useSignInRedirect(): string {
  const location = useLocation();
  const next = `${location.pathname}${location.search}`;
  return `${routePaths.signIn}?${new URLSearchParams({ next }).toString()}`;
}

/** Only a local path: never `//evil.example` or an absolute URL. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function RequireAuth({ children }: { children?: React.ReactNode }) {
  const me = useMe();
  const signIn = useSignInRedirect();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to={signIn} replace />;
  return children ?? <Outlet />;
}

/** Hiding the admin area is a courtesy; the server checks every admin call. */
export function RequireAdmin({ children }: { children?: React.ReactNode }) {
  const me = useMe();
  const signIn = useSignInRedirect();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to={signIn} replace />;
  if (me.role !== 'admin') return <ForbiddenPage />;
  return children ?? <Outlet />;
}
