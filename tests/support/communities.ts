import { expect } from 'vitest';
import type { TestApp } from './app.js';
import type { ApiClient } from './client.js';
import { signedInUser } from './builders.js';

type Core = { userId: string; role: 'facilitator' | 'secretary' | 'member' } | { name: string; position: string; organization: string; email: string; role: 'facilitator' | 'secretary' | 'member' };

/** Every field of Appendix 1 filled in, in the source's own words. */
export function completeForm(coreMembers: Core[]) {
  return {
    applicant: { phone: '۰۲۱-۴۲۳۹۱۰۰۰', degree: 'دکتری', organization: 'سازمان ملی بهره‌وری ایران' },
    title: 'انجمن خبرگی بهره‌وری انرژی',
    domain: 'بهره‌وری انرژی در صنایع فولاد و سیمان',
    goals: 'ایجاد بستری برای تبادل دانش و تجارب تخصصی؛ شناسایی و توسعه تجربیات موفق',
    rationale: 'نیاز به شبکه‌ای پایدار از خبرگان در حوزه انرژی',
    scope: 'در سطح بخشی، با حضور صنایع انرژی‌بر',
    kind: 'expert_association' as const,
    level: 'sectoral' as const,
    geography: 'national' as const,
    coreMembers,
    platforms: 'پیام‌رسان داخلی و جلسات ماهانه حضوری',
    knowledgeTools: 'پایگاه دانش و ویکی مشارکتی',
    hasPriorExperience: true,
    priorExperience: 'عضو هیئت مدیره انجمن مدیریت انرژی',
    funding: 'حق عضویت سالانه و حمایت سازمان',
    supportNeeded: 'فضای جلسات و زیرساخت ارتباطی',
    acknowledged: true,
  };
}

/** Users to propose as a founding core. */
export async function coreUsers(t: TestApp, n: number, roles: ('facilitator' | 'secretary' | 'member')[] = ['facilitator', 'secretary', 'member', 'member']) {
  const people = [];
  for (let i = 0; i < n; i++) people.push(await signedInUser(t, { name: `عضو هسته ${i + 1}` }));
  return { people, core: people.map((p, i) => ({ userId: p.me.id, role: roles[i % roles.length]! })) };
}

/** A complete request filed and submitted by `applicant`; returns its id. */
export async function submittedRequest(applicant: ApiClient, core: Core[]) {
  const created = await applicant.post('/api/formation-requests', completeForm(core));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const submitted = await applicant.post(`/api/formation-requests/${created.body.id}/submit`);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return created.body.id as string;
}

export const APPROVAL = { kind: 'expert_association', structure: 'horizontal', formality: 'informal', visibility: 'public', joinPolicy: 'open' } as const;

/**
 * A community formed the real way (request → approval) with a chair, and with its core
 * members' invitations accepted; returns the slug and the people by role.
 */
export async function formedCommunity(t: TestApp, options: { visibility?: 'public' | 'private'; joinPolicy?: 'open' | 'request' | 'invitation'; admin?: ApiClient } = {}) {
  const admin = options.admin ?? (await signedInUser(t, { role: 'admin' })).client;
  const chair = await signedInUser(t, { name: 'علی رضایی' });
  const { people, core } = await coreUsers(t, 3, ['facilitator', 'secretary', 'member']);
  const id = await submittedRequest(chair.client, core);
  const approved = await admin.post(`/api/admin/formation-requests/${id}/approve`, {
    ...APPROVAL,
    visibility: options.visibility ?? 'public',
    joinPolicy: options.joinPolicy ?? 'open',
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  const slug = approved.body.communitySlug as string;
  for (const p of people) {
    const invitation = (await p.client.get('/api/me/invitations')).body.items[0];
    expect((await p.client.post('/api/invitations/accept', { id: invitation.id })).status).toBe(200);
  }
  const [facilitator, secretary, member] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  return { slug, admin, chair, facilitator, secretary, member, requestId: id };
}
