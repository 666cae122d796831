import { describe, expect, it } from 'vitest';
import type { Panel } from '../../api/types';
import type { MessageId } from '../../i18n/messages';
import {
  changedPanelFields,
  checkCriteria,
  checkPanel,
  formatPercent,
  newCriterion,
  nextCriterionKey,
  panelFormValues,
  percentDone,
  takenDomains,
  toCriteria,
  toCriterionEntries,
  toPanelInput,
  weightShares,
  type CriterionEntry,
} from './ReviewSetupModel';

const t = (id: MessageId, values?: Record<string, string | number>): string => (values ? `${id} ${JSON.stringify(values)}` : id);

const entry = (patch: Partial<CriterionEntry> = {}): CriterionEntry => ({ ...newCriterion([]), title: 'Novelty', ...patch });

const panel: Panel = {
  id: '00000000-0000-4000-8000-000000000001',
  callId: '00000000-0000-4000-8000-000000000002',
  title: 'Culture panel',
  domainKeys: ['culture'],
  reviewersPerContribution: 2,
  deadline: '2026-12-01T20:30:00.000Z',
  disagreementThreshold: 30,
  call: { id: '00000000-0000-4000-8000-000000000002', title: 'A call', state: 'closed', blindReview: true, domains: [], audienceGroups: [] },
  members: [],
  invitations: [],
  myRole: null,
  can: { manage: true, assign: true, decide: false, seeScores: true },
};

describe('rubric', () => {
  it('suggests the next free key from the position', () => {
    expect(nextCriterionKey([])).toBe('c1');
    expect(nextCriterionKey([{ key: 'c1' }, { key: 'c3' }])).toBe('c4');
    expect(nextCriterionKey([{ key: 'c2' }])).toBe('c3');
    expect(nextCriterionKey([{ key: 'x' }])).toBe('c2');
  });

  it('checks titles, keys, scales and weights, keyed like the server', () => {
    expect(checkCriteria([entry()], t)).toEqual({});
    expect(checkCriteria([], t)).toEqual({ criteria: 'reviewSetup.rubric.error.none' });
    const e = checkCriteria([entry({ key: 'A B' }), entry({ key: 'c1', title: ' ', scaleMax: '1' }), entry({ key: 'c1', weight: '0', scaleMax: '۱۰' })], t);
    expect(e['criteria.0.key']).toBe('reviewSetup.rubric.error.keyPattern');
    expect(e['criteria.1.title']).toBe('validation.required');
    expect(e['criteria.1.scaleMax']).toContain('reviewSetup.rubric.error.scaleMax');
    expect(e['criteria.2.key']).toBe('reviewSetup.rubric.error.keyDuplicate');
    expect(e['criteria.2.weight']).toContain('reviewSetup.rubric.error.weight');
    expect(e['criteria.2.scaleMax']).toBeUndefined();
  });

  it('reads Persian and Arabic digits and round-trips criteria', () => {
    const criteria = toCriteria([entry({ key: ' c1 ', scaleMin: '0', scaleMax: '۱۰', weight: '١٫٥', commentRequired: true })]);
    expect(criteria).toEqual([{ key: 'c1', title: 'Novelty', description: '', scaleMin: 0, scaleMax: 10, weight: 1.5, commentRequired: true }]);
    expect(toCriteria(toCriterionEntries(criteria))).toEqual(criteria);
  });

  it('gives each weight its share of the total', () => {
    expect(weightShares([{ weight: 2 }, { weight: 1.5 }, { weight: 1 }])).toEqual([44.4, 33.3, 22.2]);
    expect(weightShares([{ weight: '1' }, { weight: 'x' }])).toEqual([100, null]);
  });
});

describe('panel form', () => {
  it('starts with N = 2, threshold 30 and no deadline', () => {
    const v = panelFormValues();
    expect(toPanelInput({ ...v, title: ' P ', domainKeys: ['b', 'a'] }, ['a', 'b', 'c'])).toEqual({
      title: 'P',
      domainKeys: ['a', 'b'],
      reviewersPerContribution: 2,
      deadline: null,
      disagreementThreshold: 30,
    });
  });

  it('checks the fields', () => {
    const e = checkPanel({ title: '', domainKeys: [], reviewers: '11', deadlineDay: '2026-13-01', deadlineTime: '10:00', threshold: '0' }, t);
    expect(Object.keys(e).sort()).toEqual(['deadline', 'disagreementThreshold', 'domainKeys', 'reviewersPerContribution', 'title']);
    expect(checkPanel({ ...panelFormValues(), title: 'P', domainKeys: ['a'], reviewers: '۳', threshold: '۲۵' }, t)).toEqual({});
  });

  it('sends only what changed, the deadline compared as an instant', () => {
    const input = toPanelInput(panelFormValues(panel), ['culture', 'economy']);
    expect(changedPanelFields(input, panel)).toEqual({});
    expect(changedPanelFields({ ...input, deadline: null, disagreementThreshold: 40 }, panel)).toEqual({ deadline: null, disagreementThreshold: 40 });
    expect(changedPanelFields({ ...input, domainKeys: ['culture', 'economy'] }, panel)).toEqual({ domainKeys: ['culture', 'economy'] });
  });

  it('knows which domains other panels hold', () => {
    const other = { ...panel, id: 'other', title: 'Economy', domainKeys: ['economy'] };
    expect([...takenDomains([panel, other], panel.id)]).toEqual([['economy', 'Economy']]);
  });
});

describe('report', () => {
  it('computes progress and writes percentages in the locale', () => {
    expect(percentDone(1, 3)).toBe(33);
    expect(percentDone(0, 0)).toBe(0);
    expect(formatPercent(25, 'fa-IR')).toBe('۲۵٪');
    expect(formatPercent(25, 'en')).toBe('25%');
  });
});
