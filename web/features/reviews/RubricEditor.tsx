import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { api, ApiError, unwrap, type FieldProblem } from '../../api/client';
import type { Criterion, Rubric } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading } from '../../ui/Page';
import { ReorderButtons } from '../../ui/ReorderButtons';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useReorderableList } from '../../ui/useReorderableList';
import type { Call } from '../calls-admin/model';
import { ReviewCheckbox } from './ReviewCheckbox';
import {
  checkCriteria,
  formatPercent,
  MAX_CRITERIA,
  newCriterion,
  normalizePath,
  reportKey,
  rubricKey,
  toCriteria,
  toCriterionEntries,
  weightShares,
  type CriterionEntry,
  type ErrorMap,
} from './ReviewSetupModel';

/** The call's scoring rubric: edited as a list until the first review is submitted, then shown as fixed. */
export function RubricSection({ call }: { call: Call }) {
  const t = useT();
  const queryClient = useQueryClient();
  const rubric = useQuery({
    queryKey: rubricKey(call.id),
    queryFn: () => unwrap(api.GET('/api/calls/{id}/rubric', { params: { path: { id: call.id } } })),
  });
  // A save refused with 409 `rubric_locked`: the rubric is shown fixed, with the server's words.
  const [lockedError, setLockedError] = useState<unknown>(null);

  let body: React.ReactNode;
  if (rubric.isPending) body = <Loading />;
  else if (rubric.isError) body = <FormAlert error={rubric.error} />;
  else {
    const r = rubric.data;
    const fixed = r.locked || !r.canEdit || call.state === 'results_published' || lockedError !== null;
    body = fixed ? (
      <>
        {lockedError ? <FormAlert error={lockedError} /> : null}
        <p className="alert alert-info">{r.locked || lockedError ? t('reviewSetup.rubric.locked') : call.state === 'results_published' ? t('reviewSetup.rubric.published') : t('reviewSetup.rubric.readOnly')}</p>
        <RubricView criteria={r.criteria} />
      </>
    ) : (
      <RubricForm
        call={call}
        rubric={r}
        onLocked={(error) => {
          setLockedError(error);
          void queryClient.invalidateQueries({ queryKey: rubricKey(call.id) });
        }}
      />
    );
  }

  return (
    <section className="card rs-section" aria-labelledby="review-rubric">
      <h2 id="review-rubric">{t('reviewSetup.rubric.title')}</h2>
      <p className="muted">{t('reviewSetup.rubric.lead')}</p>
      {body}
    </section>
  );
}

/** The fixed rubric: each criterion with its scale, weight (and share) and whether a comment is required. */
function RubricView({ criteria }: { criteria: readonly Criterion[] }) {
  const t = useT();
  const { locale, intlLocale } = useLocale();
  if (criteria.length === 0) return <p className="empty">{t('reviewSetup.rubric.empty')}</p>;
  const shares = weightShares(criteria);
  return (
    <ol className="rs-rubric-view">
      {criteria.map((c, i) => (
        <li key={c.key} className="rs-rubric-view-item">
          <span className="rs-rubric-number" aria-hidden="true">
            {formatNumber(i + 1, locale)}
          </span>
          <div>
            <h3 className="rs-rubric-view-title">
              <UserText>{c.title}</UserText>
            </h3>
            {c.description ? (
              <p className="rs-rubric-view-description prewrap" dir="auto">
                {c.description}
              </p>
            ) : null}
            <dl className="details details-inline">
              <div>
                <dt>{t('reviewSetup.rubric.scale')}</dt>
                <dd>{t('reviewSetup.rubric.scaleRange', { min: formatNumber(c.scaleMin, locale), max: formatNumber(c.scaleMax, locale) })}</dd>
              </div>
              <div>
                <dt>{t('reviewSetup.rubric.weight')}</dt>
                <dd>
                  {shares[i] == null
                    ? formatNumber(c.weight, locale)
                    : t('reviewSetup.rubric.weightWithShare', { weight: formatNumber(c.weight, locale), share: formatPercent(shares[i] ?? 0, intlLocale) })}
                </dd>
              </div>
              <div>
                <dt>{t('reviewSetup.rubric.comment')}</dt>
                <dd>{c.commentRequired ? t('reviewSetup.rubric.commentRequired') : t('reviewSetup.rubric.commentOptional')}</dd>
              </div>
            </dl>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Paths the form shows an input for; the rest are listed in the form's alert. */
const isShownPath = (path: string) => path === 'criteria' || /^criteria\.\d+\.(key|title|description|scaleMin|scaleMax|weight)$/.test(path);

/** The rubric as an editable, ordered list of criteria. */
function RubricForm({ call, rubric, onLocked }: { call: Call; rubric: Rubric; onLocked: (error: unknown) => void }) {
  const t = useT();
  const { locale, intlLocale } = useLocale();
  const ids = useId();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<CriterionEntry[]>(() => (rubric.criteria.length > 0 ? toCriterionEntries(rubric.criteria) : [newCriterion([])]));
  const [errors, setErrors] = useState<ErrorMap>({});
  const [others, setOthers] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [errorTick, setErrorTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errorTick === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [errorTick]);

  const save = useMutation({
    mutationFn: (list: CriterionEntry[]) => unwrap(api.PUT('/api/calls/{id}/rubric', { params: { path: { id: call.id } }, body: { criteria: toCriteria(list) } })),
    onSuccess: (data) => {
      queryClient.setQueryData(rubricKey(call.id), data);
      void queryClient.invalidateQueries({ queryKey: reportKey(call.id) });
      setEntries(toCriterionEntries(data.criteria));
      setSaved(true);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'rubric_locked') {
        onLocked(error);
        return;
      }
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
      setErrorTick((n) => n + 1);
    },
  });

  const titleOf = (e: CriterionEntry, i: number) => e.title.trim() || t('reviewSetup.rubric.untitled', { n: formatNumber(i + 1, locale) });

  /** Positions shift when criteria come, go or move: earlier errors no longer point at the right row. */
  const change = (next: CriterionEntry[], keepErrors = false) => {
    setEntries(next);
    setSaved(false);
    if (!keepErrors) setErrors((old) => Object.fromEntries(Object.entries(old).filter(([p]) => !p.startsWith('criteria'))));
  };
  const update = (i: number, patch: Partial<CriterionEntry>) => change(
    entries.map((e, j) => (j === i ? { ...e, ...patch } : e)),
    true,
  );
  const { listRef, addRef, announce, move, remove, focusField } = useReorderableList({
    entries,
    onChange: (next) => change(next),
    fieldName: (i) => `criteria.${i}.title`,
    moved: (c, from, to) => t('reviewSetup.rubric.moved', { title: titleOf(c, from), n: formatNumber(to + 1, locale), total: formatNumber(entries.length, locale) }),
    removed: (c, at) => t('reviewSetup.rubric.removed', { title: titleOf(c, at) }),
  });

  const add = () => {
    change([...entries, newCriterion(entries)], true);
    focusField(`criteria.${entries.length}.title`);
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (save.isPending) return;
    const found = checkCriteria(entries, t);
    setErrors(found);
    setOthers([]);
    setSaved(false);
    if (Object.keys(found).length > 0) {
      setFailure(null);
      setErrorTick((n) => n + 1);
      return;
    }
    save.mutate(entries);
  };

  const shares = weightShares(entries);
  const hasClientErrors = Object.keys(errors).length > 0 && !failure;
  const scaleMinOptions = [
    { id: '0' as const, label: formatNumber(0, locale) },
    { id: '1' as const, label: formatNumber(1, locale) },
  ];

  return (
    <form ref={formRef} className="rs-rubric-form" noValidate onSubmit={onSubmit} aria-describedby={`${ids}-note`}>
      <p id={`${ids}-note`} className="muted small">
        {t('reviewSetup.rubric.lockNote')}
      </p>
      {failure || hasClientErrors ? <FormAlert ref={alertRef} error={failure ?? true} others={others} messageId={failure ? undefined : 'errors.checkFields'} /> : null}
      {errors.criteria ? (
        <p className="field-error" data-error="true" tabIndex={-1}>
          {errors.criteria}
        </p>
      ) : null}
      <ol className="reorder-list" ref={listRef}>
        {entries.map((c, i) => {
          const label = titleOf(c, i);
          const n = formatNumber(i + 1, locale);
          const share = shares[i];
          return (
            <li key={c.uid} className="reorder-row">
              <span className="reorder-number" aria-hidden="true">
                {n}
              </span>
              <div className="reorder-fields">
                <TextInput
                  name={`criteria.${i}.title`}
                  label={t('reviewSetup.rubric.field.title', { n })}
                  value={c.title}
                  onChange={(v) => update(i, { title: v })}
                  error={errors[`criteria.${i}.title`]}
                  dir="auto"
                  isRequired
                />
                <TextInput
                  name={`criteria.${i}.description`}
                  label={t('reviewSetup.rubric.field.description')}
                  description={t('reviewSetup.rubric.field.descriptionHelp')}
                  value={c.description}
                  onChange={(v) => update(i, { description: v })}
                  error={errors[`criteria.${i}.description`]}
                  dir="auto"
                  multiline
                  rows={2}
                />
                <div className="rs-rubric-numbers">
                  <SelectField<'0' | '1'>
                    name={`criteria.${i}.scaleMin`}
                    label={t('reviewSetup.rubric.field.scaleMin')}
                    value={c.scaleMin}
                    options={scaleMinOptions}
                    onChange={(v) => update(i, { scaleMin: v })}
                  />
                  <TextInput
                    name={`criteria.${i}.scaleMax`}
                    label={t('reviewSetup.rubric.field.scaleMax')}
                    value={c.scaleMax}
                    onChange={(v) => update(i, { scaleMax: v })}
                    error={errors[`criteria.${i}.scaleMax`]}
                    inputMode="numeric"
                    dir="ltr"
                    isRequired
                  />
                  <TextInput
                    name={`criteria.${i}.weight`}
                    label={t('reviewSetup.rubric.field.weight')}
                    description={share == null ? undefined : t('reviewSetup.rubric.share', { share: formatPercent(share, intlLocale) })}
                    value={c.weight}
                    onChange={(v) => update(i, { weight: v })}
                    error={errors[`criteria.${i}.weight`]}
                    inputMode="decimal"
                    dir="ltr"
                    isRequired
                  />
                  <TextInput
                    name={`criteria.${i}.key`}
                    label={t('reviewSetup.rubric.field.key')}
                    description={t('reviewSetup.rubric.field.keyHelp')}
                    value={c.key}
                    onChange={(v) => update(i, { key: v })}
                    error={errors[`criteria.${i}.key`]}
                    dir="ltr"
                    isRequired
                  />
                </div>
                <ReviewCheckbox
                  name={`criteria.${i}.commentRequired`}
                  label={t('reviewSetup.rubric.field.commentRequired')}
                  checked={c.commentRequired}
                  onChange={(on) => update(i, { commentRequired: on })}
                />
              </div>
              <ReorderButtons
                id={c.uid}
                index={i}
                count={entries.length}
                labels={{
                  group: t('reviewSetup.rubric.actions', { title: label }),
                  up: t('reviewSetup.rubric.up', { title: label }),
                  down: t('reviewSetup.rubric.down', { title: label }),
                  remove: t('reviewSetup.rubric.remove', { title: label }),
                }}
                onMove={(by) => move(i, by)}
                onRemove={() => remove(i)}
              />
            </li>
          );
        })}
      </ol>
      <div ref={addRef} className="rs-rubric-add">
        {entries.length < MAX_CRITERIA ? (
          <Button className="button button-secondary" onPress={add}>
            {t('reviewSetup.rubric.add')}
          </Button>
        ) : (
          <p className="muted small">{t('reviewSetup.rubric.max', { max: formatNumber(MAX_CRITERIA, locale) })}</p>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {saved ? <StatusMessage>{t('reviewSetup.rubric.saved')}</StatusMessage> : null}
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{t('reviewSetup.rubric.save')}</SubmitButton>
      </div>
    </form>
  );
}
