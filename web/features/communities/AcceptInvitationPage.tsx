import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Invitation } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SignInToContinue } from '../../ui/SignInToContinue';
import { SubmitButton } from '../../ui/SubmitButton';
import { TokenLookup } from '../../ui/TokenLookup';
import { useRefreshCommunity } from './shared';
import './communities.css';

/** The page a mailed invitation link opens: `/invitations/accept?token=…`. */
export function AcceptInvitationPage() {
  const t = useT();
  return (
    <Page title={t('invitation.title')} narrow>
      <TokenLookup
        queryKey="invitation"
        lookup={(token) => unwrap(api.POST('/api/invitations/lookup', { body: { token } }))}
        missingToken={t('invitation.missingToken')}
      >
        {(invitation, token) => <InvitationCard invitation={invitation} token={token} />}
      </TokenLookup>
      <p>
        <Link to={routePaths.communities}>{t('directory.browse')}</Link>
      </p>
    </Page>
  );
}

function InvitationCard({ invitation: inv, token }: { invitation: Invitation; token: string }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshCommunity();
  const queryClient = useQueryClient();
  const { locale, arCalendar } = useLocale();
  const expired = new Date(inv.expiresAt).getTime() <= Date.now();
  const open = inv.state === 'pending' && !expired;

  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/invitations/accept', { body: { token } })),
    onSuccess: async ({ slug }) => {
      await refresh(slug);
      await navigate(routePaths.community(slug));
      await queryClient.invalidateQueries({ queryKey: ['invitation', token] });
    },
  });
  const decline = useMutation({
    mutationFn: () => unwrap(api.POST('/api/invitations/decline', { body: { token } })),
    onSuccess: async ({ slug }) => {
      await refresh(slug);
      // Not refetched now: the card keeps showing what was declined, with the outcome.
      await queryClient.invalidateQueries({ queryKey: ['invitation', token], refetchType: 'none' });
    },
  });

  const title = <UserText>{inv.community.title}</UserText>;
  return (
    <section className="card invitation-card" aria-labelledby="invitation-community">
      <p id="invitation-community">
        {inv.invitedBy ? (
          <Msg id="invitation.body" values={{ inviter: <UserText>{inv.invitedBy}</UserText>, title: <strong>{title}</strong> }} />
        ) : (
          <Msg id="invitation.bodyNoInviter" values={{ title: <strong>{title}</strong> }} />
        )}
      </p>
      <dl className="details">
        <div>
          <dt>{t('invitation.community')}</dt>
          <dd dir="auto">{inv.community.title}</dd>
        </div>
        <div>
          <dt>{t('invitation.role')}</dt>
          <dd>{t(`role.${inv.role}`)}</dd>
        </div>
        {inv.role === 'guest_expert' && inv.accessEndsAt ? (
          <div>
            <dt>{t('invitation.guestUntil')}</dt>
            <dd>{formatDate(inv.accessEndsAt, locale, { arCalendar })}</dd>
          </div>
        ) : null}
        {inv.invitedBy ? (
          <div>
            <dt>{t('invitation.invitedBy')}</dt>
            <dd>
              <bdi>{inv.invitedBy}</bdi>
            </dd>
          </div>
        ) : null}
        {open ? (
          <div>
            <dt>{t('invitation.expires')}</dt>
            <dd>{formatDate(inv.expiresAt, locale, { arCalendar })}</dd>
          </div>
        ) : null}
      </dl>

      {decline.isSuccess ? (
        <StatusMessage>{t('invitation.declined')}</StatusMessage>
      ) : inv.state !== 'pending' ? (
        <div className="alert alert-info" role="status">
          <p>{t(`invitation.state.${inv.state}`)}</p>
          {inv.state === 'accepted' ? (
            <p>
              <Link to={routePaths.community(inv.community.slug)}>{t('invitation.goCommunity')}</Link>
            </p>
          ) : null}
        </div>
      ) : expired ? (
        <div className="alert alert-error" role="alert">
          <p>{t('invitation.expired')}</p>
        </div>
      ) : me === undefined ? (
        <Loading />
      ) : me === null ? (
        <SignInToContinue message={t('invitation.signInFirst')} signIn={t('invitation.signIn')} signUp={t('invitation.signUp')} />
      ) : (
        <>
          <FormAlert error={accept.error ?? decline.error} />
          <div className="form-actions">
            <SubmitButton type="button" isPending={accept.isPending} onPress={() => accept.mutate()}>
              {t('invitation.accept')}
            </SubmitButton>
            <SubmitButton type="button" variant="secondary" isPending={decline.isPending} onPress={() => decline.mutate()}>
              {t('invitation.decline')}
            </SubmitButton>
          </div>
        </>
      )}
    </section>
  );
}
