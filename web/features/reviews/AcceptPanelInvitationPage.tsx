import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { PanelInvitationLookup } from '../../api/types';
import { Msg, useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import './panel.css';

/** The page a mailed panel invitation opens: `/panel-invitations/accept?token=…`. */
export function AcceptPanelInvitationPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const lookup = useQuery({
    queryKey: ['panel-invitation', token],
    // A POST that only reads: the token stays out of URLs the server logs.
    queryFn: () => unwrap(api.POST('/api/panel-invitations/lookup', { body: { token } })),
    enabled: token !== '',
    retry: false,
    staleTime: 60_000,
  });

  let content: React.ReactNode;
  if (!token) {
    content = (
      <div className="alert alert-error" role="alert">
        <p>{t('panel.invitation.missingToken')}</p>
      </div>
    );
  } else if (lookup.isPending) content = <Loading />;
  else if (lookup.isError) content = <FormAlert error={lookup.error} />;
  else content = <InvitationCard invitation={lookup.data} token={token} />;

  return (
    <Page title={t('panel.invitation.title')} narrow>
      {content}
    </Page>
  );
}

function InvitationCard({ invitation: inv, token }: { invitation: PanelInvitationLookup; token: string }) {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const here = `${location.pathname}${location.search}`;

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
      ) : me === undefined ? (
        <Loading />
      ) : me === null ? (
        <>
          <p>{t('panel.invitation.signInFirst')}</p>
          <div className="form-actions">
            <Link to={`${routePaths.signIn}?${new URLSearchParams({ next: here }).toString()}`} className="button button-primary">
              {t('panel.invitation.signIn')}
            </Link>
            <Link to={`${routePaths.signUp}?${new URLSearchParams({ next: here }).toString()}`} className="button button-secondary">
              {t('panel.invitation.signUp')}
            </Link>
          </div>
        </>
      ) : (
        <>
          {me.email.toLowerCase() !== inv.email.toLowerCase() ? (
            <div className="alert alert-warning">
              <p>
                <Msg id="panel.invitation.otherAccount" values={{ me: <Ltr>{me.email}</Ltr>, email: <Ltr>{inv.email}</Ltr> }} />
              </p>
            </div>
          ) : null}
          <FormAlert error={accept.error} />
          <div className="form-actions">
            <SubmitButton type="button" isPending={accept.isPending} onPress={() => accept.mutate()}>
              {t('panel.invitation.accept')}
            </SubmitButton>
          </div>
        </>
      )}
    </section>
  );
}
