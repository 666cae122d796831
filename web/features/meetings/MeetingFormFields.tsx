import { useId } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { CALENDAR_SYSTEMS, MEETING_FORMATS, MEETING_KINDS, type CalendarSystem, type MeetingFormat, type MeetingKind } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';
import { intlLocaleOf } from '../../i18n/locales';
import { useT } from '../../i18n/useT';
import { SelectField } from '../../ui/SelectField';
import { TextInput } from '../../ui/TextInput';
import { CheckboxField, RadioChoice } from '../formation/Choice';
import { COMMON_TIME_ZONES, INVITABLE_ROLES, MAX_MEETINGS, REMINDER_CHOICES, localDigits, parseTime, type CheckMessages, type DetailValues, type InvitableRole } from './meetingForm';
import '../formation/formation.css';
import './meeting-form.css';

/** Field errors by field name, as the forms keep them. */
export type Errors = Record<string, string | undefined>;

const ZONE_KEYS: Record<string, MessageId> = {
  'Asia/Tehran': 'meetings.form.zone.tehran',
  'Asia/Kabul': 'meetings.form.zone.kabul',
  'Asia/Dubai': 'meetings.form.zone.dubai',
  'Asia/Baghdad': 'meetings.form.zone.baghdad',
  'Asia/Riyadh': 'meetings.form.zone.riyadh',
  'Europe/Berlin': 'meetings.form.zone.berlin',
  'Europe/London': 'meetings.form.zone.london',
  UTC: 'meetings.form.zone.utc',
};

/** A time zone's name for people: «تهران» for Asia/Tehran; an unlisted zone by its IANA name. */
export function useZoneLabel(): (zone: string) => string {
  const t = useT();
  return (zone) => (ZONE_KEYS[zone] ? t(ZONE_KEYS[zone]) : zone);
}

/** The messages of the forms' client checks. */
export function useCheckMessages(): CheckMessages {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  return {
    required: t('validation.required'),
    time: t('meetings.form.error.time'),
    endBeforeStart: t('meetings.form.error.endBeforeStart'),
    whole: t('meetings.form.error.whole'),
    url: t('meetings.form.error.url'),
    countMax: t('meetings.form.error.countMax', { max: formatNumber(MAX_MEETINGS, intlLocaleOf(locale, arCalendar)) }),
  };
}

/** A field's error under a control that has no error slot of its own (selects, groups). */
export function ErrorText({ id, error }: { id?: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error" data-error="true" tabIndex={-1}>
      {error}
    </p>
  );
}

interface TimeFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  isRequired?: boolean;
}

/**
 * A 24-hour time typed as text (`۱۶:۳۰`): no browser time picker with AM/PM, Persian and Arabic
 * digits accepted, shown back normalized in the reader's digits when the field is left.
 */
export function TimeField({ name, label, value, onChange, error, isRequired }: TimeFieldProps) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const intl = intlLocaleOf(locale, arCalendar);
  return (
    <TextField
      className="field meetings-time-field"
      name={name}
      value={value}
      onChange={onChange}
      onBlur={() => {
        const parsed = parseTime(value);
        if (parsed) {
          const shown = localDigits(parsed, intl);
          if (shown !== value) onChange(shown);
        }
      }}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
      inputMode="numeric"
      autoComplete="off"
    >
      <span className="field-label-row">
        <Label className="field-label">{label}</Label>
        {isRequired ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </span>
      <Input className="field-input" dir="ltr" maxLength={5} />
      <Text slot="description" className="field-help">
        {t('meetings.form.timeHelp', { example: localDigits('16:30', intl) })}
      </Text>
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}

/** The time zone: the community's, a few common ones, and whatever the value is now. */
export function ZoneSelect({ name, label, value, onChange, communityZone }: { name: string; label: string; value: string; onChange: (zone: string) => void; communityZone?: string }) {
  const zoneLabel = useZoneLabel();
  const zones = [...new Set([communityZone, value, ...COMMON_TIME_ZONES].filter((z): z is string => Boolean(z)))];
  return <SelectField<string> name={name} label={label} value={value} options={zones.map((z) => ({ id: z, label: zoneLabel(z) }))} onChange={onChange} />;
}

/** Title, description, format, kind with its place and link, capacity: the same in both forms. */
export function DetailsFields({ values, patch, errors }: { values: DetailValues; patch: (p: Partial<DetailValues>) => void; errors: Errors }) {
  const t = useT();
  const set = <K extends keyof DetailValues>(k: K, v: DetailValues[K]) => patch({ [k]: v });
  const ids = useId();
  return (
    <>
      <TextInput name="title" label={t('meetings.form.title')} value={values.title} onChange={(v) => set('title', v)} error={errors.title} dir="auto" isRequired />
      <TextInput
        name="description"
        label={t('meetings.form.description')}
        description={t('meetings.form.descriptionHelp')}
        value={values.description}
        onChange={(v) => set('description', v)}
        error={errors.description}
        dir="auto"
        multiline
        rows={6}
      />
      <div>
        <SelectField<MeetingFormat>
          name="format"
          label={t('meetings.form.format')}
          value={values.format}
          options={MEETING_FORMATS.map((f) => ({ id: f, label: t(`meetings.format.${f}`) }))}
          onChange={(v) => set('format', v)}
        />
        <ErrorText id={`${ids}-format`} error={errors.format} />
      </div>
      <RadioChoice<MeetingKind>
        name="kind"
        legend={t('meetings.form.kind')}
        value={values.kind}
        options={MEETING_KINDS.map((k) => ({ id: k, label: t(`meetings.kind.${k}`) }))}
        onChange={(v) => set('kind', v)}
        error={errors.kind}
        inline
        isRequired
      />
      {values.kind !== 'online' ? (
        <TextInput name="place" label={t('meetings.form.place')} description={t('meetings.form.placeHelp')} value={values.place} onChange={(v) => set('place', v)} error={errors.place} dir="auto" isRequired />
      ) : null}
      {values.kind !== 'in_person' ? (
        <TextInput
          name="onlineUrl"
          type="url"
          label={t('meetings.form.onlineUrl')}
          description={t('meetings.form.onlineUrlHelp')}
          value={values.onlineUrl}
          onChange={(v) => set('onlineUrl', v)}
          error={errors.onlineUrl}
          dir="ltr"
          isRequired
        />
      ) : null}
      <div className="meetings-narrow-field">
        <TextInput
          name="capacity"
          label={t('meetings.form.capacity')}
          description={t('meetings.form.capacityHelp')}
          value={values.capacity}
          onChange={(v) => set('capacity', v)}
          error={errors.capacity}
          inputMode="numeric"
          dir="ltr"
        />
      </div>
    </>
  );
}

/** Who is invited by role. */
export function RolesField({ value, onChange, error }: { value: readonly InvitableRole[]; onChange: (roles: InvitableRole[]) => void; error?: string }) {
  const t = useT();
  const ids = useId();
  return (
    <fieldset className="formation-choice" aria-describedby={`${ids}-help${error ? ` ${ids}-error` : ''}`}>
      <legend className="field-label-row">
        <span className="field-label">{t('meetings.form.invitedRoles')}</span>
      </legend>
      <p id={`${ids}-help`} className="field-help">
        {t('meetings.form.invitedRolesHelp')}
      </p>
      <div className="meetings-checks">
        {INVITABLE_ROLES.map((r) => (
          <CheckboxField
            key={r}
            name={`invitedRoles.${r}`}
            label={t(`role.${r}`)}
            checked={value.includes(r)}
            onChange={(on) => onChange(on ? INVITABLE_ROLES.filter((x) => x === r || value.includes(x)) : value.filter((x) => x !== r))}
          />
        ))}
      </div>
      <ErrorText id={`${ids}-error`} error={error} />
    </fieldset>
  );
}

export function ReminderField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const t = useT();
  const label = (m: number): string => {
    switch (m) {
      case 0:
        return t('meetings.form.reminder.none');
      case 60:
        return t('meetings.form.reminder.hour');
      case 1440:
        return t('meetings.form.reminder.day');
      case 2880:
        return t('meetings.form.reminder.twoDays');
      default:
        return t('meetings.form.reminder.week');
    }
  };
  const options = REMINDER_CHOICES.map((m) => ({ id: String(m), label: label(m) }));
  if (!options.some((o) => o.id === value)) options.push({ id: value, label: t('meetings.form.reminder.minutes', { count: Number(value) }) });
  return (
    <div>
      <SelectField<string> name="reminderMinutes" label={t('meetings.form.reminder')} value={value} options={options} onChange={onChange} />
      <ErrorText error={error} />
    </div>
  );
}

/**
 * The community settings' two meeting fields (in the community edit form): the calendar its
 * monthly meetings follow, and the time zone they are held in.
 */
export function CommunityCalendarFields(props: {
  calendar: CalendarSystem;
  timeZone: string;
  onCalendar: (c: CalendarSystem) => void;
  onTimeZone: (z: string) => void;
  errors: Errors;
}) {
  const t = useT();
  return (
    <div className="form-grid">
      <div>
        <SelectField<CalendarSystem>
          name="calendar"
          label={t('community.field.calendar')}
          value={props.calendar}
          options={CALENDAR_SYSTEMS.map((c) => ({ id: c, label: t(`meetings.calendarSystem.${c}`) }))}
          onChange={props.onCalendar}
        />
        <p className="field-help">{t('community.edit.calendarHint')}</p>
        <ErrorText error={props.errors.calendar} />
      </div>
      <div>
        <ZoneSelect name="timeZone" label={t('community.field.timeZone')} value={props.timeZone} onChange={props.onTimeZone} />
        <ErrorText error={props.errors.timeZone} />
      </div>
    </div>
  );
}
