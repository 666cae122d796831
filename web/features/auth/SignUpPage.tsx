import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { Ltr } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { ResendVerification } from './ResendVerification';

const FIELDS = ['name', 'email', 'password', 'passwordConfirm'] as const;

export function SignUpPage() {
  const t = useT();
  const me = useMe();
  const { locale } = useLocale();
  const [values, setValues] = useState({ name: '', email: '', password: '', passwordConfirm: '' });
  const set = (k: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const register = useMutation({
    mutationFn: (body: { name: string; email: string; password: string }) =>
      unwrap(api.POST('/api/auth/register', { body: { ...body, locale } })),
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors } = useFormErrors(register.error, FIELDS, clientErrors);

  if (me && !register.isSuccess) return <Navigate to={routePaths.home} replace />;

  if (register.isSuccess) {
    const email = register.variables.email;
    return (
      <Page title={t('auth.signUp.done.title')} narrow>
        <div className="card">
          <p>
            <Msg id="auth.signUp.done.body" values={{ email: <Ltr>{email}</Ltr> }} />
          </p>
          <p className="muted">{t('auth.signUp.done.hint')}</p>
          <ResendVerification email={email} />
          <p>
            <Link to={routePaths.signIn}>{t('auth.goSignIn')}</Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('auth.signUp.title')} lead={t('auth.signUp.lead')} narrow>
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
          if (Object.keys(errors).length > 0) return;
          register.mutate({ name: values.name.trim(), email: values.email.trim(), password: values.password });
        }}
      >
        {hasClientErrors ? (
          <FormAlert ref={alertRef} error messageId="errors.checkFields" />
        ) : (
          <FormAlert ref={alertRef} error={register.error} others={otherErrors} />
        )}
        <TextInput name="name" label={t('field.name')} value={values.name} onChange={set('name')} error={fieldErrors.name} dir="auto" autoComplete="name" isRequired />
        <TextInput name="email" type="email" label={t('field.email')} value={values.email} onChange={set('email')} error={fieldErrors.email} dir="ltr" autoComplete="email" isRequired />
        <TextInput
          name="password"
          type="password"
          label={t('field.password')}
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
          <SubmitButton isPending={register.isPending}>{t('auth.signUp.submit')}</SubmitButton>
        </div>
        <p className="form-footer">
          {t('auth.signUp.haveAccount')} <Link to={routePaths.signIn}>{t('nav.signIn')}</Link>
        </p>
      </form>
    </Page>
  );
}
