import { useRef } from 'react';
import { splitFieldErrors } from './FormAlert';
import { useFocusOnError } from './useFocusOnError';

/**
 * Errors for one form: client checks (required, passwords match) win; otherwise the server's
 * `errors[]`, matched to fields by the last segment of their `field`. Focus goes to the first
 * invalid field after each failed submit.
 */
export function useFormErrors(serverError: unknown, fields: readonly string[], clientErrors: Record<string, string> | null) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const server = splitFieldErrors(serverError, fields);
  const hasClient = clientErrors !== null && Object.keys(clientErrors).length > 0;
  useFocusOnError(formRef, alertRef, hasClient ? clientErrors : serverError);
  return {
    formRef,
    alertRef,
    hasClientErrors: hasClient,
    fieldErrors: hasClient ? clientErrors : server.fields,
    otherErrors: hasClient ? [] : server.others,
  };
}

/** `{ field: message }` for every listed field that is blank. */
export function requiredErrors(values: Record<string, string>, fields: readonly string[], message: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) if (!values[f]?.trim()) out[f] = message;
  return out;
}
