import type { DevMailRow } from './store.js';

export const presentMailSummary = (m: DevMailRow) => ({ id: m.id, to: m.to, subject: m.subject, createdAt: m.createdAt.toISOString() });

export const presentMail = (m: DevMailRow) => ({ ...presentMailSummary(m), text: m.text });
