import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/guards';
import { rememberReturn } from '../../app/returnTo';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { Ltr } from '../../ui/Bidi';
import { FormErrorAlert } from '../../ui/FormAlert';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { newPasswordErrors, useFormErrors } from '../../ui/useFormErrors';
import { DonePage } from './DonePage';
import { ResendVerification } from './ResendVerification';

const FIELDS = ['name', 'email', 'password', 'passwordConfirm'] as const;

export function SignUpPage() {
  const t = useT();
  const me = useMe();
  const { locale } = useLocale();
  const [values, setValues] = useState({ name: '', email: '', password: '', passwordConfirm: '' });
  const set = (k: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const [params] = useSearchParams();
  const next = params.get('next');
  const register = useMutation({
    mutationFn: (body: { name: string; email: string; password: string }) =>
      unwrap(api.POST('/api/auth/register', { body: { ...body, locale } })),
    // After the mailed verification, the person comes back to where sign-up was asked for.
    onSuccess: () => rememberReturn(next),
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(register.error, FIELDS);

  if (me && !register.isSuccess) return <Navigate to={safeNext(next)} replace />;

  if (register.isSuccess) {
    const email = register.variables.email;
    return (
      <DonePage title={t('auth.signUp.done.title')}>
        <p>
          <Msg id="auth.signUp.done.body" values={{ email: <Ltr>{email}</Ltr> }} />
        </p>
        <p className="muted">{t('auth.signUp.done.hint')}</p>
        <ResendVerification email={email} />
      </DonePage>
    );
  }

  return (
    <Page title={t('auth.signUp.title')} lead={t('auth.signUp.lead')} narrow>
      <form
        ref={formRef}
        className="card form"
        noValidate
        onSubmit={onSubmit(
          () => newPasswordErrors(values, FIELDS, 'password', t),
          () => register.mutate({ name: values.name.trim(), email: values.email.trim(), password: values.password }),
        )}
      >
        <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={register.error} others={otherErrors} />
        <TextInput name="name" label={t('field.name')} value={values.name} onChange={set('name')} error={fieldErrors.name} dir="auto" autoComplete="name" isRequired />
        <TextInput name="email" type="email" label={t('field.email')} value={values.email} onChange={set('email')} error={fieldErrors.email} dir="ltr" autoComplete="email" isRequired />
        <NewPasswordFields
          name="password"
          label={t('field.password')}
          confirmLabel={t('field.passwordConfirm')}
          values={values}
          errors={fieldErrors}
          onChange={set}
        />
        <div className="form-actions">
          <SubmitButton isPending={register.isPending}>{t('auth.signUp.submit')}</SubmitButton>
        </div>
        <p className="form-footer">
          {t('auth.signUp.haveAccount')} <Link to={next ? `${routePaths.signIn}?${new URLSearchParams({ next }).toString()}` : routePaths.signIn}>{t('nav.signIn')}</Link>
        </p>
      </form>
    </Page>
  );
}
