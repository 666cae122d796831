import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Community, CommunitySummary } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { NotFoundPage } from '../errors/ErrorPages';
import './communities.css';

/**
 * Query keys. Everything about communities lives under `['communities']`; one community's
 * profile and its lists live under `['communities', 'detail', slug]`, so invalidating that
 * prefix refreshes the profile, members, invitations, join requests and history together.
 */
export const communityKeys = {
  all: ['communities'] as const,
  lists: ['communities', 'list'] as const,
  list: (filters: Record<string, string | boolean | undefined>) => ['communities', 'list', filters] as const,
  detail: (slug: string) => ['communities', 'detail', slug] as const,
  members: (slug: string, role: string) => ['communities', 'detail', slug, 'members', role] as const,
  invitations: (slug: string) => ['communities', 'detail', slug, 'invitations'] as const,
  joinRequests: (slug: string) => ['communities', 'detail', slug, 'join-requests'] as const,
  history: (slug: string) => ['communities', 'detail', slug, 'history'] as const,
  myInvitations: ['communities', 'my-invitations'] as const,
};

/** GET /api/communities/{slug}: the profile with the viewer's standing. */
export function useCommunity(slug: string) {
  return useQuery({
    queryKey: communityKeys.detail(slug),
    queryFn: () => unwrap(api.GET('/api/communities/{slug}', { params: { path: { slug } } })),
    enabled: slug !== '',
    retry: (count, error) => count < 2 && !(error && typeof error === 'object' && 'status' in error && (error as { status: number }).status < 500),
  });
}

/** Loads a community and shows `children` with it; private communities are 404 to outsiders, exactly like missing ones. */
export function WithCommunity({ slug, title, children }: { slug: string; title: string; children: (c: Community) => ReactNode }) {
  const community = useCommunity(slug);
  if (community.isPending) return <Loading />;
  if (community.isError) {
    if (community.error instanceof ApiError && community.error.status === 404) return <NotFoundPage />;
    return (
      <Page title={title} before={<CommunityBreadcrumb />}>
        <FormAlert error={community.error} />
      </Page>
    );
  }
  return children(community.data);
}

/** After a change to one community: its profile and lists, and the directory (counts, titles, states). */
export function useRefreshCommunity() {
  const queryClient = useQueryClient();
  return async (slug: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: communityKeys.detail(slug) }),
      queryClient.invalidateQueries({ queryKey: communityKeys.lists }),
      queryClient.invalidateQueries({ queryKey: communityKeys.myInvitations }),
    ]);
  };
}

/** `at risk` and `dissolved` stand out; `active` needs no badge. */
export function StateBadge({ state }: { state: Community['state'] }) {
  const t = useT();
  if (state === 'active') return null;
  return <span className={`community-badge community-badge-${state === 'dissolved' ? 'danger' : 'warning'}`}>{t(`state.${state}`)}</span>;
}

export function PrivateBadge({ visibility }: { visibility: Community['visibility'] }) {
  const t = useT();
  if (visibility !== 'private') return null;
  return (
    <span className="community-badge community-badge-muted">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      </svg>
      {t('community.badge.private')}
    </span>
  );
}

/** `۱۲ عضو`: the number in the locale's digits, the noun by the locale's plural rules. */
export function MembersCount({ count }: { count: number }) {
  const t = useT();
  const { locale } = useLocale();
  return <>{t('community.membersCount', { count, n: formatNumber(count, locale) })}</>;
}

/** Communities › (title ›): the trail above a community page. */
export function CommunityBreadcrumb({ community }: { community?: Pick<CommunitySummary, 'slug' | 'title'> }) {
  const t = useT();
  return (
    <nav aria-label={t('community.breadcrumb')}>
      <p className="breadcrumb">
        <Link to={routePaths.communities}>{t('directory.title')}</Link>
        {community ? (
          <>
            {' '}
            <Link to={routePaths.community(community.slug)}>
              <bdi>{community.title}</bdi>
            </Link>
          </>
        ) : null}
      </p>
    </nav>
  );
}

/** A local calendar day `YYYY-MM-DD` as the ISO instant at the end of that day. */
export function endOfDayIso(day: string): string {
  return new Date(`${day}T23:59:59.999`).toISOString();
}

/** Today as a local `YYYY-MM-DD` (the earliest a guest expert's access can end). */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The date field in the reader's calendar (Solar Hijri, Hijri or Gregorian); the value stays a Gregorian `YYYY-MM-DD`. */
export { DateField } from '../../ui/DateField';

/** A person's name linking to their profile; "someone" when the name is hidden. */
export function PersonLink({ id, name }: { id: string; name: string }) {
  const t = useT();
  return (
    <Link to={routePaths.user(id)}>
      <UserText>{name || t('community.history.someone')}</UserText>
    </Link>
  );
}

interface ConfirmBoxProps {
  children: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  isPending?: boolean;
}

/** An inline "are you sure?": takes focus when it opens, so keyboard and screen-reader users land on the question. */
export function ConfirmBox({ children, confirmLabel, onConfirm, onCancel, isPending }: ConfirmBoxProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm-box" role="group" aria-label={confirmLabel} tabIndex={-1} ref={ref}>
      {children}
      <div className="form-actions">
        <SubmitButton type="button" isPending={isPending} onPress={onConfirm}>
          {confirmLabel}
        </SubmitButton>
        <SubmitButton type="button" variant="secondary" onPress={onCancel}>
          {t('community.cancel')}
        </SubmitButton>
      </div>
    </div>
  );
}
