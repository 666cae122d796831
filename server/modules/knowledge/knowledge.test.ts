import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { signedInUser } from '../../../tests/support/builders.js';
import { ApiClient } from '../../../tests/support/client.js';
import { formedCommunity } from '../../../tests/support/communities.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-02-01T08:00:00Z');
  admin = await signedInUser(t, { role: 'admin' });
});
afterAll(() => t.close());

const fieldsOf = (body: { errors?: { field: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`).sort();
type Community = Awaited<ReturnType<typeof formedCommunity>>;
const community = (options: Parameters<typeof formedCommunity>[1] = {}) => formedCommunity(t, { admin: admin.client, ...options });

const page = (over: Record<string, unknown> = {}) => ({
  kind: 'page',
  title: 'راهنمای انجمن',
  body: 'این صفحه شیوهٔ کار انجمن را شرح می‌دهد.',
  parentId: null,
  tags: ['راهنما'],
  ...over,
});
async function create(c: Community, over: Record<string, unknown> = {}, client = c.member.client) {
  const res = await client.post(`/api/communities/${c.slug}/knowledge`, page(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; revision: number; title: string; body: string };
}
const edit = (client: ApiClient, id: string, input: Record<string, unknown>) => client.request('PUT', `/api/knowledge/${id}`, { ...page(), ...input });
const listOf = async (client: ApiClient, slug: string, query = '') => (await client.get(`/api/communities/${slug}/knowledge${query}`)).body;

describe('pages and revisions', () => {
  it('a member writes a page in the hierarchy; each edit is a numbered revision; unchanged text saves nothing', async () => {
    const c = await community();
    const top = await create(c, { title: 'راهنمای انجمن' });
    const sub = await create(c, { title: 'عضویت و نقش‌ها', parentId: top.id, body: 'نسخهٔ نخست.', tags: [' عضویت ', 'نقش‌ها', 'عضويت'] }, c.secretary.client);
    expect(sub).toMatchObject({ revision: 1, tags: ['عضویت', 'نقش‌ها'], ancestors: [{ id: top.id, title: 'راهنمای انجمن' }], permissions: { edit: true, rate: true } });

    const second = await edit(c.chair.client, sub.id, { title: 'عضویت و نقش‌ها', parentId: top.id, body: 'نسخهٔ دوم با توضیح بیشتر.', baseRevision: 1, note: 'افزودن توضیح' });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    const third = await edit(c.member.client, sub.id, { title: 'عضویت، نقش‌ها و وظایف', parentId: top.id, body: 'نسخهٔ سوم.', baseRevision: 2 });
    expect(third.body.revision).toBe(3);
    // Saving the same text again makes no revision 4.
    const same = await edit(c.member.client, sub.id, { title: 'عضویت، نقش‌ها و وظایف', parentId: top.id, body: 'نسخهٔ سوم.', baseRevision: 3 });
    expect(same.status).toBe(200);

    const item = (await new ApiClient(t.app).get(`/api/knowledge/${sub.id}`)).body;
    expect(item.revision).toBe(3);
    expect(item.revisions.map((r: { number: number; note: string; author: { name: string } }) => [r.number, r.note])).toEqual([
      [1, ''],
      [2, 'افزودن توضیح'],
      [3, ''],
    ]);
    expect(item.revisions[1].author.name).toBe('علی رضایی');
    expect((await new ApiClient(t.app).get(`/api/knowledge/${sub.id}/revisions/1`)).body).toMatchObject({ number: 1, title: 'عضویت و نقش‌ها', body: 'نسخهٔ نخست.' });
    expect((await new ApiClient(t.app).get(`/api/knowledge/${sub.id}/revisions/4`)).status).toBe(404);

    // The parent lists its child; the community's list draws the tree; a visitor may not write.
    const parent = (await new ApiClient(t.app).get(`/api/knowledge/${top.id}`)).body;
    expect(parent.children).toEqual([{ id: sub.id, title: 'عضویت، نقش‌ها و وظایف', kind: 'page' }]);
    expect(parent.permissions).toEqual({ edit: false, rate: false });
    const list = await listOf(new ApiClient(t.app), c.slug);
    expect(list.canCreate).toBe(false);
    expect(list.items.map((i: { id: string; parentId: string | null; revision: number }) => [i.id, i.parentId, i.revision])).toEqual(
      expect.arrayContaining([
        [top.id, null, 1],
        [sub.id, top.id, 3],
      ]),
    );
    expect((await listOf(c.member.client, c.slug)).canCreate).toBe(true);
  });

  it('a tag-only change saves in place without a new revision; kinds, tags and words filter the list', async () => {
    const c = await community();
    const cs = await create(c, { kind: 'case_study', title: 'مطالعه موردی: کاهش مصرف انرژی', tags: ['انرژی', 'فولاد'] });
    await create(c, { kind: 'lesson_learned', title: 'درس‌آموخته از پروژهٔ سیمان', tags: ['انرژي'] });
    await create(c, { kind: 'best_practice', title: 'بهترین تجربه در نگهداشت', tags: [] });
    const retagged = await edit(c.member.client, cs.id, { kind: 'case_study', title: 'مطالعه موردی: کاهش مصرف انرژی', tags: ['انرژی', 'فولاد', 'مبارکه'], baseRevision: 1 });
    expect(retagged.body).toMatchObject({ revision: 1, tags: ['انرژی', 'فولاد', 'مبارکه'] });

    const titles = async (q: string) => (await listOf(c.member.client, c.slug, q)).items.map((i: { title: string }) => i.title).sort();
    expect(await titles('?kind=case_study')).toEqual(['مطالعه موردی: کاهش مصرف انرژی']);
    // «انرژي» typed with an Arabic yeh is the same tag.
    expect(await titles(`?tag=${encodeURIComponent('انرژي')}`)).toEqual(['درس‌آموخته از پروژهٔ سیمان', 'مطالعه موردی: کاهش مصرف انرژی']);
    expect(await titles(`?q=${encodeURIComponent('سيمان')}`)).toEqual(['درس‌آموخته از پروژهٔ سیمان']);
    const tags = (await c.member.client.get(`/api/communities/${c.slug}/knowledge/tags`)).body.items;
    expect(tags[0]).toEqual({ tag: 'انرژی', count: 2 });
    expect(tags).toContainEqual({ tag: 'مبارکه', count: 1 });
  });

  it('every create, edit and revert reaches search, tags included; a word typed with Arabic letters finds the page', async () => {
    const c = await community();
    const item = await create(c, { title: 'بازیافت حرارت کوره', body: 'گزارش تجربهٔ یک کارخانه.', tags: ['کوره'] });
    const search = async (q: string) => (await c.member.client.get(`/api/search?q=${encodeURIComponent(q)}&kind=wiki`)).body.items.map((i: { id: string }) => i.id);
    await edit(c.member.client, item.id, { title: 'بازیافت حرارت کوره', body: 'گزارش تجربهٔ کارخانهٔ زنجان با پیش‌گرمکن.', tags: ['کوره', 'پیش‌گرمکن'], baseRevision: 1 });
    // «زنجان» and «کارخانهٔ» with Arabic kaf and yeh, and a tag.
    expect(await search('كارخانه زنجان')).toEqual([item.id]);
    expect(await search('پیش‌گرمکن')).toEqual([item.id]);
    await c.member.client.post(`/api/knowledge/${item.id}/revert`, { revision: 1, baseRevision: 2 });
    expect(await search('زنجان')).toEqual([]);
    expect(await search('يك كارخانه')).toEqual([item.id]);
  });
});

describe('edit conflicts', () => {
  it("two people load revision 1; the first saves; the second's save is refused with the first one's text, nothing saved; on the new base it passes", async () => {
    const c = await community();
    const item = await create(c, { title: 'عضویت', body: 'متن نخست.' });
    const first = await edit(c.secretary.client, item.id, { title: 'عضویت', body: 'متن دبیر: شرایط عضویت.', baseRevision: 1, note: 'شرایط' });
    expect(first.status).toBe(200);

    const second = await edit(c.member.client, item.id, { title: 'عضویت در انجمن', body: 'متن عضو: گام‌های پیوستن.', baseRevision: 1 });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      code: 'edit_conflict',
      detail: expect.stringContaining('saved this page in the meantime'),
      current: { revision: 2, title: 'عضویت', body: 'متن دبیر: شرایط عضویت.', author: { name: 'عضو هسته 2' } },
    });
    expect(second.body.current.createdAt).toBe(t.clock.now().toISOString());
    const fa = await new ApiClient(t.app, 'fa').get(`/api/knowledge/${item.id}`);
    expect(fa.body).toMatchObject({ revision: 2, title: 'عضویت', body: 'متن دبیر: شرایط عضویت.' });
    expect(fa.body.revisions).toHaveLength(2);

    // In Persian the message says what happened.
    const again = await c.member.client.request('PUT', `/api/knowledge/${item.id}`, { ...page(), title: 'x', body: 'y', baseRevision: 1 }, { 'accept-language': 'fa' });
    expect(again.body.detail).toContain('این صفحه در این فاصله ویرایش شده است');

    const merged = await edit(c.member.client, item.id, { title: 'عضویت در انجمن', body: 'متن دبیر: شرایط عضویت.\n\nمتن عضو: گام‌های پیوستن.', baseRevision: 2 });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ revision: 3, title: 'عضویت در انجمن' });
  });

  it('two saves sent at the same moment on the same base: one passes, the other is a conflict', async () => {
    const c = await community();
    const item = await create(c);
    const [a, b] = await Promise.all([
      edit(c.member.client, item.id, { body: 'نسخهٔ الف', baseRevision: 1 }),
      edit(c.secretary.client, item.id, { body: 'نسخهٔ ب', baseRevision: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const after = (await c.member.client.get(`/api/knowledge/${item.id}`)).body;
    expect(after.revision).toBe(2);
    expect(after.revisions).toHaveLength(2);
  });

  it('a revert is a new revision with the old text, under the same conflict rule', async () => {
    const c = await community();
    const item = await create(c, { title: 'نسخهٔ یک', body: 'متن یک' });
    await edit(c.member.client, item.id, { title: 'نسخهٔ دو', body: 'متن دو', baseRevision: 1 });
    const stale = await c.chair.client.post(`/api/knowledge/${item.id}/revert`, { revision: 1, baseRevision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ revision: 2, body: 'متن دو' });
    const reverted = await c.chair.client.request('POST', `/api/knowledge/${item.id}/revert`, { revision: 1, baseRevision: 2 }, { 'accept-language': 'fa' });
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ revision: 3, title: 'نسخهٔ یک', body: 'متن یک' });
    expect(reverted.body.revisions.at(-1)).toMatchObject({ number: 3, note: 'بازگردانی به نسخهٔ ۱', author: { name: 'علی رضایی' } });
    const missing = await c.chair.client.post(`/api/knowledge/${item.id}/revert`, { revision: 9, baseRevision: 3 });
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)).toEqual(['revision:noSuchRevision']);
  });
});

describe('meeting minutes', () => {
  it('are read, rated and placed like any page, but edited only from their meeting', async () => {
    const c = await community();
    const communityId = (await listOf(c.member.client, c.slug)).community.id;
    // Published minutes arrive from the meetings module through publish().
    const id = await t.app.services.knowledge.publish(t.database.db, { communityId, kind: 'meeting_minutes', title: 'صورتجلسهٔ نشست بهمن', body: 'مصوبات نشست.', authorId: c.secretary.me.id });
    const item = (await c.secretary.client.get(`/api/knowledge/${id}`)).body;
    expect(item).toMatchObject({ kind: 'meeting_minutes', revision: 1, permissions: { edit: false, rate: true } });
    const edited = await edit(c.secretary.client, id, { kind: 'page', title: 'صورتجلسه', body: 'متن دیگر', baseRevision: 1 });
    expect([edited.status, edited.body.code]).toEqual([409, 'minutes_from_meeting']);
    const reverted = await c.secretary.client.post(`/api/knowledge/${id}/revert`, { revision: 1, baseRevision: 1 });
    expect([reverted.status, reverted.body.code]).toEqual([409, 'minutes_from_meeting']);
    expect((await c.member.client.request('PUT', `/api/knowledge/${id}/rating`, { stars: 4 })).status).toBe(200);
    // A page may sit under the minutes (e.g. a follow-up report).
    const followUp = await create(c, { title: 'گزارش پیگیری مصوبات', parentId: id });
    expect((await c.member.client.get(`/api/knowledge/${followUp.id}`)).body.ancestors).toEqual([{ id, title: 'صورتجلسهٔ نشست بهمن' }]);
  });
});

describe('bad input', () => {
  it('names each bad field and saves nothing: empty title, 11 tags, unknown kind, minutes, a parent elsewhere, a cycle', async () => {
    const c = await community();
    const other = await community();
    const elsewhere = await create(other);
    const top = await create(c, { title: 'بالا' });
    const below = await create(c, { title: 'پایین', parentId: top.id });
    const count = async () => (await listOf(c.member.client, c.slug)).items.length;

    const bad = await c.member.client.post(`/api/communities/${c.slug}/knowledge`, page({ title: '', kind: 'poem', tags: Array.from({ length: 11 }, (_, i) => `برچسب ${i}`) }));
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['kind:enum', 'tags:maxItems', 'title:required']);
    const blank = await c.member.client.post(`/api/communities/${c.slug}/knowledge`, page({ title: '   ', tags: ['خوب', '  '] }));
    expect(fieldsOf(blank.body)).toEqual(['tags.1:required', 'title:required']);
    const long = await c.member.client.post(`/api/communities/${c.slug}/knowledge`, page({ title: 'ب'.repeat(201), tags: ['ت'.repeat(41)] }));
    expect(fieldsOf(long.body)).toEqual(['tags.0:maxLength', 'title:maxLength']);
    const minutes = await c.member.client.post(`/api/communities/${c.slug}/knowledge`, page({ kind: 'meeting_minutes' }));
    expect(fieldsOf(minutes.body)).toEqual(['kind:enum']);
    const foreign = await c.member.client.post(`/api/communities/${c.slug}/knowledge`, page({ parentId: elsewhere.id }));
    expect(fieldsOf(foreign.body)).toEqual(['parentId:knowledgeParent']);
    expect(await count()).toBe(2);

    const cycle = await edit(c.member.client, top.id, { title: 'بالا', parentId: below.id, baseRevision: 1 });
    expect(cycle.status).toBe(400);
    expect(fieldsOf(cycle.body)).toEqual(['parentId:knowledgeCycle']);
    const self = await edit(c.member.client, top.id, { title: 'بالا', parentId: top.id, baseRevision: 1 });
    expect(fieldsOf(self.body)).toEqual(['parentId:knowledgeCycle']);
    const emptied = await edit(c.member.client, top.id, { title: ' ', body: 'متن تازه', baseRevision: 1 });
    expect(fieldsOf(emptied.body)).toEqual(['title:required']);
    const noBase = await c.member.client.request('PUT', `/api/knowledge/${top.id}`, page({ title: 'بالا' }));
    expect(fieldsOf(noBase.body)).toEqual(['baseRevision:required']);
    const after = (await c.member.client.get(`/api/knowledge/${top.id}`)).body;
    expect(after).toMatchObject({ parentId: null, title: 'بالا', revision: 1 });
  });
});

describe('ratings', () => {
  it('members rate 1–5, one rating each (changeable); the average and count follow; outsiders and visitors may not', async () => {
    const c = await community();
    const item = await create(c);
    const rate = (client: ApiClient, stars: unknown) => client.request('PUT', `/api/knowledge/${item.id}/rating`, { stars });
    for (const stars of [0, 6, 2.5, 'پنج']) {
      const res = await rate(c.member.client, stars);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)[0]).toMatch(/^stars:/);
    }
    expect(await rate(c.member.client, 5).then((r) => r.body)).toEqual({ average: 5, count: 1, mine: 5 });
    expect(await rate(c.chair.client, 2).then((r) => r.body)).toEqual({ average: 3.5, count: 2, mine: 2 });
    // Rating again replaces the member's rating.
    expect(await rate(c.member.client, 3).then((r) => r.body)).toEqual({ average: 2.5, count: 2, mine: 3 });
    expect((await c.member.client.get(`/api/knowledge/${item.id}`)).body.rating).toEqual({ average: 2.5, count: 2, mine: 3 });
    expect((await new ApiClient(t.app).get(`/api/knowledge/${item.id}`)).body.rating).toEqual({ average: 2.5, count: 2, mine: null });
    expect((await listOf(c.member.client, c.slug)).items[0].rating).toEqual({ average: 2.5, count: 2 });

    const outsider = await signedInUser(t);
    expect((await rate(outsider.client, 4)).status).toBe(403);
    expect((await rate(admin.client, 4)).status).toBe(403);
    expect((await rate(new ApiClient(t.app), 4)).status).toBe(401);
  });
});

describe('private and dissolved communities', () => {
  it('a private community’s knowledge is 404 to outsiders on every route, and open to its members', async () => {
    const c = await community({ visibility: 'private', joinPolicy: 'invitation' });
    const item = await create(c);
    const outsider = await signedInUser(t);
    for (const client of [outsider.client, new ApiClient(t.app)]) {
      expect((await client.get(`/api/communities/${c.slug}/knowledge`)).status).toBe(404);
      expect((await client.get(`/api/communities/${c.slug}/knowledge/tags`)).status).toBe(404);
      expect((await client.get(`/api/knowledge/${item.id}`)).status).toBe(404);
      expect((await client.get(`/api/knowledge/${item.id}/revisions/1`)).status).toBe(404);
    }
    expect((await outsider.client.post(`/api/communities/${c.slug}/knowledge`, page())).status).toBe(404);
    expect((await edit(outsider.client, item.id, { baseRevision: 1, body: 'x' })).status).toBe(404);
    expect((await outsider.client.post(`/api/knowledge/${item.id}/revert`, { revision: 1, baseRevision: 1 })).status).toBe(404);
    expect((await outsider.client.request('PUT', `/api/knowledge/${item.id}/rating`, { stars: 5 })).status).toBe(404);
    const found = async (client: ApiClient) => (await client.get(`/api/search?q=${encodeURIComponent('شیوهٔ کار انجمن')}&kind=wiki&limit=50`)).body.items.map((i: { id: string }) => i.id);
    expect(await found(outsider.client)).not.toContain(item.id);
    expect(await found(c.member.client)).toContain(item.id);
    expect((await c.member.client.get(`/api/knowledge/${item.id}`)).status).toBe(200);
    expect((await admin.client.get(`/api/knowledge/${item.id}`)).status).toBe(200);
  });

  it('a dissolved community’s knowledge stays readable to its members and administrators; every write is 409', async () => {
    const c = await community({ visibility: 'private', joinPolicy: 'invitation' });
    const item = await create(c);
    const dissolved = await admin.client.post(`/api/communities/${c.slug}/state`, { state: 'dissolved', reason: 'پایان دوره' });
    expect(dissolved.status, JSON.stringify(dissolved.body)).toBe(200);

    const read = await c.member.client.get(`/api/knowledge/${item.id}`);
    expect(read.body).toMatchObject({ community: { state: 'dissolved' }, permissions: { edit: false, rate: false } });
    expect((await listOf(c.member.client, c.slug)).canCreate).toBe(false);
    expect((await admin.client.get(`/api/communities/${c.slug}/knowledge`)).status).toBe(200);
    const writes = [
      await c.member.client.post(`/api/communities/${c.slug}/knowledge`, page()),
      await edit(c.member.client, item.id, { body: 'تازه', baseRevision: 1 }),
      await c.member.client.post(`/api/knowledge/${item.id}/revert`, { revision: 1, baseRevision: 1 }),
      await c.member.client.request('PUT', `/api/knowledge/${item.id}/rating`, { stars: 4 }),
    ];
    expect(writes.map((w) => [w.status, w.body.code])).toEqual(Array(4).fill([409, 'community_dissolved']));
    expect((await c.member.client.get(`/api/search?q=${encodeURIComponent('شیوهٔ کار')}&kind=wiki&community=${encodeURIComponent(c.slug)}`)).body.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
  });
});
