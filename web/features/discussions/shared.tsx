import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { discussionKeys, relativeTime } from './threadModel';
import './discussions.css';

/** Communities › community › (discussions ›) (thread ›): the trail above the discussion pages. */
export function DiscussionsBreadcrumb({
  community,
  list,
  thread,
}: {
  community: { slug: string; title: string };
  /** Link to the community's discussions too. */
  list?: boolean;
  thread?: { id: string; title: string };
}) {
  const t = useT();
  return (
    <nav aria-label={t('discussions.breadcrumb')}>
      <p className="breadcrumb">
        <Link to={routePaths.communities}>{t('directory.title')}</Link>{' '}
        <Link to={routePaths.community(community.slug)}>
          <bdi>{community.title}</bdi>
        </Link>
        {list ? (
          <>
            {' '}
            <Link to={routePaths.communityDiscussions(community.slug)}>{t('discussions.title')}</Link>
          </>
        ) : null}
        {thread ? (
          <>
            {' '}
            <Link to={routePaths.discussion(thread.id)}>
              <bdi>{thread.title}</bdi>
            </Link>
          </>
        ) : null}
      </p>
    </nav>
  );
}

/**
 * When something happened: "3 hours ago" for the last week, else the date in the viewer's
 * calendar and digits; the full date and time on hover and for machines.
 */
export function TimeAgo({ iso }: { iso: string }) {
  const { locale, intlLocale, arCalendar } = useLocale();
  const text = relativeTime(iso, Date.now(), intlLocale) ?? formatDate(iso, locale, { arCalendar });
  return (
    <time dateTime={iso} title={formatDateTime(iso, locale, { arCalendar })}>
      {text}
    </time>
  );
}

/** A date and time in the viewer's calendar (posts, reports). */
export function DateTime({ iso }: { iso: string }) {
  const { locale, arCalendar } = useLocale();
  return <time dateTime={iso}>{formatDateTime(iso, locale, { arCalendar })}</time>;
}

/** A pin and a padlock, drawn (no icon font); hidden from screen readers, the badge text says it. */
export function PinIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="discussions-icon">
      <path d="M6 1.5h4l-.6 4.2L12 8v1.3H8.7V14.5L8 15l-.7-.5V9.3H4V8l2.6-2.3z" fill="currentColor" />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="discussions-icon">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/** The pinned and locked badges of a thread. */
export function ThreadBadges({ pinned, locked, following }: { pinned: boolean; locked: boolean; following?: boolean }) {
  const t = useT();
  if (!pinned && !locked && !following) return null;
  return (
    <>
      {pinned ? (
        <span className="badge discussions-badge-pinned">
          <PinIcon />
          {t('discussions.badge.pinned')}
        </span>
      ) : null}
      {locked ? (
        <span className="badge discussions-badge-locked">
          <LockIcon />
          {t('discussions.badge.locked')}
        </span>
      ) : null}
      {following ? <span className="badge discussions-badge-following">{t('discussions.badge.following')}</span> : null}
    </>
  );
}

/** Refetches a thread and the lists it appears in (counts, last activity, unread). */
export function useRefreshThread() {
  const queryClient = useQueryClient();
  return async (threadId: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: discussionKeys.thread(threadId) }),
      queryClient.invalidateQueries({ queryKey: ['discussions', 'list'] }),
    ]);
  };
}
