import { diffLines, diffWords, type ChangeObject } from 'diff';

/** A run of text that both versions share, or that only the newer (added) or older (removed) one has. */
export interface Segment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface DiffResult {
  /** The lines of the comparison (each shown as its own block, with its own direction). */
  lines: Segment[][];
  /** Words that only the newer text has, and only the older one. */
  added: number;
  removed: number;
  /** The texts were too far apart to compare word by word in time: compared line by line. */
  byLine: boolean;
}

/** Give up on a word-by-word comparison after this long (a page rewritten from top to bottom). */
const WORD_DIFF_TIMEOUT_MS = 1500;

const segmenters = new Map<string, Intl.Segmenter>();
/**
 * Words as Unicode word boundaries (UAX #29) see them: a Persian word keeps its ZWNJ
 * (`می‌خواهم` is one word), Persian digits make one number, punctuation is its own token.
 * jsdiff's own tokenizer knows only Latin letters and would split Persian words letter by letter.
 */
function segmenter(locale: string) {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

const kindOf = (c: ChangeObject<string>): Segment['kind'] => (c.added ? 'added' : c.removed ? 'removed' : 'same');

/** Adjacent segments of the same kind joined; empty ones dropped. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (!s.text) continue;
    const last = out.at(-1);
    if (last && last.kind === s.kind) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** Splits the segments at line breaks: one array per line, empty lines dropped. */
export function toLines(segments: Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const s of segments) {
    const parts = s.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)!.push({ kind: s.kind, text: part });
    });
  }
  return lines.map(merge).filter((line) => line.some((s) => s.text.trim() !== ''));
}

/** How many words a text has (letters or digits, ZWNJ kept inside words). */
export function countWords(text: string, locale = 'fa'): number {
  let n = 0;
  for (const w of segmenter(locale).segment(text)) if (w.isWordLike) n++;
  return n;
}

/**
 * The word-level difference between two revisions' texts (jsdiff's diffWords over Unicode
 * words). Unchanged runs come from the newer text. Falls back to whole lines when the texts are
 * too different to compare word by word in time.
 */
export function diffTexts(before: string, after: string, locale = 'fa'): DiffResult {
  const words = diffWords(before, after, { intlSegmenter: segmenter(locale), timeout: WORD_DIFF_TIMEOUT_MS });
  const byLine = words === undefined;
  const changes: ChangeObject<string>[] = words ?? diffLines(before, after);
  const segments = merge(changes.map((c) => ({ kind: kindOf(c), text: c.value })));
  let added = 0;
  let removed = 0;
  for (const s of segments) {
    if (s.kind === 'added') added += countWords(s.text, locale);
    if (s.kind === 'removed') removed += countWords(s.text, locale);
  }
  return { lines: toLines(segments), added, removed, byLine };
}

/** The difference of two single-line texts (titles), as segments. */
export function diffInline(before: string, after: string, locale = 'fa'): Segment[] {
  return diffTexts(before.replace(/\n/g, ' '), after.replace(/\n/g, ' '), locale).lines.flat();
}
