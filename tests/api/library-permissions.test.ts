import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signedInUser } from '../support/builders.js';
import { ApiClient } from '../support/client.js';
import { formedCommunity } from '../support/communities.js';
import { multipartForm, PDF } from '../support/uploads.js';

/**
 * The library table of docs/permissions.md, walked through the API in a private community:
 * a visitor, a signed-in outsider, a guest expert of the community, a member, the secretary,
 * the facilitator, the chair and a platform administrator (not a member). The document acted
 * on was uploaded by another member, so nobody here is its uploader.
 */
const ROLES = ['visitor', 'outsider', 'guest', 'member', 'secretary', 'facilitator', 'chair', 'admin'] as const;
type Who = (typeof ROLES)[number];
const row = (base: number, overrides: Partial<Record<Who, number>>) => ({ ...Object.fromEntries(ROLES.map((r) => [r, base])), ...overrides }) as Record<Who, number>;

interface Ids {
  slug: string;
  /** Uploaded by a member who is none of the people above. */
  doc: string;
  /** One document per person, for the delete row. */
  spare: Record<Who, string>;
}
const readers = { guest: 200, member: 200, secretary: 200, facilitator: 200, chair: 200, admin: 200 };
const leaders = (status: number) => ({ facilitator: status, chair: status, admin: status });
const file = () => multipartForm({ title: 'سند تازه', note: 'نسخهٔ اصلاح‌شده' }, { name: 'سند.pdf', data: PDF, type: 'application/pdf' });

const TABLE: { action: string; method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: (ids: Ids, who: Who) => string; body?: () => unknown; multipart?: boolean; expect: Record<Who, number> }[] = [
  { action: 'list the library', method: 'GET', url: (i) => `/api/communities/${i.slug}/documents`, expect: row(404, readers) },
  { action: 'see a document and its versions', method: 'GET', url: (i) => `/api/documents/${i.doc}`, expect: row(404, readers) },
  { action: 'download the current version', method: 'GET', url: (i) => `/api/documents/${i.doc}/download`, expect: row(404, readers) },
  { action: 'download an older version', method: 'GET', url: (i) => `/api/documents/${i.doc}/download?version=1`, expect: row(404, readers) },
  { action: 'upload a document', method: 'POST', url: (i) => `/api/communities/${i.slug}/documents`, multipart: true, expect: row(201, { visitor: 401, outsider: 404, admin: 403 }) },
  { action: 'add a version to someone else\'s document', method: 'POST', url: (i) => `/api/documents/${i.doc}/versions`, multipart: true, expect: row(403, { visitor: 401, outsider: 404, secretary: 201, ...leaders(201) }) },
  { action: 'edit someone else\'s document', method: 'PATCH', url: (i) => `/api/documents/${i.doc}`, body: () => ({ description: 'شرح تازه' }), expect: row(403, { visitor: 401, outsider: 404, ...leaders(200) }) },
  { action: 'delete someone else\'s document', method: 'DELETE', url: (i, who) => `/api/documents/${i.spare[who]}`, expect: row(403, { visitor: 401, outsider: 404, ...leaders(204) }) },
];

let t: TestApp;
let ids: Ids;
const clients = {} as Record<Who, ApiClient>;
beforeAll(async () => {
  t = await startTestApp();
  const admin = await signedInUser(t, { role: 'admin' });
  const c = await formedCommunity(t, { admin: admin.client, visibility: 'private', joinPolicy: 'invitation' });
  const join = async (role: 'member' | 'guest_expert') => {
    const person = await signedInUser(t);
    const accessEndsAt = role === 'guest_expert' ? new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString() : undefined;
    const invited = await c.chair.client.post(`/api/communities/${c.slug}/invitations`, { userId: person.me.id, role, accessEndsAt });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const invitation = (await person.client.get('/api/me/invitations')).body.items[0];
    expect((await person.client.post('/api/invitations/accept', { id: invitation.id })).status).toBe(200);
    return person;
  };
  const guest = await join('guest_expert');
  const author = await join('member');
  const outsider = await signedInUser(t);
  const uploadAsAuthor = async () => {
    const m = file();
    const res = await author.client.request('POST', `/api/communities/${c.slug}/documents`, m.body, m.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const doc = await uploadAsAuthor();
  const spare = {} as Record<Who, string>;
  for (const who of ROLES) spare[who] = await uploadAsAuthor();
  Object.assign(clients, {
    visitor: new ApiClient(t.app),
    outsider: outsider.client,
    guest: guest.client,
    member: c.member.client,
    secretary: c.secretary.client,
    facilitator: c.facilitator.client,
    chair: c.chair.client,
    admin: admin.client,
  });
  ids = { slug: c.slug, doc, spare };
});
afterAll(() => t.close());

describe.each(TABLE)('$action', (r) => {
  it.each([...ROLES])('as %s', async (who) => {
    const m = r.multipart ? file() : null;
    const res = m ? await clients[who].request(r.method, r.url(ids, who), m.body, m.headers) : await clients[who].request(r.method, r.url(ids, who), r.body?.());
    expect(res.status, JSON.stringify(res.body)).toBe(r.expect[who]);
  });
});
