import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useT } from '../../i18n/useT';
import { FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { newPasswordErrors, useFormErrors } from '../../ui/useFormErrors';
import { DonePage } from './DonePage';

const FIELDS = ['password', 'passwordConfirm'] as const;

export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [values, setValues] = useState({ password: '', passwordConfirm: '' });
  const set = (k: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const confirm = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/auth/password-reset/confirm', { body: { token, password } })),
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(confirm.error, FIELDS);

  if (!token) {
    return (
      <Page title={t('auth.reset.title')} narrow>
        <div className="alert alert-error" role="alert">
          <p>{t('auth.reset.missingToken')}</p>
        </div>
        <p>
          <Link to={routePaths.forgotPassword}>{t('auth.reset.requestNew')}</Link>
        </p>
      </Page>
    );
  }

  if (confirm.isSuccess) {
    return (
      <DonePage title={t('auth.reset.title')} signInButton>
        <StatusMessage>{t('auth.reset.done')}</StatusMessage>
      </DonePage>
    );
  }

  return (
    <Page title={t('auth.reset.title')} narrow>
      <form
        ref={formRef}
        className="card form"
        noValidate
        onSubmit={onSubmit(
          () => newPasswordErrors(values, FIELDS, 'password', t),
          () => confirm.mutate(values.password),
        )}
      >
        <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={confirm.error} others={otherErrors}>
          <p>
            <Link to={routePaths.forgotPassword}>{t('auth.reset.requestNew')}</Link>
          </p>
        </FormErrorAlert>
        <NewPasswordFields
          name="password"
          label={t('field.newPassword')}
          confirmLabel={t('field.passwordConfirm')}
          values={values}
          errors={fieldErrors}
          onChange={set}
        />
        <div className="form-actions">
          <SubmitButton isPending={confirm.isPending}>{t('auth.reset.submit')}</SubmitButton>
        </div>
      </form>
    </Page>
  );
}
