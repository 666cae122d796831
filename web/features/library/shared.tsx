import { useQueryClient } from '@tanstack/react-query';
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { LibraryLimits } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { acceptOf, libraryKeys, mayBeAllowed, sizeParts, typeInfo } from './libraryModel';
import './library.css';

/** `۲٫۴ مگابایت` / `٢٫٤ ميغابايت` / `2.4 MB`, in the viewer's digits. */
export function useSizeText(): (bytes: number) => string {
  const t = useT();
  const { locale } = useLocale();
  return (bytes) => {
    const { unit, n } = sizeParts(bytes);
    return t(`library.size.${unit}`, { n: formatNumber(n, locale) });
  };
}

/** The type's name in the viewer's language (`سند Word`), or its short form when unnamed. */
export function useTypeLabel(): (mime: string) => string {
  const t = useT();
  return (mime) => {
    const info = typeInfo(mime);
    return info.label ? t(info.label) : info.short;
  };
}

/** The allowed types as a list in the viewer's language: `PDF، سند Word و تصویر PNG`. */
export function useTypesText(): (types: readonly string[]) => string {
  const { intlLocale } = useLocale();
  const label = useTypeLabel();
  return (types) => new Intl.ListFormat(intlLocale, { type: 'conjunction' }).format(types.map(label));
}

/** A file's type as a small coloured page with its short name (PDF, DOCX…); the name is said beside it. */
export function FileBadge({ type }: { type: string }) {
  const info = typeInfo(type);
  return (
    <span className={`library-badge library-badge-${info.family}`} aria-hidden="true">
      <svg viewBox="0 0 32 40" width="32" height="40" focusable="false">
        <path d="M3 1.5h18l8 8v29H3z" className="library-badge-page" />
        <path d="M21 1.5v8h8" className="library-badge-fold" />
      </svg>
      <span className="library-badge-text">{info.short}</span>
    </span>
  );
}

/** Communities › community › library: the trail above the library's pages. */
export function LibraryBreadcrumb({ community, library }: { community: { slug: string; title: string }; library?: boolean }) {
  const t = useT();
  return (
    <nav aria-label={t('library.breadcrumb')}>
      <p className="breadcrumb">
        <Link to={routePaths.communities}>{t('directory.title')}</Link>{' '}
        <Link to={routePaths.community(community.slug)}>
          <bdi>{community.title}</bdi>
        </Link>
        {library ? (
          <>
            {' '}
            <Link to={routePaths.communityLibrary(community.slug)}>{t('library.title')}</Link>
          </>
        ) : null}
      </p>
    </nav>
  );
}

/** The client's checks of a picked file before it is sent: chosen, not too large, plausibly of an allowed type. */
export function useFileCheck(): (file: File | null, limits: LibraryLimits) => string | null {
  const t = useT();
  const size = useSizeText();
  return (file, limits) => {
    if (!file) return t('library.file.choose');
    if (file.size === 0) return t('library.file.empty');
    if (file.size > limits.maxBytes) return t('library.file.tooLarge', { size: size(limits.maxBytes) });
    if (!mayBeAllowed(file, limits.types)) return t('library.file.wrongType');
    return null;
  };
}

interface FileFieldProps {
  id: string;
  label: string;
  limits: LibraryLimits;
  /** The file picked so far, named beside the button. */
  file: File | null;
  error?: string;
  onPick: (file: File | null) => void;
}

/**
 * A labelled file input with what the library takes (types and size) under it, and its error.
 * The browser's own input is drawn in the browser's language, not the page's: it stays in the
 * page for keyboards, screen readers and forms, hidden, behind a button and a name in ours.
 */
export const FileField = forwardRef<HTMLInputElement, FileFieldProps>(function FileField({ id, label, limits, file, error, onPick }, ref) {
  const t = useT();
  const size = useSizeText();
  const types = useTypesText();
  return (
    <div className="field">
      <span className="field-label-row">
        <label className="field-label" id={`${id}-label`} htmlFor={id}>
          {label}
        </label>
        <span className="field-required" aria-hidden="true">
          *
        </span>
      </span>
      <div className={`library-file-picker${error ? ' library-file-picker-invalid' : ''}`}>
        <input
          ref={ref}
          id={id}
          name="file"
          type="file"
          required
          accept={acceptOf(limits.types)}
          className="visually-hidden library-file-input"
          aria-labelledby={`${id}-label`}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-chosen ${id}-help${error ? ` ${id}-error` : ''}`}
          onChange={(e) => onPick(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={id} className="button button-secondary button-compact library-file-button" aria-hidden="true">
          {file ? t('library.file.change') : t('library.file.pick')}
        </label>
        <span id={`${id}-chosen`} className={`library-file-chosen${file ? '' : ' muted'}`}>
          {file ? (
            <>
              <bdi>{file.name}</bdi> <span className="muted">({size(file.size)})</span>
            </>
          ) : (
            t('library.file.none')
          )}
        </span>
      </div>
      <p id={`${id}-help`} className="field-help">
        {t('library.file.help', { types: types(limits.types), size: size(limits.maxBytes) })}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
});

/** Refreshes every library query (lists and documents) after a change. */
export function useRefreshLibrary() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: libraryKeys.all });
}

/** POST /api/communities/{slug}/documents (multipart: title, description, file). */
export function uploadDocument(slug: string, input: { file: File; title: string; description: string }) {
  const form = new FormData();
  if (input.title.trim()) form.append('title', input.title.trim());
  if (input.description.trim()) form.append('description', input.description.trim());
  form.append('file', input.file, input.file.name);
  // The schema does not describe multipart bodies; openapi-fetch sends FormData as is.
  return unwrap(api.POST('/api/communities/{slug}/documents', { params: { path: { slug } }, body: form as never }));
}

/** POST /api/documents/{id}/versions (multipart: note, file). */
export function uploadVersion(id: string, input: { file: File; note: string }) {
  const form = new FormData();
  if (input.note.trim()) form.append('note', input.note.trim());
  form.append('file', input.file, input.file.name);
  return unwrap(api.POST('/api/documents/{id}/versions', { params: { path: { id } }, body: form as never }));
}
