import { describe, expect, it } from 'vitest';
import {
  badTypedScores,
  deadlineStatus,
  formScores,
  groupByCall,
  normalizePath,
  parseScore,
  scaleValues,
  scoresPayload,
  shownPath,
  splitByPath,
  weightedScore,
} from './scoreModel';

// The demo call's rubric.
const rubric = [
  { key: 'novelty', scaleMin: 1, scaleMax: 5, weight: 2 },
  { key: 'feasibility', scaleMin: 1, scaleMax: 5, weight: 1.5 },
  { key: 'alignment', scaleMin: 1, scaleMax: 5, weight: 1 },
];
const s = (score: number | null, comment = '') => ({ score, comment });

describe('weightedScore (as the server computes it)', () => {
  it('scales each criterion to 0–100 and averages by weight, to one decimal', () => {
    // (2·75 + 1.5·50 + 1·75) / 4.5 = 66.666…
    expect(weightedScore(rubric, { novelty: s(4), feasibility: s(3), alignment: s(4) })).toBe(66.7);
    expect(weightedScore(rubric, { novelty: s(5), feasibility: s(5), alignment: s(5) })).toBe(100);
    expect(weightedScore(rubric, { novelty: s(1), feasibility: s(1), alignment: s(1) })).toBe(0);
  });

  it('handles scales starting at 0 and long scales', () => {
    const c = [
      { key: 'a', scaleMin: 0, scaleMax: 10, weight: 1 },
      { key: 'b', scaleMin: 1, scaleMax: 100, weight: 3 },
    ];
    // (1·70 + 3·(49/99·100)) / 4 = 54.62…
    expect(weightedScore(c, { a: s(7), b: s(50) })).toBe(54.6);
  });

  it('is null until every criterion is scored, and for an empty rubric', () => {
    expect(weightedScore(rubric, { novelty: s(4), feasibility: s(null), alignment: s(4) })).toBeNull();
    expect(weightedScore(rubric, { novelty: s(4), alignment: s(4) })).toBeNull();
    expect(weightedScore([], {})).toBeNull();
  });
});

describe('the form', () => {
  it('offers radio values for scales up to 10 only', () => {
    expect(scaleValues({ scaleMin: 1, scaleMax: 5 })).toEqual([1, 2, 3, 4, 5]);
    expect(scaleValues({ scaleMin: 0, scaleMax: 10 })).toHaveLength(11);
    expect(scaleValues({ scaleMin: 1, scaleMax: 20 })).toBeNull();
  });

  it('starts from what was saved, with every criterion present', () => {
    expect(formScores(rubric, { novelty: s(4, 'خوب'), feasibility: s(null) })).toEqual({
      novelty: { score: '4', comment: 'خوب' },
      feasibility: { score: '', comment: '' },
      alignment: { score: '', comment: '' },
    });
  });

  it('reads Persian and Arabic digits, and refuses what is not a whole number', () => {
    expect(parseScore(' ۴۲ ')).toBe(42);
    expect(parseScore('٧')).toBe(7);
    expect(parseScore('')).toBeNull();
    expect(parseScore('4.5')).toBeNaN();
    expect(parseScore('abc')).toBeNaN();
  });

  it('sends the rubric criteria with numbers or null, leaving out the untouched ones', () => {
    const values = {
      novelty: { score: '۴', comment: 'x' },
      feasibility: { score: '', comment: 'only a comment' },
      alignment: { score: '', comment: '  ' },
      stray: { score: '1', comment: '' },
    };
    expect(scoresPayload(rubric, values)).toEqual({ novelty: s(4, 'x'), feasibility: s(null, 'only a comment') });
  });

  it('finds typed scores outside the scale', () => {
    const c = [{ key: 'big', scaleMin: 1, scaleMax: 20, weight: 1 }];
    expect(badTypedScores(c, { big: { score: '21', comment: '' } })).toEqual(['scores.big.score']);
    expect(badTypedScores(c, { big: { score: 'x', comment: '' } })).toEqual(['scores.big.score']);
    expect(badTypedScores(c, { big: { score: '۲۰', comment: '' } })).toEqual([]);
    expect(badTypedScores(c, { big: { score: '', comment: '' } })).toEqual([]);
  });
});

describe('server field errors', () => {
  it('are matched to fields by their full path', () => {
    expect(normalizePath('/scores/novelty/score')).toBe('scores.novelty.score');
    const { fields, others } = splitByPath(
      [
        { field: 'scores.alignment.comment', message: 'required' },
        { field: 'scores.novelty.score', message: 'required' },
        { field: 'scores.novelty.score', message: 'second' },
        { field: 'scores.unknown', message: 'unknown criterion' },
      ],
      shownPath(rubric),
    );
    expect(fields).toEqual({ 'scores.alignment.comment': 'required', 'scores.novelty.score': 'required' });
    expect(others).toEqual([{ field: 'scores.unknown', message: 'unknown criterion' }]);
  });
});

describe('deadlineStatus', () => {
  const now = Date.parse('2025-05-01T12:00:00Z');
  it('says how many whole days are left, or that it passed', () => {
    expect(deadlineStatus(null, now)).toEqual({ kind: 'none' });
    expect(deadlineStatus('2025-05-21T12:00:00Z', now)).toEqual({ kind: 'left', days: 20 });
    expect(deadlineStatus('2025-05-01T18:00:00Z', now)).toEqual({ kind: 'left', days: 0 });
    expect(deadlineStatus('2025-05-01T12:00:00Z', now)).toEqual({ kind: 'left', days: 0 });
    expect(deadlineStatus('2025-05-01T11:59:59Z', now)).toEqual({ kind: 'passed' });
  });
});

describe('groupByCall', () => {
  it('keeps calls in order and puts the reviews to do first', () => {
    const a = { id: 'a', title: 'A' };
    const b = { id: 'b', title: 'B' };
    const groups = groupByCall([
      { id: '1', call: a, state: 'submitted' },
      { id: '2', call: b, state: 'assigned' },
      { id: '3', call: a, state: 'assigned' },
    ]);
    expect(groups.map((g) => [g.call.id, g.items.map((i) => i.id)])).toEqual([
      ['a', ['3', '1']],
      ['b', ['2']],
    ]);
  });
});
