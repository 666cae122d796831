import { useEffect } from 'react';
import { useT } from '../i18n/useT';

/** Sets the document title to `<title> · Majma` in the current language. */
export function usePageTitle(title: string): void {
  const t = useT();
  const app = t('app.name');
  useEffect(() => {
    document.title = title && title !== app ? t('app.titleFormat', { page: title, app }) : app;
  }, [title, app, t]);
}

interface PageProps {
  title: string;
  /** Visible heading, when it differs from the document title (e.g. contains a user's name). */
  heading?: React.ReactNode;
  lead?: React.ReactNode;
  /** Shown above the heading (e.g. a breadcrumb). */
  before?: React.ReactNode;
  narrow?: boolean;
  children?: React.ReactNode;
}

/** A page: one h1 (focused after navigation by the layout), an optional lead paragraph. */
export function Page({ title, heading, lead, before, narrow, children }: PageProps) {
  usePageTitle(title);
  return (
    <div className={narrow ? 'page page-narrow' : 'page'}>
      {before}
      <h1 className="page-title" tabIndex={-1}>
        {heading ?? title}
      </h1>
      {lead ? <p className="page-lead">{lead}</p> : null}
      {children}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{t('common.loading')}</span>
    </p>
  );
}
