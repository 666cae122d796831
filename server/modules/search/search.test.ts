import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { signedInUser } from '../../../tests/support/builders.js';
import { ApiClient } from '../../../tests/support/client.js';
import { formedCommunity } from '../../../tests/support/communities.js';

type Segment = { text: string; hit: boolean };
type Result = { kind: string; id: string; title: Segment[]; snippet: Segment[]; path: string; community: { slug: string } | null };

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const find = async (client: ApiClient, q: string, extra = '') => {
  const res = await client.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as Result[];
};
const text = (segments: Segment[]) => segments.map((s) => s.text).join('');
const hits = (segments: Segment[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe('Persian and Arabic letter forms', () => {
  it('finds Persian text from a query typed with Arabic letters, and Arabic text from Persian letters, with the matched words marked', async () => {
    const c = await formedCommunity(t);
    // The title is Persian: «انجمن خبرگی بهره‌وری انرژی». Typed on an Arabic keyboard: ي and ك.
    const found = await find(new ApiClient(t.app), 'انرژي خبرگي');
    const community = found.find((r) => r.community?.slug === c.slug && r.kind === 'community');
    expect(community).toBeDefined();
    expect(hits(community!.title)).toEqual(['خبرگی', 'انرژی']);

    // A description written with Arabic letters, found with Persian ones (ی ک ه, no diacritics, Persian digits).
    expect((await c.chair.client.request('PATCH', `/api/communities/${encodeURIComponent(c.slug)}`, { description: 'كتابخانهٔ مُحَمَّد علي في مدرسة ١٤٠٣' })).status).toBe(200);
    for (const q of ['کتابخانه محمد علی', 'مدرسه', '۱۴۰۳', 'محــمد']) {
      const r = (await find(new ApiClient(t.app), q)).find((x) => x.community?.slug === c.slug);
      expect(r, q).toBeDefined();
      expect(text(r!.snippet)).toContain('كتابخانهٔ مُحَمَّد علي');
    }
    const r = (await find(new ApiClient(t.app), 'کتابخانه علی')).find((x) => x.community?.slug === c.slug)!;
    expect(hits(r.snippet)).toEqual(['كتابخانهٔ', 'علي']);
  });

  it('matches words typed without their ZWNJ or space by trigram similarity of the title', async () => {
    const c = await formedCommunity(t);
    for (const q of ['بهرهوری', 'بهرهوریانرژي']) {
      const found = await find(new ApiClient(t.app), q);
      expect(found.map((r) => r.community?.slug), q).toContain(c.slug);
    }
  });

  it('refuses a query with no letters or digits, naming the field', async () => {
    const res = await new ApiClient(t.app).get(`/api/search?q=${encodeURIComponent('؟!...')}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('q');
  });
});

describe('permissions', () => {
  it("never shows a private community or its content to outsiders and visitors; members and administrators find it; a dissolved one stays searchable for them", async () => {
    const c = await formedCommunity(t, { visibility: 'private' });
    // A unique word: the private community's description.
    expect((await c.chair.client.request('PATCH', `/api/communities/${encodeURIComponent(c.slug)}`, { description: 'واژهٔ رازآلود زمردین' })).status).toBe(200);
    const outsider = (await signedInUser(t)).client;
    expect(await find(new ApiClient(t.app), 'زمردین')).toEqual([]);
    expect(await find(outsider, 'زمردین')).toEqual([]);
    expect((await find(c.member.client, 'زمردین')).map((r) => r.community?.slug)).toEqual([c.slug]);
    expect((await find(c.admin, 'زمردین')).map((r) => r.community?.slug)).toEqual([c.slug]);
    // Asking for the community by slug does not reveal it either.
    expect((await outsider.get(`/api/search?q=${encodeURIComponent('زمردین')}&community=${encodeURIComponent(c.slug)}`)).status).toBe(404);

    expect((await c.admin.post(`/api/communities/${encodeURIComponent(c.slug)}/state`, { state: 'dissolved', reason: 'پایان دوره' })).status).toBe(200);
    expect((await find(c.member.client, 'زمردین')).map((r) => r.community?.slug)).toEqual([c.slug]);
    expect((await find(c.admin, 'زمردین')).map((r) => r.community?.slug)).toEqual([c.slug]);
    expect(await find(outsider, 'زمردین')).toEqual([]);
  });
});

describe('filters and ranking', () => {
  it('filters by kind and community, and ranks a title match above a match in the text', async () => {
    const a = await formedCommunity(t);
    const b = await formedCommunity(t);
    await a.chair.client.request('PATCH', `/api/communities/${encodeURIComponent(a.slug)}`, { title: 'شبکهٔ یاقوت سرخ' });
    await b.chair.client.request('PATCH', `/api/communities/${encodeURIComponent(b.slug)}`, { description: 'گفتگو دربارهٔ یاقوت در صنعت' });
    const visitor = new ApiClient(t.app);
    const both = await find(visitor, 'یاقوت');
    expect(both.map((r) => r.community?.slug)).toEqual([a.slug, b.slug]);
    expect((await find(visitor, 'یاقوت', `&community=${encodeURIComponent(b.slug)}`)).map((r) => r.community?.slug)).toEqual([b.slug]);
    expect(await find(visitor, 'یاقوت', '&kind=wiki')).toEqual([]);
    expect((await find(visitor, 'یاقوت', '&kind=community')).length).toBe(2);
    expect((await visitor.get('/api/search?q=x&kind=unknown')).status).toBe(400);
  });

  it('pages through many results without repeating one', async () => {
    const slugs = [];
    for (let i = 0; i < 5; i++) {
      const c = await formedCommunity(t);
      await c.chair.client.request('PATCH', `/api/communities/${encodeURIComponent(c.slug)}`, { description: `فیروزه ${i}` });
      slugs.push(c.slug);
    }
    const visitor = new ApiClient(t.app);
    const first = await visitor.get(`/api/search?q=${encodeURIComponent('فیروزه')}&limit=3`);
    expect(first.body.items).toHaveLength(3);
    const second = await visitor.get(`/api/search?q=${encodeURIComponent('فیروزه')}&limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.nextCursor).toBeNull();
    const seen = [...first.body.items, ...second.body.items].map((r: Result) => r.community?.slug);
    expect(new Set(seen)).toEqual(new Set(slugs));
  });
});

describe('call contributions', () => {
  const at = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000).toISOString();
  const callInput = (publicAfterClose: boolean) => ({
    title: 'فراخوان ایده‌های انرژی',
    summary: 'فراخوان جمع‌سپاری',
    description: 'شرح فراخوان',
    domains: [{ key: 'energy', title: 'انرژی', description: '' }],
    audienceGroups: [{ key: 'public', title: 'عموم مردم' }],
    opensAt: at(10),
    closesAt: at(70),
    blindReview: false,
    publicAfterClose,
    wordLimit: null,
    attachments: { allowed: false, maxBytes: 1024 * 1024, types: [], maxFiles: 0 },
  });

  it('shows a submitted contribution only once its call has closed and publishes its contributions; never drafts, withdrawn ones, or those of a call that keeps them private', async () => {
    const admin = (await signedInUser(t, { role: 'admin' })).client;
    const open = async (publicAfterClose: boolean) => {
      const created = await admin.post('/api/calls', callInput(publicAfterClose));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const call = created.body;
      const pub = await admin.post(`/api/calls/${call.id}/publish`);
      expect(pub.status, JSON.stringify(pub.body)).toBe(200);
      return call as { id: string; opensAt: string; closesAt: string };
    };
    const published = await open(true);
    const privateCall = await open(false);
    t.clock.set(published.opensAt);
    await t.runJobs();
    const author = (await signedInUser(t)).client;
    const submit = async (callId: string, title: string, submit = true) => {
      const res = await author.post(`/api/calls/${callId}/contributions`, { domainKey: 'energy', audienceGroup: 'public', title, body: 'بازیافت گرمای تلف‌شدهٔ کوره‌ها', submit });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const shown = await submit(published.id, 'پیشنهاد کهربایی یکم');
    const withdrawn = await submit(published.id, 'پیشنهاد کهربایی دوم');
    expect((await author.post(`/api/contributions/${withdrawn}/withdraw`)).status).toBe(200);
    await submit(published.id, 'پیشنهاد کهربایی پیش‌نویس', false);
    await submit(privateCall.id, 'پیشنهاد کهربایی پنهان');

    const visitor = new ApiClient(t.app);
    expect(await find(visitor, 'کهربایی')).toEqual([]);
    t.clock.set(published.closesAt);
    await t.runJobs();
    const found = await find(visitor, 'كهربايي');
    expect(found.map((r) => [r.kind, r.id])).toEqual([['contribution', shown]]);
    expect(found[0]!.community).toBeNull();
    expect(found[0]!.path).toBe(`/calls/${published.id}#contribution-${shown}`);
  });
});
