import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useT } from '../../i18n/useT';
import { FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { newPasswordErrors, useFormErrors } from '../../ui/useFormErrors';

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordConfirm'] as const;
const EMPTY = { currentPassword: '', newPassword: '', newPasswordConfirm: '' };

export function ChangePasswordForm() {
  const t = useT();
  const [values, setValues] = useState(EMPTY);
  const change = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/me/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } })),
    onSuccess: () => setValues(EMPTY),
  });
  const set = (k: keyof typeof values) => (v: string) => {
    change.reset();
    setValues((old) => ({ ...old, [k]: v }));
  };
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(change.error, FIELDS);

  return (
    <form
      ref={formRef}
      id="change-password"
      className="card form"
      noValidate
      aria-labelledby="password-title"
      onSubmit={onSubmit(
        () => newPasswordErrors(values, FIELDS, 'newPassword', t),
        () => change.mutate(),
      )}
    >
      <h2 id="password-title">{t('profile.password.title')}</h2>
      <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={change.error} others={otherErrors} />
      <TextInput name="currentPassword" type="password" label={t('field.currentPassword')} value={values.currentPassword} onChange={set('currentPassword')} error={fieldErrors.currentPassword} autoComplete="current-password" isRequired />
      <NewPasswordFields
        name="newPassword"
        label={t('field.newPassword')}
        confirmLabel={t('field.newPasswordConfirm')}
        values={values}
        errors={fieldErrors}
        onChange={set}
      />
      <div className="form-actions">
        <SubmitButton isPending={change.isPending}>{t('profile.password.submit')}</SubmitButton>
        {change.isSuccess ? <StatusMessage>{t('profile.password.done')}</StatusMessage> : null}
      </div>
    </form>
  );
}
