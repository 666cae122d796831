import type { HTMLAttributes, Ref } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

export interface TextInputProps {
  /** The API field name; also the input's `name`. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A message shown under the field; marks it invalid. */
  error?: string;
  description?: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'url';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  /** `auto` for user content, `ltr` for emails, phones, URLs. */
  dir?: 'ltr' | 'rtl' | 'auto';
  multiline?: boolean;
  rows?: number;
  isRequired?: boolean;
  isReadOnly?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text field (React Aria): label, input, help text and the error, wired for screen readers. */
export function TextInput(props: TextInputProps) {
  const { name, label, value, onChange, error, description, multiline, dir, rows, inputRef } = props;
  return (
    <TextField
      className="field"
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isRequired={props.isRequired}
      isReadOnly={props.isReadOnly}
      validationBehavior="aria"
      type={multiline ? undefined : (props.type ?? 'text')}
      inputMode={props.inputMode}
      autoComplete={props.autoComplete}
      autoFocus={props.autoFocus}
    >
      {/* The marker stays outside the label, so the field's accessible name is exactly the label. */}
      <span className="field-label-row">
        <Label className="field-label">{label}</Label>
        {props.isRequired ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </span>
      {multiline ? (
        <TextArea className="field-input field-textarea" dir={dir} rows={rows ?? 4} />
      ) : (
        <Input className="field-input" dir={dir} ref={inputRef} />
      )}
      {description ? (
        <Text slot="description" className="field-help">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}
