import { describe, expect, it } from 'vitest';
import { acceptsContributions, countdownParts, delayUntilNext, shownState, splitDuration, wordCount } from './time';

const call = (state: 'scheduled' | 'open' | 'closed' | 'draft') => ({ state, opensAt: '2026-03-01T08:00:00Z', closesAt: '2026-03-10T20:30:00Z' });
const at = (iso: string) => Date.parse(iso);

describe('shownState', () => {
  it('follows the clock between the server jobs', () => {
    expect(shownState(call('scheduled'), at('2026-02-28T00:00:00Z'))).toBe('scheduled');
    expect(shownState(call('scheduled'), at('2026-03-01T08:00:00Z'))).toBe('open');
    expect(shownState(call('open'), at('2026-03-10T20:29:59Z'))).toBe('open');
    expect(shownState(call('open'), at('2026-03-10T20:30:00Z'))).toBe('closed');
  });

  it('keeps manual and draft states as the server says', () => {
    expect(shownState(call('draft'), at('2026-03-05T00:00:00Z'))).toBe('draft');
    expect(shownState(call('closed'), at('2026-03-05T00:00:00Z'))).toBe('closed');
    expect(acceptsContributions(call('draft'), at('2026-03-05T00:00:00Z'))).toBe(false);
    expect(acceptsContributions(call('scheduled'), at('2026-03-05T00:00:00Z'))).toBe(true);
  });
});

describe('countdown', () => {
  it('splits a duration', () => {
    expect(splitDuration(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000)).toEqual({ days: 2, hours: 3, minutes: 4, seconds: 5 });
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });

  it('says the two largest units, leaving out a zero second one', () => {
    expect(countdownParts(((2 * 24 + 3) * 3600 + 60) * 1000)).toEqual([
      { unit: 'days', value: 2 },
      { unit: 'hours', value: 3 },
    ]);
    expect(countdownParts(2 * 86_400_000 + 59_000)).toEqual([{ unit: 'days', value: 2 }]);
    expect(countdownParts(9_000)).toEqual([{ unit: 'seconds', value: 9 }]);
    expect(countdownParts(0)).toEqual([]);
  });

  it('waits for the next instant ahead', () => {
    expect(delayUntilNext(['2026-03-01T08:00:00Z', '2026-03-10T20:30:00Z'], at('2026-03-01T07:59:59Z'))).toBe(1050);
    expect(delayUntilNext(['2026-03-01T08:00:00Z'], at('2026-03-02T00:00:00Z'))).toBeNull();
    expect(delayUntilNext(['2030-01-01T00:00:00Z'], at('2026-01-01T00:00:00Z'))).toBe(2_147_483_647);
  });
});

describe('wordCount', () => {
  it('counts runs of non-space characters, a ZWNJ joining', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  سیاست‌های  کلی\nبرنامه هفتم ')).toBe(4);
    expect(wordCount('one two\tthree')).toBe(3);
  });
});
