import { describe, expect, it } from 'vitest';
import { routePaths } from '../../app/routePaths';
import { isAppPath, isSearchable, readSearchState, searchParamsOf } from './searchModel';

describe('the search page URL', () => {
  it('reads the words, the kind and the community, ignoring an unknown kind', () => {
    expect(readSearchState(new URLSearchParams('q=%20بهره%20وري%20&kind=wiki&community=productivity-experts'))).toEqual({
      q: 'بهره وري',
      kind: 'wiki',
      community: 'productivity-experts',
    });
    expect(readSearchState(new URLSearchParams('kind=secrets&community='))).toEqual({ q: '', kind: null, community: null });
  });

  it('writes back only what is set, so a search can be shared and goes round', () => {
    const state = { q: 'علی & کتاب', kind: 'discussion' as const, community: null };
    const params = searchParamsOf(state);
    expect(params.toString()).toBe('q=%D8%B9%D9%84%DB%8C+%26+%DA%A9%D8%AA%D8%A7%D8%A8&kind=discussion');
    expect(readSearchState(params)).toEqual(state);
    expect(routePaths.search()).toBe('/search');
    expect(routePaths.search({ q: 'a b', community: 'x' })).toBe('/search?q=a+b&community=x');
  });

  it('searches only for letters or digits', () => {
    expect(isSearchable('۱۴۰۳')).toBe(true);
    expect(isSearchable('علي')).toBe(true);
    expect(isSearchable(' ‌ !?«»')).toBe(false);
  });

  it('follows only the app\'s own paths', () => {
    expect(isAppPath('/knowledge/1')).toBe(true);
    expect(isAppPath('/calls/1#contribution-2')).toBe(true);
    for (const p of ['//evil.example/x', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '']) expect(isAppPath(p), p).toBe(false);
  });
});
