import { useT } from '../i18n/useT';
import { TextInput } from './TextInput';

interface NewPasswordFieldsProps<N extends string> {
  /** The new password's field name; the repetition is `<name>Confirm`. */
  name: N;
  label: string;
  confirmLabel: string;
  values: Record<N | `${N}Confirm`, string>;
  errors: Record<string, string>;
  onChange: (field: N | `${N}Confirm`) => (value: string) => void;
}

/** A new password, with the password rules as help, and the field that repeats it. */
export function NewPasswordFields<N extends string>({ name, label, confirmLabel, values, errors, onChange }: NewPasswordFieldsProps<N>) {
  const t = useT();
  const confirm = `${name}Confirm` as const;
  return (
    <>
      <TextInput
        name={name}
        type="password"
        label={label}
        description={t('field.password.help')}
        value={values[name]}
        onChange={onChange(name)}
        error={errors[name]}
        autoComplete="new-password"
        isRequired
      />
      <TextInput
        name={confirm}
        type="password"
        label={confirmLabel}
        value={values[confirm]}
        onChange={onChange(confirm)}
        error={errors[confirm]}
        autoComplete="new-password"
        isRequired
      />
    </>
  );
}
