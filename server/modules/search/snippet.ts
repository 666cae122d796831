import { searchKey } from '../../text/normalize.js';

/** A piece of a title or snippet; `hit` marks a word the query matched. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** The words of a search query as keys: normalized, split on anything but letters and digits. */
export function queryTerms(q: string): string[] {
  return [...new Set(searchKey(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 8);
}

/** The last term, this long, also matches as a prefix (کتاب finds کتابخانه), as in the full-text query. */
export const PREFIX_MIN = 3;

const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

function matches(word: string, terms: string[]) {
  const key = searchKey(word);
  const last = terms.at(-1) ?? '';
  return key !== '' && (terms.includes(key) || (last.length >= PREFIX_MIN && key.startsWith(last)));
}

/** `text` split into segments with the query's words marked, whatever letter forms either used. */
export function highlight(text: string, terms: string[]): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!matches(m[0], terms)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}

/**
 * A window of about `words` words of `body` around its first matching word, highlighted, with
 * an ellipsis where text was cut. Without a match (the title matched), the opening words.
 */
export function snippet(body: string, terms: string[], words = 32): Segment[] {
  const all = [...body.matchAll(WORD)];
  if (all.length === 0) return [];
  const first = Math.max(0, all.findIndex((m) => matches(m[0], terms)));
  const from = Math.max(0, Math.min(first - 8, all.length - words));
  const to = Math.min(all.length, from + words);
  const start = from === 0 ? 0 : all[from]!.index;
  const endMatch = all[to - 1]!;
  const end = to === all.length ? body.length : endMatch.index + endMatch[0].length;
  const text = body.slice(start, end).replace(/\s+/g, ' ');
  const segments = highlight(text, terms);
  if (start > 0) segments.unshift({ text: '… ', hit: false });
  if (end < body.length) segments.push({ text: ' …', hit: false });
  return segments;
}
