import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { ApiClient } from '../../../tests/support/client.js';
import { formedCommunity } from '../../../tests/support/communities.js';

describe('search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds a community', async () => {
    const { slug, admin } = await formedCommunity(t);
    const res = await new ApiClient(t.app).get(`/api/search?q=${encodeURIComponent('انرژي')}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    console.log(JSON.stringify(res.body, null, 1), slug, !!admin);
  });
});
