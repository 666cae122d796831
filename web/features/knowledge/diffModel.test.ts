import { describe, expect, it } from 'vitest';
import { countWords, diffInline, diffTexts, toLines } from './diffModel';

const ZWNJ = '\u200C';
const show = (line: { kind: string; text: string }[]) => line.map((s) => (s.kind === 'same' ? s.text : `${s.kind === 'added' ? '+' : '-'}[${s.text}]`)).join('');

describe('diffTexts', () => {
  it('compares Persian text word by word and keeps a ZWNJ inside its word', () => {
    const d = diffTexts(`من می${ZWNJ}خواهم به خانه بروم.`, `من نمی${ZWNJ}خواهم به مدرسه بروم.`);
    expect(d.lines.map(show)).toEqual([`من -[می${ZWNJ}خواهم]+[نمی${ZWNJ}خواهم] به -[خانه]+[مدرسه] بروم.`]);
    expect(d).toMatchObject({ added: 2, removed: 2, byLine: false });
  });

  it('marks only the words added at the end of a sentence', () => {
    const d = diffTexts(`بهره${ZWNJ}وری انرژی در فولاد`, `بهره${ZWNJ}وری انرژی در فولاد مبارکه`);
    expect(d.lines.map(show)).toEqual([`بهره${ZWNJ}وری انرژی در فولاد +[مبارکه]`]);
    expect(d).toMatchObject({ added: 1, removed: 0 });
  });

  it('treats a number in Persian digits as one word and mixed Persian and Latin text as words', () => {
    const d = diffTexts('مصرف انرژی ۱۲ درصد کاهش یافت (energy audit).', 'مصرف انرژی ۱۵ درصد کاهش یافت (energy audit, 1403).');
    expect(d.lines.map(show)).toEqual(['مصرف انرژی -[۱۲]+[۱۵] درصد کاهش یافت (energy audit+[, 1403]).']);
  });

  it('shows each line as its own block, changes on the right lines, blank lines dropped', () => {
    const d = diffTexts('## هدف\n\nکاهش مصرف برق.\n\n- پایش روزانه', '## هدف\n\nکاهش مصرف گاز.\n\n- پایش روزانه\n- گزارش ماهانه');
    expect(d.lines.map(show)).toEqual(['## هدف', 'کاهش مصرف -[برق]+[گاز].', '- پایش روزانه', '+[- گزارش ماهانه]']);
  });

  it('finds no change between equal texts, and everything new against an empty one', () => {
    expect(diffTexts('متن یکسان', 'متن یکسان')).toMatchObject({ added: 0, removed: 0, lines: [[{ kind: 'same', text: 'متن یکسان' }]] });
    expect(diffTexts('', 'دو واژه')).toMatchObject({ added: 2, removed: 0, lines: [[{ kind: 'added', text: 'دو واژه' }]] });
  });

  it('compares Arabic text the same way', () => {
    const d = diffTexts('دراسة حالة عن الطاقة', 'دراسة حالة عن ترشيد الطاقة');
    expect(d.lines.map(show)).toEqual(['دراسة حالة عن +[ترشيد ]الطاقة']);
  });
});

describe('diffInline (titles)', () => {
  it('gives the segments of a changed title on one line', () => {
    expect(show(diffInline('عضویت و نقش‌ها', 'عضویت، نقش‌ها و وظایف'))).toBe('عضویت-[ و]+[،] نقش‌ها +[و وظایف]');
  });
});

describe('toLines', () => {
  it('splits a segment that spans lines and joins neighbours of the same kind', () => {
    expect(
      toLines([
        { kind: 'same', text: 'الف\nب' },
        { kind: 'same', text: ' پ' },
        { kind: 'added', text: '\n\nت' },
      ]),
    ).toEqual([[{ kind: 'same', text: 'الف' }], [{ kind: 'same', text: 'ب پ' }], [{ kind: 'added', text: 'ت' }]]);
  });
});

describe('countWords', () => {
  it('counts Persian words with ZWNJ and digits as one each, not punctuation', () => {
    expect(countWords(`بهره${ZWNJ}وری، ۱۴۰۳ و energy!`)).toBe(4);
  });
});
