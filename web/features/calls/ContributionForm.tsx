import { useId, useState } from 'react';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';
import type { Call } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormErrorAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { wordCount } from './time';

export interface ContributionValues {
  audienceGroup: string;
  domainKey: string;
  title: string;
  body: string;
  affiliation: string;
}

export const CONTRIBUTION_FIELDS = ['audienceGroup', 'domainKey', 'title', 'body', 'affiliation'] as const;
const REQUIRED = ['audienceGroup', 'domainKey', 'title', 'body'] as const;

interface DomainSelectProps {
  call: Call;
  value: string;
  onChange: (key: string) => void;
  error?: string;
}

/** The call's domains (عرصه‌ها) as a select, with the chosen domain's description under it. */
function DomainSelect({ call, value, onChange, error }: DomainSelectProps) {
  const t = useT();
  const chosen = call.domains.find((d) => d.key === value);
  return (
    <Select
      className="select field calls-domain-select"
      name="domainKey"
      value={value || null}
      onChange={(key: Key | null) => {
        if (typeof key === 'string') onChange(key);
      }}
      placeholder={t('contribution.field.domainPlaceholder')}
      isRequired
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <span className="field-label-row">
        <Label className="field-label">{t('contribution.field.domain')}</Label>
        <span className="field-required" aria-hidden="true">
          *
        </span>
      </span>
      <Button className="select-button" aria-invalid={error ? true : undefined}>
        <SelectValue className="select-value" />
        <svg className="select-chevron" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </Button>
      {chosen?.description ? (
        <Text slot="description" className="field-help" dir="auto">
          {chosen.description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="select-popover" offset={4}>
        <ListBox className="listbox">
          {call.domains.map((d) => (
            <ListBoxItem key={d.key} id={d.key} textValue={d.title} className="listbox-item">
              <bdi>{d.title}</bdi>
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** The audience groups (گروه‌های مخاطب) as radio buttons: native inputs, arrow keys move between them. */
function AudienceChoice({ call, value, onChange, error }: { call: Call; value: string; onChange: (key: string) => void; error?: string }) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="calls-fieldset calls-choice" aria-describedby={error ? `${id}-error` : `${id}-help`}>
      <legend className="field-label-row">
        <span className="field-label">{t('contribution.field.audienceGroup')}</span>
        <span className="field-required" aria-hidden="true">
          *
        </span>
      </legend>
      <p id={`${id}-help`} className="field-help">
        {t('contribution.field.audienceGroupHelp')}
      </p>
      <div className="calls-choice-options">
        {call.audienceGroups.map((g) => (
          <label key={g.key} className="calls-choice-option">
            <input
              type="radio"
              name="audienceGroup"
              value={g.key}
              checked={value === g.key}
              onChange={() => onChange(g.key)}
              aria-invalid={error ? true : undefined}
              required
            />
            <bdi>{g.title}</bdi>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** `۱۲۰ از ۵۰۰ واژه`, turning red (and said once) past the limit. */
function WordCounter({ text, limit }: { text: string; limit: number | null }) {
  const t = useT();
  const { locale } = useLocale();
  const words = wordCount(text);
  const over = limit !== null && words > limit;
  const n = formatNumber(words, locale);
  return (
    <div className={over ? 'calls-word-count calls-word-count-over' : 'calls-word-count'}>
      <span>
        {limit === null
          ? t('contribution.words', { count: words, n })
          : t('contribution.wordsOfLimit', { count: words, n, limit: formatNumber(limit, locale) })}
      </span>
      {limit !== null ? (
        <span className="calls-word-meter" aria-hidden="true">
          <span style={{ inlineSize: `${Math.min(100, (words / limit) * 100)}%` }} />
        </span>
      ) : null}
      {/* Announced only as the text crosses the limit, not on every keystroke. */}
      <span className="visually-hidden" role="status">
        {over ? t('contribution.overLimit', { count: words - limit, n: formatNumber(words - limit, locale) }) : ''}
      </span>
    </div>
  );
}

interface ContributionFormProps {
  call: Call;
  values: ContributionValues;
  onChange: (values: ContributionValues) => void;
  /** The error of the last save, if it failed (field errors go next to their fields). */
  error: unknown;
  /** Called with `submit`: true to send for review, false to keep a draft. */
  onSave: (submit: boolean) => void;
  /** Which save is under way. */
  pending: 'draft' | 'submit' | null;
  /** `create`: draft and send; `edit`: save changes (and cancel). */
  mode: 'create' | 'edit';
  onCancel?: () => void;
  /** Shown above the buttons (the file picker). */
  extra?: React.ReactNode;
}

/** The contribution's fields with the call's word limit; the same form writes a new one and edits one. */
export function ContributionForm({ call, values, onChange, error, onSave, pending, mode, onCancel, extra }: ContributionFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [preview, setPreview] = useState(false);
  const errors = useFormErrors(error, CONTRIBUTION_FIELDS);
  const set = (k: keyof ContributionValues) => (v: string) => onChange({ ...values, [k]: v });

  const check = () => {
    const e = requiredErrors({ ...values }, REQUIRED, t('validation.required'));
    const words = wordCount(values.body);
    if (!e.body && call.wordLimit !== null && words > call.wordLimit) {
      e.body = t('contribution.error.wordLimit', { limit: formatNumber(call.wordLimit, locale), n: formatNumber(words, locale) });
    }
    return e;
  };
  const busy = pending !== null;
  // After a refused submit, the client's checks follow the typing: a fixed field loses its message at once.
  const live = errors.hasClientErrors ? check() : null;
  const fieldErrors: Record<string, string> = live ?? errors.fieldErrors;

  return (
    <form
      ref={errors.formRef}
      className="form calls-form"
      noValidate
      onSubmit={errors.onSubmit(check, () => {
        if (!busy) onSave(true);
      })}
    >
      {live && Object.keys(live).length === 0 ? null : <FormErrorAlert ref={errors.alertRef} hasClientErrors={errors.hasClientErrors} error={error} others={errors.otherErrors} />}
      <AudienceChoice call={call} value={values.audienceGroup} onChange={set('audienceGroup')} error={fieldErrors.audienceGroup} />
      <DomainSelect call={call} value={values.domainKey} onChange={set('domainKey')} error={fieldErrors.domainKey} />
      <TextInput name="title" label={t('contribution.field.title')} value={values.title} onChange={set('title')} error={fieldErrors.title} dir="auto" isRequired />
      <div className="calls-body-field">
        <TextInput
          name="body"
          label={t('contribution.field.body')}
          description={call.blindReview ? `${t('contribution.field.bodyHelp')} ${t('contribution.field.blindHelp')}` : t('contribution.field.bodyHelp')}
          value={values.body}
          onChange={set('body')}
          error={fieldErrors.body}
          dir="auto"
          multiline
          rows={14}
          isRequired
        />
        <div className="calls-body-tools">
          <WordCounter text={values.body} limit={call.wordLimit} />
          <Button className="calls-link-button" onPress={() => setPreview((p) => !p)} aria-expanded={preview} isDisabled={!values.body.trim()}>
            {preview ? t('contribution.previewHide') : t('contribution.preview')}
          </Button>
        </div>
        {preview && values.body.trim() ? (
          <section className="calls-preview" aria-label={t('contribution.preview')}>
            <Markdown source={values.body} />
          </section>
        ) : null}
      </div>
      <TextInput
        name="affiliation"
        label={t('contribution.field.affiliation')}
        description={t('contribution.field.affiliationHelp')}
        value={values.affiliation}
        onChange={set('affiliation')}
        error={fieldErrors.affiliation}
        dir="auto"
      />
      {extra}
      <div className="form-actions calls-form-actions">
        {mode === 'create' ? (
          <>
            <SubmitButton isPending={pending === 'submit'}>{t('contribution.send')}</SubmitButton>
            <SubmitButton
              type="button"
              variant="secondary"
              isPending={pending === 'draft'}
              onPress={() => {
                if (!busy) errors.onSubmit(check, () => onSave(false))({ preventDefault: () => undefined } as React.FormEvent<HTMLFormElement>);
              }}
            >
              {t('contribution.saveDraft')}
            </SubmitButton>
          </>
        ) : (
          <>
            <SubmitButton isPending={busy}>{t('contribution.saveChanges')}</SubmitButton>
            {onCancel ? (
              <SubmitButton type="button" variant="secondary" onPress={onCancel}>
                {t('contribution.cancelEdit')}
              </SubmitButton>
            ) : null}
          </>
        )}
      </div>
      {mode === 'create' ? <p className="field-help">{t('contribution.sendHelp')}</p> : null}
    </form>
  );
}
