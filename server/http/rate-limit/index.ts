import type { Clock } from '../../clock.js';
import type { Db } from '../../db/connection.js';
import { rateLimited } from '../errors.js';
import { deleteWindowsBefore, hit } from './store.js';

export interface Limit {
  /** How many attempts a window allows. */
  max: number;
  windowSeconds: number;
}

/** The limits of the sensitive account endpoints, per client address and per email. */
export const LIMITS = {
  signInPerIp: { max: 30, windowSeconds: 600 },
  signInPerEmail: { max: 10, windowSeconds: 600 },
  registerPerIp: { max: 10, windowSeconds: 3600 },
  /** Mailed links (password reset, verification again): per sender, and per inbox. */
  mailPerIp: { max: 10, windowSeconds: 3600 },
  mailPerEmail: { max: 3, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

/** Fixed-window rate limiting kept in the database, so it holds across app processes. */
export function createRateLimiter(db: Db, clock: Clock) {
  return {
    /** Counts an attempt; throws rate_limited (429 with Retry-After) past the limit. */
    async check(key: string, limit: Limit) {
      const now = clock.now().getTime();
      const windowMs = limit.windowSeconds * 1000;
      const start = Math.floor(now / windowMs) * windowMs;
      const n = await hit(db, key, new Date(start));
      if (n > limit.max) throw rateLimited(Math.ceil((start + windowMs - now) / 1000));
    },
    /** Drops windows older than a day; run from a periodic job. */
    prune: () => deleteWindowsBefore(db, new Date(clock.now().getTime() - 86_400_000)),
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
