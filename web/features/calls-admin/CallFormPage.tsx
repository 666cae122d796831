import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, ApiError, unwrap, type FieldProblem } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { DateField } from '../../ui/DateField';
import { FormAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { CheckboxField, RadioChoice } from '../formation/Choice';
import { CallsBreadcrumb } from './CallsBreadcrumb';
import { EntryListEditor } from './EntryListEditor';
import {
  acceptCall,
  ATTACHMENT_KINDS,
  changedFields,
  checkValues,
  EDITABLE_CALL_STATES,
  isShownPath,
  localTimeZone,
  MAX_ATTACHMENT_MB,
  MAX_FILES,
  newCallValues,
  newUid,
  normalizePath,
  toFormValues,
  toInput,
  useCall,
  WORD_LIMIT_MAX,
  WORD_LIMIT_MIN,
  type Call,
  type CallFormValues,
  type DomainEntry,
  type ErrorMap,
  type GroupEntry,
} from './model';
import '../formation/formation.css';
import './calls-admin.css';

/** `/calls/new`: a new call, prefilled with the source's six domains and audience groups; saved as a draft. */
export function NewCallPage() {
  const t = useT();
  return (
    <Page title={t('callAdmin.new.title')} lead={t('callAdmin.new.lead')} before={<CallsBreadcrumb />}>
      <CallForm />
    </Page>
  );
}

/** `/calls/:id/edit`: the same form, for a call that has not closed yet. */
export function EditCallPage() {
  const t = useT();
  const { id = '' } = useParams();
  const call = useCall(id);
  if (call.isPending) return <Loading />;
  if (call.isError) {
    return (
      <Page title={t('callAdmin.edit.title')} before={<CallsBreadcrumb />} narrow>
        <FormAlert error={call.error} />
      </Page>
    );
  }
  const c = call.data;
  const heading = <Msg id="callAdmin.edit.heading" values={{ title: <UserText>{c.title}</UserText> }} />;
  const back = <CallsBreadcrumb call={c} />;
  if (!c.canManage) {
    return (
      <Page title={t('callAdmin.edit.title')} before={back} narrow>
        <p className="alert alert-warning">{t('callAdmin.notAllowed')}</p>
      </Page>
    );
  }
  if (!EDITABLE_CALL_STATES.includes(c.state)) {
    return (
      <Page title={t('callAdmin.edit.title')} heading={heading} before={back} narrow>
        <p className="alert alert-info">{t('callAdmin.edit.closed', { state: t(`callAdmin.state.${c.state}`) })}</p>
        <p>
          <Link to={routePaths.manageCall(c.id)}>{t('callAdmin.backToManage')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`${t('callAdmin.edit.title')}: ${c.title}`} heading={heading} lead={c.state !== 'draft' ? t('callAdmin.edit.liveLead') : undefined} before={back}>
      {/* A fresh form when the call changes elsewhere and is loaded anew. */}
      <CallForm key={c.id} call={c} />
    </Page>
  );
}

type TabId = 'write' | 'preview';

function CallForm({ call }: { call?: Call }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ids = useId();
  const [values, setValues] = useState<CallFormValues>(() => (call ? toFormValues(call) : newCallValues(t)));
  const [errors, setErrors] = useState<ErrorMap>({});
  const [others, setOthers] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [tab, setTab] = useState<TabId>('write');
  const [focusTick, setFocusTick] = useState(0);
  const [noChanges, setNoChanges] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTick === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [focusTick]);

  const save = useMutation({
    mutationFn: (v: CallFormValues) => {
      const input = toInput(v, call);
      if (!call) return unwrap(api.POST('/api/calls', { body: input }));
      return unwrap(api.PATCH('/api/calls/{id}', { params: { path: { id: call.id } }, body: changedFields(input, call) }));
    },
    onSuccess: async (saved) => {
      acceptCall(queryClient, saved);
      await navigate(routePaths.manageCall(saved.id), { state: { saved: call ? 'updated' : 'created' } });
    },
    onError: (error) => {
      const map: ErrorMap = {};
      const rest: FieldProblem[] = [];
      for (const p of error instanceof ApiError ? error.errors : []) {
        const path = normalizePath(p.field);
        if (isShownPath(path)) map[path] ??= p.message;
        else rest.push(p);
      }
      setErrors(map);
      setOthers(rest);
      setFailure(error);
      if (map.description) setTab('write');
      setFocusTick((n) => n + 1);
    },
  });

  const set = <K extends keyof CallFormValues>(k: K, v: CallFormValues[K]) => {
    setNoChanges(false);
    setValues((old) => ({ ...old, [k]: v }));
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (save.isPending) return;
    const found = checkValues(values, t);
    setErrors(found);
    setOthers([]);
    if (Object.keys(found).length > 0) {
      setFailure(null);
      if (found.description) setTab('write');
      setFocusTick((n) => n + 1);
      return;
    }
    if (call && Object.keys(changedFields(toInput(values, call), call)).length === 0) {
      setNoChanges(true);
      return;
    }
    save.mutate(values);
  };

  /** Positions shift when entries come, go or move: earlier errors no longer point at the right row. */
  const setEntries = <K extends 'domains' | 'audienceGroups'>(k: K, list: CallFormValues[K]) => {
    set(k, list);
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([p]) => p !== k && !p.startsWith(`${k}.`))));
  };

  const hasClientErrors = Object.keys(errors).length > 0 && !failure;
  const timeZone = localTimeZone();

  const dateTime = (which: 'opens' | 'closes') => {
    const field = which === 'opens' ? 'opensAt' : 'closesAt';
    const dayKey = which === 'opens' ? 'opensDay' : 'closesDay';
    const timeKey = which === 'opens' ? 'opensTime' : 'closesTime';
    const error = errors[field];
    const timeId = `${ids}-${which}-time`;
    return (
      <fieldset className="calls-admin-datetime">
        <legend className="field-label-row">
          <span className="field-label">{which === 'opens' ? t('callAdmin.field.opensAt') : t('callAdmin.field.closesAt')}</span>
          <span className="field-required" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="calls-admin-datetime-row">
          <DateField name={field} label={t('callAdmin.field.date')} value={values[dayKey]} onChange={(v) => set(dayKey, v)} error={error} isRequired />
          <div className="field calls-admin-time">
            <label className="field-label" htmlFor={timeId}>
              {t('callAdmin.field.time')}
            </label>
            <input
              id={timeId}
              name={`${field}.time`}
              type="time"
              dir="ltr"
              required
              className="field-input"
              value={values[timeKey]}
              onChange={(e) => set(timeKey, e.target.value)}
              aria-invalid={error ? true : undefined}
            />
          </div>
        </div>
      </fieldset>
    );
  };

  return (
    <form ref={formRef} className="calls-admin-form" noValidate onSubmit={onSubmit}>
      {failure || hasClientErrors ? (
        <FormAlert ref={alertRef} error={failure ?? true} others={others} messageId={failure ? undefined : 'errors.checkFields'} />
      ) : null}

      <section className="card calls-admin-section form" aria-labelledby={`${ids}-basics`}>
        <h2 id={`${ids}-basics`}>{t('callAdmin.section.basics')}</h2>
        <TextInput name="title" label={t('callAdmin.field.title')} value={values.title} onChange={(v) => set('title', v)} error={errors.title} dir="auto" isRequired />
        <TextInput
          name="summary"
          label={t('callAdmin.field.summary')}
          description={t('callAdmin.field.summary.help')}
          value={values.summary}
          onChange={(v) => set('summary', v)}
          error={errors.summary}
          dir="auto"
          multiline
          rows={2}
        />
        <div className="calls-admin-markdown">
          <Tabs selectedKey={tab} onSelectionChange={(k: Key) => setTab(k === 'preview' ? 'preview' : 'write')}>
            <TabList className="calls-admin-tabs" aria-label={t('callAdmin.field.description')}>
              <Tab id="write" className="calls-admin-tab">
                {t('callAdmin.markdown.write')}
              </Tab>
              <Tab id="preview" className="calls-admin-tab">
                {t('callAdmin.markdown.preview')}
              </Tab>
            </TabList>
            <TabPanel id="write" className="calls-admin-tab-panel">
              <TextInput
                name="description"
                label={t('callAdmin.field.description')}
                description={t('callAdmin.field.description.help')}
                value={values.description}
                onChange={(v) => set('description', v)}
                error={errors.description}
                dir="auto"
                multiline
                rows={12}
              />
            </TabPanel>
            <TabPanel id="preview" className="calls-admin-tab-panel">
              <div className="calls-admin-preview">
                {values.description.trim() ? <Markdown source={values.description} /> : <p className="muted">{t('callAdmin.markdown.empty')}</p>}
              </div>
            </TabPanel>
          </Tabs>
        </div>
      </section>

      <EntryListEditor<DomainEntry>
        name="domains"
        legend={t('callAdmin.section.domains')}
        lead={t('callAdmin.domains.lead')}
        entries={values.domains}
        onChange={(list) => setEntries('domains', list)}
        errors={errors}
        create={(key) => ({ uid: newUid(), key, title: '', description: '' })}
        withDescription
      />

      <EntryListEditor<GroupEntry>
        name="audienceGroups"
        legend={t('callAdmin.section.groups')}
        lead={t('callAdmin.groups.lead')}
        entries={values.audienceGroups}
        onChange={(list) => setEntries('audienceGroups', list)}
        errors={errors}
        create={(key) => ({ uid: newUid(), key, title: '' })}
      />

      <section className="card calls-admin-section form" aria-labelledby={`${ids}-schedule`}>
        <h2 id={`${ids}-schedule`}>{t('callAdmin.section.schedule')}</h2>
        <p className="muted">{timeZone ? t('callAdmin.schedule.lead', { zone: timeZone }) : t('callAdmin.schedule.leadNoZone')}</p>
        <div className="calls-admin-schedule">
          {dateTime('opens')}
          {dateTime('closes')}
        </div>
      </section>

      <section className="card calls-admin-section form" aria-labelledby={`${ids}-review`}>
        <h2 id={`${ids}-review`}>{t('callAdmin.section.review')}</h2>
        <RadioChoice<'open' | 'blind'>
          name="blindReview"
          legend={t('callAdmin.field.blindReview')}
          value={values.blindReview ? 'blind' : 'open'}
          options={[
            { id: 'open', label: t('callAdmin.blindReview.open'), description: t('callAdmin.blindReview.open.help') },
            { id: 'blind', label: t('callAdmin.blindReview.blind'), description: t('callAdmin.blindReview.blind.help') },
          ]}
          onChange={(v) => set('blindReview', v === 'blind')}
          error={errors.blindReview}
        />
        <RadioChoice<'yes' | 'no'>
          name="publicAfterClose"
          legend={t('callAdmin.field.publicAfterClose')}
          description={t('callAdmin.field.publicAfterClose.help')}
          value={values.publicAfterClose ? 'yes' : 'no'}
          options={[
            { id: 'yes', label: t('common.yes') },
            { id: 'no', label: t('common.no') },
          ]}
          onChange={(v) => set('publicAfterClose', v === 'yes')}
          error={errors.publicAfterClose}
          inline
        />
        <div className="calls-admin-number">
          <TextInput
            name="wordLimit"
            label={t('callAdmin.field.wordLimit')}
            description={t('callAdmin.field.wordLimit.help', { min: formatNumber(WORD_LIMIT_MIN, locale), max: formatNumber(WORD_LIMIT_MAX, locale) })}
            value={values.wordLimit}
            onChange={(v) => set('wordLimit', v)}
            error={errors.wordLimit}
            inputMode="numeric"
            dir="ltr"
          />
        </div>
      </section>

      <section className="card calls-admin-section form" aria-labelledby={`${ids}-attachments`}>
        <h2 id={`${ids}-attachments`}>{t('callAdmin.section.attachments')}</h2>
        <RadioChoice<'yes' | 'no'>
          name="attachments.allowed"
          legend={t('callAdmin.field.attachmentsAllowed')}
          value={values.attachmentsAllowed ? 'yes' : 'no'}
          options={[
            { id: 'yes', label: t('common.yes') },
            { id: 'no', label: t('common.no') },
          ]}
          onChange={(v) => set('attachmentsAllowed', v === 'yes')}
          inline
        />
        {values.attachmentsAllowed ? (
          <>
            <fieldset className="formation-choice" aria-describedby={errors['attachments.types'] ? `${ids}-types-error` : undefined}>
              <legend className="field-label-row">
                <span className="field-label">{t('callAdmin.field.attachmentTypes')}</span>
              </legend>
              <div className="calls-admin-checks">
                {ATTACHMENT_KINDS.map((k) => (
                  <CheckboxField
                    key={k.id}
                    name={`attachments.types.${k.id}`}
                    label={t(`callAdmin.attachmentKind.${k.id}`)}
                    checked={values.kinds.includes(k.id)}
                    onChange={(on) => set('kinds', on ? [...values.kinds, k.id] : values.kinds.filter((x) => x !== k.id))}
                  />
                ))}
              </div>
              {errors['attachments.types'] ? (
                <p id={`${ids}-types-error`} className="field-error" data-error="true" tabIndex={-1}>
                  {errors['attachments.types']}
                </p>
              ) : null}
            </fieldset>
            <div className="calls-admin-pair">
              <TextInput
                name="attachments.maxBytes"
                label={t('callAdmin.field.maxMb')}
                description={t('callAdmin.field.maxMb.help', { max: formatNumber(MAX_ATTACHMENT_MB, locale) })}
                value={values.maxMb}
                onChange={(v) => set('maxMb', v)}
                error={errors['attachments.maxBytes']}
                inputMode="decimal"
                dir="ltr"
              />
              <TextInput
                name="attachments.maxFiles"
                label={t('callAdmin.field.maxFiles')}
                description={t('callAdmin.field.maxFiles.help', { max: formatNumber(MAX_FILES, locale) })}
                value={values.maxFiles}
                onChange={(v) => set('maxFiles', v)}
                error={errors['attachments.maxFiles']}
                inputMode="numeric"
                dir="ltr"
              />
            </div>
          </>
        ) : null}
      </section>

      <div className="calls-admin-form-actions">
        {noChanges ? (
          <p className="alert alert-info" role="status">
            {t('callAdmin.edit.noChanges')}
          </p>
        ) : null}
        <div className="form-actions">
          <SubmitButton isPending={save.isPending || save.isSuccess}>{call ? t('callAdmin.save') : t('callAdmin.create')}</SubmitButton>
          <Link to={call ? routePaths.manageCall(call.id) : routePaths.myCalls}>{t('callAdmin.cancel')}</Link>
        </div>
        {!call ? <p className="muted small">{t('callAdmin.new.draftNote')}</p> : null}
      </div>
    </form>
  );
}
