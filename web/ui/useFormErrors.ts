import { useRef, useState, type FormEvent } from 'react';
import type { MessageId } from '../i18n/messages';
import { splitFieldErrors } from './FormAlert';
import { useFocusOnError } from './useFocusOnError';

/**
 * Errors for one form: client checks (required, passwords match) win; otherwise the server's
 * `errors[]`, matched to fields by the last segment of their `field`. Focus goes to the first
 * invalid field after each failed submit.
 */
export function useFormErrors(serverError: unknown, fields: readonly string[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const server = splitFieldErrors(serverError, fields);
  const hasClient = clientErrors !== null && Object.keys(clientErrors).length > 0;
  useFocusOnError(formRef, alertRef, hasClient ? clientErrors : serverError);
  return {
    formRef,
    alertRef,
    hasClientErrors: hasClient,
    fieldErrors: hasClient ? clientErrors : server.fields,
    otherErrors: hasClient ? [] : server.others,
    /** The form's submit handler: runs the client checks, shows what they found, and sends only when they found nothing. */
    onSubmit: (check: () => Record<string, string>, send: () => void) => (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const errors = check();
      setClientErrors(errors);
      if (Object.keys(errors).length === 0) send();
    },
  };
}

/** `{ field: message }` for every listed field that is blank. */
export function requiredErrors(values: Record<string, string>, fields: readonly string[], message: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) if (!values[f]?.trim()) out[f] = message;
  return out;
}

/**
 * `requiredErrors` for a form that sets a new password: the required-field message for every blank
 * field, and the mismatch message on `<password>Confirm` when it is filled in but differs.
 */
export function newPasswordErrors(
  values: Record<string, string>,
  fields: readonly string[],
  password: string,
  t: (id: MessageId) => string,
): Record<string, string> {
  const errors = requiredErrors(values, fields, t('validation.required'));
  const confirm = `${password}Confirm`;
  if (!errors[confirm] && values[password] !== values[confirm]) errors[confirm] = t('validation.passwordMismatch');
  return errors;
}
