import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Community, DiscussionThreadSummary } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Loading, Page } from '../../ui/Page';
import { SignInToContinue } from '../../ui/SignInToContinue';
import { PersonLink, WithCommunity } from '../communities/shared';
import { DiscussionsBreadcrumb, ThreadBadges, TimeAgo } from './shared';
import { discussionKeys } from './threadModel';

const PAGE_SIZE = 20;

/** `/communities/:slug/discussions`: the community's threads, pinned first, then by last activity. */
export function DiscussionsPage() {
  const t = useT();
  const { slug = '' } = useParams();
  return <WithCommunity slug={slug} title={t('discussions.title')}>{(c) => <DiscussionsView c={c} />}</WithCommunity>;
}

function DiscussionsView({ c }: { c: Community }) {
  const t = useT();
  const me = useMe();
  const threads = useInfiniteQuery({
    queryKey: discussionKeys.list(c.slug),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/communities/{slug}/discussions', { params: { path: { slug: c.slug }, query: { cursor: pageParam ?? undefined, limit: PAGE_SIZE } }, signal })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = threads.data?.pages.flatMap((p) => p.items) ?? [];
  const canStart = threads.data?.pages[0]?.canStart ?? false;
  // Chair, facilitators and administrators look after the reports (the server checks again).
  const moderator = c.viewer.role === 'chair' || c.viewer.role === 'facilitator' || me?.role === 'admin';

  return (
    <Page
      title={`${t('discussions.title')}: ${c.title}`}
      heading={<Msg id="discussions.heading" values={{ community: <UserText>{c.title}</UserText> }} />}
      lead={t('discussions.lead')}
      before={<DiscussionsBreadcrumb community={c} />}
    >
      {c.state === 'dissolved' ? (
        <div className="alert alert-warning discussions-notice" role="note">
          <p>{t('discussions.dissolvedNotice')}</p>
        </div>
      ) : null}
      <div className="discussions-toolbar">
        {canStart ? (
          <Link className="button button-primary" to={routePaths.newDiscussion(c.slug)}>
            {t('discussions.start')}
          </Link>
        ) : null}
        {moderator ? (
          <Link className="button button-secondary" to={routePaths.discussionReports(c.slug)}>
            {t('discussions.reports.link')}
          </Link>
        ) : null}
      </div>
      {me === null && c.state !== 'dissolved' ? (
        <section className="card discussions-signin">
          <SignInToContinue message={t('discussions.signInToTake')} signIn={t('discussions.signIn')} signUp={t('discussions.signUp')} />
        </section>
      ) : null}

      {threads.isPending ? (
        <Loading />
      ) : threads.isError ? (
        <FormAlert error={threads.error} />
      ) : items.length === 0 ? (
        <p className="empty">{canStart ? t('discussions.emptyStart') : t('discussions.empty')}</p>
      ) : (
        <>
          <ul className="discussions-list" aria-label={t('discussions.listLabel')}>
            {items.map((thread) => (
              <ThreadRow key={thread.id} thread={thread} />
            ))}
          </ul>
          <LoadMore query={threads} />
        </>
      )}
    </Page>
  );
}

function ThreadRow({ thread: d }: { thread: DiscussionThreadSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const unread = d.unread ?? 0;
  return (
    <li className={`discussions-row${d.pinned ? ' discussions-row-pinned' : ''}${unread > 0 ? ' discussions-row-unread' : ''}`}>
      <div className="discussions-row-main">
        <h2 className="discussions-row-title">
          <Link to={routePaths.discussion(d.id)}>
            <bdi dir="auto">{d.title}</bdi>
          </Link>
        </h2>
        <div className="discussions-row-badges">
          <ThreadBadges pinned={d.pinned} locked={d.locked} following={d.following} />
          {unread > 0 ? <span className="badge discussions-badge-unread">{t('discussions.unread', { count: unread, n: formatNumber(unread, locale) })}</span> : null}
        </div>
        <p className="small muted discussions-row-by">
          <Msg id="discussions.startedBy" values={{ name: <PersonLink id={d.author.id} name={d.author.name} />, when: <TimeAgo iso={d.createdAt} /> }} />
        </p>
      </div>
      <dl className="discussions-row-facts">
        <div>
          <dt>{t('discussions.replies.label')}</dt>
          <dd>{formatNumber(d.replies, locale)}</dd>
        </div>
        <div>
          <dt>{t('discussions.lastActivity')}</dt>
          <dd>
            <TimeAgo iso={d.lastPostAt} />
            {d.lastPoster ? (
              <span className="discussions-row-last">
                {' '}
                <Msg id="discussions.lastBy" values={{ name: <PersonLink id={d.lastPoster.id} name={d.lastPoster.name} /> }} />
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
    </li>
  );
}
