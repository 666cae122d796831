import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useT } from '../../i18n/useT';
import { Page } from '../../ui/Page';

export function AdminHomePage() {
  const t = useT();
  return (
    <Page title={t('admin.title')} lead={t('admin.lead')}>
      <ul className="link-cards">
        <li>
          <Link to={routePaths.adminRequests} className="link-card">
            <span className="link-card-title">{t('admin.requests.title')}</span>
            <span className="link-card-body">{t('admin.requests.summary')}</span>
          </Link>
        </li>
        <li>
          <Link to={routePaths.myCalls} className="link-card">
            <span className="link-card-title">{t('callAdmin.mine.title')}</span>
            <span className="link-card-body">{t('callAdmin.mine.summary')}</span>
          </Link>
        </li>
        <li>
          <Link to={routePaths.adminUsers} className="link-card">
            <span className="link-card-title">{t('admin.users.title')}</span>
            <span className="link-card-body">{t('admin.users.summary')}</span>
          </Link>
        </li>
        <li>
          <Link to={routePaths.adminMailbox} className="link-card">
            <span className="link-card-title">{t('admin.mailbox.title')}</span>
            <span className="link-card-body">{t('admin.mailbox.summary')}</span>
          </Link>
        </li>
      </ul>
    </Page>
  );
}

/** "Administration ›" above an admin sub-page. */
export function AdminBreadcrumb() {
  const t = useT();
  return (
    <nav aria-label={t('admin.breadcrumb')} className="breadcrumb">
      <Link to={routePaths.admin}>{t('admin.title')}</Link>
    </nav>
  );
}
