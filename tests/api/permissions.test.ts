import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { ApiClient } from '../support/client.js';
import { PASSWORD, signedInUser } from '../support/builders.js';

/**
 * The platform-role table of docs/permissions.md, walked through the API: the expected status
 * for a visitor, a signed-in user and an administrator on every non-public action.
 */
type Role = 'visitor' | 'user' | 'admin';
const TABLE: { action: string; method: 'GET' | 'POST' | 'PATCH'; url: (ids: Ids) => string; body?: (ids: Ids) => unknown; expect: Record<Role, number> }[] = [
  { action: 'read own account', method: 'GET', url: () => '/api/me', expect: { visitor: 401, user: 200, admin: 200 } },
  { action: 'edit own profile', method: 'PATCH', url: () => '/api/me/profile', body: () => ({ profile: { bio: 'x' } }), expect: { visitor: 401, user: 200, admin: 200 } },
  {
    action: 'change own password',
    method: 'POST',
    url: () => '/api/me/password',
    body: () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }),
    expect: { visitor: 401, user: 204, admin: 204 },
  },
  { action: 'read a profile', method: 'GET', url: (ids) => `/api/users/${ids.other}`, expect: { visitor: 200, user: 200, admin: 200 } },
  { action: 'list users', method: 'GET', url: () => '/api/admin/users', expect: { visitor: 401, user: 403, admin: 200 } },
  { action: 'change a role', method: 'PATCH', url: (ids) => `/api/admin/users/${ids.other}`, body: () => ({ role: 'user' }), expect: { visitor: 401, user: 403, admin: 200 } },
  { action: 'list the dev mailbox', method: 'GET', url: () => '/api/admin/mailbox', expect: { visitor: 401, user: 403, admin: 200 } },
  { action: 'read a dev mail', method: 'GET', url: (ids) => `/api/admin/mailbox/${ids.mail}`, expect: { visitor: 401, user: 403, admin: 200 } },
];
interface Ids {
  other: string;
  mail: string;
}

let t: TestApp;
let ids: Ids;
const clients = {} as Record<Role, ApiClient>;
beforeAll(async () => {
  t = await startTestApp();
  clients.visitor = new ApiClient(t.app);
  clients.user = (await signedInUser(t)).client;
  clients.admin = (await signedInUser(t, { role: 'admin' })).client;
  const other = await signedInUser(t);
  await clients.visitor.post('/api/auth/password-reset', { email: other.email });
  await t.runJobs();
  const mail = (await clients.admin.get('/api/admin/mailbox')).body.items[0].id as string;
  ids = { other: other.me.id, mail };
});
afterAll(() => t.close());

describe.each(TABLE)('$action', (row) => {
  it.each(['visitor', 'user', 'admin'] as Role[])('as %s', async (role) => {
    const res = await clients[role].request(row.method, row.url(ids), row.body?.(ids));
    expect(res.status, JSON.stringify(res.body)).toBe(row.expect[role]);
  });
});
