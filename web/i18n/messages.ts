import ar from './messages/ar.json';
import en from './messages/en.json';
import fa from './messages/fa.json';
import type { Locale } from './locales';

/** Every message id; the Persian catalog is the reference. */
export type MessageId = keyof typeof fa;

// The type annotations fail the build when ar or en lacks a key that fa has.
const arMessages: Record<MessageId, string> = ar;
const enMessages: Record<MessageId, string> = en;

export const catalogs: Record<Locale, Record<MessageId, string>> = { fa, ar: arMessages, en: enMessages };
