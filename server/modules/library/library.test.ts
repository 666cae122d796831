import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { signedInUser } from '../../../tests/support/builders.js';
import { ApiClient } from '../../../tests/support/client.js';
import { formedCommunity } from '../../../tests/support/communities.js';
import { multipartForm, PDF, PNG } from '../../../tests/support/uploads.js';
import { cleanFileName } from '../../files/names.js';

const MB = 1024 * 1024;
let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  // A small library limit (1 MB) under a small global limit (1.5 MB), to try both refusals.
  t = await startTestApp({ env: { LIBRARY_MAX_MB: '1', UPLOAD_LIMIT_BYTES: String(1.5 * MB) } });
  admin = await signedInUser(t, { role: 'admin' });
});
afterAll(() => t.close());

type Community = Awaited<ReturnType<typeof formedCommunity>>;
const community = (options: Parameters<typeof formedCommunity>[1] = {}) => formedCommunity(t, { admin: admin.client, ...options });

/** Another real PDF with different bytes. */
const pdf = (text: string) => Buffer.concat([Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`, 'utf8'), Buffer.alloc(100, 32)]);
/** A Windows executable's first bytes (the DOS header, "MZ", and the PE signature). */
const EXE = (() => {
  const b = Buffer.alloc(512, 0);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(0x14c, 0x84);
  return b;
})();
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

const upload = (client: ApiClient, slug: string, file: { name: string; data: Buffer; type?: string } | null, fields: Record<string, string> = {}) => {
  const m = multipartForm(fields, file);
  return client.request('POST', `/api/communities/${slug}/documents`, m.body, m.headers);
};
const addVersion = (client: ApiClient, id: string, file: { name: string; data: Buffer; type?: string }, note = '') => {
  const m = multipartForm(note ? { note } : {}, file);
  return client.request('POST', `/api/documents/${id}/versions`, m.body, m.headers);
};
const fieldsOf = (body: { errors?: { field: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);
const storedFiles = () => (fs.existsSync(t.config.filesDir) ? fs.readdirSync(t.config.filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function uploaded(client: ApiClient, slug: string, name = 'راهنمای انجمن.pdf', data = PDF, fields: Record<string, string> = {}) {
  const res = await upload(client, slug, { name, data, type: 'application/pdf' }, fields);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; title: string; currentVersion: number };
}

describe('uploading, listing, versions and downloads', () => {
  let c: Community;
  beforeAll(async () => {
    c = await community();
  });

  it('keeps a member\'s file under a generated key and gives the same bytes back, version by version', async () => {
    const before = storedFiles().length;
    const first = pdf('version one');
    const created = await upload(c.member.client, c.slug, { name: 'راهنمای تشکیل انجمن.pdf', data: first, type: 'application/pdf' }, { description: 'روش کار انجمن‌های خبرگی' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      title: 'راهنمای تشکیل انجمن',
      description: 'روش کار انجمن‌های خبرگی',
      currentVersion: 1,
      latest: { number: 1, fileName: 'راهنمای تشکیل انجمن.pdf', size: first.length, type: 'application/pdf', uploadedBy: { id: c.member.me.id } },
      permissions: { addVersion: true, edit: true, delete: true },
    });
    const keys = storedFiles();
    expect(keys).toHaveLength(before + 1);
    expect(keys.every((k) => UUID.test(k))).toBe(true);

    const list = await new ApiClient(t.app).get(`/api/communities/${c.slug}/documents`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ canUpload: false, limits: { maxBytes: MB, types: expect.arrayContaining(['application/pdf', 'image/png']) } });
    expect(list.body.items).toEqual([expect.objectContaining({ id: created.body.id, title: 'راهنمای تشکیل انجمن', currentVersion: 1, latest: expect.objectContaining({ size: first.length, type: 'application/pdf' }) })]);
    expect((await c.member.client.get(`/api/communities/${c.slug}/documents`)).body.canUpload).toBe(true);

    const download = await new ApiClient(t.app).get(`/api/documents/${created.body.id}/download`);
    expect(download.status).toBe(200);
    expect(download.raw.equals(first)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment; /);
    expect(String(download.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('راهنمای تشکیل انجمن.pdf')}`);

    // A second version becomes the current one; the first stays downloadable as it was.
    t.clock.advance(60_000);
    const second = pdf('version two, corrected');
    const v2 = await addVersion(c.member.client, created.body.id, { name: 'راهنما - ویرایش دوم.pdf', data: second }, 'اصلاح فصل دوم');
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect(v2.body.currentVersion).toBe(2);
    expect(v2.body.versions.map((v: { number: number; note: string; fileName: string }) => [v.number, v.note, v.fileName])).toEqual([
      [1, '', 'راهنمای تشکیل انجمن.pdf'],
      [2, 'اصلاح فصل دوم', 'راهنما - ویرایش دوم.pdf'],
    ]);
    expect((await c.member.client.get(`/api/documents/${created.body.id}/download`)).raw.equals(second)).toBe(true);
    expect((await c.member.client.get(`/api/documents/${created.body.id}/download?version=2`)).raw.equals(second)).toBe(true);
    expect((await c.member.client.get(`/api/documents/${created.body.id}/download?version=1`)).raw.equals(first)).toBe(true);
    expect((await c.member.client.get(`/api/documents/${created.body.id}/download?version=3`)).status).toBe(404);
    const listed = (await c.member.client.get(`/api/communities/${c.slug}/documents`)).body.items[0];
    expect(listed).toMatchObject({ currentVersion: 2, latest: { number: 2, size: second.length } });
    expect(storedFiles()).toHaveLength(before + 2);
  });

  it('names the document after its file when no title is given, and takes a picture too', async () => {
    const res = await upload(c.chair.client, c.slug, { name: 'نمودار فرایند.png', data: PNG, type: 'image/png' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'نمودار فرایند', latest: { type: 'image/png', fileName: 'نمودار فرایند.png' } });
    const download = await c.member.client.get(`/api/documents/${res.body.id}/download`);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.raw.equals(PNG)).toBe(true);
  });

  it('pages through the library, newest change first, and filters by words typed on either keyboard', async () => {
    const d = await community();
    const titles = ['گزارش سالانهٔ بهره‌وری ۱۴۰۳', 'کتابچهٔ راهنمای اعضا', 'صورت‌جلسهٔ مجمع عمومی'];
    for (const title of titles) {
      await uploaded(d.member.client, d.slug, 'x.pdf', pdf(title), { title });
      t.clock.advance(1000);
    }
    const first = await d.member.client.get(`/api/communities/${d.slug}/documents?limit=2`);
    expect(first.body.items.map((i: { title: string }) => i.title)).toEqual([titles[2], titles[1]]);
    const next = await d.member.client.get(`/api/communities/${d.slug}/documents?limit=2&cursor=${first.body.nextCursor}`);
    expect(next.body.items.map((i: { title: string }) => i.title)).toEqual([titles[0]]);
    expect(next.body.nextCursor).toBeNull();
    // Arabic yeh and kaf, Arabic-Indic digits: still the Persian title.
    const q = async (words: string) => (await d.member.client.get(`/api/communities/${d.slug}/documents?q=${encodeURIComponent(words)}`)).body.items.map((i: { title: string }) => i.title);
    expect(await q('كتابچه')).toEqual([titles[1]]);
    expect(await q('بهره وري ١٤٠٣')).toEqual([titles[0]]);
    expect(await q('سالانه مجمع')).toEqual([]);
    expect((await d.member.client.get(`/api/communities/${d.slug}/documents?cursor=nonsense`)).status).toBe(400);
  });

  it('finds a document in search by a title word typed with Arabic ي and ك, follows edits, and forgets it when deleted', async () => {
    const doc = await uploaded(c.facilitator.client, c.slug, 'x.pdf', pdf('search'), { title: 'دستورالعمل تشکیل کارگروه‌های تخصصی' });
    const found = async (q: string) =>
      ((await c.member.client.get(`/api/search?q=${encodeURIComponent(q)}&kind=document`)).body.items as { id: string; path: string; kind: string }[]).filter((i) => i.id === doc.id);
    expect(await found('دستورالعمل تشكيل كارگروه')).toEqual([expect.objectContaining({ kind: 'document', path: `/documents/${doc.id}` })]);

    const edited = await c.facilitator.client.patch(`/api/documents/${doc.id}`, { title: 'آیین‌نامهٔ کارگروه‌ها', description: 'مصوب شورای انجمن' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'آیین‌نامهٔ کارگروه‌ها', description: 'مصوب شورای انجمن' });
    expect(await found('آيين نامه')).toHaveLength(1);
    expect(await found('دستورالعمل')).toHaveLength(0);
    expect(fieldsOf((await c.facilitator.client.patch(`/api/documents/${doc.id}`, { title: '' })).body)).toEqual(['title:required']);
    expect(fieldsOf((await c.facilitator.client.patch(`/api/documents/${doc.id}`, { title: '   ' })).body)).toEqual(['title:required']);

    const before = storedFiles().length;
    expect((await c.facilitator.client.request('DELETE', `/api/documents/${doc.id}`)).status).toBe(204);
    expect(storedFiles()).toHaveLength(before - 1);
    expect(await found('آيين نامه')).toHaveLength(0);
    expect((await c.member.client.get(`/api/documents/${doc.id}`)).status).toBe(404);
    expect((await c.member.client.get(`/api/documents/${doc.id}/download`)).status).toBe(404);
  });
});

describe('refusing bad files', () => {
  let c: Community;
  beforeAll(async () => {
    c = await community();
  });
  const refused = async (file: { name: string; data: Buffer; type?: string } | null, fields: Record<string, string> = {}) => {
    const before = storedFiles();
    const res = await upload(c.member.client, c.slug, file, fields);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    // Nothing half-saved: no file on disk, no document in the list.
    expect(storedFiles()).toEqual(before);
    expect((await c.member.client.get(`/api/communities/${c.slug}/documents`)).body.items).toEqual([]);
    return fieldsOf(res.body);
  };

  it('refuses a file over the library\'s limit, whether or not the upload was cut at the global limit', async () => {
    expect(await refused({ name: 'بزرگ.pdf', data: Buffer.concat([PDF, Buffer.alloc(MB, 32)]) })).toEqual(['file:fileTooLargeMb']);
    expect(await refused({ name: 'خیلی بزرگ.pdf', data: Buffer.concat([PDF, Buffer.alloc(3 * MB, 32)]) })).toEqual(['file:fileTooLargeMb']);
    c.member.client.locale = 'fa';
    const res = await upload(c.member.client, c.slug, { name: 'بزرگ.pdf', data: Buffer.concat([PDF, Buffer.alloc(MB, 32)]) });
    c.member.client.locale = 'en';
    expect(res.body.errors[0].message).toBe('حجم پرونده بیش از حد مجاز (۱ مگابایت) است.');
  });

  it('judges the type by the bytes: a program or a web page named report.pdf is refused', async () => {
    expect(await refused({ name: 'report.pdf', data: EXE, type: 'application/pdf' })).toEqual(['file:fileType']);
    expect(await refused({ name: 'report.pdf', data: HTML, type: 'application/pdf' })).toEqual(['file:fileType']);
    expect(await refused({ name: 'notes.txt', data: Buffer.from('plain text'), type: 'text/plain' })).toEqual(['file:fileType']);
    c.member.client.locale = 'ar';
    const res = await upload(c.member.client, c.slug, { name: 'report.pdf', data: EXE, type: 'application/pdf' });
    c.member.client.locale = 'en';
    expect(res.body.errors[0].message).toBe('نوع هذا الملف غير مسموح.');
  });

  it('refuses an empty file, a missing file and a too-long title, all at once where it can', async () => {
    expect(await refused({ name: 'empty.pdf', data: Buffer.alloc(0) })).toEqual(['file:fileEmpty']);
    expect(await refused(null, { title: 'بدون پرونده' })).toEqual(['file:required']);
    expect(await refused({ name: 'report.pdf', data: EXE }, { title: 'x'.repeat(201) })).toEqual(['title:maxLength', 'file:fileType']);
    const notMultipart = await c.member.client.post(`/api/communities/${c.slug}/documents`, { title: 'x' });
    expect(notMultipart.status).toBe(400);
    expect(fieldsOf(notMultipart.body)).toEqual(['file:required']);
  });

  it('keeps a path-traversal name only as a harmless download name, never as a place on disk', async () => {
    const doc = await uploaded(c.member.client, c.slug, '../../etc/passwd.pdf', pdf('traversal'));
    const got = await c.member.client.get(`/api/documents/${doc.id}`);
    const name = got.body.latest.fileName as string;
    expect(name).not.toMatch(/[/\\]|\.\./);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(doc.title).not.toMatch(/[/\\]|\.\./);
    const disposition = String((await c.member.client.get(`/api/documents/${doc.id}/download`)).headers['content-disposition']);
    expect(disposition).not.toMatch(/\.\.|%2F|\//);
    expect(fs.existsSync(path.resolve(t.config.filesDir, '../../etc/passwd.pdf'))).toBe(false);
    expect(fs.existsSync(path.resolve(t.config.filesDir, 'passwd.pdf'))).toBe(false);
    expect(storedFiles().every((k) => UUID.test(k))).toBe(true);
    // Whatever the name claims, the download is named for the type found in the bytes.
    const png = await upload(c.member.client, c.slug, { name: 'page.html', data: PNG, type: 'text/html' });
    expect(png.body.latest).toMatchObject({ fileName: 'page.png', type: 'image/png' });
  });

  it('cleans names: folders, control and bidi-override characters, dots and length go; the real extension stays', () => {
    expect(cleanFileName('../../etc/passwd.pdf', 'pdf').fileName).toBe('passwd.pdf');
    expect(cleanFileName('..\\..\\windows\\system.ini.pdf', 'pdf').fileName).toBe('system.ini.pdf');
    expect(cleanFileName('..', 'pdf').fileName).toBe('document.pdf');
    expect(cleanFileName('', 'png').fileName).toBe('document.png');
    expect(cleanFileName('a..b\u0000c\u001f.pdf', 'pdf').fileName).toBe('a.bc.pdf');
    // "invoice‮fdp.exe" shows as "invoiceexe.pdf" on screen: the override goes, the real type wins.
    expect(cleanFileName('invoice\u202Efdp.exe', 'pdf').fileName).toBe('invoicefdp.pdf');
    expect(cleanFileName('photo.JPEG', 'jpg').fileName).toBe('photo.JPEG');
    expect(cleanFileName('report v2', 'docx')).toEqual({ fileName: 'report v2.docx', stem: 'report v2' });
    expect(cleanFileName('con<>:"|?*.pdf', 'pdf').fileName).toBe('con_______.pdf');
    const long = cleanFileName(`${'گزارش '.repeat(60)}.pdf`, 'pdf').fileName;
    expect([...long].length).toBeLessThanOrEqual(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('who may see and change a library', () => {
  it('hides a private community\'s documents from outsiders and other communities\' members', async () => {
    const c = await community({ visibility: 'private', joinPolicy: 'invitation' });
    const other = await community();
    const doc = await uploaded(c.member.client, c.slug);
    const outsider = await signedInUser(t);
    for (const client of [new ApiClient(t.app), outsider.client, other.member.client, other.chair.client]) {
      expect((await client.get(`/api/communities/${c.slug}/documents`)).status).toBe(404);
      expect((await client.get(`/api/documents/${doc.id}`)).status).toBe(404);
      expect((await client.get(`/api/documents/${doc.id}/download`)).status).toBe(404);
      expect((await client.get(`/api/documents/${doc.id}/download?version=1`)).status).toBe(404);
    }
    expect((await upload(outsider.client, c.slug, { name: 'x.pdf', data: PDF })).status).toBe(404);
    expect((await addVersion(other.chair.client, doc.id, { name: 'x.pdf', data: PDF })).status).toBe(404);
    // The search never shows it to them either.
    const search = await outsider.client.get(`/api/search?q=${encodeURIComponent('راهنمای انجمن')}&kind=document`);
    expect(search.body.items.map((i: { id: string }) => i.id)).not.toContain(doc.id);
    expect((await admin.client.get(`/api/documents/${doc.id}/download`)).status).toBe(200);
    expect((await c.secretary.client.get(`/api/documents/${doc.id}/download`)).status).toBe(200);
  });

  it('lets the uploader, the leaders and the secretary add versions; the uploader and leaders edit and delete', async () => {
    const c = await community();
    const doc = await uploaded(c.member.client, c.slug);
    const another = await signedInUser(t);
    expect((await another.client.post(`/api/communities/${c.slug}/join`)).status).toBe(200);
    const file = { name: 'v.pdf', data: PDF };
    expect((await addVersion(another.client, doc.id, file)).status).toBe(403);
    expect((await addVersion(c.secretary.client, doc.id, file)).status).toBe(201);
    expect((await addVersion(c.facilitator.client, doc.id, file)).status).toBe(201);
    expect((await addVersion(admin.client, doc.id, file)).status).toBe(201);
    expect((await c.member.client.get(`/api/documents/${doc.id}`)).body.currentVersion).toBe(4);
    expect((await another.client.get(`/api/documents/${doc.id}`)).body.permissions).toEqual({ addVersion: false, edit: false, delete: false });
    expect((await c.secretary.client.get(`/api/documents/${doc.id}`)).body.permissions).toEqual({ addVersion: true, edit: false, delete: false });
    expect((await another.client.patch(`/api/documents/${doc.id}`, { title: 'تازه' })).status).toBe(403);
    expect((await c.secretary.client.patch(`/api/documents/${doc.id}`, { title: 'تازه' })).status).toBe(403);
    expect((await c.secretary.client.request('DELETE', `/api/documents/${doc.id}`)).status).toBe(403);
    expect((await another.client.request('DELETE', `/api/documents/${doc.id}`)).status).toBe(403);
    // The uploader who leaves the community no longer manages the document.
    const mine = await uploaded(another.client, c.slug);
    expect((await another.client.post(`/api/communities/${c.slug}/leave`)).status).toBe(204);
    expect((await another.client.request('DELETE', `/api/documents/${mine.id}`)).status).toBe(403);
    const before = storedFiles().length;
    expect((await c.member.client.request('DELETE', `/api/documents/${doc.id}`)).status).toBe(204);
    expect(storedFiles()).toHaveLength(before - 4);
  });

  it('keeps a dissolved community\'s library readable to its members and admins, and closed to changes', async () => {
    const c = await community({ visibility: 'private', joinPolicy: 'invitation' });
    const doc = await uploaded(c.member.client, c.slug, 'گزارش پایانی.pdf', pdf('final'));
    const dissolve = await admin.client.post(`/api/communities/${c.slug}/state`, { state: 'dissolved', reason: 'پایان مأموریت' });
    expect(dissolve.status, JSON.stringify(dissolve.body)).toBe(200);
    for (const client of [c.member.client, c.chair.client, admin.client]) {
      expect((await client.get(`/api/communities/${c.slug}/documents`)).body).toMatchObject({ canUpload: false, items: [expect.objectContaining({ id: doc.id })] });
      expect((await client.get(`/api/documents/${doc.id}/download`)).raw.equals(pdf('final'))).toBe(true);
      expect((await client.get(`/api/documents/${doc.id}`)).body.permissions).toEqual({ addVersion: false, edit: false, delete: false });
    }
    const before = storedFiles().length;
    const refused = await upload(c.member.client, c.slug, { name: 'x.pdf', data: PDF });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('community_dissolved');
    expect((await addVersion(c.chair.client, doc.id, { name: 'x.pdf', data: PDF })).body.code).toBe('community_dissolved');
    expect((await c.chair.client.patch(`/api/documents/${doc.id}`, { title: 'x' })).status).toBe(409);
    expect((await admin.client.request('DELETE', `/api/documents/${doc.id}`)).status).toBe(409);
    expect(storedFiles()).toHaveLength(before);
    // Still found by its members in search.
    const search = await c.member.client.get(`/api/search?q=${encodeURIComponent('گزارش پایانی')}&kind=document`);
    expect(search.body.items.map((i: { id: string }) => i.id)).toContain(doc.id);
  });
});
