import type { Criterion, Panel, PanelInput, PanelRole } from '../../api/types';
import type { MessageId } from '../../i18n/messages';
import { KEY_PATTERN, localParts, newUid, parseNumber, toInstant } from '../calls-admin/model';

/** The review set-up page's pure parts: query keys, the rubric's and a panel's form values and checks. */

export const PANEL_ROLES = ['chair', 'secretary', 'reviewer'] as const satisfies readonly PanelRole[];

export const rubricKey = (callId: string) => ['reviews', 'rubric', callId] as const;
export const panelsKey = (callId: string) => ['reviews', 'panels', callId] as const;
export const reportKey = (callId: string) => ['reviews', 'report', callId] as const;

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;
export type ErrorMap = Record<string, string>;

// ---------------------------------------------------------------------------------------------
// The rubric

export const MAX_CRITERIA = 20;
export const SCALE_MAX_LIMIT = 100;
export const WEIGHT_LIMIT = 100;

export interface CriterionEntry {
  /** Local, for React keys and focus; not sent. */
  uid: string;
  key: string;
  title: string;
  description: string;
  scaleMin: '0' | '1';
  /** As typed (any digits). */
  scaleMax: string;
  weight: string;
  commentRequired: boolean;
}

/** The next unused key of the form `c<n>`, starting from the criterion's position. */
export function nextCriterionKey(entries: readonly { key: string }[]): string {
  const used = new Set(entries.map((e) => e.key));
  let n = entries.length + 1;
  while (used.has(`c${n}`)) n++;
  return `c${n}`;
}

export function newCriterion(entries: readonly { key: string }[]): CriterionEntry {
  return { uid: newUid(), key: nextCriterionKey(entries), title: '', description: '', scaleMin: '1', scaleMax: '5', weight: '1', commentRequired: false };
}

export function toCriterionEntries(criteria: readonly Criterion[]): CriterionEntry[] {
  return criteria.map((c) => ({
    uid: newUid(),
    key: c.key,
    title: c.title,
    description: c.description,
    scaleMin: c.scaleMin === 0 ? '0' : '1',
    scaleMax: String(c.scaleMax),
    weight: String(c.weight),
    commentRequired: c.commentRequired,
  }));
}

/** The client's checks, keyed like the server's fields (`criteria.1.scaleMax`); the list's own error under `criteria`. */
export function checkCriteria(entries: readonly CriterionEntry[], t: Translate): ErrorMap {
  const e: ErrorMap = {};
  const required = t('validation.required');
  if (entries.length === 0) e.criteria = t('reviewSetup.rubric.error.none');
  if (entries.length > MAX_CRITERIA) e.criteria = t('reviewSetup.rubric.error.tooMany', { max: MAX_CRITERIA });
  const seen = new Set<string>();
  entries.forEach((c, i) => {
    const key = c.key.trim();
    if (!key) e[`criteria.${i}.key`] = required;
    else if (!KEY_PATTERN.test(key)) e[`criteria.${i}.key`] = t('reviewSetup.rubric.error.keyPattern');
    else if (seen.has(key)) e[`criteria.${i}.key`] = t('reviewSetup.rubric.error.keyDuplicate');
    seen.add(key);
    if (!c.title.trim()) e[`criteria.${i}.title`] = required;
    else if (c.title.trim().length > 200) e[`criteria.${i}.title`] = t('reviewSetup.rubric.error.tooLong', { max: 200 });
    if (c.description.trim().length > 2000) e[`criteria.${i}.description`] = t('reviewSetup.rubric.error.tooLong', { max: 2000 });
    const max = parseNumber(c.scaleMax);
    if (max === null) e[`criteria.${i}.scaleMax`] = required;
    else if (Number.isNaN(max) || !Number.isInteger(max) || max < 2 || max > SCALE_MAX_LIMIT) e[`criteria.${i}.scaleMax`] = t('reviewSetup.rubric.error.scaleMax', { max: SCALE_MAX_LIMIT });
    const weight = parseNumber(c.weight);
    if (weight === null) e[`criteria.${i}.weight`] = required;
    else if (Number.isNaN(weight) || weight <= 0 || weight > WEIGHT_LIMIT) e[`criteria.${i}.weight`] = t('reviewSetup.rubric.error.weight', { max: WEIGHT_LIMIT });
  });
  return e;
}

/** The request body. Call only after `checkCriteria` found nothing. */
export function toCriteria(entries: readonly CriterionEntry[]): Criterion[] {
  return entries.map((c) => ({
    key: c.key.trim(),
    title: c.title.trim(),
    description: c.description.trim(),
    scaleMin: c.scaleMin === '0' ? 0 : 1,
    scaleMax: Math.round(parseNumber(c.scaleMax) ?? 5),
    weight: parseNumber(c.weight) ?? 1,
    commentRequired: c.commentRequired,
  }));
}

/** Each criterion's share of the total weight, in percent (0–100), by position. */
export function weightShares(entries: readonly { weight: string | number }[]): (number | null)[] {
  const weights = entries.map((e) => (typeof e.weight === 'number' ? e.weight : parseNumber(e.weight)));
  const valid = weights.map((w) => (w !== null && !Number.isNaN(w) && w > 0 ? w : null));
  const total = valid.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  return valid.map((w) => (w === null || total <= 0 ? null : Math.round((w / total) * 1000) / 10));
}

// ---------------------------------------------------------------------------------------------
// A panel

export const REVIEWERS_MAX = 10;
export const DEFAULT_THRESHOLD = 30;
export const DEFAULT_DEADLINE_TIME = '23:59';

export interface PanelFormValues {
  title: string;
  domainKeys: string[];
  /** As typed (any digits). */
  reviewers: string;
  /** Gregorian `YYYY-MM-DD` (local), or '' for no deadline. */
  deadlineDay: string;
  /** `HH:mm` (local). */
  deadlineTime: string;
  threshold: string;
}

export function panelFormValues(panel?: Panel): PanelFormValues {
  if (!panel) return { title: '', domainKeys: [], reviewers: '2', deadlineDay: '', deadlineTime: DEFAULT_DEADLINE_TIME, threshold: String(DEFAULT_THRESHOLD) };
  const d = panel.deadline ? localParts(panel.deadline) : { day: '', time: DEFAULT_DEADLINE_TIME };
  return {
    title: panel.title,
    domainKeys: [...panel.domainKeys],
    reviewers: String(panel.reviewersPerContribution),
    deadlineDay: d.day,
    deadlineTime: d.time,
    threshold: String(panel.disagreementThreshold),
  };
}

/** The client's checks, keyed by the API's field names. */
export function checkPanel(v: PanelFormValues, t: Translate): ErrorMap {
  const e: ErrorMap = {};
  if (!v.title.trim()) e.title = t('validation.required');
  else if (v.title.trim().length > 300) e.title = t('reviewSetup.rubric.error.tooLong', { max: 300 });
  if (v.domainKeys.length === 0) e.domainKeys = t('reviewSetup.panel.error.noDomains');
  const n = parseNumber(v.reviewers);
  if (n === null) e.reviewersPerContribution = t('validation.required');
  else if (Number.isNaN(n) || !Number.isInteger(n) || n < 1 || n > REVIEWERS_MAX) e.reviewersPerContribution = t('reviewSetup.panel.error.reviewers', { max: REVIEWERS_MAX });
  const th = parseNumber(v.threshold);
  if (th === null) e.disagreementThreshold = t('validation.required');
  else if (Number.isNaN(th) || !Number.isInteger(th) || th < 1 || th > 100) e.disagreementThreshold = t('reviewSetup.panel.error.threshold');
  if (v.deadlineDay && !toInstant(v.deadlineDay, v.deadlineTime || DEFAULT_DEADLINE_TIME)) e.deadline = t('reviewSetup.panel.error.deadline');
  return e;
}

/** The request body, the call's domain order kept. Call only after `checkPanel` found nothing. */
export function toPanelInput(v: PanelFormValues, domainOrder: readonly string[]): PanelInput {
  return {
    title: v.title.trim(),
    domainKeys: domainOrder.filter((k) => v.domainKeys.includes(k)),
    reviewersPerContribution: Math.round(parseNumber(v.reviewers) ?? 2),
    deadline: v.deadlineDay ? toInstant(v.deadlineDay, v.deadlineTime || DEFAULT_DEADLINE_TIME) : null,
    disagreementThreshold: Math.round(parseNumber(v.threshold) ?? DEFAULT_THRESHOLD),
  };
}

/** For a PATCH: only the fields that differ from the panel as loaded. */
export function changedPanelFields(input: PanelInput, panel: Panel): Partial<PanelInput> {
  const out: Partial<PanelInput> = {};
  if (input.title !== panel.title) out.title = input.title;
  if (input.domainKeys.length !== panel.domainKeys.length || input.domainKeys.some((k) => !panel.domainKeys.includes(k))) out.domainKeys = input.domainKeys;
  if (input.reviewersPerContribution !== panel.reviewersPerContribution) out.reviewersPerContribution = input.reviewersPerContribution;
  const before = panel.deadline ? new Date(panel.deadline).toISOString() : null;
  if (input.deadline !== before) out.deadline = input.deadline;
  if (input.disagreementThreshold !== panel.disagreementThreshold) out.disagreementThreshold = input.disagreementThreshold;
  return out;
}

/** Domain keys that another panel of the call already covers (key → that panel's title). */
export function takenDomains(panels: readonly Pick<Panel, 'id' | 'title' | 'domainKeys'>[], exceptPanelId?: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of panels) if (p.id !== exceptPanelId) for (const k of p.domainKeys) out.set(k, p.title);
  return out;
}

/** Server paths → dotted: `/criteria/1/key` and `criteria[1].key` → `criteria.1.key`. */
export const normalizePath = (field: string) => field.replace(/^\//, '').replace(/[/[\]]+/g, '.').replace(/\.+$/, '');

// ---------------------------------------------------------------------------------------------
// The report

/** The report's five score bands (of the weighted 0–100 score), as [from, to]. */
export const SCORE_BANDS = [
  [0, 20],
  [20, 40],
  [40, 60],
  [60, 80],
  [80, 100],
] as const;

/** Submitted out of assigned, in whole percent (0 when nothing is assigned). */
export function percentDone(submitted: number, assigned: number): number {
  if (assigned <= 0) return 0;
  return Math.min(100, Math.round((submitted / assigned) * 100));
}

/** A percentage (0–100) in the locale's digits and sign: `۲۵٪`, `٢٥٪`, `25%`. */
export function formatPercent(pct: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 }).format(pct / 100);
}
