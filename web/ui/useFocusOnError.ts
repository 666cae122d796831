import { useEffect, type RefObject } from 'react';

/** After a failed submit, moves focus to the first invalid field, else to the form alert. */
export function useFocusOnError(formRef: RefObject<HTMLFormElement | null>, alertRef: RefObject<HTMLElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [error, formRef, alertRef]);
}
