import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Me, SessionInfo } from './types';

export const sessionKey = ['session'] as const;

export function fetchSession(): Promise<SessionInfo> {
  return unwrap(api.GET('/api/session'));
}

/** The `['session']` query: drives signed-in state everywhere. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000, retry: 1 });
}

/** The signed-in user; null when signed out (or the server is unreachable); undefined while loading. */
export function useMe(): Me | null | undefined {
  const { data, isError } = useSession();
  if (data) return data.user;
  return isError ? null : undefined;
}

/** Puts a fresh Me into the session cache (after a profile change or a sign-in). */
export function setSessionUser(queryClient: QueryClient, user: Me | null): void {
  queryClient.setQueryData<SessionInfo>(sessionKey, (old) => (old ? { ...old, user } : old));
}
