import type { Outcome, Panel, PanelContribution } from '../../api/types';

/** The outcomes a chair can choose, in the order the dialog offers them. */
export const OUTCOMES: readonly Outcome[] = ['accepted', 'partly_accepted', 'merged', 'rejected'];

/** What the panel's table shows: a domain (or every one), only the flagged, only the undecided. */
export interface PanelFilters {
  domain: string;
  flagged: boolean;
  undecided: boolean;
}

export const NO_FILTERS: PanelFilters = { domain: '', flagged: false, undecided: false };

/** Reads the filters from the page's query string; an unknown domain means every domain. */
export function readFilters(params: URLSearchParams, domainKeys: readonly string[]): PanelFilters {
  const domain = params.get('domain') ?? '';
  return {
    domain: domainKeys.includes(domain) ? domain : '',
    flagged: params.get('flagged') === '1',
    undecided: params.get('undecided') === '1',
  };
}

/** The query string for the filters (empty when nothing is filtered). */
export function writeFilters(f: PanelFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (f.domain) out.set('domain', f.domain);
  if (f.flagged) out.set('flagged', '1');
  if (f.undecided) out.set('undecided', '1');
  return out;
}

export function isFiltered(f: PanelFilters): boolean {
  return Boolean(f.domain) || f.flagged || f.undecided;
}

/** The contributions the filters let through, in the order given. */
export function filterContributions(rows: readonly PanelContribution[], f: PanelFilters): PanelContribution[] {
  return rows.filter((c) => (!f.domain || c.domainKey === f.domain) && (!f.flagged || c.disagreement) && (!f.undecided || c.decision === null));
}

type Person = { id: string; name: string };

/**
 * The panel's reviewers who can still be given this contribution by hand: not already
 * assigned it (in any state, declined included) and with no known conflict of interest.
 */
export function assignableReviewers(panel: Pick<Panel, 'members'>, c: Pick<PanelContribution, 'assignments' | 'conflicts'>): Person[] {
  const taken = new Set([...c.assignments.map((a) => a.reviewer.id), ...c.conflicts.map((x) => x.reviewer.id)]);
  return panel.members.filter((m) => m.role === 'reviewer' && !taken.has(m.user.id)).map((m) => m.user);
}

/** The contributions another one can be merged into: every other one on the panel. */
export function mergeTargets(rows: readonly Pick<PanelContribution, 'id' | 'title' | 'trackingCode'>[], id: string) {
  return rows.filter((c) => c.id !== id);
}

/** Submitted / assigned for one contribution: declined assignments do not count. */
export function reviewProgress(c: Pick<PanelContribution, 'assignments'>): { submitted: number; active: number } {
  const active = c.assignments.filter((a) => a.state !== 'declined');
  return { submitted: active.filter((a) => a.state === 'submitted').length, active: active.length };
}

/** Replaces one contribution in a list (after an assignment or a decision), keeping the order. */
export function replaceContribution(rows: readonly PanelContribution[], next: PanelContribution): PanelContribution[] {
  return rows.map((c) => (c.id === next.id ? next : c));
}

/** A score (0–100) rounded to one decimal, as the server sends it. */
export function roundScore(n: number): number {
  return Math.round(n * 10) / 10;
}
