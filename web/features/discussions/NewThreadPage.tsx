import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { Community } from '../../api/types';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormErrorAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { WithCommunity } from '../communities/shared';
import { MarkdownComposer } from './MarkdownComposer';
import { DiscussionsBreadcrumb } from './shared';
import { discussionKeys, TITLE_MAX } from './threadModel';

const FIELDS = ['title', 'body'] as const;

/** `/communities/:slug/discussions/new`: a title and the opening post. */
export function NewThreadPage() {
  const t = useT();
  const { slug = '' } = useParams();
  return <WithCommunity slug={slug} title={t('discussions.new.title')}>{(c) => <NewThreadView c={c} />}</WithCommunity>;
}

function NewThreadView({ c }: { c: Community }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/communities/{slug}/discussions', { params: { path: { slug: c.slug } }, body: { title: title.trim(), body } })),
    onSuccess: async (thread) => {
      queryClient.setQueryData(discussionKeys.thread(thread.id), { pages: [thread], pageParams: [1] });
      await queryClient.invalidateQueries({ queryKey: discussionKeys.list(c.slug) });
      void navigate(routePaths.discussion(thread.id));
    },
  });
  const form = useFormErrors(start.error, FIELDS);
  const member = c.viewer.role !== null;

  const check = () => {
    const errors = requiredErrors({ title, body }, FIELDS, t('validation.required'));
    if (!errors.title && title.trim().length > TITLE_MAX) errors.title = t('discussions.new.titleTooLong', { max: TITLE_MAX });
    return errors;
  };

  return (
    <Page
      title={`${t('discussions.new.title')}: ${c.title}`}
      heading={t('discussions.new.title')}
      lead={<Msg id="discussions.new.lead" values={{ community: <UserText>{c.title}</UserText> }} />}
      before={<DiscussionsBreadcrumb community={c} list />}
    >
      {c.state === 'dissolved' || !member ? (
        <div className="alert alert-info" role="note">
          <p>{c.state === 'dissolved' ? t('discussions.dissolvedNotice') : t('discussions.new.membersOnly')}</p>
          <p>
            <Link to={routePaths.communityDiscussions(c.slug)}>{t('discussions.backToList')}</Link>
          </p>
        </div>
      ) : (
        <form ref={form.formRef} className="card discussions-form" noValidate onSubmit={form.onSubmit(check, () => start.mutate())}>
          <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={start.error} others={form.otherErrors} />
          <TextInput name="title" label={t('discussions.new.field.title')} value={title} onChange={setTitle} error={form.fieldErrors.title} dir="auto" isRequired />
          <MarkdownComposer slug={c.slug} name="body" label={t('discussions.new.field.body')} value={body} onChange={setBody} error={form.fieldErrors.body} rows={10} />
          <div className="form-actions">
            <SubmitButton isPending={start.isPending}>{t('discussions.new.submit')}</SubmitButton>
            <Link to={routePaths.communityDiscussions(c.slug)}>{t('discussions.cancel')}</Link>
          </div>
        </form>
      )}
    </Page>
  );
}
