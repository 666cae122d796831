import { useMutation } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormAlert } from './FormAlert';
import { SubmitButton } from './SubmitButton';
import './confirm-action.css';

interface ConfirmActionProps<T> {
  /** The button that opens the dialog (drawn as a danger button). */
  label: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  /** What happens on confirmation; its error stays in the dialog. */
  action: () => Promise<T>;
  onDone?: (result: T) => void;
}

/** A step that cannot be undone (withdraw…), asked for once more in a dialog; Cancel has the focus. */
export function ConfirmAction<T>({ label, title, body, confirm, cancel, action, onDone }: ConfirmActionProps<T>) {
  const run = useMutation({ mutationFn: action, onSuccess: onDone });
  return (
    <DialogTrigger onOpenChange={(open) => (open ? run.reset() : undefined)}>
      <Button className="button button-secondary danger-button">{label}</Button>
      <ModalOverlay className="confirm-overlay" isDismissable>
        <Modal className="confirm-modal">
          <Dialog role="alertdialog" className="confirm-dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                <p>{body}</p>
                {run.isError ? <FormAlert error={run.error} /> : null}
                <div className="form-actions">
                  <SubmitButton type="button" isPending={run.isPending} onPress={() => run.mutate(undefined, { onSuccess: close })}>
                    {confirm}
                  </SubmitButton>
                  <Button className="button button-secondary" onPress={close} autoFocus>
                    {cancel}
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
