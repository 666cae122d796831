import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { FormationRequest } from '../../api/types';
import { useT } from '../../i18n/useT';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { myRequestsKey, requestKey } from './model';

/** "Withdraw request", asked for once more in a dialog; the request stays, read only, as withdrawn. */
export function WithdrawAction({ request }: { request: FormationRequest }) {
  const t = useT();
  const queryClient = useQueryClient();
  return (
    <ConfirmAction
      label={t('formation.actions.withdraw')}
      title={t('formation.withdraw.title')}
      body={t('formation.withdraw.body')}
      confirm={t('formation.withdraw.confirm')}
      cancel={t('formation.withdraw.cancel')}
      action={() => unwrap(api.POST('/api/formation-requests/{id}/withdraw', { params: { path: { id: request.id } } }))}
      onDone={(updated) => {
        queryClient.setQueryData(requestKey(updated.id), updated);
        void queryClient.invalidateQueries({ queryKey: myRequestsKey });
      }}
    />
  );
}
