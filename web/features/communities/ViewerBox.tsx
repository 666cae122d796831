import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Community } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { ConfirmBox, communityKeys, useRefreshCommunity } from './shared';

/** The viewer's invitation to this community (for its role), from their pending invitations. */
function useMyInvitation(id: string | null) {
  const me = useMe();
  return useQuery({
    queryKey: communityKeys.myInvitations,
    queryFn: () => unwrap(api.GET('/api/me/invitations')),
    enabled: !!me && id !== null,
    select: (page) => page.items.find((i) => i.id === id) ?? null,
  });
}

/** "Your membership": what the viewer is here and what they can do about it. */
export function ViewerBox({ c }: { c: Community }) {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { locale, arCalendar } = useLocale();
  const refresh = useRefreshCommunity();
  const { viewer } = c;
  const [note, setNote] = useState('');
  const [confirmLeave, setConfirmLeave] = useState(false);
  const invitation = useMyInvitation(viewer.invitationId);

  const join = useMutation({
    mutationFn: (body: { note?: string }) => unwrap(api.POST('/api/communities/{slug}/join', { params: { path: { slug: c.slug } }, body })),
    onSuccess: () => refresh(c.slug),
  });
  const leave = useMutation({
    mutationFn: () => unwrap(api.POST('/api/communities/{slug}/leave', { params: { path: { slug: c.slug } } })),
    onSuccess: async () => {
      setConfirmLeave(false);
      // A private community is hidden from non-members: leave for the directory instead of a 404.
      if (c.visibility === 'private') await navigate(routePaths.communities);
      await refresh(c.slug);
    },
  });
  const answer = useMutation({
    mutationFn: (v: { accept: boolean }) =>
      unwrap(api.POST(v.accept ? '/api/invitations/accept' : '/api/invitations/decline', { body: { id: viewer.invitationId ?? '' } })),
    onSuccess: () => refresh(c.slug),
  });

  const signInLink = `${routePaths.signIn}?${new URLSearchParams({ next: `${location.pathname}${location.search}` }).toString()}`;

  let body: React.ReactNode;
  if (me === undefined) body = <Loading />;
  else if (me === null) {
    body = (
      <>
        <p>{t('community.you.signInHint')}</p>
        <p>
          <Link to={signInLink} className="button button-primary">
            {t('community.you.signInToJoin')}
          </Link>
        </p>
      </>
    );
  } else if (viewer.role) {
    body = (
      <>
        <p className="community-you-role">
          {viewer.role === 'guest_expert' && viewer.accessEndsAt
            ? t('community.you.guestUntil', { date: formatDate(viewer.accessEndsAt, locale, { arCalendar }) })
            : t('community.you.role', { role: t(`role.${viewer.role}`) })}
        </p>
        {viewer.role === 'chair' && c.state !== 'dissolved' ? <p className="muted small">{t('community.you.chairCannotLeave')}</p> : null}
        {viewer.can.leave ? (
          confirmLeave ? (
            <ConfirmBox confirmLabel={t('community.leave.yes')} isPending={leave.isPending} onConfirm={() => leave.mutate()} onCancel={() => setConfirmLeave(false)}>
              <p>{t('community.leave.confirm')}</p>
            </ConfirmBox>
          ) : (
            <div className="form-actions">
              <SubmitButton
                type="button"
                variant="secondary"
                onPress={() => {
                  leave.reset();
                  setConfirmLeave(true);
                }}
              >
                {t('community.leave')}
              </SubmitButton>
            </div>
          )
        ) : null}
      </>
    );
  } else if (viewer.invitationId) {
    const role = invitation.data?.role;
    body = (
      <>
        <p className="community-you-role">{role ? t('community.you.invitedAs', { role: t(`role.${role}`) }) : t('community.you.invited')}</p>
        <div className="form-actions">
          <SubmitButton type="button" isPending={answer.isPending && answer.variables.accept} onPress={() => answer.mutate({ accept: true })}>
            {t('invitation.accept')}
          </SubmitButton>
          <SubmitButton type="button" variant="secondary" isPending={answer.isPending && !answer.variables.accept} onPress={() => answer.mutate({ accept: false })}>
            {t('invitation.decline')}
          </SubmitButton>
        </div>
      </>
    );
  } else if (viewer.requested) {
    body = <p className="community-you-role">{t('community.you.requested')}</p>;
  } else if (viewer.can.join) {
    body = (
      <>
        <p>{t('community.you.openHint')}</p>
        <div className="form-actions">
          <SubmitButton type="button" isPending={join.isPending} onPress={() => join.mutate({})}>
            {t('community.join')}
          </SubmitButton>
        </div>
      </>
    );
  } else if (viewer.can.requestToJoin) {
    body = (
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          join.mutate({ note: note.trim() || undefined });
        }}
      >
        <p>{t('community.you.requestHint')}</p>
        <TextInput name="note" label={t('community.requestNote')} value={note} onChange={setNote} multiline rows={3} dir="auto" />
        <div className="form-actions">
          <SubmitButton isPending={join.isPending}>{t('community.requestToJoin')}</SubmitButton>
        </div>
      </form>
    );
  } else if (c.state !== 'dissolved' && c.joinPolicy === 'invitation') {
    body = <p className="muted">{t('community.you.invitationOnly')}</p>;
  } else body = null;

  const outcome = join.isSuccess ? (
    <StatusMessage>{join.data.state === 'active' ? t('community.joined') : t('community.requestSent')}</StatusMessage>
  ) : leave.isSuccess ? (
    <StatusMessage>{t('community.left')}</StatusMessage>
  ) : answer.isSuccess ? (
    <StatusMessage>{answer.variables.accept ? t('community.joined') : t('community.invitationDeclined')}</StatusMessage>
  ) : null;
  const error = join.error ?? leave.error ?? answer.error;

  if (!body && !outcome && !error) return null;
  return (
    <section className="card community-you" aria-labelledby="you-title">
      <h2 id="you-title">{t('community.you.title')}</h2>
      {error ? <FormAlert error={error} /> : null}
      {outcome}
      {body}
    </section>
  );
}
