import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  CalendarGridBody,
  CalendarGridHeader,
  CalendarHeaderCell,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
  type DateValue,
} from 'react-aria-components';
import { formatDate } from '../i18n/format';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/useT';
import { dateToIso, isoToDate, pickerLocaleOf } from './dateFieldValue';
import './date-field.css';

export interface DateFieldProps {
  /** The API field name; also the hidden input's `name` (which carries the Gregorian ISO date). */
  name: string;
  label: string;
  /** A Gregorian calendar day `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** Called with the picked day as a Gregorian `YYYY-MM-DD`, or '' when cleared. */
  onChange: (value: string) => void;
  /** A message shown under the field; marks it invalid. */
  error?: string;
  description?: string;
  isRequired?: boolean;
  /** The earliest day that can be picked, `YYYY-MM-DD` (Gregorian). */
  min?: string;
}

/**
 * A labelled date field (React Aria) in the reader's calendar and digits: Solar Hijri for fa,
 * Umm al-Qura or Gregorian for ar (by preference), Gregorian for en. Typed segment by segment or
 * picked from a calendar popover; the value in and out is always a Gregorian ISO day.
 */
export function DateField({ name, label, value, onChange, error, description, isRequired, min }: DateFieldProps) {
  const t = useT();
  const { locale, arCalendar, dir } = useLocale();
  const minValue = isoToDate(min) ?? undefined;

  return (
    <I18nProvider locale={pickerLocaleOf(locale, arCalendar)}>
      <DatePicker<DateValue>
        className="field date-field"
        value={isoToDate(value)}
        onChange={(d) => {
          const next = dateToIso(d);
          if (next !== value) onChange(next);
        }}
        minValue={minValue}
        granularity="day"
        isInvalid={error ? true : undefined}
        isRequired={isRequired}
        validationBehavior="aria"
      >
        {/* The marker stays outside the label, so the field's accessible name is exactly the label. */}
        <span className="field-label-row">
          <Label className="field-label">{label}</Label>
          {isRequired ? (
            <span className="field-required" aria-hidden="true">
              *
            </span>
          ) : null}
        </span>
        <Group className="field-input date-field-group">
          <DateInput className="date-field-input">{(segment) => <DateSegment segment={segment} className="date-field-segment" />}</DateInput>
          <Button className="date-field-button" aria-label={t('dateField.open')}>
            <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
              <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </Button>
        </Group>
        <input type="hidden" name={name} value={value} />
        {description ? (
          <Text slot="description" className="field-help">
            {description}
          </Text>
        ) : null}
        <FieldError className="field-error">
          {({ validationDetails }) =>
            error ||
            (validationDetails.rangeUnderflow && min ? t('dateField.tooEarly', { date: formatDate(min, locale, { arCalendar }) }) : t('dateField.invalid'))
          }
        </FieldError>
        <Popover className="date-field-popover" placement="bottom start" offset={4} dir={dir}>
          <Dialog className="date-field-dialog">
            <Calendar className="date-calendar">
              <header className="date-calendar-header">
                <Button slot="previous" className="date-calendar-nav" aria-label={t('dateField.previousMonth')}>
                  {/* Drawn pointing to the inline start; mirrored in RTL by the stylesheet. */}
                  <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                    <path d="M10 3L5 8l5 5" fill="none" stroke="currentColor" strokeWidth="1.8" />
                  </svg>
                </Button>
                <Heading className="date-calendar-heading" />
                <Button slot="next" className="date-calendar-nav" aria-label={t('dateField.nextMonth')}>
                  <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                    <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.8" />
                  </svg>
                </Button>
              </header>
              <CalendarGrid className="date-calendar-grid" weekdayStyle="narrow">
                <CalendarGridHeader>{(day) => <CalendarHeaderCell className="date-calendar-weekday">{day}</CalendarHeaderCell>}</CalendarGridHeader>
                <CalendarGridBody>{(date) => <CalendarCell date={date} className="date-calendar-cell" />}</CalendarGridBody>
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
