import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';

/** "Resend verification email": a button when the address is known, else a small form. */
export function ResendVerification({ email: knownEmail }: { email?: string }) {
  const t = useT();
  const [email, setEmail] = useState(knownEmail ?? '');
  const resend = useMutation({
    mutationFn: (address: string) => unwrap(api.POST('/api/auth/resend-verification', { body: { email: address } })),
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(resend.error, ['email']);

  if (resend.isSuccess) return <StatusMessage>{t('auth.resend.sent')}</StatusMessage>;

  const address = (knownEmail ?? email).trim();
  return (
    <form
      ref={formRef}
      className="form form-inline"
      noValidate
      onSubmit={onSubmit(
        () => requiredErrors({ email: address }, ['email'], t('validation.required')),
        () => resend.mutate(address),
      )}
    >
      {hasClientErrors ? null : <FormAlert ref={alertRef} error={resend.error} others={otherErrors} />}
      {knownEmail === undefined ? (
        <TextInput
          name="email"
          type="email"
          dir="ltr"
          autoComplete="email"
          label={t('field.email')}
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
          isRequired
        />
      ) : null}
      <SubmitButton variant="secondary" isPending={resend.isPending}>
        {t('auth.resend.submit')}
      </SubmitButton>
    </form>
  );
}
