import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import type { DiscussionPost } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { REASON_MAX } from './threadModel';
import '../../ui/confirm-action.css';

/** «گزارش به تسهیل‌گران»: a small dialog asking why; the chair and facilitators are mailed. */
export function ReportDialog({ post }: { post: DiscussionPost }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const report = useMutation({
    mutationFn: () => unwrap(api.POST('/api/posts/{id}/reports', { params: { path: { id: post.id } }, body: { reason: reason.trim() } })),
  });
  const form = useFormErrors(report.error, ['reason']);
  const check = () => {
    const errors = requiredErrors({ reason }, ['reason'], t('validation.required'));
    if (!errors.reason && reason.trim().length > REASON_MAX) errors.reason = t('discussions.report.tooLong', { max: REASON_MAX });
    return errors;
  };
  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (open && report.isSuccess) {
          report.reset();
          setReason('');
        }
      }}
    >
      <Button className="button button-secondary button-compact discussions-quiet">{t('discussions.post.report')}</Button>
      <ModalOverlay className="confirm-overlay" isDismissable>
        <Modal className="confirm-modal">
          <Dialog className="confirm-dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('discussions.report.title')}</Heading>
                {report.isSuccess ? (
                  <>
                    <StatusMessage>{t('discussions.report.sent')}</StatusMessage>
                    <div className="form-actions">
                      <Button className="button button-primary" onPress={close} autoFocus>
                        {t('discussions.close')}
                      </Button>
                    </div>
                  </>
                ) : (
                  <form ref={form.formRef} className="discussions-dialog-form" noValidate onSubmit={form.onSubmit(check, () => report.mutate())}>
                    <ReportLead post={post} />
                    <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={report.error} others={form.otherErrors} />
                    <TextInput
                      name="reason"
                      label={t('discussions.report.reason')}
                      description={t('discussions.report.reasonHelp')}
                      value={reason}
                      onChange={setReason}
                      error={form.fieldErrors.reason}
                      dir="auto"
                      multiline
                      rows={4}
                      isRequired
                      autoFocus
                    />
                    <div className="form-actions">
                      <SubmitButton isPending={report.isPending}>{t('discussions.report.submit')}</SubmitButton>
                      <Button className="button button-secondary" onPress={close}>
                        {t('discussions.cancel')}
                      </Button>
                    </div>
                  </form>
                )}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ReportLead({ post }: { post: DiscussionPost }) {
  const { locale } = useLocale();
  return (
    <p>
      <Msg id="discussions.report.lead" values={{ number: formatNumber(post.number, locale), name: <bdi>{post.author.name}</bdi> }} />
    </p>
  );
}
