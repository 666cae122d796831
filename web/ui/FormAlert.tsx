import { forwardRef } from 'react';
import { ApiError, type FieldProblem, fieldKey } from '../api/client';
import type { MessageId } from '../i18n/messages';
import { useT } from '../i18n/useT';

/** The message to show for a failed call: the server's localized detail, or ours. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === 'network' || error.status === 0) return t('errors.network');
      if (error.detail) return error.detail;
      if (error.status >= 500) return t('errors.server');
    }
    return t('errors.generic');
  };
}

export interface FormErrors {
  /** By field key (last path segment of the server's `field`). */
  fields: Record<string, string>;
  /** Field errors for fields this form does not show. */
  others: FieldProblem[];
}

/** Splits a problem's `errors[]` into the fields the form shows and the rest. */
export function splitFieldErrors(error: unknown, shownFields: readonly string[]): FormErrors {
  const out: FormErrors = { fields: {}, others: [] };
  if (!(error instanceof ApiError)) return out;
  for (const e of error.errors) {
    const key = fieldKey(e.field);
    if (shownFields.includes(key) && !(key in out.fields)) out.fields[key] = e.message;
    else out.others.push(e);
  }
  return out;
}

interface FormAlertProps {
  error: unknown;
  /** Field errors that have no field on the page. */
  others?: FieldProblem[];
  /** Shown instead of the error's own message. */
  messageId?: MessageId;
  children?: React.ReactNode;
}

/** The form-level error, announced by screen readers as it appears. */
export const FormAlert = forwardRef<HTMLDivElement, FormAlertProps>(function FormAlert({ error, others, messageId, children }, ref) {
  const message = useErrorMessage();
  const t = useT();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert" ref={ref} tabIndex={-1}>
      <p>{messageId ? t(messageId) : message(error)}</p>
      {others && others.length > 0 ? (
        <ul>
          {others.map((o, i) => (
            <li key={i}>{o.message}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
});

/** A success or progress message, read politely by screen readers. */
export function StatusMessage({ children, tone = 'success' }: { children: React.ReactNode; tone?: 'success' | 'info' }) {
  return (
    <div className={`alert alert-${tone}`} role="status">
      {children}
    </div>
  );
}

/**
 * A form's alert: "check the fields" while its client checks fail, else the server's error
 * (with `children`, which only a server error shows).
 */
export const FormErrorAlert = forwardRef<HTMLDivElement, FormAlertProps & { hasClientErrors: boolean }>(function FormErrorAlert(
  { hasClientErrors, ...props },
  ref,
) {
  return hasClientErrors ? <FormAlert ref={ref} error messageId="errors.checkFields" /> : <FormAlert ref={ref} {...props} />;
});
