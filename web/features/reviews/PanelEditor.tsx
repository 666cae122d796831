import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, ApiError, unwrap, type FieldProblem } from '../../api/client';
import type { MemberInput, Panel, PanelRole } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { DateField } from '../../ui/DateField';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading } from '../../ui/Page';
import { PersonPicker, type PickedPerson } from '../../ui/PersonPicker';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/useFormErrors';
import { localTimeZone, type Call } from '../calls-admin/model';
import { RadioChoice } from '../formation/Choice';
import { ReviewCheckbox } from './ReviewCheckbox';
import {
  changedPanelFields,
  checkPanel,
  DEFAULT_DEADLINE_TIME,
  normalizePath,
  PANEL_ROLES,
  panelFormValues,
  panelsKey,
  REVIEWERS_MAX,
  takenDomains,
  toPanelInput,
  type ErrorMap,
  type PanelFormValues,
} from './ReviewSetupModel';

/** After a change that returned the panel: the call's list of panels, the report, and the panel's own page. */
function acceptPanel(queryClient: QueryClient, callId: string, panel: Panel): void {
  queryClient.setQueryData<Panel[]>(panelsKey(callId), (old) => (old ? (old.some((p) => p.id === panel.id) ? old.map((p) => (p.id === panel.id ? panel : p)) : [...old, panel]) : [panel]));
  void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'reviews' && !(q.queryKey[1] === 'panels' && q.queryKey[2] === callId) });
}

function forgetPanel(queryClient: QueryClient, callId: string, panelId: string): void {
  queryClient.setQueryData<Panel[]>(panelsKey(callId), (old) => old?.filter((p) => p.id !== panelId));
  void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'reviews' && !(q.queryKey[1] === 'panels' && q.queryKey[2] === callId) });
}

function useRoleOptions() {
  const t = useT();
  return PANEL_ROLES.map((id) => ({ id, label: t(`reviewSetup.role.${id}`) }));
}

/** The call's review panels: one card each (settings, members, invitations) and a form for a new one. */
export function PanelsSection({ call }: { call: Call }) {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const [flash, setFlash] = useState('');
  const newButtonRef = useRef<HTMLDivElement>(null);
  const panels = useQuery({
    queryKey: panelsKey(call.id),
    queryFn: async () => (await unwrap(api.GET('/api/calls/{id}/panels', { params: { path: { id: call.id } } }))).items,
  });
  const readOnly = call.state === 'results_published';

  let body: React.ReactNode;
  if (panels.isPending) body = <Loading />;
  else if (panels.isError) body = <FormAlert error={panels.error} />;
  else {
    const list = panels.data;
    const taken = takenDomains(list);
    const uncovered = call.domains.filter((d) => !taken.has(d.key));
    body = (
      <>
        {flash ? <StatusMessage>{flash}</StatusMessage> : null}
        {list.length === 0 ? <p className="empty">{t('reviewSetup.panels.none')}</p> : null}
        {uncovered.length > 0 && list.length > 0 ? (
          <p className="alert alert-warning">
            {t('reviewSetup.panels.uncovered', { count: uncovered.length })}{' '}
            {uncovered.map((d, i) => (
              <span key={d.key}>
                {i > 0 ? t('reviewSetup.listSeparator') : null}
                <UserText>{d.title}</UserText>
              </span>
            ))}
          </p>
        ) : null}
        <ul className="rs-panel-list">
          {list.map((p) => (
            <li key={p.id}>
              <PanelCard
                call={call}
                panel={p}
                panels={list}
                readOnly={readOnly}
                onDeleted={() => {
                  setFlash(t('reviewSetup.panel.deleted', { title: p.title }));
                  newButtonRef.current?.querySelector<HTMLElement>('button, h3')?.focus();
                }}
              />
            </li>
          ))}
        </ul>
        {readOnly ? null : (
          <div ref={newButtonRef} className="rs-panel-new">
            {creating ? (
              <section className="rs-panel-card rs-panel-card-new" aria-labelledby="rs-panel-new-title">
                <h3 id="rs-panel-new-title" tabIndex={-1}>
                  {t('reviewSetup.panel.newTitle')}
                </h3>
                <PanelForm
                  call={call}
                  panels={list}
                  onDone={(created) => {
                    setCreating(false);
                    setFlash(t('reviewSetup.panel.created', { title: created.title }));
                  }}
                  onCancel={() => setCreating(false)}
                />
              </section>
            ) : uncovered.length > 0 ? (
              <Button
                className="button button-primary"
                onPress={() => {
                  setFlash('');
                  setCreating(true);
                }}
              >
                {t('reviewSetup.panel.new')}
              </Button>
            ) : (
              <p className="muted small">{t('reviewSetup.panels.allCovered')}</p>
            )}
          </div>
        )}
      </>
    );
  }

  return (
    <section className="card rs-section" aria-labelledby="review-panels">
      <h2 id="review-panels">{t('reviewSetup.panels.title')}</h2>
      <p className="muted">{t('reviewSetup.panels.lead')}</p>
      {body}
    </section>
  );
}

/** One panel: its settings (or their form), members, invitations, and the way to add members. */
function PanelCard({ call, panel, panels, readOnly, onDeleted }: { call: Call; panel: Panel; panels: Panel[]; readOnly: boolean; onDeleted: () => void }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [flash, setFlash] = useState('');
  const editRef = useRef<HTMLButtonElement>(null);
  const titleOf = (key: string) => panel.call.domains.find((d) => d.key === key)?.title ?? key;
  const submitted = panel.members.reduce((sum, m) => sum + m.submitted, 0);

  const closeForm = () => {
    setEditing(false);
    window.setTimeout(() => editRef.current?.focus(), 0);
  };

  return (
    <article className="rs-panel-card" aria-labelledby={headingId}>
      <header className="rs-panel-card-header">
        <h3 id={headingId} className="rs-panel-card-title">
          <UserText>{panel.title}</UserText>
        </h3>
        <Link to={routePaths.panel(panel.id)} className="small">
          {t('reviewSetup.panel.open')}
        </Link>
      </header>

      {editing ? (
        <PanelForm
          call={call}
          panels={panels}
          panel={panel}
          onDone={() => {
            setFlash(t('reviewSetup.panel.updated'));
            closeForm();
          }}
          onCancel={closeForm}
        />
      ) : (
        <>
          <dl className="details details-inline rs-panel-card-details">
            <div className="rs-panel-card-domains">
              <dt>{t('reviewSetup.panel.domains')}</dt>
              <dd>
                <ul className="tags">
                  {panel.domainKeys.map((k) => (
                    <li key={k}>
                      <UserText>{titleOf(k)}</UserText>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt>{t('reviewSetup.panel.reviewers')}</dt>
              <dd>{formatNumber(panel.reviewersPerContribution, locale)}</dd>
            </div>
            <div>
              <dt>{t('reviewSetup.panel.deadline')}</dt>
              <dd>{panel.deadline ? formatDateTime(panel.deadline, locale, { arCalendar }) : t('reviewSetup.panel.noDeadline')}</dd>
            </div>
            <div>
              <dt>{t('reviewSetup.panel.threshold')}</dt>
              <dd>{t('reviewSetup.panel.points', { n: formatNumber(panel.disagreementThreshold, locale) })}</dd>
            </div>
          </dl>
          {flash ? <StatusMessage>{flash}</StatusMessage> : null}
          {readOnly ? null : (
            <div className="form-actions rs-panel-card-actions">
              <Button
                ref={editRef}
                className="button button-secondary calls-admin-small-button"
                onPress={() => {
                  setFlash('');
                  setEditing(true);
                }}
              >
                {t('reviewSetup.panel.edit')}
              </Button>
              {submitted > 0 ? (
                <span className="muted small">{t('reviewSetup.panel.cannotDelete')}</span>
              ) : (
                <ConfirmAction
                  label={t('reviewSetup.panel.delete')}
                  title={t('reviewSetup.panel.deleteTitle', { title: panel.title })}
                  body={t('reviewSetup.panel.deleteBody')}
                  confirm={t('reviewSetup.panel.deleteConfirm')}
                  cancel={t('reviewSetup.cancel')}
                  action={() => unwrap(api.DELETE('/api/panels/{id}', { params: { path: { id: panel.id } } }))}
                  onDone={() => {
                    forgetPanel(queryClient, call.id, panel.id);
                    onDeleted();
                  }}
                />
              )}
            </div>
          )}
        </>
      )}

      <Members call={call} panel={panel} readOnly={readOnly} />
    </article>
  );
}

// ---------------------------------------------------------------------------------------------
// The panel's settings form

const PANEL_FIELDS = ['title', 'domainKeys', 'reviewersPerContribution', 'deadline', 'disagreementThreshold'];

function PanelForm({ call, panels, panel, onDone, onCancel }: { call: Call; panels: Panel[]; panel?: Panel; onDone: (panel: Panel) => void; onCancel: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const ids = useId();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<PanelFormValues>(() => panelFormValues(panel));
  const [errors, setErrors] = useState<ErrorMap>({});
  const [others, setOthers] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [noChanges, setNoChanges] = useState(false);
  const [errorTick, setErrorTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const taken = takenDomains(panels, panel?.id);
  const domainOrder = call.domains.map((d) => d.key);
  // Once contributions are assigned, the server refuses to change the domains (409 panel_in_use).
  const domainsFixed = panel ? panel.members.some((m) => m.assigned > 0 || m.submitted > 0) : false;

  useEffect(() => {
    if (errorTick === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [errorTick]);

  const save = useMutation({
    mutationFn: (v: PanelFormValues) => {
      const input = toPanelInput(v, domainOrder);
      if (!panel) return unwrap(api.POST('/api/calls/{id}/panels', { params: { path: { id: call.id } }, body: input }));
      return unwrap(api.PATCH('/api/panels/{id}', { params: { path: { id: panel.id } }, body: changedPanelFields(input, panel) }));
    },
    onSuccess: (saved) => {
      acceptPanel(queryClient, call.id, saved);
      onDone(saved);
    },
    onError: (error, v) => {
      const sent = toPanelInput(v, domainOrder);
      const map: ErrorMap = {};
      const rest: FieldProblem[] = [];
      for (const p of error instanceof ApiError ? error.errors : []) {
        const path = normalizePath(p.field);
        const domain = /^domainKeys\.(\d+)$/.exec(path);
        const key = domain ? sent.domainKeys[Number(domain[1])] : undefined;
        if (key) map[`domain:${key}`] ??= p.message;
        else if (PANEL_FIELDS.includes(path)) map[path] ??= p.message;
        else rest.push(p);
      }
      setErrors(map);
      setOthers(rest);
      setFailure(error);
      setErrorTick((n) => n + 1);
    },
  });

  const set = <K extends keyof PanelFormValues>(k: K, v: PanelFormValues[K]) => {
    setNoChanges(false);
    setValues((old) => ({ ...old, [k]: v }));
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (save.isPending) return;
    const found = checkPanel(values, t);
    setErrors(found);
    setOthers([]);
    if (Object.keys(found).length > 0) {
      setFailure(null);
      setErrorTick((n) => n + 1);
      return;
    }
    if (panel && Object.keys(changedPanelFields(toPanelInput(values, domainOrder), panel)).length === 0) {
      setNoChanges(true);
      return;
    }
    save.mutate(values);
  };

  const hasClientErrors = Object.keys(errors).length > 0 && !failure;
  const timeId = `${ids}-deadline-time`;
  const timeZone = localTimeZone();

  return (
    <form ref={formRef} className="rs-panel-form" noValidate onSubmit={onSubmit}>
      {failure || hasClientErrors ? <FormAlert ref={alertRef} error={failure ?? true} others={others} messageId={failure ? undefined : 'errors.checkFields'} /> : null}
      <TextInput name="title" label={t('reviewSetup.panel.field.title')} description={t('reviewSetup.panel.field.titleHelp')} value={values.title} onChange={(v) => set('title', v)} error={errors.title} dir="auto" isRequired />

      <fieldset className="rs-panel-form-domains" aria-describedby={`${ids}-domains-help${errors.domainKeys ? ` ${ids}-domains-error` : ''}`}>
        <legend className="field-label-row">
          <span className="field-label">{t('reviewSetup.panel.field.domains')}</span>
          <span className="field-required" aria-hidden="true">
            *
          </span>
        </legend>
        <p id={`${ids}-domains-help`} className="field-help">
          {domainsFixed ? t('reviewSetup.panel.field.domainsFixed') : t('reviewSetup.panel.field.domainsHelp')}
        </p>
        <div className="rs-panel-form-domain-list">
          {call.domains.map((d) => {
            const other = taken.get(d.key);
            return (
              <ReviewCheckbox
                key={d.key}
                name={`domainKeys.${d.key}`}
                label={<UserText>{d.title}</UserText>}
                description={other !== undefined ? t('reviewSetup.panel.field.domainTaken', { title: other }) : undefined}
                checked={values.domainKeys.includes(d.key)}
                isDisabled={(other !== undefined && !values.domainKeys.includes(d.key)) || domainsFixed}
                error={errors[`domain:${d.key}`]}
                onChange={(on) => set('domainKeys', on ? [...values.domainKeys, d.key] : values.domainKeys.filter((k) => k !== d.key))}
              />
            );
          })}
        </div>
        {errors.domainKeys ? (
          <p id={`${ids}-domains-error`} className="field-error" data-error="true" tabIndex={-1}>
            {errors.domainKeys}
          </p>
        ) : null}
      </fieldset>

      <div className="rs-panel-form-numbers">
        <TextInput
          name="reviewersPerContribution"
          label={t('reviewSetup.panel.field.reviewers')}
          description={t('reviewSetup.panel.field.reviewersHelp', { max: formatNumber(REVIEWERS_MAX, locale) })}
          value={values.reviewers}
          onChange={(v) => set('reviewers', v)}
          error={errors.reviewersPerContribution}
          inputMode="numeric"
          dir="ltr"
          isRequired
        />
        <TextInput
          name="disagreementThreshold"
          label={t('reviewSetup.panel.field.threshold')}
          description={t('reviewSetup.panel.field.thresholdHelp')}
          value={values.threshold}
          onChange={(v) => set('threshold', v)}
          error={errors.disagreementThreshold}
          inputMode="numeric"
          dir="ltr"
          isRequired
        />
      </div>

      <fieldset className="calls-admin-datetime rs-panel-form-deadline" aria-describedby={`${ids}-deadline-help`}>
        <legend className="field-label-row">
          <span className="field-label">{t('reviewSetup.panel.field.deadline')}</span>
        </legend>
        <p id={`${ids}-deadline-help`} className="field-help">
          {timeZone ? t('reviewSetup.panel.field.deadlineHelpZone', { zone: timeZone }) : t('reviewSetup.panel.field.deadlineHelp')}
        </p>
        <div className="calls-admin-datetime-row">
          <DateField name="deadline" label={t('reviewSetup.panel.field.date')} value={values.deadlineDay} onChange={(v) => set('deadlineDay', v)} error={errors.deadline} />
          <div className="field calls-admin-time">
            <label className="field-label" htmlFor={timeId}>
              {t('reviewSetup.panel.field.time')}
            </label>
            <input
              id={timeId}
              name="deadline.time"
              type="time"
              dir="ltr"
              className="field-input"
              value={values.deadlineTime}
              onChange={(e) => set('deadlineTime', e.target.value || DEFAULT_DEADLINE_TIME)}
              aria-invalid={errors.deadline ? true : undefined}
              disabled={!values.deadlineDay}
            />
          </div>
        </div>
        {values.deadlineDay ? (
          <Button className="button button-secondary calls-admin-small-button" onPress={() => set('deadlineDay', '')}>
            {t('reviewSetup.panel.field.clearDeadline')}
          </Button>
        ) : null}
      </fieldset>

      {noChanges ? (
        <p className="alert alert-info" role="status">
          {t('reviewSetup.panel.noChanges')}
        </p>
      ) : null}
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{panel ? t('reviewSetup.panel.save') : t('reviewSetup.panel.create')}</SubmitButton>
        <Button className="button button-secondary" onPress={onCancel}>
          {t('reviewSetup.cancel')}
        </Button>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// Members and invitations

const ROLE_ORDER: Record<PanelRole, number> = { chair: 0, secretary: 1, reviewer: 2 };

function Members({ call, panel, readOnly }: { call: Call; panel: Panel; readOnly: boolean }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const queryClient = useQueryClient();
  const ids = useId();
  const members = [...panel.members].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const reviewers = panel.members.filter((m) => m.role === 'reviewer').length;

  const revoke = useMutation({
    mutationFn: (invitationId: string) => unwrap(api.DELETE('/api/panels/{id}/invitations/{itemId}', { params: { path: { id: panel.id, itemId: invitationId } } })),
    onSuccess: (updated) => acceptPanel(queryClient, call.id, updated),
  });

  return (
    <div className="rs-panel-members">
      <h4 id={`${ids}-members`}>{t('reviewSetup.members.title', { n: formatNumber(panel.members.length, locale) })}</h4>
      <p className="muted small">{t('reviewSetup.members.reviewerCount', { count: reviewers, n: formatNumber(panel.reviewersPerContribution, locale) })}</p>
      {reviewers < panel.reviewersPerContribution && !readOnly ? <p className="alert alert-warning">{t('reviewSetup.members.tooFew', { n: formatNumber(panel.reviewersPerContribution, locale) })}</p> : null}
      {members.length === 0 ? (
        <p className="empty">{t('reviewSetup.members.none')}</p>
      ) : (
        <ul className="rs-panel-member-list" aria-labelledby={`${ids}-members`}>
          {members.map((m) => (
            <MemberRow key={m.user.id} call={call} panel={panel} member={m} readOnly={readOnly} />
          ))}
        </ul>
      )}
      {readOnly ? null : <p className="muted small">{t('reviewSetup.members.roleNote')}</p>}

      {panel.invitations.length > 0 ? (
        <>
          <h4 id={`${ids}-invitations`}>{t('reviewSetup.invitations.title', { n: formatNumber(panel.invitations.length, locale) })}</h4>
          {revoke.isError ? <FormAlert error={revoke.error} /> : null}
          <ul className="rs-panel-member-list" aria-labelledby={`${ids}-invitations`}>
            {panel.invitations.map((inv) => (
              <li key={inv.id} className="rs-panel-member">
                <div className="rs-panel-member-who">
                  <span>{inv.name ? <UserText>{inv.name}</UserText> : <Ltr>{inv.email}</Ltr>}</span>
                  {inv.name ? (
                    <span className="muted small">
                      <Ltr>{inv.email}</Ltr>
                    </span>
                  ) : null}
                  <span className="muted small">
                    {t('reviewSetup.invitations.meta', { role: t(`reviewSetup.role.${inv.role}`), date: formatDateTime(inv.expiresAt, locale, { arCalendar }) })}
                  </span>
                </div>
                {readOnly ? null : (
                  <Button
                    className="button button-secondary calls-admin-small-button danger-button"
                    isDisabled={revoke.isPending}
                    aria-label={t('reviewSetup.invitations.revokeOf', { email: inv.email })}
                    onPress={() => revoke.mutate(inv.id)}
                  >
                    {t('reviewSetup.invitations.revoke')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {revoke.isSuccess ? <StatusMessage>{t('reviewSetup.invitations.revoked')}</StatusMessage> : null}

      {readOnly ? null : <AddMember call={call} panel={panel} />}
    </div>
  );
}

function MemberRow({ call, panel, member, readOnly }: { call: Call; panel: Panel; member: Panel['members'][number]; readOnly: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const setRole = useMutation({
    mutationFn: (role: PanelRole) => unwrap(api.PUT('/api/panels/{id}/members', { params: { path: { id: panel.id } }, body: { userId: member.user.id, role } })),
    onSuccess: (updated) => acceptPanel(queryClient, call.id, updated),
  });
  const open = member.assigned - member.submitted;

  return (
    <li className="rs-panel-member">
      <div className="rs-panel-member-who">
        <Link to={routePaths.user(member.user.id)}>
          <UserText>{member.user.name}</UserText>
        </Link>
        <span className="muted small">{t('reviewSetup.member.counts', { assigned: formatNumber(member.assigned, locale), submitted: formatNumber(member.submitted, locale) })}</span>
      </div>
      <div className="rs-panel-member-controls">
        {readOnly ? (
          <span className={`badge badge-dot rs-panel-role-${member.role}`}>{t(`reviewSetup.role.${member.role}`)}</span>
        ) : (
          <>
            <SelectField<PanelRole>
              name={`members.${member.user.id}.role`}
              label={t('reviewSetup.member.roleOf', { name: member.user.name })}
              hideLabel
              value={member.role}
              options={roleOptions}
              onChange={(role) => setRole.mutate(role)}
              isDisabled={setRole.isPending}
              className="select-compact rs-panel-member-role"
            />
            <ConfirmAction
              label={t('reviewSetup.member.remove')}
              title={t('reviewSetup.member.removeTitle', { name: member.user.name })}
              body={open > 0 ? t('reviewSetup.member.removeBodyOpen', { count: open }) : t('reviewSetup.member.removeBody')}
              confirm={t('reviewSetup.member.removeConfirm')}
              cancel={t('reviewSetup.cancel')}
              action={() => unwrap(api.DELETE('/api/panels/{id}/members/{userId}', { params: { path: { id: panel.id, userId: member.user.id } } }))}
              onDone={(updated) => acceptPanel(queryClient, call.id, updated)}
            />
          </>
        )}
      </div>
      {setRole.isError ? <FormAlert error={setRole.error} /> : null}
    </li>
  );
}

type AddMode = 'person' | 'email';

/** Adds a member: a registered person found by name, or an email (an account is added, anyone else invited). */
function AddMember({ call, panel }: { call: Call; panel: Panel }) {
  const t = useT();
  const ids = useId();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [mode, setMode] = useState<AddMode>('person');
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<PanelRole>('reviewer');
  const [done, setDone] = useState('');

  const add = useMutation({
    mutationFn: (body: MemberInput) => unwrap(api.PUT('/api/panels/{id}/members', { params: { path: { id: panel.id } }, body })),
    onSuccess: (updated, body) => {
      acceptPanel(queryClient, call.id, updated);
      const roleName = t(`reviewSetup.role.${body.role}`);
      if (body.userId) setDone(t('reviewSetup.add.added', { name: picked?.name ?? '', role: roleName }));
      else if (updated.invitations.some((i) => i.email.toLowerCase() === body.email?.trim().toLowerCase())) setDone(t('reviewSetup.add.invited', { email: body.email ?? '', role: roleName }));
      else setDone(t('reviewSetup.add.addedByEmail', { email: body.email ?? '', role: roleName }));
      setPicked(null);
      setEmail('');
      setName('');
    },
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(add.error, mode === 'person' ? ['userId'] : ['email', 'name']);

  const check = (): Record<string, string> => {
    setDone('');
    if (mode === 'person') return picked ? {} : { userId: t('reviewSetup.add.pickFirst') };
    const trimmed = email.trim();
    if (!trimmed) return { email: t('validation.required') };
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return { email: t('reviewSetup.add.badEmail') };
    return {};
  };
  const send = () => add.mutate(mode === 'person' && picked ? { userId: picked.id, role } : { email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}), role });

  return (
    <section className="rs-panel-add" aria-labelledby={`${ids}-add`}>
      <h4 id={`${ids}-add`}>{t('reviewSetup.add.title')}</h4>
      <form ref={formRef} className="rs-panel-add-form" noValidate onSubmit={onSubmit(check, send)}>
        {hasClientErrors || add.isError ? <FormAlert ref={alertRef} error={hasClientErrors ? true : add.error} others={otherErrors} messageId={hasClientErrors ? 'errors.checkFields' : undefined} /> : null}
        <RadioChoice<AddMode>
          name={`${ids}-mode`}
          legend={t('reviewSetup.add.how')}
          value={mode}
          options={[
            { id: 'person', label: t('reviewSetup.add.byPerson') },
            { id: 'email', label: t('reviewSetup.add.byEmail') },
          ]}
          onChange={(m) => {
            setMode(m);
            setDone('');
            add.reset();
          }}
          inline
        />

        {mode === 'person' ? (
          picked ? (
            <div className="rs-panel-add-picked">
              <span className="field-label">{t('reviewSetup.add.picked')}</span>
              <span className="rs-panel-add-picked-row">
                <UserText>{picked.name}</UserText>
                {picked.organization ? (
                  <span className="muted small">
                    <UserText>{picked.organization}</UserText>
                  </span>
                ) : null}
                <Button className="button button-secondary calls-admin-small-button" onPress={() => setPicked(null)}>
                  {t('reviewSetup.add.change')}
                </Button>
              </span>
            </div>
          ) : (
            <div>
              <PersonPicker
                label={t('reviewSetup.add.find')}
                name="userId"
                onPick={(p) => {
                  setPicked(p);
                  setDone('');
                }}
                exclude={panel.members.map((m) => m.user.id)}
              />
              {fieldErrors.userId ? (
                <p className="field-error" data-error="true" tabIndex={-1}>
                  {fieldErrors.userId}
                </p>
              ) : null}
            </div>
          )
        ) : (
          <div className="rs-panel-add-email">
            <TextInput name="email" type="email" label={t('reviewSetup.add.email')} value={email} onChange={setEmail} error={fieldErrors.email} dir="ltr" autoComplete="off" isRequired />
            <TextInput name="name" label={t('reviewSetup.add.name')} description={t('reviewSetup.add.nameHelp')} value={name} onChange={setName} error={fieldErrors.name} dir="auto" autoComplete="off" />
          </div>
        )}
        {mode === 'email' ? <p className="muted small">{t('reviewSetup.add.emailNote')}</p> : null}

        <div className="rs-panel-add-actions">
          <SelectField<PanelRole> name="role" label={t('reviewSetup.add.role')} value={role} options={roleOptions} onChange={setRole} />
          <SubmitButton isPending={add.isPending}>{mode === 'person' ? t('reviewSetup.add.submit') : t('reviewSetup.add.submitEmail')}</SubmitButton>
        </div>
        {done ? <StatusMessage>{done}</StatusMessage> : null}
      </form>
    </section>
  );
}
