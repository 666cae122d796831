import { describe, expect, it } from 'vitest';
import { highlight, PREFIX_MIN, queryTerms, snippet, type Segment } from '../modules/search/snippet.js';

/** The words marked as hits. */
const hits = (segments: Segment[]) => segments.filter((s) => s.hit).map((s) => s.text);
/** The segments back as one string. */
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('queryTerms', () => {
  it('normalizes the query and splits it into words', () => {
    expect(queryTerms('كتاب علي')).toEqual(['کتاب', 'علی']);
    expect(queryTerms('  بهره‌وری، سازمانی!  ')).toEqual(['بهره', 'وری', 'سازمانی']);
    expect(queryTerms('سال ۱۴۰۳ (٢٠٢٤)')).toEqual(['سال', '1403', '2024']);
    expect(queryTerms('Open-Source AND c++')).toEqual(['open', 'source', 'and', 'c']);
  });

  it('drops repeated words and keeps at most eight', () => {
    expect(queryTerms('علی علي عَلی')).toEqual(['علی']);
    expect(queryTerms('a b c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('has no terms for a query of punctuation and marks only', () => {
    expect(queryTerms('!!! ـــ \u200C «»')).toEqual([]);
    expect(queryTerms("' & | :* ")).toEqual([]);
  });
});

describe('highlight', () => {
  it('finds علی in text written علي, and the reverse', () => {
    expect(hits(highlight('نوشتهٔ علي رضایی', queryTerms('علی')))).toEqual(['علي']);
    expect(hits(highlight('نوشتهٔ علی رضایی', queryTerms('علي')))).toEqual(['علی']);
  });

  it('finds words whatever letter forms, diacritics, tatweel or digits either side used', () => {
    expect(hits(highlight('كتابخانهٔ مدرسة', queryTerms('کتابخانه مدرسه')))).toEqual(['كتابخانهٔ', 'مدرسة']);
    expect(hits(highlight('مُحَمَّد و محـــمد', queryTerms('محمد')))).toEqual(['مُحَمَّد', 'محـــمد']);
    expect(hits(highlight('سال ۱۴۰۳ و ١٤٠٣', queryTerms('1403')))).toEqual(['۱۴۰۳', '١٤٠٣']);
    expect(hits(highlight('Productivity and PRODUCTIVITY', queryTerms('productivity')))).toEqual(['Productivity', 'PRODUCTIVITY']);
  });

  it('marks both halves of a word written with ZWNJ and keeps the ZWNJ between them', () => {
    const out = highlight('بهره‌وری سازمان', queryTerms('بهره وري'));
    expect(out).toEqual([
      { text: 'بهره', hit: true },
      { text: '\u200C', hit: false },
      { text: 'وری', hit: true },
      { text: ' سازمان', hit: false },
    ]);
  });

  it(`matches terms of ${PREFIX_MIN} letters or more as prefixes, shorter ones only whole`, () => {
    expect(PREFIX_MIN).toBe(3);
    expect(hits(highlight('كتابخانه و کتاب‌ها و کتب', queryTerms('کتاب')))).toEqual(['كتابخانه', 'کتاب']);
    expect(hits(highlight('علی و عليرضا', queryTerms('علي')))).toEqual(['علی', 'عليرضا']);
    // Two letters: only the whole word.
    expect(hits(highlight('ای ایران', queryTerms('اي')))).toEqual(['ای']);
    expect(hits(highlight('AI and AIR', queryTerms('ai')))).toEqual(['AI']);
    // A term never matches the middle of a word.
    expect(hits(highlight('خودکتاب', queryTerms('کتاب')))).toEqual([]);
  });

  it('keeps the text as written, every character of it', () => {
    const text = '«كتاب» — علي، ۱۴۰۳!\u200F';
    expect(joined(highlight(text, queryTerms('کتاب علی 1403')))).toBe(text);
    expect(highlight('', ['x'])).toEqual([]);
    expect(highlight('بدون نتیجه', queryTerms('علی'))).toEqual([{ text: 'بدون نتیجه', hit: false }]);
  });
});

describe('snippet', () => {
  const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`);
  const body = words(0, 100).join(' ');

  it('shows a window around the first hit, with ellipses where it cut', () => {
    const out = snippet(body, ['w50']);
    expect(out[0]).toEqual({ text: '… ', hit: false });
    expect(out.at(-1)).toEqual({ text: ' …', hit: false });
    expect(hits(out)).toEqual(['w50']);
    // Eight words before the hit, 32 in all.
    expect(joined(out.slice(1, -1))).toBe(words(42, 74).join(' '));
  });

  it('does not cut (and puts no ellipsis) at the start or the end of the text', () => {
    const start = snippet(body, ['w3']);
    expect(start[0]!.text).not.toContain('…');
    expect(joined(start)).toBe(`${words(0, 32).join(' ')} …`);
    // Near the end the window slides back to stay full.
    const end = snippet(body, ['w97']);
    expect(joined(end)).toBe(`… ${words(68, 100).join(' ')}`);
    const short = 'یک متن کوتاه درباره بهره‌وری.';
    expect(joined(snippet(short, queryTerms('بهره وري')))).toBe(short);
  });

  it('keeps punctuation after the last word when nothing else follows', () => {
    expect(joined(snippet('پایان متن.', queryTerms('متن')))).toBe('پایان متن.');
  });

  it('opens with the first words when only the title matched', () => {
    const out = snippet(body, ['nothing']);
    expect(hits(out)).toEqual([]);
    expect(joined(out)).toBe(`${words(0, 32).join(' ')} …`);
  });

  it('takes a window size, and turns line breaks and runs of spaces into one space', () => {
    expect(joined(snippet(body, ['w50'], 5))).toBe('… w42 w43 w44 w45 w46 …');
    expect(joined(snippet('بند اول\n\nبند   دوم\tعلي', queryTerms('علی')))).toBe('بند اول بند دوم علي');
  });

  it('finds the hit in Arabic spelling and marks it', () => {
    const text = `${'کلمه '.repeat(40)}در كتابخانهٔ علي ${'کلمه '.repeat(40)}`;
    const out = snippet(text, queryTerms('کتابخانه علی'));
    expect(hits(out)).toEqual(['كتابخانهٔ', 'علي']);
    expect(out[0]!.text).toBe('… ');
    expect(out.at(-1)!.text).toBe(' …');
  });

  it('is empty for a text without words', () => {
    expect(snippet('', ['x'])).toEqual([]);
    expect(snippet('... —', ['x'])).toEqual([]);
  });
});
