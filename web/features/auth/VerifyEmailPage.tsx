import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { takeReturn } from '../../app/returnTo';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { ResendVerification } from './ResendVerification';

export function VerifyEmailPage() {
  const t = useT();
  const me = useMe();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const verify = useMutation({
    mutationFn: (value: string) => unwrap(api.POST('/api/auth/verify-email', { body: { token: value } })),
  });
  // Post the token once on load (StrictMode runs effects twice in development; a token is single-use).
  const sent = useRef(false);
  const { mutate } = verify;
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  // A page remembered at sign-up (e.g. an invitation) is where signing in leads.
  const [returnTo] = useState(takeReturn);
  const next = me ? (
    <Link to={returnTo ?? routePaths.home} className="button button-primary">
      {t('common.backHome')}
    </Link>
  ) : (
    <Link to={returnTo ? `${routePaths.signIn}?${new URLSearchParams({ next: returnTo }).toString()}` : routePaths.signIn} className="button button-primary">
      {t('auth.goSignIn')}
    </Link>
  );

  return (
    <Page title={t('auth.verify.title')} narrow>
      <div className="card">
        {!token ? (
          <div className="alert alert-error" role="alert">
            <p>{t('auth.verify.missingToken')}</p>
          </div>
        ) : verify.isSuccess ? (
          <>
            <StatusMessage>{t('auth.verify.done')}</StatusMessage>
            <p>{next}</p>
          </>
        ) : verify.isError ? (
          <FormAlert error={verify.error} />
        ) : (
          <Loading />
        )}
        {!token || verify.isError ? (
          <section>
            <h2>{t('auth.verify.resendTitle')}</h2>
            <p>{t('auth.verify.resendLead')}</p>
            <ResendVerification />
          </section>
        ) : null}
      </div>
    </Page>
  );
}
