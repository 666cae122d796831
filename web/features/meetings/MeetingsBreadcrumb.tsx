import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useT } from '../../i18n/useT';

/** Communities › (community ›) (meetings ›) (meeting ›): the trail above the calendar and the meeting forms. */
export function MeetingsBreadcrumb({
  community,
  calendar,
  meeting,
}: {
  community: { slug: string; title: string };
  /** Link to the community's calendar too. */
  calendar?: boolean;
  meeting?: { id: string; title: string };
}) {
  const t = useT();
  return (
    <nav aria-label={t('meetings.calendar.breadcrumb')}>
      <p className="breadcrumb">
        <Link to={routePaths.communities}>{t('directory.title')}</Link>{' '}
        <Link to={routePaths.community(community.slug)}>
          <bdi>{community.title}</bdi>
        </Link>
        {calendar ? (
          <>
            {' '}
            <Link to={routePaths.communityMeetings(community.slug)}>{t('meetings.calendar.title')}</Link>
          </>
        ) : null}
        {meeting ? (
          <>
            {' '}
            <Link to={routePaths.meeting(meeting.id)}>
              <bdi>{meeting.title}</bdi>
            </Link>
          </>
        ) : null}
      </p>
    </nav>
  );
}
