import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { Meeting } from '../../api/types';
import { useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { PersonPicker } from '../../ui/PersonPicker';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/useFormErrors';
import { useMeetingUpdate } from './meetingHooks';

type Invitee = Meeting['invitees'][number];

/** Who is invited (leaders): the roles, people by name and guest experts; invite or withdraw. */
export function InviteesSection({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const update = useMeetingUpdate();
  const [sent, setSent] = useState<string | null>(null);
  const inviteMember = useMutation({
    mutationFn: (person: { id: string; name: string }) => unwrap(api.POST('/api/meetings/{id}/invitees', { params: { path: { id: m.id } }, body: { userId: person.id } })),
    onMutate: () => setSent(null),
    onSuccess: (meeting, person) => {
      update(meeting);
      setSent(t('meetings.invite.memberInvited', { name: person.name }));
    },
  });
  if (!m.can.invite) return null;

  const members = m.invitees.filter((i) => !i.guest);
  const guests = m.invitees.filter((i) => i.guest);
  const open = !m.cancelled;

  return (
    <section className="card mtg-section" aria-labelledby="mtg-invitees">
      <h2 id="mtg-invitees">{t('meetings.invite.title')}</h2>
      <p className="muted small">{t('meetings.invite.lead')}</p>

      <h3 className="mtg-subtitle">{t('meetings.invite.roles')}</h3>
      {m.series.invitedRoles.length > 0 ? (
        <ul className="tags">
          {m.series.invitedRoles.map((r) => (
            <li key={r}>{t(`role.${r}`)}</li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('meetings.invite.noRoles')}</p>
      )}

      <h3 className="mtg-subtitle">{t('meetings.invite.byName')}</h3>
      <InviteeList meeting={m} invitees={members} empty={t('meetings.invite.noneByName')} />
      {open ? (
        <div className="mtg-invite-form">
          <PersonPicker
            name="userId"
            label={t('meetings.invite.member')}
            description={t('meetings.invite.memberHelp')}
            exclude={m.invitees.flatMap((i) => (i.user ? [i.user.id] : []))}
            onPick={(person) => inviteMember.mutate(person)}
          />
          {inviteMember.isError ? <FormAlert error={inviteMember.error} /> : null}
          {sent ? <StatusMessage>{sent}</StatusMessage> : null}
        </div>
      ) : null}

      <h3 className="mtg-subtitle">{t('meetings.invite.guests')}</h3>
      <InviteeList meeting={m} invitees={guests} empty={t('meetings.invite.noGuests')} />
      {open ? <GuestForm meeting={m} /> : null}
    </section>
  );
}

function InviteeList({ meeting: m, invitees, empty }: { meeting: Meeting; invitees: Invitee[]; empty: string }) {
  const t = useT();
  const update = useMeetingUpdate();
  if (invitees.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="mtg-people">
      {invitees.map((i) => {
        const name = i.name.trim() || i.email;
        return (
          <li key={i.id} className="mtg-person">
            <span className="mtg-person-name">
              {i.user ? (
                <Link to={routePaths.user(i.user.id)}>
                  <UserText>{name}</UserText>
                </Link>
              ) : (
                <UserText>{name}</UserText>
              )}
              {i.email && i.email !== name ? (
                <span className="small muted">
                  {' '}
                  <Ltr>{i.email}</Ltr>
                </span>
              ) : null}
            </span>
            {i.guest ? <span className="badge">{t('meetings.invite.guestBadge')}</span> : null}
            {i.pending ? <span className="badge badge-dot mtg-badge-pending">{t('meetings.invite.pending')}</span> : null}
            <span className="mtg-person-action">
              <ConfirmAction
                label={t('meetings.invite.remove')}
                title={t('meetings.invite.removeTitle')}
                body={t('meetings.invite.removeBody', { name })}
                confirm={t('meetings.invite.removeConfirm')}
                cancel={t('meetings.invite.keep')}
                action={() => unwrap(api.DELETE('/api/meetings/{id}/invitees/{inviteeId}', { params: { path: { id: m.id, inviteeId: i.id } } }))}
                onDone={update}
              />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A guest expert by email and name: mailed a link that works once, within 14 days. */
function GuestForm({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const ids = useId();
  const update = useMeetingUpdate();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: () => unwrap(api.POST('/api/meetings/{id}/invitees', { params: { path: { id: m.id } }, body: { email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}) } })),
    onMutate: () => setSent(null),
    onSuccess: (meeting) => {
      update(meeting);
      setSent(t('meetings.invite.guestInvited', { email: email.trim() }));
      setEmail('');
      setName('');
    },
  });
  const form = useFormErrors(invite.error, ['email', 'name']);
  const check = () => {
    const errors: Record<string, string> = {};
    if (!email.trim()) errors.email = t('validation.required');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = t('meetings.invite.emailInvalid');
    return errors;
  };
  return (
    <form ref={form.formRef} className="form mtg-guest-form" noValidate aria-labelledby={`${ids}-h`} onSubmit={form.onSubmit(check, () => invite.mutate())}>
      <h4 id={`${ids}-h`} className="mtg-form-title">
        {t('meetings.invite.guestTitle')}
      </h4>
      <p className="small muted">{t('meetings.invite.guestHelp')}</p>
      <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={invite.error} others={form.otherErrors} />
      <div className="mtg-guest-fields">
        <TextInput name="email" type="email" label={t('meetings.invite.email')} value={email} onChange={setEmail} error={form.fieldErrors.email} dir="ltr" autoComplete="off" isRequired />
        <TextInput name="name" label={t('meetings.invite.name')} value={name} onChange={setName} error={form.fieldErrors.name} dir="auto" autoComplete="off" />
      </div>
      {sent ? <StatusMessage>{sent}</StatusMessage> : null}
      <div className="form-actions">
        <SubmitButton isPending={invite.isPending}>{t('meetings.invite.sendGuest')}</SubmitButton>
      </div>
    </form>
  );
}
