import { useId } from 'react';

export interface ChoiceOption<K extends string> {
  id: K;
  label: string;
  description?: string;
}

interface RadioChoiceProps<K extends string> {
  /** The inputs' `name` (the API field path); the first radio can be focused by it. */
  name: string;
  legend: string;
  description?: string;
  value: K | null;
  options: readonly ChoiceOption<K>[];
  onChange: (value: K) => void;
  error?: string;
  isRequired?: boolean;
  /** Lay the options out in a row (short labels such as yes/no). */
  inline?: boolean;
}

/** A labelled group of radio buttons (native inputs: arrow keys move between them). Nothing is chosen while `value` is null. */
export function RadioChoice<K extends string>(props: RadioChoiceProps<K>) {
  const { name, legend, description, value, options, onChange, error } = props;
  const id = useId();
  const describedBy = [description ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="formation-choice" aria-describedby={describedBy}>
      <legend className="field-label-row">
        <span className="field-label">{legend}</span>
        {props.isRequired ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      {description ? (
        <p id={`${id}-help`} className="field-help">
          {description}
        </p>
      ) : null}
      <div className={props.inline ? 'formation-choice-options formation-choice-inline' : 'formation-choice-options'}>
        {options.map((o) => (
          <label key={o.id} className="formation-choice-option">
            <input
              className="check-input"
              type="radio"
              name={name}
              value={o.id}
              checked={value === o.id}
              onChange={() => onChange(o.id)}
              aria-invalid={error ? true : undefined}
              aria-describedby={o.description ? `${id}-${o.id}-help` : undefined}
            />
            <span className="formation-choice-text">
              <span>{o.label}</span>
              {o.description ? (
                <span id={`${id}-${o.id}-help`} className="field-help">
                  {o.description}
                </span>
              ) : null}
            </span>
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

interface CheckboxProps {
  name: string;
  label: string;
  description?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

/** A native checkbox with its label, help and error. */
export function CheckboxField({ name, label, description, checked, onChange, error }: CheckboxProps) {
  const id = useId();
  const describedBy = [description ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="formation-check">
      <label className="check-label">
        <input
          className="check-input"
          type="checkbox"
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <span>{label}</span>
      </label>
      {description ? (
        <p id={`${id}-help`} className="field-help">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
