import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { setSessionUser, useMe } from '../../api/session';
import type { Me, ProfileData, Visibility, VisibilitySettings, VisibleField } from '../../api/types';
import { VISIBILITIES } from '../../api/types';
import { normalizePhone } from '../../i18n/digits';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput, type TextInputProps } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { ChangePasswordForm } from './ChangePasswordForm';

type TextKey = Exclude<keyof ProfileData, 'expertise' | 'languages'>;
type FormValues = Record<TextKey | 'expertise' | 'languages', string>;

const PROFILE_FIELDS = ['name', 'degree', 'fieldOfStudy', 'jobTitle', 'position', 'organization', 'phone', 'address', 'bio', 'expertise', 'languages'] as const;

/** Lists are typed as one line: split on Latin or Arabic commas, semicolons and new lines. */
function splitList(s: string): string[] {
  return s
    .split(/[,،;؛\n]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Lists are shown joined with the locale's comma. */
function toForm(me: Me, separator: string): FormValues {
  const p = me.profile;
  return {
    name: p.name,
    degree: p.degree,
    fieldOfStudy: p.fieldOfStudy,
    jobTitle: p.jobTitle,
    position: p.position,
    organization: p.organization,
    phone: p.phone,
    address: p.address,
    bio: p.bio,
    expertise: p.expertise.join(separator),
    languages: p.languages.join(separator),
  };
}

export function ProfilePage() {
  const me = useMe();
  if (!me) return <Loading />;
  return <ProfileEditor key={me.id} me={me} />;
}

function ProfileEditor({ me }: { me: Me }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const queryClient = useQueryClient();
  const listSeparator = locale === 'en' ? ', ' : '، ';
  const [values, setValues] = useState<FormValues>(() => toForm(me, listSeparator));
  const [visibility, setVisibility] = useState<VisibilitySettings>(() => ({ ...me.visibility }));
  const set = (k: keyof FormValues) => (v: string) => setValues((old) => ({ ...old, [k]: v }));

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/me/profile', {
          body: {
            profile: {
              name: values.name.trim(),
              degree: values.degree.trim(),
              fieldOfStudy: values.fieldOfStudy.trim(),
              jobTitle: values.jobTitle.trim(),
              position: values.position.trim(),
              organization: values.organization.trim(),
              phone: normalizePhone(values.phone),
              address: values.address.trim(),
              bio: values.bio.trim(),
              expertise: splitList(values.expertise),
              languages: splitList(values.languages),
            },
            visibility,
          },
        }),
      ),
    onSuccess: (user) => {
      setSessionUser(queryClient, user);
      setValues(toForm(user, listSeparator));
      setVisibility({ ...user.visibility });
    },
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(save.error, PROFILE_FIELDS);

  const visibilityOptions = VISIBILITIES.map((v) => ({ id: v, label: t(`visibility.${v}` as const) }));
  const visibilitySelect = (field: VisibleField) => (
    <SelectField<Visibility>
      name={`visibility.${field}`}
      label={t('profile.visibilityOf', { field: t(`field.${field}` as const) })}
      value={visibility[field]}
      options={visibilityOptions}
      onChange={(v) => {
        save.reset();
        setVisibility((old) => ({ ...old, [field]: v }));
      }}
    />
  );

  const input = (name: keyof FormValues, extra: Partial<TextInputProps> = {}) => (
    <TextInput
      name={name}
      label={t(`field.${name}` as MessageId)}
      value={values[name]}
      onChange={(v) => {
        save.reset();
        set(name)(v);
      }}
      error={fieldErrors[name]}
      dir="auto"
      {...extra}
    />
  );

  /** A field with its own "who can see it" choice beside it. */
  const withVisibility = (field: VisibleField & keyof FormValues, extra: Partial<TextInputProps> = {}) => (
    <div className="field-row">
      {input(field, extra)}
      {visibilitySelect(field)}
    </div>
  );

  return (
    <Page title={t('profile.title')}>
      <p className="muted">
        {t('profile.memberSince', { date: formatDate(me.createdAt, locale, { arCalendar }) })}
        {' · '}
        <Link to={routePaths.user(me.id)}>{t('profile.viewPublic')}</Link>
      </p>

      <form
        ref={formRef}
        className="form stack-lg"
        noValidate
        aria-labelledby="profile-form-title"
        onSubmit={onSubmit(
          () => requiredErrors(values, ['name'], t('validation.required')),
          () => save.mutate(),
        )}
      >
        <h2 id="profile-form-title" className="visually-hidden">
          {t('profile.formTitle')}
        </h2>
        <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={save.error} others={otherErrors} />

        <fieldset className="card fieldset">
          <legend>{t('profile.section.personal')}</legend>
          {input('name', { isRequired: true, autoComplete: 'name' })}
          {withVisibility('degree')}
          {withVisibility('fieldOfStudy')}
        </fieldset>

        <fieldset className="card fieldset">
          <legend>{t('profile.section.work')}</legend>
          {withVisibility('jobTitle', { autoComplete: 'organization-title' })}
          {withVisibility('position')}
          {withVisibility('organization', { autoComplete: 'organization' })}
        </fieldset>

        <fieldset className="card fieldset">
          <legend>{t('profile.section.contact')}</legend>
          <div className="field-row">
            <TextInput
              name="email"
              type="email"
              label={t('field.email')}
              value={me.email}
              onChange={() => undefined}
              isReadOnly
              dir="ltr"
              description={me.emailVerified ? t('profile.email.verified') : t('profile.email.notVerified')}
            />
            {visibilitySelect('email')}
          </div>
          {withVisibility('phone', { type: 'text', inputMode: 'tel', dir: 'ltr', autoComplete: 'tel' })}
          {withVisibility('address', { multiline: true, rows: 2, autoComplete: 'street-address' })}
        </fieldset>

        <fieldset className="card fieldset">
          <legend>{t('profile.section.about')}</legend>
          {input('bio', { multiline: true, rows: 5 })}
          {input('expertise', { description: t('field.listHelp') })}
          {input('languages', { description: t('field.listHelp') })}
          <p className="muted small">{t('profile.publicNote')}</p>
        </fieldset>

        <div className="form-actions">
          <SubmitButton isPending={save.isPending}>{t('profile.save')}</SubmitButton>
          {save.isSuccess ? <StatusMessage>{t('profile.saved')}</StatusMessage> : null}
        </div>
      </form>

      <ChangePasswordForm />
    </Page>
  );
}
