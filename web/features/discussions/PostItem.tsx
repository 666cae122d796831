import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { DiscussionPost, DiscussionThread } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { FormAlert, FormErrorAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { PersonLink } from '../communities/shared';
import { MarkdownComposer } from './MarkdownComposer';
import { ReportDialog } from './ReportDialog';
import { DateTime, useRefreshThread } from './shared';
import { discussionKeys, postAnchor } from './threadModel';

interface PostItemProps {
  post: DiscussionPost;
  thread: Pick<DiscussionThread, 'id' | 'community' | 'permissions' | 'locked'>;
  /** The post the URL points at (#post-N): drawn with a highlight. */
  isTarget: boolean;
  onQuote: (post: DiscussionPost) => void;
}

/**
 * One post: who wrote it and when (and «ویرایش شده» with the earlier texts), the quoted post,
 * the text, and what the reader may do with it. A deleted post stays as a mark in its place.
 */
export function PostItem({ post: p, thread, isTarget, onQuote }: PostItemProps) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const historyId = useId();
  const headingId = useId();
  const mine = me?.id === p.author.id;
  const n = formatNumber(p.number, locale);

  return (
    <article id={postAnchor(p.number)} className={`discussions-post${isTarget ? ' discussions-post-target' : ''}${p.deleted ? ' discussions-post-deleted' : ''}`} aria-labelledby={headingId}>
      <header className="discussions-post-head">
        <h3 id={headingId} className="discussions-post-author">
          <PersonLink id={p.author.id} name={p.author.name} />
          <span className="visually-hidden"> {t('discussions.post.number', { n })}</span>
        </h3>
        <span className="discussions-post-meta small muted">
          <DateTime iso={p.createdAt} />
          {p.editedAt ? (
            <>
              {' · '}
              <Button className="discussions-link-button" aria-expanded={history} aria-controls={historyId} onPress={() => setHistory((h) => !h)}>
                {t('discussions.post.edited')}
              </Button>
            </>
          ) : null}
          {' · '}
          <a href={`#${postAnchor(p.number)}`} className="discussions-post-permalink" aria-label={t('discussions.post.permalink', { n })}>
            <bdi dir="ltr">#{n}</bdi>
          </a>
        </span>
      </header>

      {history && p.editedAt ? (
        <div id={historyId}>
          <Revisions post={p} />
        </div>
      ) : null}

      {p.quote ? <QuoteBlock quote={p.quote} /> : null}

      {p.deleted ? (
        <DeletedMark post={p} />
      ) : editing ? (
        <EditPost post={p} threadId={thread.id} slug={thread.community.slug} onDone={() => setEditing(false)} />
      ) : (
        <div className="discussions-post-body">
          <Markdown source={p.body} />
        </div>
      )}

      {!p.deleted && !editing ? (
        <div className="discussions-post-actions">
          {thread.permissions.reply ? (
            <Button className="button button-secondary button-compact discussions-quiet" onPress={() => onQuote(p)}>
              {t('discussions.post.quote')}
            </Button>
          ) : null}
          {p.canEdit ? (
            <Button className="button button-secondary button-compact discussions-quiet" onPress={() => setEditing(true)}>
              {t('discussions.post.edit')}
            </Button>
          ) : null}
          {p.canDelete ? <DeletePost post={p} threadId={thread.id} mine={mine} /> : null}
          {thread.permissions.report && !mine ? <ReportDialog post={p} /> : null}
        </div>
      ) : null}
    </article>
  );
}

/** The quoted post: its author and number (a link to it) and the first words. */
function QuoteBlock({ quote }: { quote: NonNullable<DiscussionPost['quote']> }) {
  const t = useT();
  const { locale } = useLocale();
  const n = formatNumber(quote.number, locale);
  return (
    <blockquote className="discussions-quote">
      <p className="discussions-quote-head small">
        <a href={`#${postAnchor(quote.number)}`}>
          <Msg id="discussions.quote.wrote" values={{ name: <bdi>{quote.author.name}</bdi>, n }} />
        </a>
      </p>
      {quote.excerpt ? (
        <p className="discussions-quote-text" dir="auto">
          {quote.excerpt}
        </p>
      ) : (
        <p className="discussions-quote-text muted">{t('discussions.quote.deleted')}</p>
      )}
    </blockquote>
  );
}

/** «این پیام حذف شده است» (by its author or a moderator); moderators may still read what it said. */
function DeletedMark({ post }: { post: DiscussionPost }) {
  const t = useT();
  return (
    <div className="discussions-tombstone">
      <p>{post.deletedBy === 'moderator' ? t('discussions.post.deletedByModerator') : t('discussions.post.deleted')}</p>
      {post.body ? (
        <details className="discussions-removed">
          <summary>{t('discussions.post.removedText')}</summary>
          <Markdown source={post.body} />
        </details>
      ) : null}
    </div>
  );
}

/** The earlier texts of an edited post, oldest first, each with when it was replaced. */
function Revisions({ post }: { post: DiscussionPost }) {
  const t = useT();
  const { locale } = useLocale();
  const revisions = useQuery({
    queryKey: discussionKeys.revisions(post.id),
    queryFn: () => unwrap(api.GET('/api/posts/{id}/revisions', { params: { path: { id: post.id } } })),
  });
  if (revisions.isPending) return <Loading />;
  if (revisions.isError) return <FormAlert error={revisions.error} />;
  return (
    <section className="discussions-revisions" aria-label={t('discussions.revisions.title')}>
      <h4 className="discussions-revisions-title">{t('discussions.revisions.title')}</h4>
      {revisions.data.length === 0 ? (
        <p className="muted small">{t('discussions.revisions.none')}</p>
      ) : (
        <ol className="discussions-revisions-list">
          {revisions.data.map((r, i) => (
            <li key={r.replacedAt + i}>
              <p className="small muted">
                <Msg id="discussions.revisions.version" values={{ n: formatNumber(i + 1, locale), when: <DateTime iso={r.replacedAt} /> }} />
              </p>
              <Markdown source={r.body} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EditPost({ post, threadId, slug, onDone }: { post: DiscussionPost; threadId: string; slug: string; onDone: () => void }) {
  const t = useT();
  const refresh = useRefreshThread();
  const [body, setBody] = useState(post.body);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/posts/{id}', { params: { path: { id: post.id } }, body: { body } })),
    onSuccess: async () => {
      await refresh(threadId);
      onDone();
    },
  });
  const form = useFormErrors(save.error, ['body']);
  return (
    <form ref={form.formRef} className="discussions-edit" noValidate onSubmit={form.onSubmit(() => requiredErrors({ body }, ['body'], t('validation.required')), () => save.mutate())}>
      <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={save.error} others={form.otherErrors} />
      <MarkdownComposer slug={slug} name="body" label={t('discussions.edit.label')} value={body} onChange={setBody} error={form.fieldErrors.body} rows={6} />
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{t('discussions.edit.save')}</SubmitButton>
        <SubmitButton type="button" variant="secondary" onPress={onDone}>
          {t('discussions.cancel')}
        </SubmitButton>
      </div>
    </form>
  );
}

function DeletePost({ post, threadId, mine }: { post: DiscussionPost; threadId: string; mine: boolean }) {
  const t = useT();
  const refresh = useRefreshThread();
  return (
    <ConfirmAction
      label={t('discussions.post.delete')}
      title={t('discussions.delete.title')}
      body={mine ? t('discussions.delete.bodyOwn') : t('discussions.delete.bodyModerator')}
      confirm={t('discussions.delete.confirm')}
      cancel={t('discussions.cancel')}
      action={() => unwrap(api.DELETE('/api/posts/{id}', { params: { path: { id: post.id } } }))}
      onDone={() => void refresh(threadId)}
    />
  );
}
