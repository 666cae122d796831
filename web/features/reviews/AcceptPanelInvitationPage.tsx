import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { PanelInvitationLookup } from '../../api/types';
import { Msg, useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { Page } from '../../ui/Page';
import { AcceptAsMe } from '../../ui/AcceptAsMe';
import { TokenLookup } from '../../ui/TokenLookup';
import './panel.css';

/** The page a mailed panel invitation opens: `/panel-invitations/accept?token=…`. */
export function AcceptPanelInvitationPage() {
  const t = useT();
  return (
    <Page title={t('panel.invitation.title')} narrow>
      <TokenLookup
        queryKey="panel-invitation"
        lookup={(token) => unwrap(api.POST('/api/panel-invitations/lookup', { body: { token } }))}
        missingToken={t('panel.invitation.missingToken')}
      >
        {(invitation, token) => <InvitationCard invitation={invitation} token={token} />}
      </TokenLookup>
    </Page>
  );
}

function InvitationCard({ invitation: inv, token }: { invitation: PanelInvitationLookup; token: string }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/panel-invitations/accept', { body: { token } })),
    onSuccess: async (panel) => {
      queryClient.setQueryData(['panel', panel.id], panel);
      await navigate(routePaths.panel(panel.id));
    },
  });

  const role = t(`panel.role.${inv.role}`);
  return (
    <section className="card panel-invitation" aria-labelledby="panel-invitation-body">
      <p id="panel-invitation-body">
        <Msg id="panel.invitation.body" values={{ role: <strong>{role}</strong>, panel: <strong><UserText>{inv.panelTitle}</UserText></strong> }} />
      </p>
      <dl className="details">
        <div>
          <dt>{t('panel.invitation.panel')}</dt>
          <dd dir="auto">{inv.panelTitle}</dd>
        </div>
        <div>
          <dt>{t('panel.invitation.call')}</dt>
          <dd dir="auto">{inv.callTitle}</dd>
        </div>
        <div>
          <dt>{t('panel.invitation.role')}</dt>
          <dd>{role}</dd>
        </div>
        <div>
          <dt>{t('panel.invitation.email')}</dt>
          <dd>
            <Ltr>{inv.email}</Ltr>
          </dd>
        </div>
      </dl>

      {!inv.usable ? (
        <div className="alert alert-error" role="alert">
          <p>{t('panel.invitation.unusable')}</p>
        </div>
      ) : (
        <AcceptAsMe
          invitedEmail={inv.email}
          accept={accept}
          text={{ signInFirst: t('panel.invitation.signInFirst'), signIn: t('panel.invitation.signIn'), signUp: t('panel.invitation.signUp'), accept: t('panel.invitation.accept'), otherAccount: 'panel.invitation.otherAccount' }}
        />
      )}
    </section>
  );
}
