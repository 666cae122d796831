import { describe, expect, it } from 'vitest';
import { firstUnreadNumber, mergePosts, postNumberFromHash, readUpTo, relativeTime } from './threadModel';

const posts = (...numbers: number[]) => numbers.map((number) => ({ number }));

describe('mergePosts', () => {
  it('joins pages in number order, each post once (the later copy wins)', () => {
    const pages = [{ posts: [{ number: 1, v: 'a' }, { number: 2, v: 'a' }] }, { posts: [{ number: 2, v: 'b' }, { number: 3, v: 'b' }] }];
    expect(mergePosts(pages)).toEqual([{ number: 1, v: 'a' }, { number: 2, v: 'b' }, { number: 3, v: 'b' }]);
  });
});

describe('firstUnreadNumber', () => {
  it('is the first post after the last one read', () => {
    expect(firstUnreadNumber(3, posts(1, 2, 3, 4, 5))).toBe(4);
    expect(firstUnreadNumber(3, posts(1, 2, 3, 6))).toBe(6);
  });

  it('is none when everything shown was read, or the thread was never opened', () => {
    expect(firstUnreadNumber(5, posts(1, 2, 3, 4, 5))).toBeNull();
    expect(firstUnreadNumber(null, posts(1, 2))).toBeNull();
    expect(firstUnreadNumber(undefined, posts(1, 2))).toBeNull();
  });
});

describe('readUpTo', () => {
  it('is the highest number shown, when that moves the marker forward', () => {
    expect(readUpTo(posts(1, 2, 7), 2)).toBe(7);
    expect(readUpTo(posts(1, 2), null)).toBe(2);
    expect(readUpTo(posts(1, 2), 2)).toBeNull();
    expect(readUpTo(posts(1, 2), 9)).toBeNull();
    expect(readUpTo([], null)).toBeNull();
  });
});

describe('postNumberFromHash', () => {
  it('reads #post-N and nothing else', () => {
    expect(postNumberFromHash('#post-7')).toBe(7);
    expect(postNumberFromHash('#post-')).toBeNull();
    expect(postNumberFromHash('#post-7x')).toBeNull();
    expect(postNumberFromHash('')).toBeNull();
  });
});

describe('relativeTime', () => {
  const now = Date.parse('2026-03-21T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();
  const clean = (s: string | null) => s?.replace(/[\u200E\u200F\u061C]/g, '');

  it('speaks English for en', () => {
    expect(relativeTime(ago(10_000), now, 'en')).toBe('now');
    expect(relativeTime(ago(5 * 60_000), now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3_600_000), now, 'en')).toBe('3 hours ago');
    expect(relativeTime(ago(86_400_000), now, 'en')).toBe('yesterday');
    expect(relativeTime(ago(3 * 86_400_000), now, 'en')).toBe('3 days ago');
  });

  it('uses Persian words and digits for fa-IR, Arabic-Indic digits for ar-SA', () => {
    expect(clean(relativeTime(ago(3 * 3_600_000), now, 'fa-IR'))).toBe('۳ ساعت پیش');
    expect(clean(relativeTime(ago(5 * 60_000), now, 'ar-SA-u-ca-islamic-umalqura'))).toMatch(/٥/);
  });

  it('gives up after a week (a date is shown instead), and treats the future as now', () => {
    expect(relativeTime(ago(8 * 86_400_000), now, 'en')).toBeNull();
    expect(relativeTime(new Date(now + 60_000).toISOString(), now, 'en')).toBe('now');
    expect(relativeTime('not a date', now, 'en')).toBeNull();
  });
});
