import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { LibraryDocument } from '../../api/types';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { UserText } from '../../ui/Bidi';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { NotFoundPage } from '../errors/ErrorPages';
import { downloadUrl, libraryKeys } from './libraryModel';
import { FileBadge, FileField, LibraryBreadcrumb, uploadVersion, useFileCheck, useRefreshLibrary, useSizeText, useTypeLabel } from './shared';

const noRetryOn4xx = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500);

/** `/documents/:id`: a document, its versions with downloads, and what the viewer may change. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const t = useT();
  const doc = useQuery({
    queryKey: libraryKeys.document(id),
    queryFn: () => unwrap(api.GET('/api/documents/{id}', { params: { path: { id } } })),
    enabled: id !== '',
    retry: noRetryOn4xx,
  });
  if (doc.isPending) return <Loading />;
  if (doc.isError) {
    if (doc.error instanceof ApiError && (doc.error.status === 404 || doc.error.status === 400)) return <NotFoundPage />;
    return (
      <Page title={t('library.title')}>
        <FormAlert error={doc.error} />
      </Page>
    );
  }
  return <DocumentView doc={doc.data} />;
}

function DocumentView({ doc }: { doc: LibraryDocument }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const size = useSizeText();
  const typeLabel = useTypeLabel();
  const [editing, setEditing] = useState(false);
  const latest = doc.latest;
  const dissolved = doc.community.state === 'dissolved';

  return (
    <Page title={doc.title} heading={<bdi dir="auto">{doc.title}</bdi>} before={<LibraryBreadcrumb community={doc.community} library />}>
      {dissolved ? (
        <div className="alert alert-info" role="note">
          <p>{t('library.dissolved')}</p>
        </div>
      ) : null}

      <section className="card library-current" aria-labelledby="library-current-title">
        <h2 id="library-current-title" className="visually-hidden">
          {t('library.current')}
        </h2>
        <div className="library-current-head">
          <FileBadge type={latest.type} />
          <div>
            {doc.description ? (
              <p className="prewrap library-description" dir="auto">
                {doc.description}
              </p>
            ) : (
              <p className="muted">{t('library.noDescription')}</p>
            )}
          </div>
        </div>
        <dl className="details details-inline library-facts">
          <div>
            <dt>{t('library.col.type')}</dt>
            <dd>{typeLabel(latest.type)}</dd>
          </div>
          <div>
            <dt>{t('library.col.size')}</dt>
            <dd>{size(latest.size)}</dd>
          </div>
          <div>
            <dt>{t('library.col.version')}</dt>
            <dd>{formatNumber(doc.currentVersion, locale)}</dd>
          </div>
          <div>
            <dt>{t('library.col.updatedAt')}</dt>
            <dd>
              <time dateTime={doc.updatedAt}>{formatDate(doc.updatedAt, locale, { arCalendar })}</time>
            </dd>
          </div>
          <div>
            <dt>{t('library.col.createdBy')}</dt>
            <dd>
              <UserText>{doc.createdBy.name}</UserText>
            </dd>
          </div>
        </dl>
        <div className="form-actions">
          <a className="button button-primary" href={downloadUrl(doc.id)} download={latest.fileName}>
            {t('library.downloadCurrent')}
          </a>
          {doc.permissions.edit && !editing ? (
            <Button className="button button-secondary" onPress={() => setEditing(true)}>
              {t('library.edit')}
            </Button>
          ) : null}
          {doc.permissions.delete ? (
            <ConfirmAction
              label={t('library.delete')}
              title={t('library.delete.title')}
              body={t('library.delete.body', { title: doc.title })}
              confirm={t('library.delete.confirm')}
              cancel={t('library.cancel')}
              action={() => unwrap(api.DELETE('/api/documents/{id}', { params: { path: { id: doc.id } } }))}
              onDone={() => {
                queryClient.removeQueries({ queryKey: libraryKeys.document(doc.id) });
                void queryClient.invalidateQueries({ queryKey: libraryKeys.all });
                void navigate(routePaths.communityLibrary(doc.community.slug), { state: { deleted: doc.title } });
              }}
            />
          ) : null}
        </div>
        {editing ? <EditForm doc={doc} onClose={() => setEditing(false)} /> : null}
      </section>

      <section aria-labelledby="library-versions-title">
        <h2 id="library-versions-title">{t('library.versions')}</h2>
        <div className="table-wrap library-versions-wrap" role="region" aria-labelledby="library-versions-title" tabIndex={0}>
          <table className="table library-versions">
            <thead>
              <tr>
                <th scope="col">{t('library.col.version')}</th>
                <th scope="col">{t('library.col.file')}</th>
                <th scope="col">{t('library.col.size')}</th>
                <th scope="col">{t('library.col.note')}</th>
                <th scope="col">{t('library.col.uploadedBy')}</th>
                <th scope="col">{t('library.col.date')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.download')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...doc.versions].reverse().map((v) => (
                <tr key={v.number} aria-current={v.number === doc.currentVersion ? 'true' : undefined}>
                  <td>
                    {formatNumber(v.number, locale)}
                    {v.number === doc.currentVersion ? <span className="badge library-current-badge">{t('library.currentBadge')}</span> : null}
                  </td>
                  <td className="library-file-name">
                    <bdi>{v.fileName}</bdi>
                  </td>
                  <td className="library-nowrap">{size(v.size)}</td>
                  <td dir="auto">{v.note || <span className="muted">—</span>}</td>
                  <td>
                    <UserText>{v.uploadedBy.name}</UserText>
                  </td>
                  <td className="library-nowrap">
                    <time dateTime={v.createdAt}>{formatDateTime(v.createdAt, locale, { arCalendar })}</time>
                  </td>
                  <td>
                    <a href={downloadUrl(doc.id, v.number)} download={v.fileName}>
                      {t('library.download')}
                      <span className="visually-hidden"> {t('library.versionN', { n: formatNumber(v.number, locale) })}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {doc.permissions.addVersion ? <NewVersionForm doc={doc} /> : null}
    </Page>
  );
}

const VERSION_FIELDS = ['file', 'note'] as const;

/** Upload a new version with a note; it becomes the current one. */
function NewVersionForm({ doc }: { doc: LibraryDocument }) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const refresh = useRefreshLibrary();
  const check = useFileCheck();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadVersion(doc.id, { file: f, note }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(libraryKeys.document(doc.id), updated);
      setDone(updated.currentVersion);
      setFile(null);
      setNote('');
      if (fileRef.current) fileRef.current.value = '';
      await refresh();
    },
  });
  const form = useFormErrors(upload.error, VERSION_FIELDS);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('library.newVersion.title')}</h2>
      <p className="muted">{t('library.newVersion.lead')}</p>
      <form
        ref={form.formRef}
        className="form library-form"
        noValidate
        onSubmit={form.onSubmit(
          (): Record<string, string> => {
            const problem = check(file, doc.limits);
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
          limits={doc.limits}
          file={file}
          error={form.fieldErrors.file}
          onPick={(f) => {
            upload.reset();
            setDone(null);
            setFile(f);
          }}
        />
        <TextInput name="note" label={t('library.field.note')} description={t('library.field.noteHelp')} value={note} onChange={setNote} dir="auto" error={form.fieldErrors.note} />
        <div className="form-actions">
          <SubmitButton isPending={upload.isPending}>{t('library.newVersion.submit')}</SubmitButton>
        </div>
        {done ? <StatusMessage>{t('library.newVersion.done', { n: formatNumber(done, locale) })}</StatusMessage> : null}
      </form>
    </section>
  );
}

const EDIT_FIELDS = ['title', 'description'] as const;

function EditForm({ doc, onClose }: { doc: LibraryDocument; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshLibrary();
  const [title, setTitle] = useState(doc.title);
  const [description, setDescription] = useState(doc.description);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/documents/{id}', { params: { path: { id: doc.id } }, body: { title: title.trim(), description: description.trim() } })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(libraryKeys.document(doc.id), updated);
      onClose();
      await refresh();
    },
  });
  const form = useFormErrors(save.error, EDIT_FIELDS);
  return (
    <form
      ref={form.formRef}
      className="form library-form library-edit"
      noValidate
      aria-label={t('library.edit')}
      onSubmit={form.onSubmit(
        () => requiredErrors({ title }, ['title'], t('validation.required')),
        () => save.mutate(),
      )}
    >
      <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={save.error} others={form.otherErrors} />
      <TextInput name="title" label={t('library.field.title')} value={title} onChange={setTitle} dir="auto" isRequired error={form.fieldErrors.title} autoFocus />
      <TextInput name="description" label={t('library.field.description')} value={description} onChange={setDescription} dir="auto" multiline rows={4} error={form.fieldErrors.description} />
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{t('library.save')}</SubmitButton>
        <Button className="button button-secondary" onPress={onClose}>
          {t('library.cancel')}
        </Button>
      </div>
    </form>
  );
}

