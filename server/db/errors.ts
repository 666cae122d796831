/**
 * True when a database error (possibly wrapped by Drizzle) is a unique-constraint violation,
 * of the named constraint when one is given.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return !constraint || (e as { constraint?: unknown }).constraint === constraint;
  }
  return false;
}
