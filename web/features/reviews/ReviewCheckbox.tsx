import { useId } from 'react';

interface ReviewCheckboxProps {
  name: string;
  label: React.ReactNode;
  /** Shown under the label (e.g. why it cannot be ticked). */
  description?: React.ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  isDisabled?: boolean;
}

/** A plain native checkbox with its label, help and error, that can be disabled (the review set-up's lists). */
export function ReviewCheckbox({ name, label, description, checked, onChange, error, isDisabled }: ReviewCheckboxProps) {
  const id = useId();
  const describedBy = [description ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`rs-check${isDisabled ? ' rs-check-disabled' : ''}`}>
      <label className="rs-check-label">
        <input
          className="check-input"
          type="checkbox"
          name={name}
          checked={checked}
          disabled={isDisabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <span>{label}</span>
      </label>
      {description ? (
        <p id={`${id}-help`} className="field-help rs-check-help">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error rs-check-help">
          {error}
        </p>
      ) : null}
    </div>
  );
}
