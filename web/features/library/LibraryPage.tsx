import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Community, LibraryDocument, LibraryDocumentSummary, LibraryLimits } from '../../api/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { LoadMore } from '../../ui/LoadMore';
import { Loading, Page } from '../../ui/Page';
import { SignInToContinue } from '../../ui/SignInToContinue';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/useFormErrors';
import { WithCommunity } from '../communities/shared';
import { downloadUrl, libraryKeys, titleFromFileName } from './libraryModel';
import { FileBadge, FileField, LibraryBreadcrumb, uploadDocument, useFileCheck, useRefreshLibrary, useSizeText, useTypeLabel } from './shared';

const PAGE_SIZE = 20;

/** `/communities/:slug/library`: the community's documents, and the upload form for its members. */
export function LibraryPage() {
  const t = useT();
  const { slug = '' } = useParams();
  return <WithCommunity slug={slug} title={t('library.title')}>{(c) => <LibraryView c={c} />}</WithCommunity>;
}

/** The filter as typed, sent a moment after typing stops. */
function useDebounced(value: string, ms = 300) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function LibraryView({ c }: { c: Community }) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const [filter, setFilter] = useState('');
  const q = useDebounced(filter.trim());
  const docs = useInfiniteQuery({
    queryKey: libraryKeys.list(c.slug, q),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/communities/{slug}/documents', { params: { path: { slug: c.slug }, query: { cursor: pageParam ?? undefined, limit: PAGE_SIZE, ...(q ? { q } : {}) } }, signal })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const first = docs.data?.pages[0];
  const rows = docs.data?.pages.flatMap((p) => p.items) ?? [];
  const dissolved = c.state === 'dissolved';
  // After a delete, the document page sends its title along.
  const deleted = (useLocation().state as { deleted?: unknown } | null)?.deleted;

  return (
    <Page title={t('library.title')} lead={t('library.lead')} before={<LibraryBreadcrumb community={c} />}>
      {typeof deleted === 'string' ? (
        <StatusMessage>
          <Msg id="library.delete.done" values={{ title: <UserText>{deleted}</UserText> }} />
        </StatusMessage>
      ) : null}
      {dissolved ? (
        <div className="alert alert-info" role="note">
          <p>{t('library.dissolved')}</p>
        </div>
      ) : null}

      {first?.canUpload ? (
        <UploadForm slug={c.slug} limits={first.limits} />
      ) : first && !dissolved ? (
        <section className="card" aria-labelledby="library-upload-title">
          <h2 id="library-upload-title">{t('library.upload.title')}</h2>
          {me === null ? (
            <SignInToContinue message={t('library.upload.signIn')} signIn={t('library.upload.signInButton')} signUp={t('library.upload.signUpButton')} />
          ) : (
            <p className="muted">{t('library.upload.membersOnly')}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="library-docs-title" className="library-docs">
        <div className="library-docs-head">
          <h2 id="library-docs-title">{t('library.documents')}</h2>
          <div className="library-filter">
            <TextInput name="q" type="search" label={t('library.filter')} value={filter} onChange={setFilter} dir="auto" />
          </div>
        </div>
        {docs.isPending ? (
          <Loading />
        ) : docs.isError ? (
          <FormAlert error={docs.error} />
        ) : rows.length === 0 ? (
          <p className="empty">{q ? t('library.noMatches') : t('library.empty')}</p>
        ) : (
          <>
            <p className="muted small" aria-live="polite">
              {t('library.count', { count: rows.length, n: formatNumber(rows.length, locale) })}
            </p>
            <ul className="library-list">
              {rows.map((d) => (
                <DocumentRow key={d.id} d={d} />
              ))}
            </ul>
            <LoadMore query={docs} />
          </>
        )}
      </section>
    </Page>
  );
}

function DocumentRow({ d }: { d: LibraryDocumentSummary }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const size = useSizeText();
  const typeLabel = useTypeLabel();
  const titleId = useId();
  return (
    <li className="library-item" aria-labelledby={titleId}>
      <FileBadge type={d.latest.type} />
      <div className="library-item-body">
        <h3 className="library-item-title" id={titleId}>
          <Link to={routePaths.document(d.id)} dir="auto">
            {d.title}
          </Link>
        </h3>
        {d.description ? (
          <p className="library-item-text" dir="auto">
            {d.description}
          </p>
        ) : null}
        <p className="library-item-meta small muted">
          <span>{typeLabel(d.latest.type)}</span>
          <span>{size(d.latest.size)}</span>
          {d.currentVersion > 1 ? <span>{t('library.versionN', { n: formatNumber(d.currentVersion, locale) })}</span> : null}
          <span>
            <time dateTime={d.updatedAt}>{formatDate(d.updatedAt, locale, { arCalendar })}</time>
          </span>
          <span>
            <Msg id="library.by" values={{ name: <UserText>{d.latest.uploadedBy.name}</UserText> }} />
          </span>
        </p>
      </div>
      <a className="button button-secondary button-compact library-download" href={downloadUrl(d.id)} download={d.latest.fileName}>
        {t('library.download')}
        <span className="visually-hidden">
          {' '}
          <bdi>{d.title}</bdi>
        </span>
      </a>
    </li>
  );
}

const FIELDS = ['file', 'title', 'description'] as const;

/** Upload a document: the file, then an optional title (the file's name otherwise) and description. */
function UploadForm({ slug, limits }: { slug: string; limits: LibraryLimits }) {
  const t = useT();
  const id = useId();
  const refresh = useRefreshLibrary();
  const check = useFileCheck();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [done, setDone] = useState<LibraryDocument | null>(null);

  const upload = useMutation({
    mutationFn: (f: File) => uploadDocument(slug, { file: f, title, description }),
    onSuccess: async (doc) => {
      setDone(doc);
      setFile(null);
      setTitle('');
      setDescription('');
      if (fileRef.current) fileRef.current.value = '';
      await refresh();
    },
  });
  const form = useFormErrors(upload.error, FIELDS);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('library.upload.title')}</h2>
      <form
        ref={form.formRef}
        className="form library-form"
        noValidate
        onSubmit={form.onSubmit(
          (): Record<string, string> => {
            const problem = check(file, limits);
            return problem ? { file: problem } : {};
          },
          () => {
            setDone(null);
            if (file) upload.mutate(file);
          },
        )}
      >
        <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={upload.error} others={form.otherErrors} />
        <FileField
          ref={fileRef}
          id={`${id}-file`}
          label={t('library.file.label')}
          limits={limits}
          file={file}
          error={form.fieldErrors.file}
          onPick={(f) => {
            upload.reset();
            setDone(null);
            setFile(f);
          }}
        />
        <TextInput
          name="title"
          label={t('library.field.title')}
          value={title}
          onChange={setTitle}
          dir="auto"
          description={file && !title.trim() ? t('library.field.titleFromFile', { name: titleFromFileName(file.name) }) : t('library.field.titleHelp')}
          error={form.fieldErrors.title}
        />
        <TextInput name="description" label={t('library.field.description')} value={description} onChange={setDescription} dir="auto" multiline rows={3} error={form.fieldErrors.description} />
        <div className="form-actions">
          <SubmitButton isPending={upload.isPending}>{t('library.upload.submit')}</SubmitButton>
        </div>
        {done ? (
          <StatusMessage>
            <Msg
              id="library.upload.done"
              values={{
                title: (
                  <Link to={routePaths.document(done.id)}>
                    <bdi>{done.title}</bdi>
                  </Link>
                ),
              }}
            />
          </StatusMessage>
        ) : null}
      </form>
    </section>
  );
}
