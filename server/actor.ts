import type { Locale } from './i18n/index.js';

/** Who is asking: a signed-in user, or null for a visitor. Policies decide from this alone. */
export type Actor = { userId: string; role: 'admin' | 'user'; sessionId: string } | null;

/** The request context every service call receives. */
export interface Ctx {
  actor: Actor;
  locale: Locale;
  ip: string;
  userAgent: string;
}
