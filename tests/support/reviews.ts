import { expect } from 'vitest';
import type { TestApp } from './app.js';
import type { ApiClient } from './client.js';

export const DOMAINS = [
  { key: 'culture', title: 'علمی، فرهنگی و اجتماعی', description: '' },
  { key: 'economy', title: 'اقتصاد کلان، بازرگانی و اداری', description: '' },
];
export const GROUPS = [
  { key: 'think_tanks', title: 'اندیشکده‌ها' },
  { key: 'public', title: 'عموم مردم' },
];

/** Novelty 1–5 (weight 2), feasibility 0–10 (weight 1), alignment 1–5 (weight 1, comment required). */
export const RUBRIC = [
  { key: 'novelty', title: 'نوآوری', description: '', scaleMin: 1, scaleMax: 5, weight: 2, commentRequired: false },
  { key: 'feasibility', title: 'امکان‌پذیری', description: '', scaleMin: 0, scaleMax: 10, weight: 1, commentRequired: false },
  { key: 'alignment', title: 'هم‌راستایی با سیاست‌های کلی', description: '', scaleMin: 1, scaleMax: 5, weight: 1, commentRequired: true },
];

/** Full marks in the rubric's shape: `scores(4, 7, 3)`. */
export const scores = (novelty: number, feasibility: number, alignment: number) => ({
  novelty: { score: novelty, comment: '' },
  feasibility: { score: feasibility, comment: '' },
  alignment: { score: alignment, comment: 'هم‌راستا با سیاست‌های کلی' },
});

/**
 * A published call of two domains, opened on the test clock; `close()` moves the clock past its
 * closing and runs the jobs, so review can start.
 */
export async function openCall(t: TestApp, manager: ApiClient, options: { blindReview?: boolean; publicAfterClose?: boolean; attachments?: boolean } = {}) {
  const now = t.clock.now().getTime();
  const created = await manager.post('/api/calls', {
    title: 'ایده‌های ارتقای بهره‌وری',
    summary: '',
    description: '',
    domains: DOMAINS,
    audienceGroups: GROUPS,
    opensAt: new Date(now + 60_000).toISOString(),
    closesAt: new Date(now + 3_600_000).toISOString(),
    blindReview: options.blindReview ?? true,
    publicAfterClose: options.publicAfterClose ?? true,
    wordLimit: null,
    attachments: options.attachments
      ? { allowed: true, maxBytes: 1024 * 1024, types: ['application/pdf'], maxFiles: 3 }
      : { allowed: false, maxBytes: 1024 * 1024, types: [], maxFiles: 0 },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const call = created.body as { id: string; opensAt: string; closesAt: string };
  await manager.post(`/api/calls/${call.id}/publish`);
  t.clock.set(call.opensAt);
  await t.runJobs();
  return {
    id: call.id,
    async contribute(author: ApiClient, domainKey: string, extra: Record<string, unknown> = {}) {
      const res = await author.post(`/api/calls/${call.id}/contributions`, { domainKey, audienceGroup: 'public', title: `پیشنهاد ${domainKey}`, body: 'متن پیشنهاد برای داوری', submit: true, ...extra });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as { id: string; title: string };
    },
    async close() {
      t.clock.set(new Date(new Date(call.closesAt).getTime() + 1000));
      await t.runJobs();
    },
  };
}

/** A panel for the domains with these members (`role` per user id) and the rubric set. */
export async function panelFor(manager: ApiClient, callId: string, domainKeys: string[], members: [string, 'chair' | 'secretary' | 'reviewer'][], extra: Record<string, unknown> = {}) {
  const created = await manager.post(`/api/calls/${callId}/panels`, { title: `هیأت ${domainKeys.join('، ')}`, domainKeys, reviewersPerContribution: 2, deadline: null, disagreementThreshold: 30, ...extra });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  for (const [userId, role] of members) {
    const res = await manager.request('PUT', `/api/panels/${created.body.id}/members`, { userId, role });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  return created.body as { id: string };
}
