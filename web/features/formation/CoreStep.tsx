import { useRef, useState, type KeyboardEvent } from 'react';
import { CORE_MAX, CORE_MIN, CORE_ROLES } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { PersonPicker } from '../../ui/PersonPicker';
import { SelectField } from '../../ui/SelectField';
import { TextInput } from '../../ui/TextInput';
import { looksLikeEmail, newEntryKey, type CoreEntry, type CoreRole, type ErrorMap } from './model';

interface CoreStepProps {
  applicantId: string;
  applicantName: string;
  members: CoreEntry[];
  onChange: (members: CoreEntry[]) => void;
  /** Server errors by path (`coreMembers`, `coreMembers.1.userId`…). */
  errors: ErrorMap;
}

const EMPTY_PERSON = { name: '', position: '', organization: '', email: '' };

/** The founding core (step 4): the applicant, registered users found by name, and people not yet registered. */
export function CoreStep({ applicantId, applicantName, members, onChange, errors }: CoreStepProps) {
  const t = useT();
  const { locale } = useLocale();
  const [person, setPerson] = useState(EMPTY_PERSON);
  const [personErrors, setPersonErrors] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const personFormRef = useRef<HTMLFieldSetElement>(null);

  const size = 1 + members.length;
  const inRange = size >= CORE_MIN && size <= CORE_MAX;
  const roleOptions = CORE_ROLES.map((r) => ({ id: r, label: t(`role.${r}` as const) }));

  const add = (entry: Omit<CoreEntry, 'key' | 'role'>) => {
    onChange([...members, { ...entry, key: newEntryKey(), role: 'member' }]);
    setAnnouncement(t('formation.core.added', { name: entry.name }));
  };

  const remove = (entry: CoreEntry) => {
    onChange(members.filter((m) => m.key !== entry.key));
    setAnnouncement(t('formation.core.removed', { name: entry.name }));
    listHeadingRef.current?.focus();
  };

  const setRole = (entry: CoreEntry, role: CoreRole) => onChange(members.map((m) => (m.key === entry.key ? { ...m, role } : m)));

  const addPerson = () => {
    const errs: Record<string, string> = {};
    if (!person.name.trim()) errs.name = t('validation.required');
    if (!person.email.trim()) errs.email = t('validation.required');
    else if (!looksLikeEmail(person.email)) errs.email = t('formation.validation.email');
    else if (members.some((m) => !m.userId && m.email.trim().toLowerCase() === person.email.trim().toLowerCase())) errs.email = t('formation.core.duplicate');
    setPersonErrors(errs);
    if (Object.keys(errs).length > 0) {
      personFormRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    add({ userId: null, name: person.name.trim(), position: person.position.trim(), organization: person.organization.trim(), email: person.email.trim() });
    setPerson(EMPTY_PERSON);
    setPersonErrors({});
    personFormRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  /** Enter in the small "add a person" form adds the person instead of sending the step. */
  const onPersonKeyDown = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      addPerson();
    }
  };

  const rowErrors = (i: number) =>
    Object.entries(errors)
      .filter(([path]) => path === `coreMembers.${i}` || path.startsWith(`coreMembers.${i}.`))
      .map(([, message]) => message);

  const setPersonField = (k: keyof typeof EMPTY_PERSON) => (v: string) => {
    setPerson((old) => ({ ...old, [k]: v }));
    if (personErrors[k]) setPersonErrors((old) => ({ ...old, [k]: '' }));
  };

  return (
    <div className="formation-core">
      <div
        className={`formation-counter ${inRange ? 'formation-counter-ok' : 'formation-counter-warn'}`}
        role="status"
        data-focus="coreMembers"
        tabIndex={-1}
      >
        <p className="formation-counter-count">{t('formation.core.counter', { count: size, min: CORE_MIN, max: CORE_MAX })}</p>
        <p className="formation-counter-note">
          {size < CORE_MIN
            ? t('formation.core.tooFew', { need: CORE_MIN - size })
            : size > CORE_MAX
              ? t('formation.core.tooMany', { max: CORE_MAX, extra: size - CORE_MAX })
              : t('formation.core.ok')}
        </p>
      </div>
      {errors.coreMembers ? (
        <p className="field-error" role="alert">
          {errors.coreMembers}
        </p>
      ) : null}

      <h3 ref={listHeadingRef} tabIndex={-1} id="core-list-title">
        {t('formation.core.listLabel')}
      </h3>
      <ol className="formation-core-list" aria-labelledby="core-list-title">
        <li className="formation-core-item">
          <span className="formation-core-number" aria-hidden="true">
            {formatNumber(1, locale)}
          </span>
          <div className="formation-core-main">
            <UserText>{applicantName}</UserText>
            <span className="formation-role">{t('role.chair')}</span>
          </div>
          <div className="muted small">{t('formation.core.you')}</div>
        </li>
        {members.map((m, i) => {
          const problems = rowErrors(i);
          return (
            <li
              key={m.key}
              className={`formation-core-item formation-core-edit${problems.length ? ' formation-core-invalid' : ''}`}
              data-error={problems.length ? true : undefined}
              tabIndex={problems.length ? -1 : undefined}
            >
              <span className="formation-core-number" aria-hidden="true">
                {formatNumber(i + 2, locale)}
              </span>
              <div className="formation-core-who">
                <div className="formation-core-main">
                  <UserText>{m.name}</UserText>
                </div>
                <div className="muted small">
                  {m.userId ? t('formation.core.registered') : t('formation.core.notRegistered')}
                  {!m.userId ? (
                    <>
                      {' '}
                      <Ltr>{m.email}</Ltr>
                    </>
                  ) : null}
                  {[m.position, m.organization].filter(Boolean).map((x, j) => (
                    <span key={j}>
                      {' · '}
                      <bdi>{x}</bdi>
                    </span>
                  ))}
                </div>
                {problems.map((p, j) => (
                  <p key={j} className="field-error">
                    {p}
                  </p>
                ))}
              </div>
              <SelectField<CoreRole>
                className="select-compact"
                name={`coreMembers.${i}.role`}
                label={t('formation.core.roleOf', { name: m.name })}
                hideLabel
                value={m.role}
                options={roleOptions}
                onChange={(role) => setRole(m, role)}
              />
              <button
                type="button"
                className="button button-secondary formation-small-button"
                aria-label={t('formation.core.removeName', { name: m.name })}
                onClick={() => remove(m)}
              >
                {t('formation.core.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <div className="formation-core-add">
        <section className="formation-subcard" aria-labelledby="core-add-registered">
          <h3 id="core-add-registered">{t('formation.core.addRegistered')}</h3>
          <PersonPicker
            label={t('formation.core.pick')}
            name="corePicker"
            exclude={[applicantId, ...members.flatMap((m) => (m.userId ? [m.userId] : []))]}
            onPick={(p) => add({ userId: p.id, name: p.name, position: '', organization: p.organization ?? '', email: '' })}
          />
        </section>

        <fieldset ref={personFormRef} className="formation-subcard fieldset" onKeyDown={onPersonKeyDown}>
          <legend>{t('formation.core.addOther')}</legend>
          <p className="field-help">{t('formation.core.otherHelp')}</p>
          <TextInput name="newMember.name" label={t('field.name')} value={person.name} onChange={setPersonField('name')} error={personErrors.name || undefined} dir="auto" isRequired />
          <TextInput name="newMember.position" label={t('field.position')} value={person.position} onChange={setPersonField('position')} dir="auto" />
          <TextInput
            name="newMember.organization"
            label={t('field.organization')}
            value={person.organization}
            onChange={setPersonField('organization')}
            dir="auto"
          />
          <TextInput
            name="newMember.email"
            type="email"
            label={t('field.email')}
            value={person.email}
            onChange={setPersonField('email')}
            error={personErrors.email || undefined}
            dir="ltr"
            isRequired
          />
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={addPerson}>
              {t('formation.core.add')}
            </button>
          </div>
        </fieldset>
      </div>
    </div>
  );
}
