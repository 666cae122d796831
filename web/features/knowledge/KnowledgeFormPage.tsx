import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { KnowledgeInput, KnowledgeItem, KnowledgeList, KnowledgeWikiKind } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, FormErrorAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { NotFoundPage } from '../errors/ErrorPages';
import { DiffLegend, DiffLines } from './DiffView';
import { diffTexts } from './diffModel';
import { KnowledgeBreadcrumb } from './KnowledgeBreadcrumb';
import { useKnowledgeItem, type SavedState } from './KnowledgeItemPage';
import { conflictOf, EditConflictError, knowledgeKeys, noRetryOn4xx, parentOptions, parseTags, TAGS_MAX, WIKI_KINDS, type EditConflict } from './knowledgeModel';
import './knowledge.css';

const FIELDS = ['kind', 'title', 'parentId', 'tags', 'body', 'note'] as const;
const NONE = 'none';

interface Values {
  kind: KnowledgeWikiKind;
  title: string;
  parentId: string;
  tags: string;
  body: string;
  note: string;
}

/** The community's items (for the parent list) and whether the reader may write there. */
function useCommunityItems(slug: string) {
  return useQuery({
    queryKey: knowledgeKeys.list(slug, {}),
    queryFn: () => unwrap(api.GET('/api/communities/{slug}/knowledge', { params: { path: { slug } } })),
    enabled: slug !== '',
    retry: noRetryOn4xx,
  });
}

/** `/communities/:slug/knowledge/new[?parent=id]`: a member writes a page. */
export function NewKnowledgePage() {
  const t = useT();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const list = useCommunityItems(slug);
  if (list.isPending) return <Loading />;
  if (list.isError) {
    if (list.error instanceof ApiError && list.error.status === 404) return <NotFoundPage />;
    return (
      <Page title={t('knowledge.form.newTitle')}>
        <FormAlert error={list.error} />
      </Page>
    );
  }
  const parent = params.get('parent');
  return (
    <Page title={t('knowledge.form.newTitle')} before={<KnowledgeBreadcrumb community={list.data.community} />}>
      {list.data.canCreate ? (
        <KnowledgeForm
          list={list.data}
          initial={{ kind: 'page', title: '', parentId: parent && list.data.items.some((i) => i.id === parent) ? parent : NONE, tags: '', body: '', note: '' }}
        />
      ) : (
        <NotAllowed slug={slug} />
      )}
    </Page>
  );
}

/** `/knowledge/:id/edit`: a member edits a page; a save based on an old revision shows the other version. */
export function EditKnowledgePage() {
  const t = useT();
  const { id = '' } = useParams();
  const item = useKnowledgeItem(id);
  const list = useCommunityItems(item.data?.community.slug ?? '');
  if (item.isPending || (item.isSuccess && list.isPending)) return <Loading />;
  const error = item.error ?? list.error;
  if (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
    return (
      <Page title={t('knowledge.form.editTitle')}>
        <FormAlert error={error} />
      </Page>
    );
  }
  const data = item.data!;
  return (
    <Page
      title={t('knowledge.form.editTitleOf', { title: data.title })}
      heading={<Msg id="knowledge.form.editHeading" values={{ title: <bdi dir="auto">{data.title}</bdi> }} />}
      before={<KnowledgeBreadcrumb community={data.community} ancestors={data.ancestors} item={data} />}
    >
      {data.permissions.edit && data.kind !== 'meeting_minutes' ? (
        <KnowledgeForm
          list={list.data!}
          item={data}
          initial={{ kind: data.kind, title: data.title, parentId: data.parentId ?? NONE, tags: data.tags.join('، '), body: data.body, note: '' }}
        />
      ) : (
        <NotAllowed slug={data.community.slug} />
      )}
    </Page>
  );
}

function NotAllowed({ slug }: { slug: string }) {
  const t = useT();
  return (
    <>
      <p className="alert alert-warning">{t('knowledge.form.notAllowed')}</p>
      <p>
        <Link to={routePaths.communityKnowledge(slug)}>{t('knowledge.form.backToBase')}</Link>
      </p>
    </>
  );
}

/** PUT /api/knowledge/{id}: the saved item, or an EditConflictError carrying the version saved in between. */
async function saveEdit(id: string, body: KnowledgeInput & { baseRevision: number; note?: string }) {
  let result;
  try {
    result = await api.PUT('/api/knowledge/{id}', { params: { path: { id } }, body });
  } catch {
    throw new ApiError(0, null);
  }
  const current = conflictOf(result.response.status, result.error);
  if (current) throw new EditConflictError(current, result.error as { detail?: string });
  return unwrap(Promise.resolve(result));
}

function KnowledgeForm({ list, item, initial }: { list: KnowledgeList; item?: KnowledgeItem; initial: Values }) {
  const t = useT();
  const ids = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(initial);
  /** The revision this edit is based on; after a conflict, the other person's. */
  const [base, setBase] = useState(item?.revision ?? 0);
  const [conflict, setConflict] = useState<{ current: EditConflict; mine: { title: string; body: string } } | null>(null);
  const conflictRef = useRef<HTMLElement>(null);

  const save = useMutation({
    mutationFn: async (v: Values): Promise<KnowledgeItem> => {
      const body = {
        kind: v.kind,
        title: v.title.trim(),
        body: v.body,
        parentId: v.parentId === NONE ? null : v.parentId,
        tags: parseTags(v.tags),
        ...(v.note.trim() ? { note: v.note.trim() } : {}),
      };
      if (!item) return unwrap(api.POST('/api/communities/{slug}/knowledge', { params: { path: { slug: list.community.slug } }, body }));
      return saveEdit(item.id, { ...body, baseRevision: base });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(knowledgeKeys.item(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['knowledge', 'community', list.community.slug] });
      const state: SavedState = { saved: !item ? 'created' : saved.updatedAt === item.updatedAt ? 'unchanged' : 'saved', revision: saved.revision };
      await navigate(routePaths.knowledgeItem(saved.id), { state });
    },
    onError: (error, v) => {
      if (error instanceof EditConflictError) {
        setConflict({ current: error.current, mine: { title: v.title, body: v.body } });
        setBase(error.current.revision);
        // Move to the explanation: the form stays as the user left it, below.
        requestAnimationFrame(() => conflictRef.current?.focus());
      }
    },
  });
  const formError = save.error instanceof EditConflictError ? null : save.error;
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(formError, FIELDS);
  const set = <K extends keyof Values>(k: K, v: Values[K]) => {
    if (!save.isPending && save.isError && !(save.error instanceof EditConflictError)) save.reset();
    setValues((old) => ({ ...old, [k]: v }));
  };
  const tagCount = parseTags(values.tags).length;
  const check = () => {
    const errors = requiredErrors({ title: values.title }, ['title'], t('validation.required'));
    if (tagCount > TAGS_MAX) errors.tags = t('knowledge.form.tooManyTags', { max: TAGS_MAX });
    return errors;
  };
  const parents = parentOptions(list.items, item?.id);

  return (
    <>
      {conflict ? (
        <ConflictPanel
          ref={conflictRef}
          conflict={conflict}
          values={values}
          onTakeTheirs={() => setValues((old) => ({ ...old, title: conflict.current.title, body: conflict.current.body }))}
          onKeepMine={() => setValues((old) => ({ ...old, title: conflict.mine.title, body: conflict.mine.body }))}
        />
      ) : null}
      <form ref={formRef} className="knowledge-form" noValidate onSubmit={onSubmit(check, () => save.mutate(values))}>
        <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={formError} others={otherErrors} />
        <section className="card form" aria-labelledby={`${ids}-about`}>
          <h2 id={`${ids}-about`}>{t('knowledge.form.section.about')}</h2>
          <SelectField name="kind" label={t('knowledge.form.kind')} value={values.kind} options={WIKI_KINDS.map((k) => ({ id: k, label: t(`knowledge.kind.${k}`) }))} onChange={(v) => set('kind', v)} />
          {fieldErrors.kind ? <p className="field-error">{fieldErrors.kind}</p> : null}
          <TextInput name="title" label={t('knowledge.form.title')} value={values.title} onChange={(v) => set('title', v)} error={fieldErrors.title} dir="auto" isRequired />
          <SelectField
            name="parentId"
            label={t('knowledge.form.parent')}
            value={values.parentId}
            options={[{ id: NONE, label: t('knowledge.form.noParent') }, ...parents.map((p) => ({ id: p.id, label: p.path }))]}
            onChange={(v) => set('parentId', v)}
          />
          {fieldErrors.parentId ? (
            <p className="field-error" data-error="true" tabIndex={-1}>
              {fieldErrors.parentId}
            </p>
          ) : null}
          <TextInput
            name="tags"
            label={t('knowledge.form.tags')}
            description={t('knowledge.form.tagsHelp', { max: TAGS_MAX, count: tagCount })}
            value={values.tags}
            onChange={(v) => set('tags', v)}
            error={fieldErrors.tags}
            dir="auto"
          />
        </section>

        <section className="card form" aria-labelledby={`${ids}-text`}>
          <h2 id={`${ids}-text`}>{t('knowledge.form.section.text')}</h2>
          <TextInput name="body" label={t('knowledge.form.body')} description={t('knowledge.form.bodyHelp')} value={values.body} onChange={(v) => set('body', v)} error={fieldErrors.body} dir="auto" multiline rows={16} />
          <details className="knowledge-preview">
            <summary>{t('knowledge.form.preview')}</summary>
            {values.body.trim() ? <Markdown source={values.body} /> : <p className="muted">{t('knowledge.emptyBody')}</p>}
          </details>
          {item ? <TextInput name="note" label={t('knowledge.form.note')} description={t('knowledge.form.noteHelp')} value={values.note} onChange={(v) => set('note', v)} error={fieldErrors.note} dir="auto" /> : null}
        </section>

        <div className="form-actions">
          <SubmitButton isPending={save.isPending || save.isSuccess}>{item ? (conflict ? t('knowledge.form.saveAgain', { n: base + 1 }) : t('knowledge.form.save')) : t('knowledge.form.create')}</SubmitButton>
          <Link to={item ? routePaths.knowledgeItem(item.id) : routePaths.communityKnowledge(list.community.slug)}>{t('knowledge.form.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

/**
 * After a refused save: what happened, the other person's version (title and text, to read and
 * copy), and how the user's text differs from it. The form keeps the user's text; saving again
 * goes on top of the other version.
 */
function ConflictPanel({
  ref,
  conflict,
  values,
  onTakeTheirs,
  onKeepMine,
}: {
  ref: React.Ref<HTMLElement>;
  conflict: { current: EditConflict; mine: { title: string; body: string } };
  values: Values;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const t = useT();
  const ids = useId();
  const { locale, arCalendar } = useLocale();
  const { current, mine } = conflict;
  const diff = diffTexts(current.body, values.body, locale);
  const sameTitle = current.title === values.title.trim();
  return (
    <section className="alert alert-error knowledge-conflict" ref={ref} tabIndex={-1} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('knowledge.conflict.title')}</h2>
      <p role="alert">
        <Msg
          id="knowledge.conflict.body"
          values={{
            name: <UserText>{current.author.name}</UserText>,
            n: current.revision,
            date: <time dateTime={current.createdAt}>{formatDateTime(current.createdAt, locale, { arCalendar })}</time>,
          }}
        />
      </p>
      <p>{t('knowledge.conflict.howTo')}</p>
      <div className="knowledge-conflict-grid">
        <section className="knowledge-conflict-version" aria-labelledby={`${ids}-theirs`}>
          <h3 id={`${ids}-theirs`}>
            <Msg id="knowledge.conflict.theirs" values={{ name: <UserText>{current.author.name}</UserText>, n: current.revision }} />
          </h3>
          <p className="knowledge-conflict-title">
            <Msg id="knowledge.conflict.titleIs" values={{ title: <bdi dir="auto">{current.title}</bdi> }} />
          </p>
          <label className="field-label" htmlFor={`${ids}-their-text`}>
            {t('knowledge.conflict.theirText')}
          </label>
          <textarea id={`${ids}-their-text`} className="field-input field-textarea" dir="auto" readOnly rows={10} value={current.body} />
          <button type="button" className="button button-secondary button-compact" onClick={onTakeTheirs}>
            {t('knowledge.conflict.takeTheirs')}
          </button>
        </section>
        <section className="knowledge-conflict-version" aria-labelledby={`${ids}-mine`}>
          <h3 id={`${ids}-mine`}>{t('knowledge.conflict.mine')}</h3>
          <p className="knowledge-conflict-title">
            <Msg id="knowledge.conflict.titleIs" values={{ title: <bdi dir="auto">{mine.title}</bdi> }} />
          </p>
          <label className="field-label" htmlFor={`${ids}-my-text`}>
            {t('knowledge.conflict.myText')}
          </label>
          <textarea id={`${ids}-my-text`} className="field-input field-textarea" dir="auto" readOnly rows={10} value={mine.body} />
          <button type="button" className="button button-secondary button-compact" onClick={onKeepMine}>
            {t('knowledge.conflict.keepMine')}
          </button>
        </section>
      </div>
      <details className="knowledge-conflict-diff" open>
        <summary>{t('knowledge.conflict.diff')}</summary>
        {sameTitle ? null : <p className="small">{t('knowledge.conflict.titleDiffers')}</p>}
        <DiffLegend added={diff.added} removed={diff.removed} />
        <DiffLines lines={diff.lines} emptyText={t('knowledge.diff.noChange')} />
      </details>
    </section>
  );
}
