import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { CallsBreadcrumb } from './CallsBreadcrumb';
import { useCall, type Call } from './model';

/**
 * A call managers' page (`/calls/:id/…`): loads the call from the address and renders the page
 * for those who manage it; others get the error or the not-allowed note under `title`.
 */
export function ForCallManagers({ title, children }: { title: string; children: (call: Call) => ReactNode }) {
  const t = useT();
  const { id = '' } = useParams();
  const call = useCall(id);
  if (call.isPending) return <Loading />;
  if (call.isError) {
    return (
      <Page title={title} before={<CallsBreadcrumb />} narrow>
        <FormAlert error={call.error} />
      </Page>
    );
  }
  if (!call.data.canManage) {
    return (
      <Page title={title} heading={<UserText>{call.data.title}</UserText>} before={<CallsBreadcrumb />} narrow>
        <p className="alert alert-warning">{t('callAdmin.notAllowed')}</p>
      </Page>
    );
  }
  return <>{children(call.data)}</>;
}
