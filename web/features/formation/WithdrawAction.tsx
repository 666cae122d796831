import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import type { FormationRequest } from '../../api/types';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/SubmitButton';
import { myRequestsKey, requestKey } from './model';

/** "Withdraw request", asked for once more in a dialog; the request stays, read only, as withdrawn. */
export function WithdrawAction({ request }: { request: FormationRequest }) {
  const t = useT();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => unwrap(api.POST('/api/formation-requests/{id}/withdraw', { params: { path: { id: request.id } } })),
    onSuccess: (updated) => {
      queryClient.setQueryData(requestKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: myRequestsKey });
    },
  });

  return (
    <DialogTrigger onOpenChange={(open) => (open ? withdraw.reset() : undefined)}>
      <Button className="button button-secondary formation-danger-button">{t('formation.actions.withdraw')}</Button>
      <ModalOverlay className="formation-overlay" isDismissable>
        <Modal className="formation-modal">
          <Dialog role="alertdialog" className="formation-dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('formation.withdraw.title')}</Heading>
                <p>{t('formation.withdraw.body')}</p>
                {withdraw.isError ? <FormAlert error={withdraw.error} /> : null}
                <div className="form-actions">
                  <SubmitButton type="button" isPending={withdraw.isPending} onPress={() => withdraw.mutate(undefined, { onSuccess: close })}>
                    {t('formation.withdraw.confirm')}
                  </SubmitButton>
                  <Button className="button button-secondary" onPress={close} autoFocus>
                    {t('formation.withdraw.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
