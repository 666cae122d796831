/**
 * Pure helpers for the discussion pages: the posts of a thread loaded page by page, where the
 * "new messages" divider goes, what to mark as read, and "3 hours ago" in the viewer's language.
 */

/** Query keys: everything about discussions lives under `['discussions']`. */
export const discussionKeys = {
  all: ['discussions'] as const,
  list: (slug: string) => ['discussions', 'list', slug] as const,
  thread: (id: string) => ['discussions', 'thread', id] as const,
  revisions: (postId: string) => ['discussions', 'revisions', postId] as const,
  reports: (slug: string, state: string) => ['discussions', 'reports', slug, state] as const,
  members: (slug: string) => ['discussions', 'members', slug] as const,
};

/** Posts per page of a thread. */
export const POSTS_PAGE = 50;

/** The posts of every loaded page, in number order, each once (a post can show up twice when a reply lands between two pages). */
export function mergePosts<P extends { number: number }>(pages: readonly { posts: readonly P[] }[]): P[] {
  const byNumber = new Map<number, P>();
  for (const page of pages) for (const p of page.posts) byNumber.set(p.number, p);
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/**
 * The number of the first post the reader has not seen: the divider «پیام‌های تازه» goes before it.
 * None when the reader never opened the thread (everything would be new: no divider needed) or
 * has seen everything shown.
 */
export function firstUnreadNumber(lastReadNumber: number | null | undefined, posts: readonly { number: number }[]): number | null {
  if (lastReadNumber == null) return null;
  const first = posts.find((p) => p.number > lastReadNumber);
  return first ? first.number : null;
}

/** The number to send with `PUT read` after showing these posts, or null when that would not move the marker forward. */
export function readUpTo(posts: readonly { number: number }[], alreadyRead: number | null | undefined): number | null {
  const highest = posts.reduce((max, p) => Math.max(max, p.number), 0);
  if (highest === 0) return null;
  return alreadyRead != null && alreadyRead >= highest ? null : highest;
}

/** `#post-7` → 7; anything else → null. */
export function postNumberFromHash(hash: string): number | null {
  const m = /^#post-(\d{1,9})$/.exec(hash);
  return m ? Number(m[1]) : null;
}

/** The anchor of a post: `post-7`. */
export const postAnchor = (n: number) => `post-${n}`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "3 hours ago" in the locale's words and digits for the last week, else null (the caller shows
 * a date in the viewer's calendar instead). Times a little in the future (clock skew) count as now.
 */
export function relativeTime(iso: string, nowMs: number, intlLocale: string): string | null {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  const ago = Math.max(0, nowMs - then);
  const rtf = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' });
  if (ago < MINUTE) return rtf.format(0, 'second');
  if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return rtf.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 7 * DAY) return rtf.format(-Math.floor(ago / DAY), 'day');
  return null;
}

/** Trims a title or body and says whether anything is left. */
export const isBlank = (s: string) => s.trim() === '';

/** Longest title and body the forms accept (the server checks too). */
export const TITLE_MAX = 200;
export const REASON_MAX = 1000;
