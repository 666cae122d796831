import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordConfirm'] as const;
const EMPTY = { currentPassword: '', newPassword: '', newPasswordConfirm: '' };

export function ChangePasswordForm() {
  const t = useT();
  const [values, setValues] = useState(EMPTY);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const change = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/me/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } })),
    onSuccess: () => setValues(EMPTY),
  });
  const set = (k: keyof typeof values) => (v: string) => {
    change.reset();
    setValues((old) => ({ ...old, [k]: v }));
  };
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors } = useFormErrors(change.error, FIELDS, clientErrors);

  return (
    <form
      ref={formRef}
      id="change-password"
      className="card form"
      noValidate
      aria-labelledby="password-title"
      onSubmit={(e) => {
        e.preventDefault();
        const errors = requiredErrors(values, FIELDS, t('validation.required'));
        if (!errors.newPasswordConfirm && values.newPassword !== values.newPasswordConfirm) {
          errors.newPasswordConfirm = t('validation.passwordMismatch');
        }
        setClientErrors(errors);
        if (Object.keys(errors).length === 0) change.mutate();
      }}
    >
      <h2 id="password-title">{t('profile.password.title')}</h2>
      {hasClientErrors ? (
        <FormAlert ref={alertRef} error messageId="errors.checkFields" />
      ) : (
        <FormAlert ref={alertRef} error={change.error} others={otherErrors} />
      )}
      <TextInput name="currentPassword" type="password" label={t('field.currentPassword')} value={values.currentPassword} onChange={set('currentPassword')} error={fieldErrors.currentPassword} autoComplete="current-password" isRequired />
      <TextInput
        name="newPassword"
        type="password"
        label={t('field.newPassword')}
        description={t('field.password.help')}
        value={values.newPassword}
        onChange={set('newPassword')}
        error={fieldErrors.newPassword}
        autoComplete="new-password"
        isRequired
      />
      <TextInput
        name="newPasswordConfirm"
        type="password"
        label={t('field.newPasswordConfirm')}
        value={values.newPasswordConfirm}
        onChange={set('newPasswordConfirm')}
        error={fieldErrors.newPasswordConfirm}
        autoComplete="new-password"
        isRequired
      />
      <div className="form-actions">
        <SubmitButton isPending={change.isPending}>{t('profile.password.submit')}</SubmitButton>
        {change.isSuccess ? <StatusMessage>{t('profile.password.done')}</StatusMessage> : null}
      </div>
    </form>
  );
}
