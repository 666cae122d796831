import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import type { Call, CallState } from './model';

/** "Calls I manage › <call> ›" above a manager's page. */
export function CallsBreadcrumb({ call }: { call?: Pick<Call, 'id' | 'title'> }) {
  const t = useT();
  return (
    <nav aria-label={t('admin.breadcrumb')} className="breadcrumb">
      <Link to={routePaths.myCalls}>{t('callAdmin.mine.title')}</Link>
      {call ? (
        <>
          {' '}
          <Link to={routePaths.manageCall(call.id)}>
            <UserText>{call.title}</UserText>
          </Link>
        </>
      ) : null}
    </nav>
  );
}

/** The call's state as a coloured badge. */
export function CallStateBadge({ state }: { state: CallState }) {
  const t = useT();
  return <span className={`badge badge-dot calls-admin-badge calls-admin-badge-${state}`}>{t(`callAdmin.state.${state}`)}</span>;
}
