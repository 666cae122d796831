import { safeNext } from './guards';

/**
 * Where to go after an account is made: registering goes through a mailed verification link
 * (often opened in another tab), so the page that sent the person to sign up (an invitation,
 * say) is remembered on this device until they sign in.
 */
const KEY = 'majma.returnTo';

export function rememberReturn(next: string | null): void {
  const path = safeNext(next);
  try {
    if (path === '/') globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, path);
  } catch {
    // Storage may be blocked; the person then lands on the home page, which is fine.
  }
}

/** The remembered page, once: reading it forgets it. */
export function takeReturn(): string | null {
  try {
    const path = globalThis.localStorage?.getItem(KEY) ?? null;
    globalThis.localStorage?.removeItem(KEY);
    return path ? safeNext(path) : null;
  } catch {
    return null;
  }
}
