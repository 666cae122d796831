/**
 * @mentions in a post's Markdown, as pure text functions (the composer's autocomplete uses them).
 *
 * A mention is written as the Markdown link `[@Name](/users/<uuid>)`: it reads as a link to the
 * person's profile, and the server mails everyone a post mentions. While typing, `@` followed by
 * letters at the caret is a query; picking a member replaces it with that link.
 */

import { searchKey } from '../../i18n/searchKey';

/** A member that may be mentioned. */
export interface Mentionable {
  id: string;
  name: string;
}

/** The `@query` being typed: `text.slice(start, end)` is `@` + `query`. */
export interface MentionQuery {
  start: number;
  end: number;
  query: string;
}

/** The longest query we still treat as a name being typed (letters after `@`). */
const MAX_QUERY = 40;
/** Names have a few words at most: after this many spaces the `@` is just text. */
const MAX_SPACES = 2;
const LETTER_OR_MARK = /[\p{L}\p{M}\p{Nd}\u200C]/u;
/**
 * What may stand right before the `@` of a mention: start, space, or punctuation (never a letter:
 * `a@b.c` is an email; never `[`: `[@` starts a finished mention link).
 */
const BEFORE_AT = /[\s({«"'،,:;!?؟]/u;

/**
 * The mention query at the caret, or null: the `@` must start a word (not an email, not the
 * `[@` of a finished mention link), and everything from it to the caret is letters, digits,
 * ZWNJ, and at most two single spaces between words.
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  if (caret < 1 || caret > text.length) return null;
  let spaces = 0;
  for (let i = caret - 1; i >= 0 && caret - i - 1 <= MAX_QUERY; i--) {
    const ch = text[i]!;
    if (ch === '@') {
      const before = i === 0 ? '' : text[i - 1]!;
      if (before !== '' && !BEFORE_AT.test(before)) return null;
      const query = text.slice(i + 1, caret);
      if (query.startsWith(' ') || query.includes('  ')) return null;
      return { start: i, end: caret, query };
    }
    if (ch === ' ') {
      spaces += 1;
      if (spaces > MAX_SPACES) return null;
      continue;
    }
    if (!LETTER_OR_MARK.test(ch)) return null;
  }
  return null;
}

/** A name as Markdown link text: backslashes and brackets escaped, so `]` in a name cannot end the link. */
export function escapeLinkText(name: string): string {
  return name.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

/** The Markdown of a mention: `[@Name](/users/<id>)`. */
export function mentionMarkdown(person: Mentionable): string {
  return `[@${escapeLinkText(person.name)}](/users/${encodeURIComponent(person.id)})`;
}

/**
 * Replaces the query with the mention link and a space (none when white space already follows);
 * returns the new text and where the caret goes.
 */
export function insertMention(text: string, at: MentionQuery, person: Mentionable): { text: string; caret: number } {
  const link = mentionMarkdown(person);
  const after = text.slice(at.end);
  const space = /^\s/.test(after) ? '' : ' ';
  const next = `${text.slice(0, at.start)}${link}${space}${after}`;
  // After the space (ours or one already there), but not past a line break that follows.
  return { text: next, caret: at.start + link.length + (space || after.startsWith(' ') ? 1 : 0) };
}

const MENTION_LINK = /\[@((?:\\.|[^\]\\])*)\]\(\/users\/([0-9a-fA-F-]{36})\)/g;

/** The people a body mentions, in order, each once (for "these people will be told"). */
export function mentionsIn(body: string): Mentionable[] {
  const seen = new Map<string, string>();
  for (const m of body.matchAll(MENTION_LINK)) {
    const id = m[2]!.toLowerCase();
    if (!seen.has(id)) seen.set(id, m[1]!.replace(/\\(.)/g, '$1'));
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * How well `name` matches `query` (both folded): 0 the name starts with it, 1 a later word does,
 * 2 every query word starts some word of the name, 3 the name contains it; null when it does not match.
 */
function matchRank(name: string, query: string): number | null {
  if (query === '') return 0;
  if (name.startsWith(query)) return 0;
  const words = name.split(' ');
  if (words.some((w) => w.startsWith(query))) return 1;
  const parts = query.split(' ');
  if (parts.length > 1 && parts.every((p) => words.some((w) => w.startsWith(p)))) return 2;
  if (name.includes(query)) return 3;
  return null;
}

/**
 * The members whose name matches the query, best first (then in the locale's alphabetical
 * order), at most `limit`. `علي` finds «علی», `كاظم` finds «کاظم», `فاطمة` finds «فاطمه».
 */
export function matchMembers<T extends Mentionable>(members: readonly T[], query: string, opts: { limit?: number; locale?: string; exclude?: readonly string[] } = {}): T[] {
  const q = searchKey(query);
  const excluded = new Set(opts.exclude ?? []);
  const collator = new Intl.Collator(opts.locale ?? 'fa');
  return members
    .filter((m) => m.name.trim() !== '' && !excluded.has(m.id))
    .map((m) => ({ m, rank: matchRank(searchKey(m.name), q) }))
    .filter((x): x is { m: T; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || collator.compare(a.m.name, b.m.name))
    .slice(0, opts.limit ?? 8)
    .map((x) => x.m);
}
