import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useT } from '../../i18n/useT';
import { Page } from '../../ui/Page';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('notFound.title')} lead={t('notFound.body')} narrow>
      <p>
        <Link to={routePaths.home} className="button button-primary">
          {t('common.backHome')}
        </Link>
      </p>
    </Page>
  );
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <Page title={t('forbidden.title')} lead={t('forbidden.body')} narrow>
      <p>
        <Link to={routePaths.home}>{t('common.backHome')}</Link>
      </p>
    </Page>
  );
}

/** A page crashed: say so calmly, never show the error's internals. */
export function RouteErrorPage() {
  const t = useT();
  return (
    <Page title={t('routeError.title')} narrow>
      <div className="alert alert-error" role="alert">
        <p>{t('errors.generic')}</p>
      </div>
      <p>
        <Link to={routePaths.home} reloadDocument>
          {t('common.backHome')}
        </Link>
      </p>
    </Page>
  );
}
