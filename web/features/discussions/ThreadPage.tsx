import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { DiscussionPost, DiscussionThread } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { FormAlert, FormErrorAlert } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Loading, Page } from '../../ui/Page';
import { SignInToContinue } from '../../ui/SignInToContinue';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { NotFoundPage } from '../errors/ErrorPages';
import { MarkdownComposer } from './MarkdownComposer';
import { PostItem } from './PostItem';
import { DiscussionsBreadcrumb, ThreadBadges, TimeAgo, useRefreshThread } from './shared';
import { PersonLink } from '../communities/shared';
import { discussionKeys, firstUnreadNumber, mergePosts, postAnchor, postNumberFromHash, POSTS_PAGE, readUpTo, TITLE_MAX } from './threadModel';

type Pages = InfiniteData<DiscussionThread>;

/** `/discussions/:id`: a thread's posts in order, page by page, with the reply form. */
export function ThreadPage() {
  const { id = '' } = useParams();
  const t = useT();
  const me = useMe();
  const thread = useInfiniteQuery({
    queryKey: discussionKeys.thread(id),
    queryFn: ({ pageParam, signal }) => unwrap(api.GET('/api/discussions/{id}', { params: { path: { id }, query: { from: pageParam, limit: POSTS_PAGE } }, signal })),
    initialPageParam: 1,
    getNextPageParam: (last) => last.nextFrom ?? undefined,
    retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
  });

  if (thread.isPending) return <Loading />;
  if (thread.isError) {
    const missing = thread.error instanceof ApiError && (thread.error.status === 404 || thread.error.status === 400);
    if (missing && me === null) {
      // A private community's thread is not found for visitors: signing in may show it.
      return (
        <Page title={t('discussions.thread.notFoundTitle')} narrow>
          <section className="card">
            <SignInToContinue message={t('discussions.thread.signInToSee')} signIn={t('discussions.signIn')} signUp={t('discussions.signUp')} />
          </section>
        </Page>
      );
    }
    if (missing) return <NotFoundPage />;
    return (
      <Page title={t('discussions.title')}>
        <FormAlert error={thread.error} />
      </Page>
    );
  }
  return <ThreadView key={id} data={thread.data} query={thread} />;
}

interface ThreadViewProps {
  data: Pages;
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
}

function ThreadView({ data, query }: ThreadViewProps) {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const d = data.pages[0]!;
  const posts = mergePosts(data.pages);
  // Where the reader had got to before this visit: the divider stays put while they read on.
  const [readBefore] = useState(d.lastReadNumber);
  const divider = firstUnreadNumber(readBefore, posts);
  const [quoting, setQuoting] = useState<DiscussionPost | null>(null);
  const composerRef = useRef<HTMLTextAreaElement | null>(null);
  const dissolved = d.community.state === 'dissolved';

  // Mark what was shown as read (never backwards), then refresh the list's unread counts.
  const sentUpTo = useRef(d.lastReadNumber);
  const markRead = useMutation({
    mutationFn: (number: number) => unwrap(api.PUT('/api/discussions/{id}/read', { params: { path: { id: d.id } }, body: { number } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['discussions', 'list'] }),
  });
  const upTo = me ? readUpTo(posts, sentUpTo.current) : null;
  const { mutate: sendRead } = markRead;
  useEffect(() => {
    if (upTo === null) return;
    sentUpTo.current = upTo;
    sendRead(upTo);
  }, [upTo, sendRead]);

  // #post-N: load further pages until that post is there, then bring it into view once.
  const target = postNumberFromHash(location.hash);
  const highest = posts.at(-1)?.number ?? 0;
  const scrolledTo = useRef<string | null>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (target === null) return;
    if (target > highest && hasNextPage && !isFetchingNextPage) {
      void fetchNextPage();
      return;
    }
    if (scrolledTo.current === location.key + location.hash) return;
    const el = document.getElementById(postAnchor(target));
    if (!el) return;
    scrolledTo.current = location.key + location.hash;
    el.scrollIntoView({ block: 'start' });
  }, [target, highest, hasNextPage, isFetchingNextPage, fetchNextPage, location.key, location.hash]);

  const quote = (post: DiscussionPost) => {
    setQuoting(post);
    composerRef.current?.focus();
    composerRef.current?.scrollIntoView({ block: 'center' });
  };

  return (
    <Page
      title={d.title}
      heading={<bdi dir="auto">{d.title}</bdi>}
      before={<DiscussionsBreadcrumb community={d.community} list />}
    >
      <div className="badge-row discussions-thread-badges">
        {/* Following shows on its button below. */}
        <ThreadBadges pinned={d.pinned} locked={d.locked} />
        <span className="small muted">
          <Msg id="discussions.startedBy" values={{ name: <PersonLink id={d.author.id} name={d.author.name} />, when: <TimeAgo iso={posts[0]?.createdAt ?? new Date().toISOString()} /> }} />
        </span>
      </div>
      <ThreadTools thread={d} />

      <section aria-labelledby="discussions-posts-title" className="discussions-posts">
        <h2 id="discussions-posts-title" className="visually-hidden">
          {t('discussions.thread.posts')}
        </h2>
        <ol className="discussions-post-list">
          {posts.map((p) => (
            <Fragment key={p.id}>
              {p.number === divider ? (
                <li className="discussions-divider">
                  <span>{t('discussions.thread.newPosts')}</span>
                </li>
              ) : null}
              <li>
                <PostItem post={p} thread={d} isTarget={p.number === target} onQuote={quote} />
              </li>
            </Fragment>
          ))}
        </ol>
        <LoadMore query={query} />
      </section>

      {d.permissions.reply ? (
        <ReplyForm
          thread={d}
          quoting={quoting}
          onUnquote={() => setQuoting(null)}
          composerRef={composerRef}
          onPosted={(post) => {
            setQuoting(null);
            void navigate({ hash: postAnchor(post.number) }, { replace: true });
          }}
        />
      ) : (
        <NoReply thread={d} dissolved={dissolved} signedIn={me != null} />
      )}
    </Page>
  );
}

/** Why there is no reply form: a dissolved community, a locked thread, a visitor, or not a member. */
function NoReply({ thread, dissolved, signedIn }: { thread: DiscussionThread; dissolved: boolean; signedIn: boolean }) {
  const t = useT();
  if (dissolved || thread.locked) {
    return (
      <div className="alert alert-info discussions-notice" role="note">
        <p>{dissolved ? t('discussions.dissolvedNotice') : t('discussions.thread.lockedNotice')}</p>
      </div>
    );
  }
  if (!signedIn) {
    return (
      <section className="card discussions-signin">
        <SignInToContinue message={t('discussions.thread.signInToReply')} signIn={t('discussions.signIn')} signUp={t('discussions.signUp')} />
      </section>
    );
  }
  return (
    <div className="alert alert-info discussions-notice" role="note">
      <p>
        {t('discussions.thread.membersOnly')} <Link to={routePaths.community(thread.community.slug)}>{t('discussions.thread.toCommunity')}</Link>
      </p>
    </div>
  );
}

/** Follow/unfollow; for moderators pin, lock and the reports; for the author and moderators, renaming. */
function ThreadTools({ thread: d }: { thread: DiscussionThread }) {
  const t = useT();
  const me = useMe();
  const refresh = useRefreshThread();
  const [renaming, setRenaming] = useState(false);
  const follow = useMutation({
    mutationFn: (on: boolean) =>
      on
        ? unwrap(api.PUT('/api/discussions/{id}/follow', { params: { path: { id: d.id } } }))
        : unwrap(api.DELETE('/api/discussions/{id}/follow', { params: { path: { id: d.id } } })),
    onSuccess: () => refresh(d.id),
  });
  const patch = useMutation({
    mutationFn: (body: { pinned?: boolean; locked?: boolean }) => unwrap(api.PATCH('/api/discussions/{id}', { params: { path: { id: d.id } }, body })),
    onSuccess: () => refresh(d.id),
  });
  const dissolved = d.community.state === 'dissolved';
  // The author renames while the thread is open; moderators at any time (the server decides again).
  const canRename = !dissolved && (d.permissions.moderate || (me != null && me.id === d.author.id && !d.locked));
  const mod = d.permissions.moderate;
  if (!d.permissions.follow && !mod && !canRename) return null;
  const error = follow.error ?? patch.error;

  return (
    <div className="discussions-tools">
      <div className="discussions-tools-row" role="group" aria-label={t('discussions.tools.label')}>
        {d.permissions.follow ? (
          <Button className="button button-secondary button-compact" aria-pressed={d.following} isPending={follow.isPending} onPress={() => follow.mutate(!d.following)}>
            {d.following ? t('discussions.tools.following') : t('discussions.tools.follow')}
          </Button>
        ) : null}
        {mod && !dissolved ? (
          <>
            <Button className="button button-secondary button-compact" isPending={patch.isPending && patch.variables?.pinned !== undefined} onPress={() => patch.mutate({ pinned: !d.pinned })}>
              {d.pinned ? t('discussions.tools.unpin') : t('discussions.tools.pin')}
            </Button>
            <Button className="button button-secondary button-compact" isPending={patch.isPending && patch.variables?.locked !== undefined} onPress={() => patch.mutate({ locked: !d.locked })}>
              {d.locked ? t('discussions.tools.unlock') : t('discussions.tools.lock')}
            </Button>
          </>
        ) : null}
        {canRename && !renaming ? (
          <Button className="button button-secondary button-compact" onPress={() => setRenaming(true)}>
            {t('discussions.tools.rename')}
          </Button>
        ) : null}
        {mod ? (
          <Link className="discussions-tools-link" to={routePaths.discussionReports(d.community.slug)}>
            {t('discussions.reports.link')}
          </Link>
        ) : null}
      </div>
      {d.permissions.follow ? <p className="small muted discussions-tools-help">{d.following ? t('discussions.tools.followingHelp') : t('discussions.tools.followHelp')}</p> : null}
      {error ? <FormAlert error={error} /> : null}
      {renaming ? <RenameForm thread={d} onDone={() => setRenaming(false)} /> : null}
    </div>
  );
}

function RenameForm({ thread, onDone }: { thread: DiscussionThread; onDone: () => void }) {
  const t = useT();
  const refresh = useRefreshThread();
  const [title, setTitle] = useState(thread.title);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/discussions/{id}', { params: { path: { id: thread.id } }, body: { title: title.trim() } })),
    onSuccess: async () => {
      await refresh(thread.id);
      onDone();
    },
  });
  const form = useFormErrors(save.error, ['title']);
  const check = () => {
    const errors = requiredErrors({ title }, ['title'], t('validation.required'));
    if (!errors.title && title.trim().length > TITLE_MAX) errors.title = t('discussions.new.titleTooLong', { max: TITLE_MAX });
    return errors;
  };
  return (
    <form ref={form.formRef} className="card discussions-rename" noValidate onSubmit={form.onSubmit(check, () => save.mutate())}>
      <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={save.error} others={form.otherErrors} />
      <TextInput name="title" label={t('discussions.new.field.title')} value={title} onChange={setTitle} error={form.fieldErrors.title} dir="auto" isRequired autoFocus />
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{t('discussions.edit.save')}</SubmitButton>
        <SubmitButton type="button" variant="secondary" onPress={onDone}>
          {t('discussions.cancel')}
        </SubmitButton>
      </div>
    </form>
  );
}

interface ReplyFormProps {
  thread: DiscussionThread;
  quoting: DiscussionPost | null;
  onUnquote: () => void;
  composerRef: React.RefObject<HTMLTextAreaElement | null>;
  onPosted: (post: DiscussionPost) => void;
}

/** «پاسخ»: the composer under the thread, with the quoted post above the text when there is one. */
function ReplyForm({ thread, quoting, onUnquote, composerRef, onPosted }: ReplyFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const refresh = useRefreshThread();
  const [body, setBody] = useState('');
  const reply = useMutation({
    mutationFn: () => unwrap(api.POST('/api/discussions/{id}/posts', { params: { path: { id: thread.id } }, body: { body, quotePostId: quoting?.id ?? null } })),
    onSuccess: async (post) => {
      setBody('');
      await refresh(thread.id);
      onPosted(post);
    },
  });
  const form = useFormErrors(reply.error, ['body', 'quotePostId']);
  return (
    <section className="card discussions-reply" aria-labelledby="discussions-reply-title">
      <h2 id="discussions-reply-title">{t('discussions.reply.title')}</h2>
      <form ref={form.formRef} noValidate onSubmit={form.onSubmit(() => requiredErrors({ body }, ['body'], t('validation.required')), () => reply.mutate())}>
        <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={reply.error} others={form.otherErrors} />
        {quoting ? (
          <div className="discussions-quoting">
            <p className="small">
              <Msg id="discussions.reply.quoting" values={{ name: <bdi>{quoting.author.name}</bdi>, n: formatNumber(quoting.number, locale) }} />
            </p>
            <p className="discussions-quoting-text small muted" dir="auto">
              {quoting.body.slice(0, 200)}
            </p>
            <Button className="button button-secondary button-compact" onPress={onUnquote}>
              {t('discussions.reply.unquote')}
            </Button>
            {form.fieldErrors.quotePostId ? <p className="field-error">{form.fieldErrors.quotePostId}</p> : null}
          </div>
        ) : null}
        <MarkdownComposer slug={thread.community.slug} name="body" label={t('discussions.reply.label')} value={body} onChange={setBody} error={form.fieldErrors.body} rows={5} textareaRef={composerRef} />
        <div className="form-actions">
          <SubmitButton isPending={reply.isPending}>{t('discussions.reply.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
