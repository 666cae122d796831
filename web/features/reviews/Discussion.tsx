import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import type { ReviewPost } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormErrorAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import './panel.css';

export const discussionKey = (panelId: string, contributionId: string) => ['panel', panelId, 'discussion', contributionId] as const;

/**
 * The panel's thread on one contribution: its messages (Markdown) and a box to add one.
 * The server opens it to the chair and the secretary, and to a reviewer once their own review is
 * in; anyone else gets a short note instead of the thread. Its heading is an h3 unless told.
 */
export function Discussion({ panelId, contributionId, headingLevel = 3 }: { panelId: string; contributionId: string; headingLevel?: 2 | 3 | 4 }) {
  const t = useT();
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  const thread = useQuery({
    queryKey: discussionKey(panelId, contributionId),
    queryFn: () => unwrap(api.GET('/api/panels/{id}/discussion/{itemId}', { params: { path: { id: panelId, itemId: contributionId } } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

  let content: React.ReactNode;
  if (thread.isPending) content = <Loading />;
  else if (thread.isError) {
    const e = thread.error;
    content =
      e instanceof ApiError && e.status === 403 ? (
        <p className="panel-note">{t('panel.discussion.closed')}</p>
      ) : e instanceof ApiError && e.code === 'conflict_of_interest' ? (
        <p className="panel-note">{t('panel.discussion.conflicted')}</p>
      ) : (
        <FormErrorAlert error={e} hasClientErrors={false} />
      );
  } else {
    content = (
      <>
        {thread.data.items.length === 0 ? (
          <p className="muted">{t('panel.discussion.empty')}</p>
        ) : (
          <ol className="panel-posts">
            {thread.data.items.map((p) => (
              <Post key={p.id} post={p} />
            ))}
          </ol>
        )}
        <PostForm panelId={panelId} contributionId={contributionId} />
      </>
    );
  }

  return (
    <section className="panel-discussion" aria-labelledby={headingId}>
      <Heading id={headingId} className="panel-discussion-title">
        {t('panel.discussion.title')}
      </Heading>
      {content}
    </section>
  );
}

function Post({ post }: { post: ReviewPost }) {
  const { locale, arCalendar } = useLocale();
  return (
    <li className="panel-post">
      <p className="panel-post-meta">
        <strong>
          <UserText>{post.author.name}</UserText>
        </strong>{' '}
        <time className="muted small" dateTime={post.createdAt}>
          {formatDateTime(post.createdAt, locale, { arCalendar })}
        </time>
      </p>
      <div className="panel-post-body">
        <Markdown source={post.body} />
      </div>
    </li>
  );
}

const FIELDS = ['body'] as const;

function PostForm({ panelId, contributionId }: { panelId: string; contributionId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/panels/{id}/discussion/{itemId}', { params: { path: { id: panelId, itemId: contributionId } }, body: { body: body.trim() } })),
    onSuccess: (post) => {
      queryClient.setQueryData<{ items: ReviewPost[] }>(discussionKey(panelId, contributionId), (old) => (old ? { items: [...old.items, post] } : old));
      setBody('');
    },
  });
  const form = useFormErrors(send.error, FIELDS);

  return (
    <form
      ref={form.formRef}
      className="form panel-post-form"
      noValidate
      onSubmit={form.onSubmit(
        () => requiredErrors({ body }, FIELDS, t('validation.required')),
        () => send.mutate(),
      )}
    >
      <FormErrorAlert ref={form.alertRef} error={send.error} others={form.otherErrors} hasClientErrors={form.hasClientErrors} />
      <TextInput
        name="body"
        label={t('panel.discussion.message')}
        description={t('panel.discussion.markdown')}
        value={body}
        onChange={setBody}
        error={form.fieldErrors.body}
        multiline
        rows={3}
        dir="auto"
        isRequired
      />
      <div className="form-actions">
        <SubmitButton isPending={send.isPending}>{t('panel.discussion.send')}</SubmitButton>
      </div>
    </form>
  );
}
