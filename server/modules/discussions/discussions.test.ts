import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { signedInUser } from '../../../tests/support/builders.js';
import { ApiClient } from '../../../tests/support/client.js';
import { formedCommunity } from '../../../tests/support/communities.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  t = await startTestApp({ smtp: true });
  t.clock.set('2026-02-01T08:00:00Z');
  admin = await signedInUser(t, { role: 'admin' });
});
afterAll(() => t.close());

type Person = { id: string; name: string };
interface Post {
  id: string;
  number: number;
  author: Person;
  body: string;
  quote: { postId: string; number: number; author: Person; excerpt: string } | null;
  editedAt: string | null;
  deleted: boolean;
  deletedBy: 'author' | 'moderator' | null;
  canEdit: boolean;
  canDelete: boolean;
}
interface Summary {
  id: string;
  title: string;
  pinned: boolean;
  replies: number;
  unread: number | null;
  following: boolean;
  lastPoster: Person | null;
}

const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field).sort();
const community = (options: Parameters<typeof formedCommunity>[1] = {}) => formedCommunity(t, { admin: admin.client, ...options });
const put = (client: ApiClient, url: string, body: unknown = {}) => client.request('PUT', url, body);
const del = (client: ApiClient, url: string) => client.request('DELETE', url);
const tick = () => t.clock.advance(60_000);

async function start(client: ApiClient, slug: string, title: string, body: string) {
  tick();
  const res = await client.post(`/api/communities/${slug}/discussions`, { title, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; posts: Post[] };
}
async function reply(client: ApiClient, threadId: string, body: string, quotePostId?: string) {
  tick();
  const res = await client.post(`/api/discussions/${threadId}/posts`, { body, ...(quotePostId ? { quotePostId } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Post;
}
const thread = async (client: ApiClient, id: string, query = '') => {
  const res = await client.get(`/api/discussions/${id}${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { postCount: number; title: string; pinned: boolean; locked: boolean; lastReadNumber: number | null; following: boolean; permissions: Record<string, boolean>; posts: Post[]; nextFrom: number | null };
};
const list = async (client: ApiClient, slug: string) => {
  const res = await client.get(`/api/communities/${slug}/discussions`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Summary[]; nextCursor: string | null; canStart: boolean };
};
const summaryOf = async (client: ApiClient, slug: string, id: string) => (await list(client, slug)).items.find((s) => s.id === id)!;
const mention = (p: { me: { id: string } }, name = 'همکار') => `[@${name}](/users/${p.me.id})`;
const search = async (client: ApiClient, q: string) => {
  const res = await client.get(`/api/search?q=${encodeURIComponent(q)}&kind=discussion`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as { id: string; path: string; context: string }[];
};

describe('threads and replies', () => {
  it('a member starts a thread, others reply and quote; the thread reads in order and the list sums it up', async () => {
    const c = await community();
    const started = await start(c.member.client, c.slug, 'تجربهٔ اجرای نظام پیشنهادها', 'در کارخانهٔ ما **نظام پیشنهادها** از سال ۱۴۰۰ اجرا شده است. تجربهٔ شما چیست؟');
    expect(started.posts).toHaveLength(1);
    expect(started.posts[0]).toMatchObject({ number: 1, author: { id: c.member.me.id }, quote: null, deleted: false, canEdit: true });
    const first = await reply(c.facilitator.client, started.id, 'ما پاداش را به نتیجهٔ اجرا گره زدیم.');
    const quoting = await reply(c.chair.client, started.id, 'با این نکته موافقم.', first.id);
    expect(quoting).toMatchObject({ number: 3, quote: { postId: first.id, number: 2, author: { id: c.facilitator.me.id }, excerpt: 'ما پاداش را به نتیجهٔ اجرا گره زدیم.' } });

    const view = await thread(new ApiClient(t.app), started.id);
    expect(view.posts.map((p) => [p.number, p.author.id])).toEqual([
      [1, c.member.me.id],
      [2, c.facilitator.me.id],
      [3, c.chair.me.id],
    ]);
    expect(view.posts[0]!.body).toContain('**نظام پیشنهادها**');
    expect(view).toMatchObject({ postCount: 3, nextFrom: null, lastReadNumber: null, permissions: { reply: false, moderate: false, follow: false, report: false } });
    expect(view.posts.every((p) => !p.canEdit && !p.canDelete)).toBe(true);

    // Paging from a post number.
    const page = await thread(c.member.client, started.id, '?from=2&limit=1');
    expect(page.posts.map((p) => p.number)).toEqual([2]);
    expect(page.nextFrom).toBe(3);

    const summary = await summaryOf(new ApiClient(t.app), c.slug, started.id);
    expect(summary).toMatchObject({ title: 'تجربهٔ اجرای نظام پیشنهادها', replies: 2, lastPoster: { id: c.chair.me.id }, unread: null, following: false });
    expect((await list(new ApiClient(t.app), c.slug)).canStart).toBe(false);
    expect((await list(c.member.client, c.slug)).canStart).toBe(true);
  });

  it('refuses bad input naming each field, and saves nothing', async () => {
    const c = await community();
    const bad = await c.member.client.post(`/api/communities/${c.slug}/discussions`, { title: '', body: 'x'.repeat(20001) });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['body', 'title']);
    const blank = await c.member.client.post(`/api/communities/${c.slug}/discussions`, { title: '   ', body: '\n \n' });
    expect(blank.status).toBe(400);
    expect(fieldsOf(blank.body)).toEqual(['body', 'title']);
    expect((await list(c.member.client, c.slug)).items).toEqual([]);

    const one = await start(c.member.client, c.slug, 'گفتگوی یکم', 'متن یکم');
    const two = await start(c.member.client, c.slug, 'گفتگوی دوم', 'متن دوم');
    const elsewhere = await c.chair.client.post(`/api/discussions/${two.id}/posts`, { body: 'نقل از جای دیگر', quotePostId: one.posts[0]!.id });
    expect(elsewhere.status).toBe(400);
    expect(fieldsOf(elsewhere.body)).toEqual(['quotePostId']);
    const tooLong = await c.chair.client.post(`/api/discussions/${two.id}/posts`, { body: 'x'.repeat(20001) });
    expect(fieldsOf(tooLong.body)).toEqual(['body']);
    expect((await thread(c.chair.client, two.id)).postCount).toBe(1);
    expect((await summaryOf(c.chair.client, c.slug, two.id)).replies).toBe(0);
  });
});

describe('mentions and followers', () => {
  it('mails each person mentioned once, not the author nor non-members of a private community; an edit mails only the newly mentioned', async () => {
    const c = await community({ visibility: 'private' });
    const outsider = await signedInUser(t);
    const body = `${mention(c.facilitator, 'مریم')} و ${mention(c.facilitator, 'مریم')}، ${mention(outsider)} و ${mention(c.member)}: نظرتان دربارهٔ \`[@x](/users/${c.chair.me.id})\` چیست؟`;
    const started = await start(c.member.client, c.slug, 'هماهنگی کارگاه', body);
    await t.runJobs();
    const mail = await t.smtp!.waitFor(c.facilitator.email, 10_000, (m) => m.subject.includes('هماهنگی کارگاه'));
    expect(mail.subject).toBe('از شما در گفتگوی «هماهنگی کارگاه» نام برده شد');
    expect(mail.text).toContain(`/discussions/${started.id}#post-1`);
    expect(t.smtp!.to(c.facilitator.email).filter((m) => m.subject.includes('هماهنگی کارگاه'))).toHaveLength(1);
    expect(t.smtp!.to(outsider.email)).toHaveLength(0);
    expect(t.smtp!.to(c.member.email).filter((m) => m.subject.includes('هماهنگی کارگاه'))).toHaveLength(0);
    // A link inside code is not a mention.
    expect(t.smtp!.to(c.chair.email).filter((m) => m.subject.includes('هماهنگی کارگاه'))).toHaveLength(0);

    tick();
    const edited = await c.member.client.patch(`/api/posts/${started.posts[0]!.id}`, { body: `${body} ${mention(c.secretary)}` });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    await t.runJobs();
    await t.smtp!.waitFor(c.secretary.email, 10_000, (m) => m.subject.includes('هماهنگی کارگاه'));
    expect(t.smtp!.to(c.facilitator.email).filter((m) => m.subject.includes('هماهنگی کارگاه'))).toHaveLength(1);
    expect(t.smtp!.to(outsider.email)).toHaveLength(0);
  });

  it('mails followers about new posts (the poster and those mentioned excepted); unfollowing stops it', async () => {
    const c = await community();
    const started = await start(c.member.client, c.slug, 'شاخص‌های بهره‌وری نیروی کار', 'کدام شاخص را پایش می‌کنید؟');
    await reply(c.facilitator.client, started.id, 'سرانهٔ ارزش افزوده.');
    expect((await put(c.secretary.client, `/api/discussions/${started.id}/follow`)).status).toBe(204);
    expect((await thread(c.secretary.client, started.id)).following).toBe(true);
    await reply(c.chair.client, started.id, `پیشنهاد من بهره‌وری کل عوامل است؛ ${mention(c.facilitator)} موافقید؟`);
    await t.runJobs();
    const about = (email: string, kind: 'reply' | 'mention') =>
      t.smtp!.to(email).filter((m) => m.subject === (kind === 'reply' ? 'پاسخ تازه در گفتگوی «شاخص‌های بهره‌وری نیروی کار»' : 'از شما در گفتگوی «شاخص‌های بهره‌وری نیروی کار» نام برده شد'));
    await t.smtp!.waitFor(c.member.email, 10_000, (m) => m.subject.startsWith('پاسخ تازه'));
    await t.smtp!.waitFor(c.secretary.email, 10_000, (m) => m.subject.startsWith('پاسخ تازه'));
    await t.smtp!.waitFor(c.facilitator.email, 10_000, (m) => m.subject.startsWith('از شما'));
    // The author follows automatically: mailed about posts 2 and 3, with links to them.
    expect(about(c.member.email, 'reply').map((m) => m.text.match(/\/discussions\/\S+/)?.[0]).sort()).toEqual([2, 3].map((n) => `/discussions/${started.id}#post-${n}`));
    expect(about(c.facilitator.email, 'reply')).toHaveLength(0);
    expect(about(c.chair.email, 'reply')).toHaveLength(0);

    expect((await del(c.secretary.client, `/api/discussions/${started.id}/follow`)).status).toBe(204);
    await reply(c.member.client, started.id, 'ممنون از همه.');
    await t.runJobs();
    await t.smtp!.waitFor(c.chair.email, 10_000, (m) => m.subject.startsWith('پاسخ تازه'));
    expect(about(c.facilitator.email, 'reply')).toHaveLength(1);
    expect(about(c.secretary.email, 'reply')).toHaveLength(1);
    expect(about(c.member.email, 'reply')).toHaveLength(2);
    expect((await summaryOf(c.secretary.client, c.slug, started.id)).following).toBe(false);
  });
});

describe('reading places', () => {
  it('unread counts follow PUT read and never go back', async () => {
    const c = await community();
    const started = await start(c.member.client, c.slug, 'گزارش پایش ماهانه', 'گزارش بهمن آماده است.');
    // Never opened: everything is unread; one's own thread is read.
    expect((await summaryOf(c.chair.client, c.slug, started.id)).unread).toBe(1);
    expect((await summaryOf(c.member.client, c.slug, started.id)).unread).toBe(0);
    expect((await put(c.chair.client, `/api/discussions/${started.id}/read`, { number: 1 })).status).toBe(204);
    expect((await summaryOf(c.chair.client, c.slug, started.id)).unread).toBe(0);
    await reply(c.member.client, started.id, 'جدول پیوست شد.');
    await reply(c.facilitator.client, started.id, 'سپاس.');
    expect((await summaryOf(c.chair.client, c.slug, started.id)).unread).toBe(2);
    expect((await thread(c.chair.client, started.id)).lastReadNumber).toBe(1);
    expect((await put(c.chair.client, `/api/discussions/${started.id}/read`, { number: 3 })).status).toBe(204);
    expect((await put(c.chair.client, `/api/discussions/${started.id}/read`, { number: 2 })).status).toBe(204);
    expect((await summaryOf(c.chair.client, c.slug, started.id)).unread).toBe(0);
    expect((await thread(c.chair.client, started.id)).lastReadNumber).toBe(3);
    const beyond = await put(c.chair.client, `/api/discussions/${started.id}/read`, { number: 4 });
    expect(beyond.status).toBe(400);
    expect(fieldsOf(beyond.body)).toEqual(['number']);
    // A signed-in outsider of a public community has a place too.
    const outsider = await signedInUser(t);
    expect((await summaryOf(outsider.client, c.slug, started.id)).unread).toBe(3);
  });
});

describe('editing and deleting', () => {
  it('an edit keeps the earlier text and marks the post edited; an unchanged body saves nothing; only the author edits', async () => {
    const c = await community();
    const started = await start(c.member.client, c.slug, 'ابزارهای پایش', 'استفاده از Excel برای پایش شاخص‌ها');
    const postId = started.posts[0]!.id;
    tick();
    const first = await c.member.client.patch(`/api/posts/${postId}`, { body: 'استفاده از Excel و Power BI برای پایش شاخص‌ها' });
    expect(first.status).toBe(200);
    expect(first.body.editedAt).toBe(t.clock.now().toISOString());
    tick();
    await c.member.client.patch(`/api/posts/${postId}`, { body: 'نسخهٔ سوم' });
    const same = await c.member.client.patch(`/api/posts/${postId}`, { body: 'نسخهٔ سوم' });
    expect(same.status).toBe(200);
    const revisions = await new ApiClient(t.app).get(`/api/posts/${postId}/revisions`);
    expect(revisions.body.map((r: { body: string }) => r.body)).toEqual(['استفاده از Excel برای پایش شاخص‌ها', 'استفاده از Excel و Power BI برای پایش شاخص‌ها']);
    expect((await thread(c.chair.client, started.id)).posts[0]).toMatchObject({ body: 'نسخهٔ سوم', canEdit: false, canDelete: true });
    expect((await c.chair.client.patch(`/api/posts/${postId}`, { body: 'ویرایش دیگری' })).status).toBe(403);
    const blank = await c.member.client.patch(`/api/posts/${postId}`, { body: '  ' });
    expect(fieldsOf(blank.body)).toEqual(['body']);
    expect((await new ApiClient(t.app).get(`/api/posts/${postId}/revisions`)).body).toHaveLength(2);
  });

  it('deleting leaves a tombstone without its text, out of search; quotes of it go blank', async () => {
    const c = await community();
    const started = await start(c.member.client, c.slug, 'درس‌آموخته‌های پروژهٔ کایزن', 'متن آغازین');
    const gone = await reply(c.secretary.client, started.id, 'واژهٔ ویژهٔ زمردفام در این پیام است.');
    const quoting = await reply(c.member.client, started.id, 'پاسخ با نقل', gone.id);
    const other = await reply(c.member.client, started.id, 'پیام عضو برای حذف به دست مدیر');
    expect((await search(c.member.client, 'زمردفام')).map((r) => r.id)).toEqual([gone.id]);

    expect((await del(c.member.client, `/api/posts/${gone.id}`)).status).toBe(403);
    expect((await del(c.secretary.client, `/api/posts/${gone.id}`)).status).toBe(204);
    expect((await del(c.facilitator.client, `/api/posts/${other.id}`)).status).toBe(204);

    const view = await thread(c.member.client, started.id);
    expect(view.posts[1]).toMatchObject({ id: gone.id, deleted: true, deletedBy: 'author', body: '', canEdit: false, canDelete: false });
    expect(view.posts[2]!.quote).toMatchObject({ postId: gone.id, excerpt: '' });
    expect(view.posts[3]).toMatchObject({ deleted: true, deletedBy: 'moderator', body: '' });
    // Moderators still see the removed text, marked deleted.
    expect((await thread(c.facilitator.client, started.id)).posts[1]).toMatchObject({ deleted: true, body: 'واژهٔ ویژهٔ زمردفام در این پیام است.' });
    expect(await search(c.member.client, 'زمردفام')).toEqual([]);
    expect((await summaryOf(c.member.client, c.slug, started.id)).replies).toBe(1);
    expect(quoting.quote?.postId).toBe(gone.id);

    const quoteDeleted = await c.member.client.post(`/api/discussions/${started.id}/posts`, { body: 'باز هم نقل', quotePostId: gone.id });
    expect(fieldsOf(quoteDeleted.body)).toEqual(['quotePostId']);
    const editDeleted = await c.secretary.client.patch(`/api/posts/${gone.id}`, { body: 'بازگشت' });
    expect([editDeleted.status, editDeleted.body.code]).toEqual([409, 'post_deleted']);
  });
});

describe('moderation', () => {
  it('facilitators pin and lock, members may not; a locked thread refuses replies; the author renames, and search follows the title', async () => {
    const c = await community();
    const older = await start(c.member.client, c.slug, 'گفتگوی قدیمی', 'متن');
    const newer = await start(c.member.client, c.slug, 'گفتگوی تازه', 'متن');
    expect((await list(c.member.client, c.slug)).items.map((s) => s.id)).toEqual([newer.id, older.id]);

    expect((await c.member.client.patch(`/api/discussions/${older.id}`, { pinned: true })).status).toBe(403);
    expect((await c.secretary.client.patch(`/api/discussions/${older.id}`, { locked: true })).status).toBe(403);
    const pinned = await c.facilitator.client.patch(`/api/discussions/${older.id}`, { pinned: true });
    expect(pinned.status).toBe(200);
    expect(pinned.body.pinned).toBe(true);
    expect((await list(c.member.client, c.slug)).items.map((s) => [s.id, s.pinned])).toEqual([
      [older.id, true],
      [newer.id, false],
    ]);

    const renamed = await c.member.client.patch(`/api/discussions/${older.id}`, { title: 'راهنمای نظام پیشنهادها' });
    expect(renamed.body.title).toBe('راهنمای نظام پیشنهادها');
    expect((await c.secretary.client.patch(`/api/discussions/${older.id}`, { title: 'عنوان دیگر' })).status).toBe(403);
    const found = await search(c.member.client, 'راهنمای نظام');
    expect(found.map((r) => r.path)).toEqual([`/discussions/${older.id}#post-1`]);

    const locked = await c.facilitator.client.patch(`/api/discussions/${older.id}`, { locked: true });
    expect(locked.body).toMatchObject({ locked: true, permissions: { moderate: true } });
    const refused = await c.member.client.post(`/api/discussions/${older.id}/posts`, { body: 'پاسخ دیرهنگام' });
    expect([refused.status, refused.body.code]).toEqual([409, 'thread_locked']);
    expect((await thread(c.member.client, older.id)).permissions.reply).toBe(false);
    expect((await thread(c.member.client, older.id)).postCount).toBe(1);
  });

  it('a report mails the chair and facilitators once; moderators list and resolve reports', async () => {
    const c = await community();
    const started = await start(c.secretary.client, c.slug, 'پرسش دربارهٔ تعرفه‌ها', 'متن پرسش');
    const postId = started.posts[0]!.id;
    expect((await c.secretary.client.post(`/api/posts/${postId}/reports`, { reason: 'خودم' })).status).toBe(403);
    const blank = await c.member.client.post(`/api/posts/${postId}/reports`, { reason: ' ' });
    expect(fieldsOf(blank.body)).toEqual(['reason']);
    const made = await c.member.client.post(`/api/posts/${postId}/reports`, { reason: 'تبلیغ تجاری است.' });
    expect(made.status).toBe(201);
    const again = await c.member.client.post(`/api/posts/${postId}/reports`, { reason: 'دوباره' });
    expect([again.status, again.body.code]).toEqual([409, 'already_reported']);
    await t.runJobs();
    for (const to of [c.chair.email, c.facilitator.email]) {
      const mail = await t.smtp!.waitFor(to, 10_000, (m) => m.subject.includes('پرسش دربارهٔ تعرفه‌ها'));
      expect(mail.subject).toBe('گزارش یک پیام در گفتگوی «پرسش دربارهٔ تعرفه‌ها»');
      expect(mail.text).toContain('تبلیغ تجاری است.');
    }
    for (const to of [c.chair.email, c.facilitator.email]) expect(t.smtp!.to(to).filter((m) => m.subject.includes('پرسش دربارهٔ تعرفه‌ها'))).toHaveLength(1);

    expect((await c.member.client.get(`/api/communities/${c.slug}/discussion-reports`)).status).toBe(403);
    const open = await c.chair.client.get(`/api/communities/${c.slug}/discussion-reports`);
    expect(open.body).toHaveLength(1);
    expect(open.body[0]).toMatchObject({ id: made.body.id, reason: 'تبلیغ تجاری است.', state: 'open', reporter: { id: c.member.me.id }, post: { id: postId, number: 1, threadId: started.id, threadTitle: 'پرسش دربارهٔ تعرفه‌ها', body: 'متن پرسش', deleted: false } });
    expect((await c.member.client.post(`/api/discussion-reports/${made.body.id}/resolve`)).status).toBe(403);
    expect((await c.facilitator.client.post(`/api/discussion-reports/${made.body.id}/resolve`)).status).toBe(204);
    expect((await c.chair.client.get(`/api/communities/${c.slug}/discussion-reports`)).body).toEqual([]);
    const resolved = await c.chair.client.get(`/api/communities/${c.slug}/discussion-reports?state=resolved`);
    expect(resolved.body[0]).toMatchObject({ state: 'resolved', resolvedBy: { id: c.facilitator.me.id } });
  });
});

describe('a dissolved community', () => {
  it('refuses every write with 409, stays readable by its members, and is 404 to outsiders when private', async () => {
    const c = await community({ visibility: 'private' });
    const started = await start(c.member.client, c.slug, 'گفتگوی پیش از انحلال', 'متن');
    const answer = await reply(c.facilitator.client, started.id, 'پاسخ');
    const dissolved = await admin.client.post(`/api/communities/${c.slug}/state`, { state: 'dissolved', reason: 'پایان مأموریت' });
    expect(dissolved.status, JSON.stringify(dissolved.body)).toBe(200);

    const writes: [ApiClient, 'POST' | 'PATCH' | 'PUT' | 'DELETE', string, unknown][] = [
      [c.member.client, 'POST', `/api/communities/${c.slug}/discussions`, { title: 'تازه', body: 'متن' }],
      [c.member.client, 'POST', `/api/discussions/${started.id}/posts`, { body: 'پاسخ' }],
      [c.member.client, 'PATCH', `/api/posts/${started.posts[0]!.id}`, { body: 'ویرایش' }],
      [c.member.client, 'DELETE', `/api/posts/${started.posts[0]!.id}`, undefined],
      [c.member.client, 'PUT', `/api/discussions/${started.id}/follow`, undefined],
      [c.member.client, 'POST', `/api/posts/${answer.id}/reports`, { reason: 'دلیل' }],
      [c.facilitator.client, 'PATCH', `/api/discussions/${started.id}`, { pinned: true }],
      [admin.client, 'PATCH', `/api/discussions/${started.id}`, { locked: true }],
    ];
    for (const [client, method, url, body] of writes) {
      const res = await client.request(method, url, body);
      expect([res.status, res.body.code], `${method} ${url}`).toEqual([409, 'community_dissolved']);
    }
    const view = await thread(c.member.client, started.id);
    expect(view.posts).toHaveLength(2);
    expect(view.permissions).toEqual({ reply: false, moderate: false, follow: false, report: false });
    expect((await list(c.member.client, c.slug)).canStart).toBe(false);
    // One's reading place is still kept.
    expect((await put(c.member.client, `/api/discussions/${started.id}/read`, { number: 2 })).status).toBe(204);
    expect((await thread(admin.client, started.id)).posts).toHaveLength(2);

    const outsider = await signedInUser(t);
    for (const client of [outsider.client, new ApiClient(t.app)]) {
      expect((await client.get(`/api/discussions/${started.id}`)).status).toBe(404);
      expect((await client.get(`/api/communities/${c.slug}/discussions`)).status).toBe(404);
      expect((await client.get(`/api/posts/${answer.id}/revisions`)).status).toBe(404);
    }
  });
});

describe('search', () => {
  it('finds a post written with Persian letters from a query typed with Arabic ones (ي ك), for readers only', async () => {
    const c = await community({ visibility: 'private' });
    const started = await start(c.member.client, c.slug, 'کیفیت داده‌ها', 'مقدمه');
    const post = await reply(c.chair.client, started.id, 'کارکنان یکپارچگی کیفیت را بررسی کردند.');
    const found = await search(c.member.client, 'كاركنان يكپارچگي');
    expect(found.map((r) => [r.id, r.path, r.context])).toEqual([[post.id, `/discussions/${started.id}#post-2`, 'کیفیت داده‌ها']]);
    expect(await search(new ApiClient(t.app), 'كاركنان يكپارچگي')).toEqual([]);
    expect(await search((await signedInUser(t)).client, 'كاركنان')).toEqual([]);
    // An edit is searched by its new words.
    tick();
    await c.chair.client.patch(`/api/posts/${post.id}`, { body: 'کارشناسان دقت داده را سنجیدند.' });
    expect(await search(c.member.client, 'يكپارچگي')).toEqual([]);
    expect((await search(c.member.client, 'كارشناسان')).map((r) => r.id)).toEqual([post.id]);
  });
});

describe('the list', () => {
  it('pages by cursor, pinned first then the most recently active', async () => {
    const c = await community();
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push((await start(c.member.client, c.slug, `گفتگوی ${i}`, 'متن')).id);
    await reply(c.chair.client, ids[0]!, 'تازه‌ترین پاسخ');
    await c.facilitator.client.patch(`/api/discussions/${ids[2]}`, { pinned: true });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: any } = await c.member.client.get(`/api/communities/${c.slug}/discussions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((s: Summary) => s.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids[2], ids[0], ids[4], ids[3], ids[1]]);
    const bad = await c.member.client.get(`/api/communities/${c.slug}/discussions?cursor=nonsense`);
    expect(fieldsOf(bad.body)).toEqual(['cursor']);
  });
});
