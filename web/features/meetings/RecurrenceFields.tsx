import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { ApiError, api, fieldKey, unwrap } from '../../api/client';
import type { CalendarSystem, Occurrences, ScheduleInput } from '../../api/types';
import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/DateField';
import { useErrorMessage } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { TextInput } from '../../ui/TextInput';
import { RadioChoice } from '../formation/Choice';
import { useCalendarFormat } from './calendarFormat';
import { ErrorText, useCheckMessages, type Errors } from './MeetingFormFields';
import { MAX_MEETINGS, countTooHigh, monthlyDefaults, scheduleInputOf, type EndMode, type RepeatMode, type ScheduleValues } from './meetingForm';
import { weekStartOf, weekdayOfIso, weekdaysFrom, isIsoDate } from './monthGrid';

/** How many previewed dates are listed (the total is always said). */
const PREVIEW_SHOWN = 12;
const PREVIEW_DELAY_MS = 400;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export interface SchedulePreview {
  /** The dates the schedule yields, once asked. */
  data: Occurrences | undefined;
  /** The preview's field errors (e.g. `recurrence`: yields no meeting), by field. */
  errors: Errors;
  /** A failure that names no field (network…). */
  failure: string | null;
  pending: boolean;
  /** What was asked (null while a date or time is missing, or for a single meeting). */
  input: ScheduleInput | null;
  /** More meetings asked for than a series may have: not asked at all. */
  tooMany: boolean;
}

/**
 * The live preview of a recurring schedule: POST …/meetings/preview with the schedule, debounced;
 * its 400s name the fields ("yields no meeting", "more than 500"), shown where they belong.
 */
export function useSchedulePreview(slug: string, values: ScheduleValues): SchedulePreview {
  const errorMessage = useErrorMessage();
  const checks = useCheckMessages();
  const tooMany = countTooHigh(values);
  const current = values.repeat === 'none' || tooMany ? null : scheduleInputOf(values);
  const key = current ? JSON.stringify(current) : '';
  const debouncedKey = useDebounced(key, PREVIEW_DELAY_MS);
  const input: ScheduleInput | null = debouncedKey ? (JSON.parse(debouncedKey) as ScheduleInput) : null;
  const query = useQuery({
    queryKey: ['meetings', 'preview', slug, debouncedKey],
    queryFn: ({ signal }) => unwrap(api.POST('/api/communities/{slug}/meetings/preview', { params: { path: { slug } }, body: input!, signal })),
    enabled: input !== null,
    retry: false,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  const errors: Errors = tooMany ? { count: checks.countMax } : {};
  let failure: string | null = null;
  if (input && query.isError) {
    const e = query.error;
    if (e instanceof ApiError && e.errors.length > 0) for (const p of e.errors) errors[fieldKey(p.field)] ??= p.message;
    else failure = errorMessage(e);
  }
  return {
    data: input && query.isSuccess ? query.data : undefined,
    errors,
    failure,
    pending: key !== debouncedKey || query.isFetching,
    input,
    tooMany,
  };
}

interface RecurrenceFieldsProps {
  values: ScheduleValues;
  patch: (p: Partial<ScheduleValues>) => void;
  errors: Errors;
  /** The community's calendar: monthly rules count its months. */
  calendar: CalendarSystem;
  preview: SchedulePreview;
}

/** Repeat: none, weekly, monthly on a day, monthly on the nth weekday; until a count or a date; the live preview. */
export function RecurrenceFields({ values, patch, errors, calendar, preview }: RecurrenceFieldsProps) {
  const t = useT();
  const set = <K extends keyof ScheduleValues>(k: K, v: ScheduleValues[K]) => patch({ [k]: v });
  const f = useCalendarFormat();
  const ids = useId();
  const calendarName = t(`meetings.calendarSystem.${calendar}`);
  const startWeekday = isIsoDate(values.startDate) ? weekdayOfIso(values.startDate) : null;

  const chooseRepeat = (repeat: RepeatMode) => {
    const defaults = monthlyDefaults(values.startDate, calendar);
    patch({ repeat, ...(repeat !== values.repeat && defaults && repeat.startsWith('monthly') ? defaults : {}) });
  };

  const intervalField = (unit: 'weeks' | 'months') => (
    <div className="meetings-narrow-field">
      <TextInput
        name="recurrence.interval"
        label={unit === 'weeks' ? t('meetings.form.repeat.everyWeeks') : t('meetings.form.repeat.everyMonths')}
        value={values.interval}
        onChange={(v) => set('interval', v)}
        error={errors.interval}
        inputMode="numeric"
        dir="ltr"
      />
    </div>
  );

  const dayOptions = [
    ...Array.from({ length: 31 }, (_, i) => ({ id: String(i + 1), label: t('meetings.form.repeat.dayN', { day: f.number(i + 1) }) })),
    { id: '-1', label: t('meetings.form.repeat.lastDay') },
  ];
  const nthOptions = (['1', '2', '3', '4', '-1'] as const).map((n) => ({ id: n, label: t(`meetings.form.repeat.nth.${n === '-1' ? 'last' : n}`) }));
  const weekdayOptions = weekdaysFrom(weekStartOf(f.locale)).map((d) => ({ id: String(d), label: f.weekday(d, 'long') }));

  return (
    <div className="meetings-recurrence">
      <RadioChoice<RepeatMode>
        name="recurrence"
        legend={t('meetings.form.repeat')}
        value={values.repeat}
        options={[
          { id: 'none', label: t('meetings.form.repeat.none') },
          {
            id: 'weekly',
            label: t('meetings.form.repeat.weekly'),
            description: startWeekday !== null ? t('meetings.form.repeat.weeklyHelp', { weekday: f.weekday(startWeekday, 'long') }) : undefined,
          },
          { id: 'monthlyDay', label: t('meetings.form.repeat.monthlyDay') },
          { id: 'monthlyWeekday', label: t('meetings.form.repeat.monthlyWeekday') },
        ]}
        onChange={chooseRepeat}
        error={errors.recurrence}
      />

      {values.repeat === 'weekly' ? intervalField('weeks') : null}

      {values.repeat === 'monthlyDay' || values.repeat === 'monthlyWeekday' ? (
        <>
          <p className="alert alert-info meetings-calendar-note">{t('meetings.form.repeat.calendarNote', { calendar: calendarName })}</p>
          <div className="meetings-row">
            {values.repeat === 'monthlyDay' ? (
              <SelectField<string> name="recurrence.monthDay" label={t('meetings.form.repeat.monthDay')} value={values.monthDay} options={dayOptions} onChange={(v) => set('monthDay', v)} />
            ) : (
              <>
                <SelectField<string> name="recurrence.nth" label={t('meetings.form.repeat.nth')} value={values.nth} options={nthOptions} onChange={(v) => set('nth', v)} />
                <SelectField<string> name="recurrence.weekday" label={t('meetings.form.repeat.weekday')} value={values.weekday} options={weekdayOptions} onChange={(v) => set('weekday', v)} />
              </>
            )}
          </div>
          <ErrorText error={errors.monthDay ?? errors.nth ?? errors.weekday} />
          {intervalField('months')}
        </>
      ) : null}

      {values.repeat !== 'none' ? (
        <>
          <RadioChoice<EndMode>
            name="end"
            legend={t('meetings.form.end')}
            value={values.end}
            options={[
              { id: 'count', label: t('meetings.form.end.count') },
              { id: 'until', label: t('meetings.form.end.until') },
            ]}
            onChange={(v) => set('end', v)}
            inline
          />
          {values.end === 'count' ? (
            <div className="meetings-narrow-field">
              <TextInput
                name="count"
                label={t('meetings.form.count')}
                description={t('meetings.form.countHelp', { max: f.number(MAX_MEETINGS) })}
                value={values.count}
                onChange={(v) => set('count', v)}
                error={errors.count}
                inputMode="numeric"
                dir="ltr"
                isRequired
              />
            </div>
          ) : (
            <DateField name="until" label={t('meetings.form.until')} value={values.until} onChange={(v) => set('until', v)} error={errors.until} min={values.startDate || undefined} isRequired />
          )}
          <PreviewBox preview={preview} headingId={`${ids}-preview`} timeZone={values.timeZone} />
        </>
      ) : null}
    </div>
  );
}

function PreviewBox({ preview, headingId, timeZone }: { preview: SchedulePreview; headingId: string; timeZone: string }) {
  const t = useT();
  const f = useCalendarFormat();
  const items = preview.data?.items ?? [];
  const zone = preview.data?.timeZone ?? timeZone;
  const hasFieldErrors = Object.keys(preview.errors).length > 0;
  let status: string;
  if (preview.tooMany) status = t('meetings.form.preview.invalid');
  else if (!preview.input) status = t('meetings.form.preview.incomplete');
  else if (hasFieldErrors) status = t('meetings.form.preview.invalid');
  else if (preview.failure) status = preview.failure;
  else if (preview.pending && !preview.data) status = t('meetings.form.preview.loading');
  else status = t('meetings.form.preview.count', { count: items.length, n: f.number(items.length) });

  return (
    <section className="meetings-preview" aria-labelledby={headingId} aria-busy={preview.pending || undefined}>
      <h3 id={headingId}>{t('meetings.form.preview')}</h3>
      <p role="status" className={(hasFieldErrors && preview.input) || preview.tooMany || preview.failure ? 'field-error' : 'muted'}>
        {status}
      </p>
      {preview.input && !hasFieldErrors && items.length > 0 ? (
        <>
          <ol className="meetings-preview-list">
            {items.slice(0, PREVIEW_SHOWN).map((o) => (
              <li key={o.startsAt}>
                <time dateTime={o.startsAt}>{f.dateOf(o.startsAt, zone)}</time>
                <span className="muted"> · {f.timeRange(o.startsAt, o.endsAt, zone)}</span>
              </li>
            ))}
          </ol>
          {items.length > PREVIEW_SHOWN ? <p className="muted small">{t('meetings.form.preview.more', { count: items.length - PREVIEW_SHOWN, n: f.number(items.length - PREVIEW_SHOWN) })}</p> : null}
        </>
      ) : null}
    </section>
  );
}
