import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/SubmitButton';
import { acceptCall, MB, type Call } from './model';

const COVER_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const COVER_MAX_MB = 5;

/** The call's cover image: shown on its public page; PNG, JPEG or WebP up to 5 MB (the server checks the bytes too). */
export function CoverSection({ call }: { call: Call }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [clientError, setClientError] = useState('');
  /** Changes after each upload, so the browser shows the new picture instead of its cached copy. */
  const [version, setVersion] = useState(0);

  const upload = useMutation({
    mutationFn: (f: File) => {
      const form = new FormData();
      form.append('file', f, f.name);
      // The schema does not describe multipart bodies; openapi-fetch sends FormData as is.
      return unwrap(api.POST('/api/calls/{id}/cover', { params: { path: { id: call.id } }, body: form as never }));
    },
    onSuccess: (updated) => {
      acceptCall(queryClient, updated);
      setVersion((v) => v + 1);
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
    },
  });

  const pick = (f: File | null) => {
    upload.reset();
    setFile(f);
    if (f && !COVER_TYPES.includes(f.type)) setClientError(t('callAdmin.cover.wrongType'));
    else if (f && f.size > COVER_MAX_MB * MB) setClientError(t('callAdmin.cover.tooLarge', { max: formatNumber(COVER_MAX_MB, locale) }));
    else setClientError('');
  };

  return (
    <section className="card calls-admin-cover" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('callAdmin.cover.title')}</h2>
      {call.hasCover ? (
        <img className="calls-admin-cover-image" src={`/api/calls/${encodeURIComponent(call.id)}/cover${version ? `?v=${version}` : ''}`} alt={t('callAdmin.cover.current')} />
      ) : (
        <p className="muted">{t('callAdmin.cover.none')}</p>
      )}
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) setClientError(t('callAdmin.cover.choose'));
          else if (!clientError) upload.mutate(file);
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            {call.hasCover ? t('callAdmin.cover.replace') : t('callAdmin.cover.pick')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-file`}
            name="file"
            type="file"
            accept={COVER_TYPES.join(',')}
            className="calls-admin-file"
            aria-invalid={clientError ? true : undefined}
            aria-describedby={`${id}-help${clientError ? ` ${id}-error` : ''}`}
            onChange={(e) => pick(e.target.files?.[0] ?? null)}
          />
          <p id={`${id}-help`} className="field-help">
            {t('callAdmin.cover.help', { max: formatNumber(COVER_MAX_MB, locale) })}
          </p>
          {clientError ? (
            <p id={`${id}-error`} className="field-error">
              {clientError}
            </p>
          ) : null}
        </div>
        {upload.isError ? <FormAlert error={upload.error} others={upload.error instanceof ApiError ? upload.error.errors : undefined} /> : null}
        {upload.isSuccess ? <StatusMessage>{t('callAdmin.cover.done')}</StatusMessage> : null}
        <div className="form-actions">
          <SubmitButton variant="secondary" isPending={upload.isPending}>
            {t('callAdmin.cover.upload')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
