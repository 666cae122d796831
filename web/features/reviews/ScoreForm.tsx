import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, unwrap, type FieldProblem } from '../../api/client';
import type { Criterion, Review } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { badTypedScores, formScores, reviewKeys, scaleValues, scoresPayload, shownPath, splitByPath, weightedScore, type FormScores } from './scoreModel';

type Notice = 'draft' | 'submitted' | 'changes';

/** `۶۶٫۷` out of 100, or a dash while a criterion has no score. */
export function WeightedValue({ value }: { value: number | null }) {
  const t = useT();
  const { locale } = useLocale();
  if (value === null) return <span className="muted">—</span>;
  return <>{t('review.score.outOf100', { n: formatNumber(value, locale) })}</>;
}

/** A bar for a 0–100 score (drawn only; the number is beside it). */
export function ScoreBar({ value }: { value: number | null }) {
  return (
    <span className="review-bar" aria-hidden="true">
      <span className="review-bar-fill" style={{ inlineSize: `${Math.max(0, Math.min(100, value ?? 0))}%` }} />
    </span>
  );
}

/** Weight 2 · scale 1 to 5 · comment required. */
export function CriterionMeta({ c }: { c: Criterion }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <p className="review-criterion-meta small muted">
      <span>{t('review.criterion.weight', { n: formatNumber(c.weight, locale) })}</span>
      <span>{t('review.criterion.scale', { min: formatNumber(c.scaleMin, locale), max: formatNumber(c.scaleMax, locale) })}</span>
      {c.commentRequired ? <span>{t('review.criterion.commentRequired')}</span> : null}
    </p>
  );
}

interface ScaleProps {
  c: Criterion;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The score as radio buttons (scales up to 10) or a number field typed in any digits. */
function ScoreInput({ c, name, value, onChange, error }: ScaleProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const values = scaleValues(c);
  const min = formatNumber(c.scaleMin, locale);
  const max = formatNumber(c.scaleMax, locale);
  if (!values) {
    return (
      <TextInput
        name={name}
        label={t('review.form.scoreTyped', { min, max })}
        value={value}
        onChange={onChange}
        error={error}
        inputMode="numeric"
        dir="ltr"
        isRequired
      />
    );
  }
  const describedBy = [`${id}-help`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className="review-scale">
      <legend className="field-label-row">
        <span className="field-label">{t('review.form.score')}</span>
        <span className="field-required" aria-hidden="true">
          *
        </span>
      </legend>
      <div className="review-scale-options">
        {values.map((v) => (
          <label key={v} className="review-scale-option">
            <input
              type="radio"
              name={name}
              value={String(v)}
              checked={value === String(v)}
              onChange={() => onChange(String(v))}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
            <span>{formatNumber(v, locale)}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-help`} className="field-help">
        {t('review.form.scaleHelp', { min, max })}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The reviewer's scoring form: per criterion a score and a comment, the overall comment, the
 * live weighted score; save as a draft, submit, and (once submitted) save changes until the
 * deadline. Server field errors (`scores.<key>.score`…) land next to their field.
 */
export function ScoreForm({ review, onConflict }: { review: Review; onConflict?: (error: ApiError) => void }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const queryClient = useQueryClient();
  const criteria = review.criteria;
  const [values, setValues] = useState<FormScores>(() => formScores(criteria, review.scores));
  const [comment, setComment] = useState(review.comment);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [others, setOthers] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const submitted = review.state === 'submitted';

  // After a refused save: the first field in error, else the alert.
  useEffect(() => {
    if (focusTick === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [focusTick]);

  const save = useMutation({
    mutationFn: ({ submit }: { submit: boolean; wasSubmitted: boolean }) =>
      unwrap(
        api.PUT('/api/reviews/{id}', {
          params: { path: { id: review.id } },
          body: { scores: scoresPayload(criteria, values), comment, ...(submit ? { submit: true } : {}) },
        }),
      ),
    onSuccess: (updated, { submit, wasSubmitted }) => {
      queryClient.setQueryData(reviewKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.mine });
      setValues(formScores(updated.criteria, updated.scores));
      setComment(updated.comment);
      setErrors({});
      setOthers([]);
      setFailure(null);
      setNotice(wasSubmitted ? 'changes' : submit ? 'submitted' : 'draft');
    },
    onError: (error) => {
      const split = splitByPath(error instanceof ApiError ? error.errors : [], shownPath(criteria));
      setErrors(split.fields);
      setOthers(split.others);
      setFailure(error);
      setNotice(null);
      setFocusTick((n) => n + 1);
      // Closed meanwhile (deadline, results): the page reloads the review and turns read-only.
      if (error instanceof ApiError && error.status === 409) {
        onConflict?.(error);
        void queryClient.invalidateQueries({ queryKey: reviewKeys.detail(review.id) });
      }
    },
  });

  const send = (submit: boolean) => {
    const bad = badTypedScores(criteria, values);
    if (bad.length > 0) {
      const map: Record<string, string> = {};
      for (const path of bad) {
        const c = criteria.find((x) => path === `scores.${x.key}.score`)!;
        map[path] = t('review.form.outOfScale', { min: formatNumber(c.scaleMin, locale), max: formatNumber(c.scaleMax, locale) });
      }
      setErrors(map);
      setOthers([]);
      setFailure(null);
      setNotice(null);
      setFocusTick((n) => n + 1);
      return;
    }
    save.mutate({ submit, wasSubmitted: submitted });
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    send(true);
  };

  const setEntry = (key: string, field: 'score' | 'comment', value: string) => {
    setNotice(null);
    setValues((old) => ({ ...old, [key]: { ...(old[key] ?? { score: '', comment: '' }), [field]: value } }));
  };
  const live = weightedScore(criteria, scoresPayload(criteria, values));
  const pending = save.isPending ? (save.variables?.submit ? 'submit' : 'draft') : null;
  const hasClientErrors = failure === null && Object.keys(errors).length > 0;

  return (
    <section className="card review-form-card" aria-labelledby="score-title">
      <h2 id="score-title">{t('review.form.title')}</h2>
      {notice ? (
        <StatusMessage>
          <p>{t(`review.form.saved.${notice}`)}</p>
        </StatusMessage>
      ) : null}
      {submitted && review.deadline ? (
        <p className="small muted">{t('review.form.revisableUntil', { date: formatDateTime(review.deadline, locale, { arCalendar }) })}</p>
      ) : null}
      {criteria.length === 0 ? (
        <div className="alert alert-warning">
          <p>{t('review.form.noRubric')}</p>
        </div>
      ) : null}
      {failure || hasClientErrors ? <FormAlert ref={alertRef} error={failure ?? true} messageId={hasClientErrors ? 'errors.checkFields' : undefined} others={others} /> : null}
      <form ref={formRef} className="form review-form" onSubmit={onSubmit} noValidate>
        {criteria.map((c) => {
          const entry = values[c.key] ?? { score: '', comment: '' };
          const descId = `crit-${c.key}-desc`;
          return (
            <fieldset key={c.key} className="review-criterion" aria-describedby={c.description ? descId : undefined}>
              <legend className="review-criterion-title">
                <bdi dir="auto">{c.title}</bdi>
              </legend>
              {c.description ? (
                <p id={descId} className="review-criterion-desc" dir="auto">
                  {c.description}
                </p>
              ) : null}
              <CriterionMeta c={c} />
              <ScoreInput
                c={c}
                name={`scores.${c.key}.score`}
                value={entry.score}
                onChange={(v) => setEntry(c.key, 'score', v)}
                error={errors[`scores.${c.key}.score`]}
              />
              <TextInput
                name={`scores.${c.key}.comment`}
                label={c.commentRequired ? t('review.form.criterionCommentRequired') : t('review.form.criterionComment')}
                value={entry.comment}
                onChange={(v) => setEntry(c.key, 'comment', v)}
                error={errors[`scores.${c.key}.comment`]}
                multiline
                rows={3}
                dir="auto"
                isRequired={c.commentRequired}
              />
            </fieldset>
          );
        })}
        <TextInput
          name="comment"
          label={t('review.form.comment')}
          description={t('review.form.commentHelp')}
          value={comment}
          onChange={(v) => {
            setNotice(null);
            setComment(v);
          }}
          error={errors.comment}
          multiline
          rows={5}
          dir="auto"
        />
        {criteria.length > 0 ? (
          <div className="review-live" aria-live="polite" aria-atomic="true">
            <p className="review-live-label">{t('review.score.weighted')}</p>
            <p className="review-live-value">
              <WeightedValue value={live} />
            </p>
            <ScoreBar value={live} />
            <p className="field-help">{live === null ? t('review.score.incomplete') : t('review.score.howComputed')}</p>
          </div>
        ) : null}
        <div className="form-actions">
          {submitted ? (
            <SubmitButton isPending={pending === 'submit'}>{t('review.form.saveChanges')}</SubmitButton>
          ) : (
            <>
              <SubmitButton isPending={pending === 'submit'}>{t('review.form.submit')}</SubmitButton>
              <SubmitButton type="button" variant="secondary" isPending={pending === 'draft'} onPress={() => send(false)}>
                {t('review.form.saveDraft')}
              </SubmitButton>
            </>
          )}
        </div>
        {!submitted ? <p className="small muted">{t('review.form.submitHelp')}</p> : null}
      </form>
    </section>
  );
}
