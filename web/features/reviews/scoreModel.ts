import { toLatinDigits } from '../../i18n/digits';

/**
 * The reviewer's side of scoring, without React: the weighted score (the same formula as the
 * server's `server/modules/reviews/scoring.ts`), the form's values and the payload sent, the
 * server's field errors by path, and the deadline as the reviewer reads it.
 */

export interface ScaleCriterion {
  key: string;
  scaleMin: number;
  scaleMax: number;
  weight: number;
}

export type ScoreEntries = Record<string, { score: number | null; comment: string } | undefined>;

/**
 * A reviewer's score on 0–100: each criterion scaled to 0–100 by (score − min) / (max − min),
 * averaged by weight, rounded to one decimal. Null until every criterion has a score.
 */
export function weightedScore(criteria: readonly ScaleCriterion[], scores: ScoreEntries): number | null {
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

/** Scales this long or shorter are offered as radio buttons; longer ones as a number field. */
export const MAX_RADIO_SCALE = 10;

/** The scale's values, lowest first, when it is short enough for radio buttons; else null. */
export function scaleValues(c: Pick<ScaleCriterion, 'scaleMin' | 'scaleMax'>): number[] | null {
  if (c.scaleMax > MAX_RADIO_SCALE || c.scaleMax < c.scaleMin) return null;
  return Array.from({ length: c.scaleMax - c.scaleMin + 1 }, (_, i) => c.scaleMin + i);
}

/** What the form holds per criterion: the score as typed or picked ('' for none) and the comment. */
export type FormScores = Record<string, { score: string; comment: string }>;

/** The form's starting values: every criterion of the rubric, with what was saved before. */
export function formScores(criteria: readonly { key: string }[], saved: ScoreEntries): FormScores {
  const out: FormScores = {};
  for (const c of criteria) {
    const s = saved[c.key];
    out[c.key] = { score: s?.score === null || s?.score === undefined ? '' : String(s.score), comment: s?.comment ?? '' };
  }
  return out;
}

/**
 * A score as typed: Persian or Arabic digits allowed, surrounding spaces ignored.
 * '' → null (not scored); anything but a whole number → NaN.
 */
export function parseScore(text: string): number | null {
  const s = toLatinDigits(text).trim();
  if (s === '') return null;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * The request body's `scores`: `{ [criterionKey]: { score, comment } }`, for the rubric's criteria
 * only. A criterion with neither score nor comment is left out (the server reads a missing entry
 * as "not scored"): its request validation coerces a `null` score to 0, which a draft must not get.
 */
export function scoresPayload(criteria: readonly { key: string }[], values: FormScores): Record<string, { score: number | null; comment: string }> {
  const out: Record<string, { score: number | null; comment: string }> = {};
  for (const c of criteria) {
    const v = values[c.key] ?? { score: '', comment: '' };
    const parsed = parseScore(v.score);
    const score = parsed === null || Number.isNaN(parsed) ? null : parsed;
    if (score === null && v.comment.trim() === '') continue;
    out[c.key] = { score, comment: v.comment };
  }
  return out;
}

/** Scores typed into number fields that are not whole numbers within the scale, by field path (`scores.<key>.score`). */
export function badTypedScores(criteria: readonly ScaleCriterion[], values: FormScores): string[] {
  const out: string[] = [];
  for (const c of criteria) {
    const score = parseScore(values[c.key]?.score ?? '');
    if (score !== null && (Number.isNaN(score) || score < c.scaleMin || score > c.scaleMax)) out.push(`scores.${c.key}.score`);
  }
  return out;
}

/** A field as the server names it (`scores.novelty.score`, `/scores/novelty/score`) in dotted form. */
export function normalizePath(field: string): string {
  return field.replace(/^\/+/, '').replace(/\//g, '.');
}

/** The first message for each path the form shows; the rest are returned separately. */
export function splitByPath<P extends { field: string; message: string }>(problems: readonly P[], shown: (path: string) => boolean): { fields: Record<string, string>; others: P[] } {
  const fields: Record<string, string> = {};
  const others: P[] = [];
  for (const p of problems) {
    const path = normalizePath(p.field);
    if (shown(path)) fields[path] ??= p.message;
    else others.push(p);
  }
  return { fields, others };
}

/** The paths the scoring form shows: every criterion's score and comment, and the overall comment. */
export function shownPath(criteria: readonly { key: string }[]): (path: string) => boolean {
  const paths = new Set(['comment', ...criteria.flatMap((c) => [`scores.${c.key}.score`, `scores.${c.key}.comment`])]);
  return (path) => paths.has(path);
}

const DAY = 86_400_000;

export type DeadlineStatus = { kind: 'none' } | { kind: 'passed' } | { kind: 'left'; days: number };

/** Where the deadline stands at `now`: none set, passed, or whole days left (0: less than a day). */
export function deadlineStatus(deadline: string | null, now: number): DeadlineStatus {
  if (!deadline) return { kind: 'none' };
  const ms = Date.parse(deadline) - now;
  if (Number.isNaN(ms)) return { kind: 'none' };
  // The server still takes a save at the deadline's very instant.
  if (ms < 0) return { kind: 'passed' };
  return { kind: 'left', days: Math.floor(ms / DAY) };
}

/** Items grouped by their call, calls in order of first appearance; in each, those to do first. */
export function groupByCall<T extends { call: { id: string; title: string }; state: string }>(items: readonly T[]): { call: T['call']; items: T[] }[] {
  const groups = new Map<string, { call: T['call']; items: T[] }>();
  for (const item of items) {
    const g = groups.get(item.call.id);
    if (g) g.items.push(item);
    else groups.set(item.call.id, { call: item.call, items: [item] });
  }
  const rank = (s: string) => (s === 'assigned' ? 0 : 1);
  return [...groups.values()].map((g) => ({ call: g.call, items: [...g.items].sort((a, b) => rank(a.state) - rank(b.state)) }));
}

/** Query keys: the reviewer's list and one review. */
export const reviewKeys = {
  mine: ['reviews', 'mine'] as const,
  detail: (id: string) => ['reviews', 'detail', id] as const,
};
