import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { Msg, useT } from '../../i18n/useT';
import { Ltr } from '../../ui/Bidi';
import { FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { DonePage } from './DonePage';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: (address: string) => unwrap(api.POST('/api/auth/password-reset', { body: { email: address } })),
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(request.error, FIELDS);

  if (request.isSuccess) {
    return (
      <DonePage title={t('auth.forgot.title')}>
        <StatusMessage>
          <Msg id="auth.forgot.done" values={{ email: <Ltr>{request.variables}</Ltr> }} />
        </StatusMessage>
      </DonePage>
    );
  }

  return (
    <Page title={t('auth.forgot.title')} lead={t('auth.forgot.lead')} narrow>
      <form
        ref={formRef}
        className="card form"
        noValidate
        onSubmit={onSubmit(
          () => requiredErrors({ email }, FIELDS, t('validation.required')),
          () => request.mutate(email.trim()),
        )}
      >
        <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={request.error} others={otherErrors} />
        <TextInput name="email" type="email" label={t('field.email')} value={email} onChange={setEmail} error={fieldErrors.email} dir="ltr" autoComplete="email" isRequired />
        <div className="form-actions">
          <SubmitButton isPending={request.isPending}>{t('auth.forgot.submit')}</SubmitButton>
          <Link to={routePaths.signIn}>{t('auth.backToSignIn')}</Link>
        </div>
      </form>
    </Page>
  );
}
