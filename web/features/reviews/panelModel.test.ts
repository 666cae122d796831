import { describe, expect, it } from 'vitest';
import type { Panel, PanelContribution } from '../../api/types';
import { assignableReviewers, filterContributions, isFiltered, mergeTargets, NO_FILTERS, readFilters, replaceContribution, reviewProgress, writeFilters } from './panelModel';

const person = (n: number) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, name: `P${n}` });

function row(id: string, patch: Partial<PanelContribution> = {}): PanelContribution {
  return {
    id,
    title: `C ${id}`,
    domainKey: 'culture',
    audienceGroup: 'public',
    trackingCode: `MJ-${id}`,
    author: null,
    affiliation: '',
    assignments: [],
    conflicts: [],
    average: null,
    spread: null,
    disagreement: false,
    decision: null,
    ...patch,
  };
}

const assignment = (n: number, state: 'assigned' | 'submitted' | 'declined') => ({
  id: `a${n}`,
  reviewer: person(n),
  state,
  weighted: state === 'submitted' ? 50 : null,
  automatic: true,
  declineReason: '',
});

const decided = { outcome: 'accepted' as const, reason: 'Good', mergedInto: null, decidedAt: '2026-01-01T00:00:00.000Z' };

describe('panel filters', () => {
  it('reads only known domains and the two flags', () => {
    expect(readFilters(new URLSearchParams('domain=culture&flagged=1'), ['culture'])).toEqual({ domain: 'culture', flagged: true, undecided: false });
    expect(readFilters(new URLSearchParams('domain=nope&undecided=1&flagged=yes'), ['culture'])).toEqual({ domain: '', flagged: false, undecided: true });
  });

  it('writes nothing for no filters and round-trips the rest', () => {
    expect(writeFilters(NO_FILTERS).toString()).toBe('');
    expect(isFiltered(NO_FILTERS)).toBe(false);
    const f = { domain: 'economy', flagged: true, undecided: true };
    expect(readFilters(writeFilters(f), ['economy'])).toEqual(f);
    expect(isFiltered(f)).toBe(true);
  });

  it('keeps the domain, the flagged and the undecided', () => {
    const rows = [row('1'), row('2', { domainKey: 'economy', disagreement: true }), row('3', { disagreement: true, decision: decided })];
    expect(filterContributions(rows, NO_FILTERS).map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(filterContributions(rows, { ...NO_FILTERS, domain: 'culture' }).map((r) => r.id)).toEqual(['1', '3']);
    expect(filterContributions(rows, { ...NO_FILTERS, flagged: true }).map((r) => r.id)).toEqual(['2', '3']);
    expect(filterContributions(rows, { ...NO_FILTERS, flagged: true, undecided: true }).map((r) => r.id)).toEqual(['2']);
  });
});

describe('assignment helpers', () => {
  const panel: Pick<Panel, 'members'> = {
    members: [
      { user: person(1), role: 'chair', assigned: 0, submitted: 0 },
      { user: person(2), role: 'reviewer', assigned: 1, submitted: 0 },
      { user: person(3), role: 'reviewer', assigned: 0, submitted: 0 },
      { user: person(4), role: 'reviewer', assigned: 0, submitted: 0 },
      { user: person(5), role: 'reviewer', assigned: 0, submitted: 0 },
    ],
  };

  it('offers reviewers who are neither assigned (even declined) nor conflicted', () => {
    const c = row('1', { assignments: [assignment(2, 'assigned'), assignment(5, 'declined')], conflicts: [{ reviewer: person(3), kind: 'declared', reason: '' }] });
    expect(assignableReviewers(panel, c).map((p) => p.id)).toEqual([person(4).id]);
  });

  it('counts progress without declined assignments', () => {
    expect(reviewProgress(row('1', { assignments: [assignment(2, 'submitted'), assignment(3, 'assigned'), assignment(4, 'declined')] }))).toEqual({ submitted: 1, active: 2 });
  });

  it('merges into any other contribution and replaces a row in place', () => {
    const rows = [row('1'), row('2'), row('3')];
    expect(mergeTargets(rows, '2').map((r) => r.id)).toEqual(['1', '3']);
    const next = row('2', { decision: decided });
    expect(replaceContribution(rows, next)).toEqual([rows[0], next, rows[2]]);
  });
});
