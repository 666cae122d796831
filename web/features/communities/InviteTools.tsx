import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Community, CommunityRole } from '../../api/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading } from '../../ui/Page';
import { PersonPicker, type PickedPerson } from '../../ui/PersonPicker';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { DateField, communityKeys, endOfDayIso, todayIso } from './shared';

type InviteRole = Exclude<CommunityRole, 'chair'>;
const INVITE_ROLES = ['member', 'facilitator', 'secretary', 'guest_expert'] as const satisfies readonly InviteRole[];
const FIELDS = ['userId', 'email', 'name', 'role', 'accessEndsAt'] as const;

/** Invite a registered person (picked by name) or anyone by email, with a role. */
export function InviteForm({ c }: { c: Community }) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'user' | 'email'>('user');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [values, setValues] = useState({ name: '', email: '', accessEndsAt: '' });
  const [role, setRole] = useState<InviteRole>('member');
  const set = (k: keyof typeof values) => (v: string) => {
    invite.reset();
    setValues((old) => ({ ...old, [k]: v }));
  };

  const invite = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/communities/{slug}/invitations', {
          params: { path: { slug: c.slug } },
          body: {
            ...(mode === 'user' ? { userId: person?.id ?? '' } : { email: values.email.trim(), name: values.name.trim() }),
            role,
            accessEndsAt: role === 'guest_expert' ? endOfDayIso(values.accessEndsAt) : undefined,
          },
        }),
      ),
    onSuccess: async () => {
      setPerson(null);
      setValues({ name: '', email: '', accessEndsAt: '' });
      setRole('member');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: communityKeys.invitations(c.slug) }),
        queryClient.invalidateQueries({ queryKey: communityKeys.history(c.slug) }),
      ]);
    },
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(invite.error, FIELDS);

  const check = () => {
    const errors: Record<string, string> =
      mode === 'user'
        ? person
          ? {}
          : { userId: t('community.invite.pickFirst') }
        : requiredErrors(values, ['name', 'email'], t('validation.required'));
    if (role === 'guest_expert' && !values.accessEndsAt) errors.accessEndsAt = t('validation.required');
    return errors;
  };

  const exclude = [...(me ? [me.id] : []), ...c.leaders.map((l) => l.userId)];

  return (
    <section className="card tool-card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('community.invite.title')}</h2>
      <p className="muted">{t('community.invite.lead')}</p>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit(check, () => invite.mutate())}>
        <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={invite.error} others={otherErrors} />
        {invite.isSuccess ? (
          <StatusMessage>
            <Msg id="community.invite.sent" values={{ name: <UserText>{invite.data.name || invite.data.email}</UserText> }} />
          </StatusMessage>
        ) : null}

        <fieldset className="radio-group">
          <legend>{t('community.invite.mode')}</legend>
          <div className="radio-options">
            {(['user', 'email'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="inviteMode"
                  value={m}
                  checked={mode === m}
                  onChange={() => {
                    invite.reset();
                    setMode(m);
                  }}
                />
                <span>{t(`community.invite.mode.${m}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        {mode === 'user' ? (
          person ? (
            <div className="picked-person">
              <p>
                <Msg id="community.invite.picked" values={{ name: <UserText>{person.name}</UserText> }} />
                {person.organization ? (
                  <span className="muted small">
                    {' · '}
                    <bdi>{person.organization}</bdi>
                  </span>
                ) : null}
              </p>
              <SubmitButton type="button" variant="secondary" onPress={() => setPerson(null)}>
                {t('community.invite.change')}
              </SubmitButton>
            </div>
          ) : (
            <div>
              <PersonPicker
                label={t('community.invite.person')}
                name="person"
                exclude={exclude}
                onPick={(p) => {
                  invite.reset();
                  setPerson(p);
                }}
              />
              {fieldErrors.userId ? <p className="field-error">{fieldErrors.userId}</p> : null}
            </div>
          )
        ) : (
          <div className="form-grid">
            <TextInput name="name" label={t('community.invite.name')} value={values.name} onChange={set('name')} error={fieldErrors.name} dir="auto" isRequired />
            <TextInput
              name="email"
              type="email"
              label={t('community.invite.email')}
              value={values.email}
              onChange={set('email')}
              error={fieldErrors.email}
              dir="ltr"
              autoComplete="off"
              isRequired
            />
          </div>
        )}

        <div className="form-grid">
          <SelectField<InviteRole>
            name="role"
            label={t('community.invite.role')}
            value={role}
            options={INVITE_ROLES.map((r) => ({ id: r, label: t(`role.${r}`) }))}
            onChange={(r) => {
              invite.reset();
              setRole(r);
            }}
          />
          {role === 'guest_expert' ? (
            <DateField
              name="accessEndsAt"
              label={t('community.invite.accessEndsAt')}
              description={t('community.invite.accessEndsAtHelp')}
              value={values.accessEndsAt}
              onChange={set('accessEndsAt')}
              error={fieldErrors.accessEndsAt}
              min={todayIso()}
              isRequired
            />
          ) : null}
        </div>

        <div className="form-actions">
          <SubmitButton isPending={invite.isPending}>{t('community.invite.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

/** Invitations still waiting for an answer, each with "revoke". */
export function PendingInvitations({ c }: { c: Community }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: communityKeys.invitations(c.slug),
    queryFn: () => unwrap(api.GET('/api/communities/{slug}/invitations', { params: { path: { slug: c.slug } } })),
  });
  const revoke = useMutation({
    mutationFn: (v: { id: string; name: string }) =>
      unwrap(api.POST('/api/communities/{slug}/invitations/{id}/revoke', { params: { path: { slug: c.slug, id: v.id } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: communityKeys.invitations(c.slug) }),
        queryClient.invalidateQueries({ queryKey: communityKeys.history(c.slug) }),
      ]),
  });
  const items = invitations.data?.items ?? [];

  return (
    <section className="card tool-card" aria-labelledby="invitations-title">
      <h2 id="invitations-title">
        {t('community.invitations.title')}
        {items.length > 0 ? <span className="count-pill">{formatNumber(items.length, locale)}</span> : null}
      </h2>
      {revoke.isError ? <FormAlert error={revoke.error} /> : null}
      {revoke.isSuccess ? (
        <StatusMessage>
          <Msg id="community.invitations.revoked" values={{ name: <UserText>{revoke.variables.name}</UserText> }} />
        </StatusMessage>
      ) : null}
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <FormAlert error={invitations.error} />
      ) : items.length === 0 ? (
        <p className="empty">{t('community.invitations.empty')}</p>
      ) : (
        <ul className="item-list">
          {items.map((inv) => (
            <li key={inv.id}>
              <div className="item-main">
                <div className="item-title">
                  <bdi>{inv.name || inv.email}</bdi>
                  {inv.name && inv.email ? (
                    <span className="muted small">
                      {' · '}
                      <Ltr>{inv.email}</Ltr>
                    </span>
                  ) : null}
                </div>
                <div className="item-meta">
                  <span>
                    {t(`role.${inv.role}`)}
                    {inv.role === 'guest_expert' && inv.accessEndsAt ? ` (${t('members.until', { date: formatDate(inv.accessEndsAt, locale, { arCalendar }) })})` : ''}
                  </span>
                  {inv.invitedBy ? (
                    <span>
                      <Msg id="community.invitations.invitedBy" values={{ name: <UserText>{inv.invitedBy}</UserText> }} />
                    </span>
                  ) : null}
                  <span>{t('community.invitations.expires', { date: formatDate(inv.expiresAt, locale, { arCalendar }) })}</span>
                </div>
              </div>
              <div className="item-actions">
                <SubmitButton
                  type="button"
                  variant="secondary"
                  isPending={revoke.isPending && revoke.variables.id === inv.id}
                  onPress={() => revoke.mutate({ id: inv.id, name: inv.name || inv.email })}
                >
                  {t('community.invitations.revoke')}
                </SubmitButton>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
