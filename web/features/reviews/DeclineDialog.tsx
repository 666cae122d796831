import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import type { DeclinedState } from './MyReviewsPage';
import { reviewKeys } from './scoreModel';
import '../../ui/confirm-action.css';

/**
 * "Decline / declare a conflict of interest": while the review is not submitted, the reviewer
 * hands the contribution back, with a reason and optionally a declared conflict (then it is never
 * given to them again). Another reviewer of the panel takes it if one is free.
 */
export function DeclineDialog({ reviewId }: { reviewId: string }) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [conflict, setConflict] = useState(false);
  const decline = useMutation({
    mutationFn: () => unwrap(api.POST('/api/reviews/{id}/decline', { params: { path: { id: reviewId } }, body: { reason: reason.trim(), conflictOfInterest: conflict } })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: reviewKeys.detail(reviewId) });
      await queryClient.invalidateQueries({ queryKey: reviewKeys.mine });
      const state: DeclinedState = { declined: { conflict } };
      await navigate(routePaths.myReviews, { state });
    },
  });

  return (
    <section className="card review-decline" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review-decline-title">
        {t('review.decline.heading')}
      </h2>
      <p className="small muted">{t('review.decline.lead')}</p>
      <DialogTrigger
        onOpenChange={(open) => {
          if (open) {
            decline.reset();
            setReason('');
            setConflict(false);
          }
        }}
      >
        <Button className="button button-secondary danger-button">{t('review.decline.open')}</Button>
        <ModalOverlay className="confirm-overlay" isDismissable={!decline.isPending}>
          <Modal className="confirm-modal review-decline-modal">
            <Dialog className="confirm-dialog">
              {({ close }) => (
                <form
                  className="form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    decline.mutate();
                  }}
                >
                  <Heading slot="title">{t('review.decline.title')}</Heading>
                  <p>{t('review.decline.body')}</p>
                  <TextInput name="reason" label={t('review.decline.reason')} description={t('review.decline.reasonHelp')} value={reason} onChange={setReason} multiline rows={4} dir="auto" autoFocus />
                  <div className="review-check">
                    <label className="check-label">
                      <input className="check-input" type="checkbox" name="conflictOfInterest" checked={conflict} onChange={(e) => setConflict(e.target.checked)} aria-describedby={`${id}-coi-help`} />
                      <span>{t('review.decline.conflict')}</span>
                    </label>
                    <p id={`${id}-coi-help`} className="field-help">
                      {t('review.decline.conflictHelp')}
                    </p>
                  </div>
                  {decline.isError ? <FormAlert error={decline.error} /> : null}
                  <div className="form-actions">
                    <SubmitButton isPending={decline.isPending}>{conflict ? t('review.decline.confirmConflict') : t('review.decline.confirm')}</SubmitButton>
                    <Button className="button button-secondary" onPress={close}>
                      {t('review.decline.cancel')}
                    </Button>
                  </div>
                </form>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </section>
  );
}
