import { randomBytes } from 'node:crypto';
import { ApiClient } from './client.js';
import type { TestApp } from './app.js';

export const PASSWORD = 'correct horse battery';

/** A verified account made through the service, and a client signed in as it. */
export async function signedInUser(t: TestApp, options: { role?: 'admin' | 'user'; name?: string; email?: string; locale?: 'fa' | 'ar' | 'en'; organization?: string } = {}) {
  const email = options.email ?? `user-${randomBytes(4).toString('hex')}@example.org`;
  const me = await t.app.services.accounts.createUser({ email, password: PASSWORD, name: options.name ?? 'سارا رضایی', role: options.role, ...(options.organization ? { profile: { organization: options.organization } } : {}) });
  const client = new ApiClient(t.app, options.locale ?? 'en', `10.0.${randomBytes(1)[0]}.${randomBytes(1)[0]}`);
  const res = await client.post('/api/auth/sign-in', { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { me, client, email };
}

/** A problem body without its per-request id, for comparing two answers. */
export const withoutRequestId = (body: Record<string, unknown>) => {
  const { requestId: _ignored, ...rest } = body;
  return rest;
};
