import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';

const FIELDS = ['password', 'passwordConfirm'] as const;

export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [values, setValues] = useState({ password: '', passwordConfirm: '' });
  const set = (k: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const confirm = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/auth/password-reset/confirm', { body: { token, password } })),
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors } = useFormErrors(confirm.error, FIELDS, clientErrors);

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
      <Page title={t('auth.reset.title')} narrow>
        <div className="card">
          <StatusMessage>{t('auth.reset.done')}</StatusMessage>
          <p>
            <Link to={routePaths.signIn} className="button button-primary">
              {t('auth.goSignIn')}
            </Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('auth.reset.title')} narrow>
      <form
        ref={formRef}
        className="card form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const errors = requiredErrors(values, FIELDS, t('validation.required'));
          if (!errors.passwordConfirm && values.password !== values.passwordConfirm) {
            errors.passwordConfirm = t('validation.passwordMismatch');
          }
          setClientErrors(errors);
          if (Object.keys(errors).length === 0) confirm.mutate(values.password);
        }}
      >
        {hasClientErrors ? (
          <FormAlert ref={alertRef} error messageId="errors.checkFields" />
        ) : (
          <FormAlert ref={alertRef} error={confirm.error} others={otherErrors}>
            <p>
              <Link to={routePaths.forgotPassword}>{t('auth.reset.requestNew')}</Link>
            </p>
          </FormAlert>
        )}
        <TextInput
          name="password"
          type="password"
          label={t('field.newPassword')}
          description={t('field.password.help')}
          value={values.password}
          onChange={set('password')}
          error={fieldErrors.password}
          autoComplete="new-password"
          isRequired
        />
        <TextInput
          name="passwordConfirm"
          type="password"
          label={t('field.passwordConfirm')}
          value={values.passwordConfirm}
          onChange={set('passwordConfirm')}
          error={fieldErrors.passwordConfirm}
          autoComplete="new-password"
          isRequired
        />
        <div className="form-actions">
          <SubmitButton isPending={confirm.isPending}>{t('auth.reset.submit')}</SubmitButton>
        </div>
      </form>
    </Page>
  );
}
