import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { ApiClient } from '../../../tests/support/client.js';
import { signedInUser, withoutRequestId } from '../../../tests/support/builders.js';
import { multipart, PDF, PNG } from '../../../tests/support/uploads.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  t = await startTestApp({ smtp: true });
  admin = await signedInUser(t, { role: 'admin' });
});
afterAll(() => t.close());

/** The six domains of the source's call. */
const DOMAINS = [
  { key: 'culture', title: 'علمی، فرهنگی و اجتماعی', description: '' },
  { key: 'economy', title: 'اقتصاد کلان، بازرگانی و اداری', description: '' },
  { key: 'infrastructure', title: 'زیربنایی و تولیدی', description: '' },
  { key: 'security', title: 'سیاسی، دفاعی و امنیتی', description: '' },
  { key: 'health', title: 'سلامت', description: '' },
  { key: 'legal', title: 'حقوقی و قضایی', description: '' },
];
const GROUPS = [
  { key: 'think_tanks', title: 'اندیشکده‌ها' },
  { key: 'professors', title: 'اساتید دانشگاه' },
  { key: 'public', title: 'عموم مردم' },
];
const inMinutes = (m: number) => new Date(t.clock.now().getTime() + m * 60_000).toISOString();

function callInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'مشارکت در تدوین سیاست‌های کلی برنامه هفتم',
    summary: 'فراخوان جمع‌سپاری',
    description: 'شرح **فراخوان**',
    domains: DOMAINS,
    audienceGroups: GROUPS,
    opensAt: inMinutes(10),
    closesAt: inMinutes(70),
    blindReview: true,
    publicAfterClose: true,
    wordLimit: 20,
    attachments: { allowed: false, maxBytes: 1024 * 1024, types: [], maxFiles: 0 },
    ...overrides,
  };
}

const contribution = (overrides: Record<string, unknown> = {}) => ({
  domainKey: 'health',
  audienceGroup: 'professors',
  title: 'پیشنهاد درباره نظام ارجاع',
  body: 'نظام ارجاع و پزشک خانواده باید در همه استان‌ها اجرا شود.',
  submit: true,
  ...overrides,
});

/** A published call; when `open`, the clock is moved to its opening and the jobs run. */
async function publishedCall(options: { open?: boolean; input?: Record<string, unknown> } = {}) {
  const created = await admin.client.post('/api/calls', callInput(options.input));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await admin.client.post(`/api/calls/${created.body.id}/publish`);
  expect(published.body.state).toBe('scheduled');
  if (options.open) {
    t.clock.set(created.body.opensAt);
    await t.runJobs();
  }
  return created.body as { id: string; opensAt: string; closesAt: string };
}

describe('the state flow', () => {
  it('opens and closes by itself at its times through the job runner; later states are moved by hand', async () => {
    const call = await publishedCall();
    const visitor = new ApiClient(t.app);
    expect((await visitor.get(`/api/calls?when=upcoming`)).body.items.map((c: { id: string }) => c.id)).toContain(call.id);

    t.clock.set(call.opensAt);
    await t.runJobs();
    expect((await visitor.get(`/api/calls/${call.id}`)).body.state).toBe('open');
    expect((await visitor.get(`/api/calls?when=open`)).body.items.map((c: { id: string }) => c.id)).toContain(call.id);

    t.clock.set(call.closesAt);
    await t.runJobs();
    expect((await visitor.get(`/api/calls/${call.id}`)).body.state).toBe('closed');
    expect((await admin.client.post(`/api/calls/${call.id}/state`, { state: 'results_published' })).status).toBe(400);
    expect((await admin.client.post(`/api/calls/${call.id}/state`, { state: 'under_review' })).body.state).toBe('under_review');
    expect((await admin.client.post(`/api/calls/${call.id}/state`, { state: 'results_published' })).body.state).toBe('results_published');
  });

  it('keeps drafts to their managers, and lets only administrators and granted call managers create calls', async () => {
    const user = await signedInUser(t);
    expect((await user.client.post('/api/calls', callInput())).status).toBe(403);
    expect((await user.client.request('PUT', `/api/admin/call-managers/${user.me.id}`)).status).toBe(403);
    expect((await admin.client.request('PUT', `/api/admin/call-managers/${user.me.id}`)).status).toBe(204);
    const draft = await user.client.post('/api/calls', callInput());
    expect(draft.status).toBe(201);
    expect((await new ApiClient(t.app).get(`/api/calls/${draft.body.id}`)).status).toBe(404);
    expect((await admin.client.get(`/api/calls/${draft.body.id}`)).body.canManage).toBe(true);
    // Another call manager does not run someone else's call.
    const other = await signedInUser(t);
    await admin.client.request('PUT', `/api/admin/call-managers/${other.me.id}`);
    expect((await other.client.patch(`/api/calls/${draft.body.id}`, { title: 'x' })).status).toBe(404);
    expect((await user.client.get('/api/calls?when=mine')).body.items.map((c: { id: string }) => c.id)).toEqual([draft.body.id]);
  });

  it('refuses a call that closes before it opens, or repeats a domain key', async () => {
    const res = await admin.client.post('/api/calls', callInput({ closesAt: inMinutes(5), domains: [DOMAINS[0], DOMAINS[0]] }));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['closesAt:closesBeforeOpens', 'domains.1.key:duplicateKey']);
  });
});

describe('contributing', () => {
  it('submits with a receipt mail and tracking code; edits and withdraws while open', async () => {
    const call = await publishedCall({ open: true });
    const user = await signedInUser(t, { name: 'نسرین یزدانی' });
    const res = await user.client.post(`/api/calls/${call.id}/contributions`, contribution());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'submitted', domainKey: 'health', audienceGroup: 'professors', words: 11, author: null });
    expect(res.body.trackingCode).toMatch(/^MJ-[2-9A-HJ-NP-Z]{8}$/);
    await t.runJobs();
    const mail = await t.smtp!.waitFor(user.email);
    expect(mail.subject).toContain(res.body.trackingCode);
    expect((await user.client.get('/api/me/audience-group')).body).toEqual({ audienceGroup: 'professors' });

    const edited = await user.client.patch(`/api/contributions/${res.body.id}`, { title: 'پیشنهاد اصلاح‌شده' });
    expect(edited.body.title).toBe('پیشنهاد اصلاح‌شده');
    const mine = await user.client.get('/api/me/contributions');
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([res.body.id]);
    expect((await user.client.get(`/api/calls/${call.id}`)).body.counts.find((c: { domainKey: string }) => c.domainKey === 'health').submitted).toBe(1);
    expect((await user.client.post(`/api/contributions/${res.body.id}/withdraw`)).body.state).toBe('withdrawn');
    expect((await user.client.get(`/api/calls/${call.id}`)).body.counts.find((c: { domainKey: string }) => c.domainKey === 'health').submitted).toBe(0);
  });

  it('refuses bad input with a field error and stores nothing', async () => {
    const call = await publishedCall({ open: true });
    const user = await signedInUser(t);
    const long = Array.from({ length: 21 }, (_, i) => `واژه${i}`).join(' ');
    const res = await user.client.post(`/api/calls/${call.id}/contributions`, contribution({ domainKey: 'sports', audienceGroup: 'aliens', body: long }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'domainKey', code: 'unknownDomain', message: 'This domain is not part of the call.' },
      { field: 'audienceGroup', code: 'unknownAudienceGroup', message: 'This audience group is not part of the call.' },
      { field: 'body', code: 'wordLimit', message: 'The text has 21 words; at most 20 are allowed.' },
    ]);
    expect((await user.client.get('/api/me/contributions')).body.items).toEqual([]);

    // Someone else's contribution is not theirs to edit.
    const mine = await user.client.post(`/api/calls/${call.id}/contributions`, contribution());
    const stranger = await signedInUser(t);
    expect((await stranger.client.patch(`/api/contributions/${mine.body.id}`, { title: 'x' })).status).toBe(404);
  });

  it('refuses contributions to a draft, before opening, and from the closing second on — nothing stored', async () => {
    const draft = await admin.client.post('/api/calls', callInput());
    const user = await signedInUser(t);
    expect((await user.client.post(`/api/calls/${draft.body.id}/contributions`, contribution())).status).toBe(404);

    const call = await publishedCall();
    const early = await user.client.post(`/api/calls/${call.id}/contributions`, contribution());
    expect(early.body.code).toBe('call_not_open');

    t.clock.set(call.opensAt);
    const draftOne = await user.client.post(`/api/calls/${call.id}/contributions`, contribution({ submit: false }));
    expect(draftOne.status).toBe(201);
    // One millisecond before closing still counts; at the closing instant it does not, even before the closing job runs.
    t.clock.set(new Date(new Date(call.closesAt).getTime() - 1));
    expect((await user.client.post(`/api/calls/${call.id}/contributions`, contribution())).status).toBe(201);
    t.clock.set(call.closesAt);
    const late = await user.client.post(`/api/calls/${call.id}/contributions`, contribution({ title: 'دیرهنگام' }));
    expect(withoutRequestId(late.body)).toEqual({
      type: 'urn:majma:problem:call_closed',
      title: 'Conflict',
      status: 409,
      code: 'call_closed',
      detail: 'This call has closed; the contribution was not stored.',
    });
    expect((await user.client.post(`/api/contributions/${draftOne.body.id}/submit`)).body.code).toBe('call_closed');
    expect((await user.client.patch(`/api/contributions/${draftOne.body.id}`, { title: 'x' })).body.code).toBe('call_closed');
    const titles = (await user.client.get('/api/me/contributions')).body.items.map((c: { title: string }) => c.title);
    expect(titles).not.toContain('دیرهنگام');
  });

  it('makes one contribution of a request sent twice with the same idempotency key, also at once', async () => {
    const call = await publishedCall({ open: true });
    const user = await signedInUser(t);
    const headers = { 'idempotency-key': 'double-click-0001' };
    const first = await user.client.request('POST', `/api/calls/${call.id}/contributions`, contribution(), headers);
    const again = await user.client.request('POST', `/api/calls/${call.id}/contributions`, contribution(), headers);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    const both = await Promise.all([1, 2].map(() => user.client.request('POST', `/api/calls/${call.id}/contributions`, contribution(), { 'idempotency-key': 'retry-at-once-01' })));
    expect(new Set(both.map((r) => r.body.id)).size).toBe(1);
    expect((await user.client.get('/api/me/contributions')).body.items).toHaveLength(2);
  });
});

describe('managing contributions', () => {
  it('lists with filters and search for managers (with authors), publicly after closing when the call says so (without), and counts per domain, group and day', async () => {
    const call = await publishedCall({ open: true, input: { closesAt: inMinutes(3 * 24 * 60) } });
    const a = await signedInUser(t, { name: 'مهدی کاظمی' });
    const b = await signedInUser(t, { name: 'زینب رحیمی' });
    await a.client.post(`/api/calls/${call.id}/contributions`, contribution({ title: 'کاهش تورم', domainKey: 'economy', audienceGroup: 'think_tanks', body: 'سياست پولي انضباطي' }));
    t.clock.advance(86_400_000);
    await b.client.post(`/api/calls/${call.id}/contributions`, contribution({ title: 'بیمه سلامت' }));
    await b.client.post(`/api/calls/${call.id}/contributions`, contribution({ title: 'پیش‌نویس', submit: false }));

    // Managers: Persian letters find the text typed with Arabic ones; authors are shown.
    const found = await admin.client.get(`/api/calls/${call.id}/contributions?q=${encodeURIComponent('سیاست پولی')}`);
    expect(found.body.items).toEqual([expect.objectContaining({ title: 'کاهش تورم', author: { id: a.me.id, name: 'مهدی کاظمی' } })]);
    expect((await admin.client.get(`/api/calls/${call.id}/contributions?domain=health`)).body.items.map((c: { title: string }) => c.title)).toEqual(['بیمه سلامت']);
    expect((await admin.client.get(`/api/calls/${call.id}/contributions?state=draft`)).body.items.map((c: { title: string }) => c.title)).toEqual(['پیش‌نویس']);

    const stats = await admin.client.get(`/api/calls/${call.id}/statistics`);
    expect(stats.body.total).toBe(2);
    expect(stats.body.byDomain.map((d: { title: string; count: number }) => [d.title, d.count])).toEqual([
      ['علمی، فرهنگی و اجتماعی', 0],
      ['اقتصاد کلان، بازرگانی و اداری', 1],
      ['زیربنایی و تولیدی', 0],
      ['سیاسی، دفاعی و امنیتی', 0],
      ['سلامت', 1],
      ['حقوقی و قضایی', 0],
    ]);
    expect(stats.body.byAudienceGroup.map((g: { key: string; count: number }) => [g.key, g.count])).toEqual([
      ['think_tanks', 1],
      ['professors', 1],
      ['public', 0],
    ]);
    expect(stats.body.byDay).toHaveLength(2);
    expect((await a.client.get(`/api/calls/${call.id}/statistics`)).status).toBe(403);

    // The public sees nothing while open; after closing, the submitted ones without authors.
    const visitor = new ApiClient(t.app);
    expect((await visitor.get(`/api/calls/${call.id}/contributions`)).status).toBe(403);
    t.clock.set(call.closesAt);
    const listed = await visitor.get(`/api/calls/${call.id}/contributions`);
    expect(listed.body.items.map((c: { title: string; author: unknown; trackingCode: string; affiliation: string }) => [c.title, c.author, c.trackingCode, c.affiliation])).toEqual([
      ['بیمه سلامت', null, '', ''],
      ['کاهش تورم', null, '', ''],
    ]);
  });
});

const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

describe('attachments', () => {
  it('takes an allowed file sniffed from its bytes, refuses a wrong type, a too-large file or one too many, and leaves no file behind', async () => {
    const call = await publishedCall({ open: true, input: { attachments: { allowed: true, maxBytes: 2048, types: ['application/pdf'], maxFiles: 1 } } });
    const user = await signedInUser(t);
    const c = (await user.client.post(`/api/calls/${call.id}/contributions`, contribution())).body;
    const upload = (name: string, data: Buffer, type?: string) => {
      const m = multipart(name, data, type);
      return user.client.request('POST', `/api/contributions/${c.id}/attachments`, m.body, m.headers);
    };

    // A PNG claiming to be a PDF is judged by its bytes.
    const disguised = await upload('طرح.pdf', PNG, 'application/pdf');
    expect(disguised.status).toBe(400);
    expect(disguised.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'fileType' })]);
    const big = await upload('بزرگ.pdf', Buffer.concat([PDF, Buffer.alloc(4096, 32)]));
    expect(big.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'fileTooLarge' })]);
    expect(filesIn(t.config.filesDir)).toEqual([]);

    const ok = await upload('پیوست طرح.pdf', PDF, 'application/pdf');
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ name: 'پیوست طرح.pdf', type: 'application/pdf', size: PDF.length });
    const again = await upload('دوم.pdf', PDF);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'tooManyFiles' })]);
    expect(filesIn(t.config.filesDir)).toHaveLength(1);

    // The author and the managers download it; others do not, until it is public after closing.
    const download = await user.client.get(`/api/attachments/${ok.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('پیوست طرح.pdf')}`);
    expect((await new ApiClient(t.app).get(`/api/attachments/${ok.body.id}`)).status).toBe(404);
    expect((await user.client.get(`/api/contributions/${c.id}`)).body.attachments).toEqual([expect.objectContaining({ id: ok.body.id })]);

    expect((await user.client.request('DELETE', `/api/contributions/${c.id}/attachments/${ok.body.id}`)).status).toBe(204);
    expect(filesIn(t.config.filesDir)).toEqual([]);
    t.clock.set(call.closesAt);
    const late = await upload('دیر.pdf', PDF);
    expect(late.body.code).toBe('call_closed');
    expect(filesIn(t.config.filesDir)).toEqual([]);
  });

  it('keeps a cover image for the call, for managers to set and everyone to see', async () => {
    const call = await publishedCall();
    const m = multipart('cover.png', PNG, 'image/png');
    const user = await signedInUser(t);
    expect((await user.client.request('POST', `/api/calls/${call.id}/cover`, m.body, m.headers)).status).toBe(403);
    const set = await admin.client.request('POST', `/api/calls/${call.id}/cover`, m.body, m.headers);
    expect(set.body.hasCover).toBe(true);
    const cover = await new ApiClient(t.app).get(`/api/calls/${call.id}/cover`);
    expect(cover.headers['content-type']).toBe('image/png');
  });
});

describe('exports', () => {
  it('exports the filtered contributions as CSV and XLSX that parse back to the same rows, with contributors for managers', async () => {
    const call = await publishedCall({ open: true });
    const a = await signedInUser(t, { name: 'مهدی کاظمی' });
    const b = await signedInUser(t, { name: 'زینب رحیمی' });
    await a.client.post(`/api/calls/${call.id}/contributions`, contribution({ title: 'کاهش تورم', domainKey: 'economy', audienceGroup: 'think_tanks', body: 'متنی با "نقل‌قول"، ویرگول و\nخط تازه' }));
    t.clock.advance(1000);
    await b.client.post(`/api/calls/${call.id}/contributions`, contribution({ title: 'بیمه سلامت' }));
    admin.client.locale = 'fa';

    const csv = await admin.client.get(`/api/calls/${call.id}/contributions/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = String(csv.body);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = parse(text.slice(1), {});
    expect(rows[0]).toEqual(['کد پیگیری', 'عنوان', 'عرصه', 'گروه مخاطب', 'وضعیت', 'زمان ارسال', 'تعداد واژه', 'سازمان', 'متن', 'نام مشارکت‌کننده', 'پست الکترونیکی']);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[8], r[9], r[10]])).toEqual([
      ['کاهش تورم', 'اقتصاد کلان، بازرگانی و اداری', 'اندیشکده‌ها', 'متنی با "نقل‌قول"، ویرگول و\nخط تازه', 'مهدی کاظمی', a.email],
      ['بیمه سلامت', 'سلامت', 'اساتید دانشگاه', contribution().body, 'زینب رحیمی', b.email],
    ]);

    const filtered = await admin.client.request('GET', `/api/calls/${call.id}/contributions/export?format=xlsx&domain=health`);
    expect(filtered.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(filtered.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    const values = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(values).toHaveLength(2);
    expect(values[1]!.slice(1, 4)).toEqual(['بیمه سلامت', 'سلامت', 'اساتید دانشگاه']);
    expect(values[1]![9]).toBe('زینب رحیمی');

    // A contributor may not export.
    expect((await a.client.get(`/api/calls/${call.id}/contributions/export?format=csv`)).status).toBe(403);
  });
});
