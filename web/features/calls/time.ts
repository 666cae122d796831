import type { CallState } from '../../api/types';

/** The instants that matter to a call on the reader's side. */
export interface CallTimes {
  state: CallState;
  opensAt: string;
  closesAt: string;
}

/**
 * The call's state as of `now`. The server opens and closes calls by jobs, which may run a moment
 * late; the page should not offer a form for a call whose deadline has passed, nor hide it from one
 * that has just opened.
 */
export function shownState(call: CallTimes, now: number): CallState {
  const opens = Date.parse(call.opensAt);
  const closes = Date.parse(call.closesAt);
  if (call.state === 'scheduled' || call.state === 'open') {
    if (now >= closes) return 'closed';
    if (now >= opens) return 'open';
    return 'scheduled';
  }
  return call.state;
}

/** Contributions are taken while the call is live and the clock is between its opening and closing (as the server checks). */
export function acceptsContributions(call: CallTimes, now: number): boolean {
  return shownState(call, now) === 'open';
}

/** The whole days, hours, minutes and seconds in `ms` (0 and below: all zero). */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

export type DurationUnit = 'days' | 'hours' | 'minutes' | 'seconds';

/**
 * The two largest units worth saying, e.g. 2 days and 3 hours, 5 hours and 12 minutes, 4 minutes
 * and 9 seconds. A zero second unit is left out (`2 days`, not `2 days and 0 hours`).
 */
export function countdownParts(ms: number): { unit: DurationUnit; value: number }[] {
  const d = splitDuration(ms);
  const order: DurationUnit[] = ['days', 'hours', 'minutes', 'seconds'];
  const first = order.findIndex((u) => d[u] > 0);
  if (first < 0) return [];
  const parts = [{ unit: order[first]!, value: d[order[first]!] }];
  const next = order[first + 1];
  if (next && d[next] > 0) parts.push({ unit: next, value: d[next] });
  return parts;
}

/** Runs of non-space characters, as the server counts words (a ZWNJ joins a word, it does not split it). */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The longest a browser timer may wait (about 24.8 days); later moments are reached in steps. */
const MAX_TIMEOUT = 2_147_483_647;

/** How long to wait until the first of `instants` still ahead of `now`, or null when all have passed. */
export function delayUntilNext(instants: readonly string[], now: number): number | null {
  const ahead = instants.map((i) => Date.parse(i) - now).filter((d) => Number.isFinite(d) && d > 0);
  if (ahead.length === 0) return null;
  return Math.min(Math.min(...ahead) + 50, MAX_TIMEOUT);
}
