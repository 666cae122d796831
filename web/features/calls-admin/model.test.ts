import { describe, expect, it } from 'vitest';
import type { Call } from '../../api/types';
import type { MessageId } from '../../i18n/messages';
import { changedFields, checkValues, fillDays, localParts, newCallValues, parseNumber, PRESET_DOMAINS, PRESET_GROUPS, toFormValues, toInput, toInstant, type CallFormValues } from './model';

const t = (id: MessageId, values?: Record<string, string | number>): string => (values ? `${id} ${JSON.stringify(values)}` : id);

function values(patch: Partial<CallFormValues> = {}): CallFormValues {
  return { ...newCallValues(t, new Date(2026, 0, 10, 9, 30)), title: 'A call', ...patch };
}

const call: Call = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'A call',
  summary: '',
  description: '',
  domains: [{ key: 'health', title: 'Health', description: '' }],
  audienceGroups: [{ key: 'public', title: 'Public' }],
  opensAt: '2026-01-10T10:00:00.000Z',
  closesAt: '2026-02-10T20:29:00.000Z',
  blindReview: false,
  publicAfterClose: true,
  wordLimit: 500,
  attachments: { allowed: true, maxBytes: 5 * 1024 * 1024, types: ['application/pdf', 'image/png', 'image/jpeg'], maxFiles: 2 },
  state: 'draft',
  hasCover: false,
  counts: [],
  canManage: true,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('call form model', () => {
  it('turns a local day and time into an instant and back', () => {
    const iso = toInstant('2026-03-20', '08:15');
    expect(iso).not.toBeNull();
    expect(localParts(iso!)).toEqual({ day: '2026-03-20', time: '08:15' });
    expect(toInstant('', '08:15')).toBeNull();
    expect(toInstant('2026-03-20', '')).toBeNull();
  });

  it('prefills the six domains and six audience groups of the source', () => {
    const v = values();
    expect(v.domains.map((d) => d.key)).toEqual([...PRESET_DOMAINS]);
    expect(v.audienceGroups.map((g) => g.key)).toEqual([...PRESET_GROUPS]);
    expect(v.domains[0]?.title).toBe('callAdmin.preset.domain.culture');
    expect(checkValues(v, t)).toEqual({});
  });

  it('reads digits in any script', () => {
    expect(parseNumber('۱۲۰')).toBe(120);
    expect(parseNumber('٣٫٥')).toBe(3.5);
    expect(parseNumber(' ')).toBeNull();
    expect(parseNumber('12a')).toBeNaN();
  });

  it('finds errors under the server’s dotted paths', () => {
    const v = values({ title: ' ', closesDay: '2026-01-01', closesTime: '00:00', wordLimit: '5' });
    v.domains[1] = { ...v.domains[1]!, key: 'Bad Key' };
    v.domains[2] = { ...v.domains[2]!, key: 'culture' };
    v.audienceGroups[0] = { ...v.audienceGroups[0]!, title: '' };
    const e = checkValues(v, t);
    expect(Object.keys(e).sort()).toEqual(['audienceGroups.0.title', 'closesAt', 'domains.1.key', 'domains.2.key', 'title', 'wordLimit']);
    expect(e['domains.2.key']).toBe('callAdmin.error.keyDuplicate');
  });

  it('checks attachment rules only when attachments are allowed', () => {
    expect(checkValues(values({ attachmentsAllowed: false, maxMb: 'x', kinds: [] }), t)).toEqual({});
    const e = checkValues(values({ attachmentsAllowed: true, maxMb: '80', maxFiles: '0', kinds: [] }), t);
    expect(Object.keys(e).sort()).toEqual(['attachments.maxBytes', 'attachments.maxFiles', 'attachments.types']);
  });

  it('round-trips a call and sends only what changed', () => {
    const v = toFormValues(call);
    expect(v.kinds).toEqual(['pdf', 'image']);
    expect(v.maxMb).toBe('5');
    const input = toInput(v, call);
    expect(input.attachments).toEqual(call.attachments);
    expect(changedFields(input, call)).toEqual({});
    const edited = toInput({ ...v, title: 'Another', wordLimit: '' }, call);
    expect(changedFields(edited, call)).toEqual({ title: 'Another', wordLimit: null });
  });
});

describe('fillDays', () => {
  it('fills the days between with zeros, in order', () => {
    expect(
      fillDays([
        { day: '2026-01-03', count: 2 },
        { day: '2026-01-01', count: 1 },
      ]),
    ).toEqual([
      { day: '2026-01-01', count: 1 },
      { day: '2026-01-02', count: 0 },
      { day: '2026-01-03', count: 2 },
    ]);
    expect(fillDays([])).toEqual([]);
  });
});
