import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import type { Attachment, Call } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert, useErrorMessage } from '../../ui/FormAlert';
import { acceptOf, fileMatches, typeName, useSizeText } from './shared';

type Rules = Call['attachments'];

/** Uploads one file to a contribution (multipart, field `file`); the API client adds the CSRF header. */
export function uploadAttachment(contributionId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/contributions/{id}/attachments', {
      params: { path: { id: contributionId } },
      // The schema does not describe multipart bodies; openapi-fetch sends FormData as is.
      body: form as never,
    }),
  );
}

/** `PDF، Word (DOCX) و PNG` / `PDF, Word (DOCX), and PNG`. */
export function useTypeList(): (types: readonly string[]) => string {
  const { intlLocale } = useLocale();
  return (types) => new Intl.ListFormat(intlLocale, { type: 'conjunction' }).format(types.map(typeName));
}

/** The call's rules in a sentence: which kinds, how large, how many. */
export function useRulesText(): (rules: Rules) => string {
  const t = useT();
  const { locale } = useLocale();
  const size = useSizeText();
  const list = useTypeList();
  return (rules) => t('calls.attachmentsRule', { types: list(rules.types), size: size(rules.maxBytes), count: rules.maxFiles, n: formatNumber(rules.maxFiles, locale) });
}

/**
 * Sorts picked files into those that may go (within `room`) and a message about the rest: too
 * large, of a kind the call does not take, or one too many. The server checks again, by the bytes.
 */
export function usePickCheck(): (picked: File[], rules: Rules, room: number) => { ok: File[]; error: string | null } {
  const t = useT();
  const { locale } = useLocale();
  const size = useSizeText();
  return (picked, rules, room) => {
    const problems: string[] = [];
    const ok: File[] = [];
    for (const file of picked) {
      if (file.size > rules.maxBytes) problems.push(t('calls.file.tooLarge', { name: file.name, size: size(rules.maxBytes) }));
      else if (!fileMatches(file, rules.types)) problems.push(t('calls.file.wrongType', { name: file.name }));
      else ok.push(file);
    }
    const kept = ok.slice(0, Math.max(0, room));
    if (kept.length < ok.length) problems.push(t('calls.file.tooMany', { count: rules.maxFiles, n: formatNumber(rules.maxFiles, locale) }));
    return { ok: kept, error: problems.length ? problems.join(' ') : null };
  };
}

function FileIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="calls-file-icon">
      <path d="M4 1.5h5.5l3 3v10h-8.5z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      <path d="M9.5 1.5v3h3" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

/** Download links for a contribution's files. */
export function AttachmentLinks({ attachments, onRemove, removing }: { attachments: Attachment[]; onRemove?: (a: Attachment) => void; removing?: string | null }) {
  const t = useT();
  const size = useSizeText();
  if (attachments.length === 0) return null;
  return (
    <ul className="calls-files" aria-label={t('calls.attachments')}>
      {attachments.map((a) => (
        <li key={a.id} className="calls-file">
          <FileIcon />
          <a href={`/api/attachments/${encodeURIComponent(a.id)}`} download={a.name} className="calls-file-name">
            <bdi>{a.name}</bdi>
          </a>
          <span className="calls-file-meta small muted">
            {typeName(a.type)} · {size(a.size)}
          </span>
          {onRemove ? (
            <Button className="calls-link-button calls-danger-link" isPending={removing === a.id} onPress={() => onRemove(a)} aria-label={t('calls.file.removeNamed', { name: a.name })}>
              {t('calls.file.remove')}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

interface FileInputProps {
  rules: Rules;
  /** How many more files may be added. */
  room: number;
  onPick: (files: File[]) => void;
  error?: string | null;
  isDisabled?: boolean;
}

/** "Add files": a button that opens the file picker (React Aria FileTrigger), with what it accepts under it. */
function FileInput({ rules, room, onPick, error, isDisabled }: FileInputProps) {
  const t = useT();
  const id = useId();
  const rulesText = useRulesText();
  const full = room <= 0;
  return (
    <div className="calls-file-field">
      <FileTrigger
        acceptedFileTypes={acceptOf(rules.types).split(',')}
        allowsMultiple={room > 1}
        onSelect={(list) => {
          const files = Array.from(list ?? []);
          if (files.length > 0) onPick(files);
        }}
      >
        <Button className="button button-secondary calls-file-button" isDisabled={isDisabled || full} aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path d="M10.5 4.5 5.6 9.4a1.6 1.6 0 0 0 2.3 2.3l5-5a3 3 0 0 0-4.3-4.3l-5 5a4.4 4.4 0 0 0 6.2 6.2l4.2-4.2" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
          {t('calls.file.add')}
        </Button>
      </FileTrigger>
      <p id={`${id}-help`} className="field-help">
        {rulesText(rules)}
        {full ? ` ${t('calls.file.full')}` : ''}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Files picked before the contribution exists: kept here, uploaded once it is saved. */
export function PendingFiles({ rules, files, onChange }: { rules: Rules; files: File[]; onChange: (files: File[]) => void }) {
  const t = useT();
  const size = useSizeText();
  const check = usePickCheck();
  const [error, setError] = useState<string | null>(null);
  const room = rules.maxFiles - files.length;
  return (
    <fieldset className="calls-fieldset">
      <legend className="field-label">{t('calls.attachments')}</legend>
      {files.length > 0 ? (
        <ul className="calls-files">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className="calls-file">
              <FileIcon />
              <bdi className="calls-file-name">{f.name}</bdi>
              <span className="calls-file-meta small muted">{size(f.size)}</span>
              <Button
                className="calls-link-button calls-danger-link"
                onPress={() => onChange(files.filter((_, j) => j !== i))}
                aria-label={t('calls.file.removeNamed', { name: f.name })}
              >
                {t('calls.file.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <FileInput
        rules={rules}
        room={room}
        error={error}
        onPick={(picked) => {
          const { ok, error: problem } = check(picked, rules, room);
          setError(problem);
          if (ok.length > 0) onChange([...files, ...ok]);
        }}
      />
      <p className="field-help">{t('calls.file.uploadLater')}</p>
    </fieldset>
  );
}

/** A saved contribution's files: download, and while the call is open, add or remove. */
export function AttachmentManager({ contributionId, attachments, rules, editable, onChanged }: { contributionId: string; attachments: Attachment[]; rules: Rules; editable: boolean; onChanged: () => Promise<unknown> }) {
  const t = useT();
  const check = usePickCheck();
  const message = useErrorMessage();
  const [pickError, setPickError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      const failures: string[] = [];
      for (const file of files) {
        try {
          await uploadAttachment(contributionId, file);
        } catch (error) {
          failures.push(`${file.name}: ${message(error)}`);
        }
      }
      await onChanged();
      return { done: files.length - failures.length, failures };
    },
    onSuccess: ({ done, failures }) => {
      setPickError(failures.length ? failures.join(' ') : null);
      setStatus(done > 0 ? t('calls.file.uploaded', { count: done }) : null);
    },
  });
  const remove = useMutation({
    mutationFn: async (a: Attachment) => {
      await unwrap(api.DELETE('/api/contributions/{id}/attachments/{attachmentId}', { params: { path: { id: contributionId, attachmentId: a.id } } }));
      await onChanged();
      return a;
    },
    onSuccess: (a) => setStatus(t('calls.file.removed', { name: a.name })),
  });

  if (!editable && attachments.length === 0) return null;
  const room = rules.maxFiles - attachments.length;

  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title">{t('calls.attachments')}</h2>
      {attachments.length === 0 ? <p className="muted">{t('calls.file.none')}</p> : null}
      <AttachmentLinks attachments={attachments} onRemove={editable ? (a) => remove.mutate(a) : undefined} removing={remove.isPending ? (remove.variables?.id ?? null) : null} />
      {remove.isError ? <FormAlert error={remove.error} /> : null}
      {editable && rules.allowed ? (
        <>
          <FileInput
            rules={rules}
            room={room}
            error={pickError}
            isDisabled={upload.isPending}
            onPick={(picked) => {
              setStatus(null);
              const { ok, error: problem } = check(picked, rules, room);
              setPickError(problem);
              if (ok.length > 0) upload.mutate(ok);
            }}
          />
          {upload.isPending ? (
            <p className="loading" role="status">
              <span className="spinner" aria-hidden="true" />
              <span>{t('calls.file.uploading')}</span>
            </p>
          ) : null}
        </>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
