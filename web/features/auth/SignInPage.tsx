import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/guards';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import { sessionKey, setSessionUser, useMe } from '../../api/session';
import { useT } from '../../i18n/useT';
import { FormErrorAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { ResendVerification } from './ResendVerification';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const t = useT();
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ email: '', password: '' });
  const set = (k: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string }) => unwrap(api.POST('/api/auth/sign-in', { body })),
    onSuccess: async ({ user }) => {
      setSessionUser(queryClient, user);
      // A new session comes with a new CSRF token.
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(signIn.error, FIELDS);
  const notVerified = signIn.error instanceof ApiError && signIn.error.code === 'email_not_verified';

  // Signed in (now or already): go where the user was heading.
  if (me) return <Navigate to={next} replace />;

  return (
    <Page title={t('auth.signIn.title')} narrow>
      <form
        ref={formRef}
        className="card form"
        noValidate
        onSubmit={onSubmit(
          () => requiredErrors(values, FIELDS, t('validation.required')),
          () => signIn.mutate({ email: values.email.trim(), password: values.password }),
        )}
      >
        <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={signIn.error} others={otherErrors} />
        <TextInput name="email" type="email" label={t('field.email')} value={values.email} onChange={set('email')} error={fieldErrors.email} dir="ltr" autoComplete="email" isRequired />
        <TextInput
          name="password"
          type="password"
          label={t('field.password')}
          value={values.password}
          onChange={set('password')}
          error={fieldErrors.password}
          autoComplete="current-password"
          isRequired
        />
        <div className="form-actions">
          <SubmitButton isPending={signIn.isPending}>{t('auth.signIn.submit')}</SubmitButton>
          <Link to={routePaths.forgotPassword}>{t('auth.signIn.forgot')}</Link>
        </div>
        <p className="form-footer">
          {t('auth.signIn.noAccount')} <Link to={routePaths.signUp}>{t('nav.signUp')}</Link>
        </p>
      </form>
      {notVerified ? (
        <section className="card">
          <h2>{t('auth.resend.title')}</h2>
          <p>{t('auth.resend.body')}</p>
          <ResendVerification email={signIn.variables?.email} />
        </section>
      ) : null}
    </Page>
  );
}
