import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import type { Outcome, PanelContribution } from '../../api/types';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormErrorAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/useFormErrors';
import { RadioChoice } from '../formation/Choice';
import { mergeTargets, OUTCOMES } from './panelModel';
import '../formation/formation.css';
import '../../ui/confirm-action.css';
import './panel.css';

interface DecisionDialogProps {
  panelId: string;
  contribution: PanelContribution;
  /** Every contribution on the panel: the ones a merge can point at. */
  all: readonly PanelContribution[];
  onDecided: (row: PanelContribution) => void;
}

const FIELDS = ['outcome', 'reason', 'mergedInto'] as const;
/** The merge target's select before a choice (ids are UUIDs, so never this). */
const NONE = '-';

/** The chair's decision on one contribution, in a dialog: outcome, reason, and the target of a merge. */
export function DecisionDialog({ panelId, contribution: c, all, onDecided }: DecisionDialogProps) {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome | null>(c.decision?.outcome ?? null);
  const [reason, setReason] = useState(c.decision?.reason ?? '');
  const [mergedInto, setMergedInto] = useState(c.decision?.mergedInto?.id ?? NONE);

  const decide = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/panels/{id}/decisions/{itemId}', {
          params: { path: { id: panelId, itemId: c.id } },
          body: { outcome: outcome!, reason: reason.trim(), ...(outcome === 'merged' ? { mergedInto } : {}) },
        }),
      ),
  });
  const form = useFormErrors(decide.error, FIELDS);

  const reset = () => {
    setOutcome(c.decision?.outcome ?? null);
    setReason(c.decision?.reason ?? '');
    setMergedInto(c.decision?.mergedInto?.id ?? NONE);
    decide.reset();
  };

  const check = () => {
    const errors: Record<string, string> = {};
    if (!outcome) errors.outcome = t('panel.decide.chooseOutcome');
    if (!reason.trim()) errors.reason = t('validation.required');
    if (outcome === 'merged' && mergedInto === NONE) errors.mergedInto = t('panel.decide.chooseTarget');
    return errors;
  };

  // A merge recorded into a contribution outside this panel's list stays choosable.
  const merged = c.decision?.mergedInto;
  const targets = [...mergeTargets(all, c.id), ...(merged && !all.some((x) => x.id === merged.id) ? [merged] : [])];

  return (
    <DialogTrigger onOpenChange={(open) => (open ? reset() : undefined)}>
      <Button className="button button-secondary button-compact">{c.decision ? t('panel.decide.change') : t('panel.decide.open')}</Button>
      <ModalOverlay className="confirm-overlay" isDismissable>
        <Modal className="confirm-modal panel-modal">
          <Dialog className="confirm-dialog panel-dialog">
            {({ close }) => (
              <form
                ref={form.formRef}
                className="form"
                noValidate
                onSubmit={form.onSubmit(check, () =>
                  decide.mutate(undefined, {
                    onSuccess: (row) => {
                      onDecided(row);
                      close();
                    },
                  }),
                )}
              >
                <Heading slot="title">{t('panel.decide.title')}</Heading>
                <p className="panel-dialog-subject" dir="auto">
                  <UserText>{c.title}</UserText>
                </p>
                <FormErrorAlert ref={form.alertRef} error={decide.error} others={form.otherErrors} hasClientErrors={form.hasClientErrors} />
                <RadioChoice<Outcome>
                  name="outcome"
                  legend={t('panel.decide.outcome')}
                  value={outcome}
                  options={OUTCOMES.map((o) => ({ id: o, label: t(`panel.outcome.${o}`) }))}
                  onChange={setOutcome}
                  error={form.fieldErrors.outcome}
                  isRequired
                />
                {outcome === 'merged' ? (
                  targets.length === 0 ? (
                    <div className="alert alert-warning">
                      <p>{t('panel.decide.noTargets')}</p>
                    </div>
                  ) : (
                    <div className="field">
                      <SelectField<string>
                        name="mergedInto"
                        label={t('panel.decide.mergedInto')}
                        value={mergedInto}
                        options={[{ id: NONE, label: t('panel.decide.chooseTarget') }, ...targets.map((x) => ({ id: x.id, label: x.title }))]}
                        onChange={setMergedInto}
                      />
                      {form.fieldErrors.mergedInto ? <p className="field-error">{form.fieldErrors.mergedInto}</p> : null}
                    </div>
                  )
                ) : null}
                <TextInput
                  name="reason"
                  label={t('panel.decide.reason')}
                  description={t('panel.decide.reasonHelp')}
                  value={reason}
                  onChange={setReason}
                  error={form.fieldErrors.reason}
                  multiline
                  rows={4}
                  dir="auto"
                  isRequired
                />
                <p className="alert alert-info">{t('panel.decide.notified')}</p>
                <div className="form-actions">
                  <SubmitButton isPending={decide.isPending}>{t('panel.decide.save')}</SubmitButton>
                  <Button className="button button-secondary" onPress={close}>
                    {t('panel.cancel')}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
