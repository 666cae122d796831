import { describe, expect, it } from 'vitest';
import { assignmentPlan, conflictChecker, figures, weightedScore } from './scoring.js';

const criteria = [
  { key: 'a', title: '', description: '', scaleMin: 1, scaleMax: 5, weight: 3, commentRequired: false },
  { key: 'b', title: '', description: '', scaleMin: 0, scaleMax: 10, weight: 1, commentRequired: false },
];

describe('weightedScore', () => {
  it('scales each criterion to 0–100 and averages by weight', () => {
    expect(weightedScore(criteria, { a: { score: 5, comment: '' }, b: { score: 0, comment: '' } })).toBe(75);
    expect(weightedScore(criteria, { a: { score: 2, comment: '' }, b: { score: 9, comment: '' } })).toBe(41.3);
    expect(weightedScore(criteria, { a: { score: 2, comment: '' }, b: { score: null, comment: '' } })).toBeNull();
  });
});

describe('figures', () => {
  it('averages submitted scores only and flags a spread at the threshold', () => {
    const reviews = [
      { state: 'submitted' as const, weighted: 80 },
      { state: 'submitted' as const, weighted: 50 },
      { state: 'assigned' as const, weighted: null },
    ];
    expect(figures(reviews, 30)).toEqual({ average: 65, spread: 30, disagreement: true });
    expect(figures(reviews, 31).disagreement).toBe(false);
    expect(figures([reviews[0]!], 1)).toEqual({ average: 80, spread: 0, disagreement: false });
  });
});

describe('conflictChecker', () => {
  const orgs: Record<string, string> = { reviewer: 'مؤسسه مطالعات انرژي', author: 'دانشگاه علامه طباطبائی' };
  const check = conflictChecker([{ contributionId: 'c2', reviewerId: 'reviewer', reason: 'دوست نویسنده' }], (id) => orgs[id] ?? '');
  it('finds the author, the same organization written with other letter forms, and declared conflicts', () => {
    expect(check({ id: 'c1', authorId: 'reviewer', domainKey: 'x', affiliation: '' }, 'reviewer')?.kind).toBe('author');
    // Hamza-on-waw, Arabic yeh: the same organization.
    expect(check({ id: 'c1', authorId: 'someone', domainKey: 'x', affiliation: 'موسسه مطالعات انرژی' }, 'reviewer')?.kind).toBe('organization');
    expect(check({ id: 'c2', authorId: 'someone', domainKey: 'x', affiliation: '' }, 'reviewer')).toEqual({ kind: 'declared', reason: 'دوست نویسنده' });
    expect(check({ id: 'c3', authorId: 'author', domainKey: 'x', affiliation: '' }, 'reviewer')).toBeNull();
    // An empty organization matches nothing.
    expect(conflictChecker([], () => '')({ id: 'c', authorId: 'a', domainKey: 'x', affiliation: '' }, 'r')).toBeNull();
  });
});

describe('assignmentPlan', () => {
  it('stays within one of the even share per domain, with conflicts scattered', () => {
    const reviewers = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];
    const contributions = Array.from({ length: 61 }, (_, i) => ({ id: `c${i}`, authorId: `u${i % 9}`, domainKey: i % 3 === 0 ? 'd1' : 'd2', affiliation: '' }));
    const conflictOf = (c: { id: string }, r: string) => ((Number(c.id.slice(1)) * 7 + Number(r.slice(1))) % 11 === 0 ? { kind: 'declared' as const, reason: '' } : null);
    const plan = assignmentPlan({ contributions, reviewers, existing: [], perContribution: 3, conflictOf });
    expect(plan.unassigned).toEqual([]);
    for (const c of contributions) {
      const mine = plan.assign.filter((a) => a.contributionId === c.id).map((a) => a.reviewerId);
      expect(new Set(mine).size).toBe(3);
      for (const r of mine) expect(conflictOf(c, r)).toBeNull();
    }
    for (const domain of ['d1', 'd2']) {
      const ids = new Set(contributions.filter((c) => c.domainKey === domain).map((c) => c.id));
      const total = plan.assign.filter((a) => ids.has(a.contributionId)).length;
      for (const r of reviewers) expect(plan.assign.filter((a) => ids.has(a.contributionId) && a.reviewerId === r).length).toBeLessThanOrEqual(Math.ceil(total / reviewers.length) + 1);
    }
  });

  it('tops up after a decline without giving the contribution back to the one who declined', () => {
    const plan = assignmentPlan({
      contributions: [{ id: 'c', authorId: 'u', domainKey: 'd', affiliation: '' }],
      reviewers: ['r1', 'r2', 'r3'],
      existing: [
        { contributionId: 'c', reviewerId: 'r1', state: 'declined' },
        { contributionId: 'c', reviewerId: 'r2', state: 'submitted' },
      ],
      perContribution: 2,
      conflictOf: () => null,
    });
    expect(plan.assign).toEqual([{ contributionId: 'c', reviewerId: 'r3' }]);
  });
});
