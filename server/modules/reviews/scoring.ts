import { searchKey } from '../../text/normalize.js';
import type { AssignmentState, Criterion, Scores } from './tables.js';

/** Why a reviewer may not review a contribution. */
export interface Conflict {
  kind: 'declared' | 'author' | 'organization';
  reason: string;
}

interface ContributionFacts {
  id: string;
  authorId: string;
  domainKey: string;
  affiliation: string;
}

/**
 * Conflicts of interest: declared ones, and automatic ones — the reviewer wrote it, or the
 * reviewer's organization is the contribution's affiliation or its author's organization
 * (compared as Persian/Arabic-aware keys, so «دانشگاه شريف» and «دانشگاه شریف» are one).
 */
export function conflictChecker(declared: { contributionId: string; reviewerId: string; reason: string }[], organizationOf: (userId: string) => string) {
  return (c: ContributionFacts, reviewerId: string): Conflict | null => {
    if (c.authorId === reviewerId) return { kind: 'author', reason: '' };
    const d = declared.find((x) => x.contributionId === c.id && x.reviewerId === reviewerId);
    if (d) return { kind: 'declared', reason: d.reason };
    const mine = searchKey(organizationOf(reviewerId));
    if (mine && (mine === searchKey(c.affiliation) || mine === searchKey(organizationOf(c.authorId)))) return { kind: 'organization', reason: '' };
    return null;
  };
}

interface Existing {
  contributionId: string;
  reviewerId: string;
  state: AssignmentState;
}

/**
 * Who reviews what: every contribution gets `perContribution` reviewers who are not conflicted
 * and have not had it before. The most constrained contributions go first, and each picks the
 * reviewers with the fewest contributions of that domain (then the fewest overall), which keeps
 * everyone within one of the even share.
 */
export function assignmentPlan(input: {
  contributions: ContributionFacts[];
  reviewers: string[];
  existing: Existing[];
  perContribution: number;
  conflictOf: (c: ContributionFacts, reviewerId: string) => Conflict | null;
}) {
  const { contributions, reviewers, existing, perContribution, conflictOf } = input;
  const active = existing.filter((a) => a.state !== 'declined');
  const total = new Map(reviewers.map((r) => [r, active.filter((a) => a.reviewerId === r).length]));
  const inDomain = new Map<string, number>();
  const domainOf = new Map(contributions.map((c) => [c.id, c.domainKey]));
  for (const a of active) {
    const domain = domainOf.get(a.contributionId);
    if (domain) inDomain.set(`${domain}|${a.reviewerId}`, (inDomain.get(`${domain}|${a.reviewerId}`) ?? 0) + 1);
  }
  const work = contributions.map((c) => {
    const had = existing.filter((a) => a.contributionId === c.id);
    const free = reviewers.filter((r) => !had.some((a) => a.reviewerId === r));
    return { c, need: Math.max(0, perContribution - had.filter((a) => a.state !== 'declined').length), free, eligible: free.filter((r) => !conflictOf(c, r)) };
  });
  work.sort((a, b) => a.eligible.length - a.need - (b.eligible.length - b.need));

  const assign: { contributionId: string; reviewerId: string }[] = [];
  const unassigned: { contributionId: string; missing: number; reason: 'conflicts' | 'too_few_reviewers' }[] = [];
  for (const { c, need, free, eligible } of work) {
    if (need === 0) continue;
    const load = (r: string) => [inDomain.get(`${c.domainKey}|${r}`) ?? 0, total.get(r) ?? 0] as const;
    const picked = [...eligible]
      .sort((a, b) => {
        const [da, ta] = load(a);
        const [db, tb] = load(b);
        return da - db || ta - tb || a.localeCompare(b);
      })
      .slice(0, need);
    for (const r of picked) {
      assign.push({ contributionId: c.id, reviewerId: r });
      inDomain.set(`${c.domainKey}|${r}`, (inDomain.get(`${c.domainKey}|${r}`) ?? 0) + 1);
      total.set(r, (total.get(r) ?? 0) + 1);
    }
    if (picked.length < need) unassigned.push({ contributionId: c.id, missing: need - picked.length, reason: free.length >= need ? 'conflicts' : 'too_few_reviewers' });
  }
  return { assign, unassigned, load: reviewers.map((r) => ({ reviewerId: r, count: total.get(r) ?? 0 })) };
}

/** A reviewer's score on 0–100: each criterion scaled to 0–100, averaged by weight, one decimal. */
export function weightedScore(criteria: Criterion[], scores: Scores) {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = scores[c.key]?.score;
    if (score === null || score === undefined) return null;
    sum += (c.weight * (score - c.scaleMin) * 100) / (c.scaleMax - c.scaleMin);
    weights += c.weight;
  }
  return weights > 0 ? Math.round((sum / weights) * 10) / 10 : null;
}

/** The panel's view of one contribution: mean and spread of the submitted weighted scores, and whether reviewers disagree strongly. */
export function figures(reviews: { state: AssignmentState; weighted: number | null }[], threshold: number) {
  const scores = reviews.filter((r) => r.state === 'submitted' && r.weighted !== null).map((r) => r.weighted!);
  if (scores.length === 0) return { average: null, spread: null, disagreement: false };
  const average = Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 10) / 10;
  const spread = Math.round((Math.max(...scores) - Math.min(...scores)) * 10) / 10;
  return { average, spread, disagreement: scores.length >= 2 && spread >= threshold };
}
