import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { FormAlert } from './FormAlert';
import { Loading } from './Page';

interface TokenLookupProps<T> {
  /** The first part of the query's key; the token is the second (`[queryKey, token]`). */
  queryKey: string;
  /** Reads what the token stands for: a POST that only reads, so the token stays out of URLs the server logs. */
  lookup: (token: string) => Promise<T>;
  /** Shown when the link has no token. */
  missingToken: string;
  children: (data: T, token: string) => ReactNode;
}

/**
 * The body of a page a mailed link opens (`…?token=…`): looks the token up once and shows what it
 * stands for, or why it cannot (no token, not found, expired…).
 */
export function TokenLookup<T>({ queryKey, lookup, missingToken, children }: TokenLookupProps<T>) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const found = useQuery({
    queryKey: [queryKey, token],
    queryFn: () => lookup(token),
    enabled: token !== '',
    retry: false,
    staleTime: 60_000,
  });

  if (!token) {
    return (
      <div className="alert alert-error" role="alert">
        <p>{missingToken}</p>
      </div>
    );
  }
  if (found.isPending) return <Loading />;
  if (found.isError) return <FormAlert error={found.error} />;
  return children(found.data, token);
}
