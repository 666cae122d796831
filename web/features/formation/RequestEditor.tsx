import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { GEOGRAPHIES, KINDS, LEVELS, type FormationRequest, type FormationRequestInput } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput, type TextInputProps } from '../../ui/TextInput';
import { CheckboxField, RadioChoice } from './Choice';
import { CoreStep } from './CoreStep';
import {
  APPLICANT_FIELDS,
  APPLICANT_REQUIRED,
  applicantLabel,
  errorMapOf,
  labelOfField,
  myRequestsKey,
  problemsOf,
  requestKey,
  STEPS,
  stepOfField,
  stepPayload,
  toFormValues,
  type ErrorMap,
  type FormValues,
  type Step,
} from './model';
import { RequestSummary } from './RequestSummary';

const isStep = (s: string | null): s is Step => s !== null && (STEPS as readonly string[]).includes(s);

/** What to focus after the next render: the step's heading, the first invalid field, or a named field. */
type FocusTarget = { kind: 'heading' } | { kind: 'error' } | { kind: 'field'; path: string };

/**
 * The multi-step form of a draft (or of a request sent back for changes). Each step saves its own
 * fields (PATCH); moving to another step saves first. The last step shows everything, what is still
 * missing, the confirmation that stands for the signature, and Submit.
 */
export function RequestEditor({ request }: { request: FormationRequest }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const stepParam = params.get('step');
  const step: Step = isStep(stepParam) ? stepParam : 'applicant';
  const index = STEPS.indexOf(step);

  const [values, setValues] = useState<FormValues>(() => toFormValues(request));
  const [errors, setErrors] = useState<ErrorMap>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [savedNote, setSavedNote] = useState(false);
  /** Which button started the save under way (its spinner shows). */
  const [action, setAction] = useState<'save' | 'back' | 'next' | 'jump' | null>(null);
  const [focus, setFocus] = useState<{ target: FocusTarget; tick: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const focusNext = (target: FocusTarget) => setFocus((old) => ({ target, tick: (old?.tick ?? 0) + 1 }));

  useEffect(() => {
    if (!focus) return;
    const form = formRef.current;
    const { target } = focus;
    if (target.kind === 'heading') headingRef.current?.focus();
    else if (target.kind === 'field') {
      const el = form?.querySelector<HTMLElement>(`[name="${CSS.escape(target.path)}"], [data-focus="${CSS.escape(target.path)}"]`);
      (el ?? headingRef.current)?.focus();
    } else {
      const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error="true"]');
      (invalid ?? alertRef.current ?? headingRef.current)?.focus();
    }
  }, [focus]);

  const accept = (updated: FormationRequest) => {
    queryClient.setQueryData(requestKey(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: myRequestsKey });
  };

  const save = useMutation({
    mutationFn: (v: { step: Step; body: FormationRequestInput }) =>
      unwrap(api.PATCH('/api/formation-requests/{id}', { params: { path: { id: request.id } }, body: v.body })),
  });

  const submit = useMutation({
    mutationFn: async () => {
      if (values.acknowledged !== (request.acknowledgedAt !== null)) {
        accept(await unwrap(api.PATCH('/api/formation-requests/{id}', { params: { path: { id: request.id } }, body: { acknowledged: values.acknowledged } })));
      }
      return unwrap(api.POST('/api/formation-requests/{id}/submit', { params: { path: { id: request.id } } }));
    },
    onSuccess: accept,
    onError: (error) => {
      const map = errorMapOf(problemsOf(error));
      setErrors(map);
      setFailure(error);
      const first = STEPS.find((s) => Object.keys(map).some((p) => stepOfField(p) === s));
      if (first && first !== step) setParams({ step: first });
      focusNext({ kind: 'error' });
    },
  });

  /** Saves the step shown; resolves false (errors shown) when the server refused. */
  const saveStep = async (by: 'save' | 'back' | 'next' | 'jump'): Promise<boolean> => {
    setSavedNote(false);
    setAction(by);
    submit.reset();
    try {
      const updated = await save.mutateAsync({ step, body: stepPayload(step, values) });
      accept(updated);
      setFailure(null);
      setErrors((old) => Object.fromEntries(Object.entries(old).filter(([p]) => stepOfField(p) !== step)));
      return true;
    } catch (error) {
      const map = errorMapOf(problemsOf(error));
      setErrors(map);
      setFailure(error);
      focusNext({ kind: 'error' });
      return false;
    } finally {
      setAction(null);
    }
  };

  /** Saves, then shows another step (and focuses its heading, or the field asked for). */
  const goTo = async (target: Step, path?: string, by: 'back' | 'next' | 'jump' = 'jump') => {
    if (save.isPending || submit.isPending) return;
    if (!(await saveStep(by))) return;
    if (target !== step) setParams({ step: target });
    focusNext(path ? { kind: 'field', path } : { kind: 'heading' });
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (step === 'review') submit.mutate();
    else void goTo(STEPS[index + 1] ?? step, undefined, 'next');
  };

  const set = <K extends keyof FormValues>(k: K, v: FormValues[K]) => {
    setSavedNote(false);
    setValues((old) => ({ ...old, [k]: v }));
  };

  const text = (name: 'title' | 'domain' | 'goals' | 'rationale' | 'scope' | 'platforms' | 'knowledgeTools' | 'priorExperience' | 'funding' | 'supportNeeded', extra: Partial<TextInputProps> = {}) => (
    <TextInput
      name={name}
      label={t(`formation.field.${name}` as MessageId)}
      value={values[name]}
      onChange={(v) => set(name, v)}
      error={errors[name]}
      dir="auto"
      {...extra}
    />
  );

  const stepLabel = (s: Step) => t(`formation.step.${s}` as const);
  const stepHasErrors = (s: Step) => Object.keys(errors).some((p) => stepOfField(p) === s);
  const otherStepErrors = Object.entries(errors).filter(([p]) => stepOfField(p) !== step);
  const shownError = submit.error ?? failure;

  let body: React.ReactNode;
  switch (step) {
    case 'applicant':
      body = (
        <div className="formation-grid">
          {APPLICANT_FIELDS.map((f) => {
            const ltr = f === 'email' || f === 'phone' || f === 'fax';
            return (
              <div key={f} className={f === 'address' ? 'formation-grid-wide' : undefined}>
                <TextInput
                  name={`applicant.${f}`}
                  label={t(applicantLabel(f))}
                  value={values.applicant[f]}
                  onChange={(v) => set('applicant', { ...values.applicant, [f]: v })}
                  error={errors[`applicant.${f}`]}
                  dir={ltr ? 'ltr' : 'auto'}
                  type={f === 'email' ? 'email' : 'text'}
                  inputMode={f === 'phone' || f === 'fax' ? 'tel' : undefined}
                  multiline={f === 'address'}
                  rows={2}
                  isRequired={APPLICANT_REQUIRED.includes(f)}
                />
              </div>
            );
          })}
        </div>
      );
      break;
    case 'community':
      body = (
        <>
          {text('title', { isRequired: true })}
          {text('domain', { multiline: true, rows: 4, description: t('formation.field.domain.help'), isRequired: true })}
          {text('goals', { multiline: true, rows: 4, description: t('formation.field.goals.help'), isRequired: true })}
          {text('rationale', { multiline: true, rows: 4, isRequired: true })}
        </>
      );
      break;
    case 'scope':
      body = (
        <>
          {text('scope', { multiline: true, rows: 3, description: t('formation.field.scope.help'), isRequired: true })}
          <RadioChoice
            name="level"
            legend={t('formation.field.level')}
            value={values.level}
            options={LEVELS.map((l) => ({ id: l, label: t(`level.${l}` as const) }))}
            onChange={(v) => set('level', v)}
            error={errors.level}
            isRequired
            inline
          />
          <RadioChoice
            name="geography"
            legend={t('formation.field.geography')}
            value={values.geography}
            options={GEOGRAPHIES.map((g) => ({ id: g, label: t(`geography.${g}` as const) }))}
            onChange={(v) => set('geography', v)}
            error={errors.geography}
            isRequired
            inline
          />
          <RadioChoice
            name="kind"
            legend={t('formation.field.kind')}
            value={values.kind}
            options={KINDS.map((k) => ({ id: k, label: t(`kind.${k}` as const) }))}
            onChange={(v) => set('kind', v)}
            error={errors.kind}
            isRequired
          />
        </>
      );
      break;
    case 'core':
      body = (
        <CoreStep
          applicantId={request.applicantId}
          applicantName={values.applicant.name || request.applicant.name}
          members={values.coreMembers}
          onChange={(members) => {
            set('coreMembers', members);
            // Positions shift when people come and go: earlier errors no longer point at the right row.
            setErrors((old) => Object.fromEntries(Object.entries(old).filter(([p]) => !p.startsWith('coreMembers.'))));
          }}
          errors={errors}
        />
      );
      break;
    case 'network':
      body = (
        <>
          {text('platforms', { multiline: true, rows: 3, description: t('formation.field.platforms.help'), isRequired: true })}
          {text('knowledgeTools', { multiline: true, rows: 3, isRequired: true })}
        </>
      );
      break;
    case 'support':
      body = (
        <>
          <RadioChoice<'yes' | 'no'>
            name="hasPriorExperience"
            legend={t('formation.field.hasPriorExperience')}
            value={values.hasPriorExperience === null ? null : values.hasPriorExperience ? 'yes' : 'no'}
            options={[
              { id: 'yes', label: t('common.yes') },
              { id: 'no', label: t('common.no') },
            ]}
            onChange={(v) => set('hasPriorExperience', v === 'yes')}
            error={errors.hasPriorExperience}
            isRequired
            inline
          />
          {values.hasPriorExperience ? text('priorExperience', { multiline: true, rows: 3, description: t('formation.field.priorExperience.help'), isRequired: true }) : null}
          {text('funding', { multiline: true, rows: 3, description: t('formation.field.funding.help'), isRequired: true })}
          {text('supportNeeded', { multiline: true, rows: 3, description: t('formation.field.supportNeeded.help'), isRequired: true })}
        </>
      );
      break;
    case 'review': {
      const missing = request.missing.filter((m) => !(m.field === 'acknowledged' && values.acknowledged));
      body = (
        <>
          {missing.length > 0 ? (
            <div className="alert alert-info formation-missing">
              <p>{t('formation.review.missingTitle')}</p>
              <ul>
                {missing.map((m, i) => (
                  <li key={i}>
                    <button type="button" className="formation-link-button" onClick={() => void goTo(stepOfField(m.field), m.field)}>
                      {t(labelOfField(m.field))}
                    </button>
                    {stepOfField(m.field) !== 'review' ? <span className="muted small"> ({t('formation.review.inStep', { step: stepLabel(stepOfField(m.field)) })})</span> : null}
                    {': '}
                    <span>{m.message}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <StatusMessage>{t('formation.review.ready')}</StatusMessage>
          )}
          <RequestSummary request={request} headingLevel={3} onEdit={(s) => void goTo(s)} idPrefix="review" />
          <CheckboxField
            name="acknowledged"
            label={t('formation.field.acknowledged')}
            description={t('formation.ack.help')}
            checked={values.acknowledged}
            onChange={(v) => set('acknowledged', v)}
            error={errors.acknowledged}
          />
        </>
      );
      break;
    }
  }

  return (
    <div className="formation-editor">
      <nav className="formation-steps-nav" aria-label={t('formation.steps.label')}>
        <ol className="formation-steps">
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className={`formation-step-button${i < index ? ' formation-step-done' : ''}`}
                aria-current={s === step ? 'step' : undefined}
                onClick={() => void goTo(s)}
              >
                <span className="formation-step-number" aria-hidden="true">
                  {formatNumber(i + 1, locale)}
                </span>
                <span className="formation-step-label">{stepLabel(s)}</span>
                {stepHasErrors(s) ? (
                  <>
                    <span className="formation-step-error" aria-hidden="true">
                      !
                    </span>
                    <span className="visually-hidden"> {t('formation.steps.hasErrors')}</span>
                  </>
                ) : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <form ref={formRef} className="card form formation-step" noValidate onSubmit={onSubmit}>
        <p className="formation-step-progress">{t('formation.steps.progress', { step: index + 1, total: STEPS.length })}</p>
        <h2 id="formation-step-title" ref={headingRef} tabIndex={-1}>
          {stepLabel(step)}
        </h2>
        <p className="muted">{t(`formation.stepLead.${step}` as const)}</p>

        {shownError ? (
          <FormAlert ref={alertRef} error={shownError}>
            {otherStepErrors.length > 0 ? (
              <>
                <p>{t('formation.errors.otherSteps')}</p>
                <ul>
                  {otherStepErrors.map(([path, message]) => (
                    <li key={path}>
                      <button type="button" className="formation-link-button" onClick={() => void goTo(stepOfField(path), path)}>
                        {t(labelOfField(path))}
                      </button>
                      {': '}
                      {message}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </FormAlert>
        ) : null}

        {body}

        <div className="form-actions formation-step-actions">
          {index > 0 ? (
            <SubmitButton type="button" variant="secondary" isPending={action === 'back'} onPress={() => void goTo(STEPS[index - 1] ?? step, undefined, 'back')}>
              {t('formation.actions.back')}
            </SubmitButton>
          ) : null}
          <SubmitButton
            type="button"
            variant="secondary"
            isPending={action === 'save'}
            onPress={() =>
              void saveStep('save').then((ok) => {
                if (ok) setSavedNote(true);
              })
            }
          >
            {t('formation.actions.save')}
          </SubmitButton>
          <span className="formation-spacer" />
          {step === 'review' ? (
            <SubmitButton isPending={submit.isPending}>
              {request.state === 'changes_requested' ? t('formation.actions.resubmit') : t('formation.actions.submit')}
            </SubmitButton>
          ) : (
            <SubmitButton isPending={action === 'next'}>{t('formation.actions.next')}</SubmitButton>
          )}
        </div>
        <div className="formation-step-foot">
          {savedNote ? <StatusMessage>{t('formation.saved')}</StatusMessage> : null}
          <p className="muted small">
            {t('formation.lastSaved', { date: formatDateTime(request.updatedAt, locale, { arCalendar }) })}
            {' · '}
            {t('formation.saveHint')}
          </p>
        </div>
      </form>
    </div>
  );
}
