import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Call, CallInput, CallState, ContributionState } from '../../api/types';
import type { MessageId } from '../../i18n/messages';

export type { Call, CallState, CallSummary, Contribution, ContributionState } from '../../api/types';

export const CALL_STATES = ['draft', 'scheduled', 'open', 'closed', 'under_review', 'results_published'] as const satisfies readonly CallState[];
/** The manager's filter: submitted first (what Table 1 counts), then withdrawn, then drafts. */
export const CONTRIBUTION_STATES = ['submitted', 'withdrawn', 'draft'] as const satisfies readonly ContributionState[];
/** A call can be edited until it closes (the server says so too). */
export const EDITABLE_CALL_STATES: readonly CallState[] = ['draft', 'scheduled', 'open'];

export const isContributionState = (s: string | null): s is ContributionState => s !== null && (CONTRIBUTION_STATES as readonly string[]).includes(s);

// ---------------------------------------------------------------------------------------------
// Queries

export const callKey = (id: string) => ['calls-admin', 'call', id] as const;
export const myCallsKey = ['calls-admin', 'mine'] as const;

export function useCall(id: string) {
  return useQuery({
    queryKey: callKey(id),
    queryFn: () => unwrap(api.GET('/api/calls/{id}', { params: { path: { id } } })),
    retry: false,
  });
}

/** After a change: this call's cache, and every list or page (ours or the public ones) that shows calls. */
export function acceptCall(queryClient: QueryClient, call: Call): void {
  queryClient.setQueryData(callKey(call.id), call);
  void queryClient.invalidateQueries({
    predicate: (q) => {
      const head = q.queryKey[0];
      if (typeof head !== 'string' || !head.toLowerCase().includes('call')) return false;
      return !(q.queryKey[1] === 'call' && q.queryKey[2] === call.id);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Presets: the source's six domains and six audience groups

export const PRESET_DOMAINS = ['culture', 'economy', 'infrastructure', 'security', 'health', 'legal'] as const;
export const PRESET_GROUPS = ['think_tanks', 'research_institutes', 'professors', 'graduate_students', 'executives', 'public'] as const;

/** Stable keys: a–z, 0–9, `_` and `-`, at most 40 (as the server checks). */
export const KEY_PATTERN = /^[a-z0-9_-]{1,40}$/;

/** The attachment kinds a manager may allow, with their media types. */
export const ATTACHMENT_KINDS = [
  { id: 'pdf', types: ['application/pdf'] },
  { id: 'word', types: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  { id: 'image', types: ['image/png', 'image/jpeg'] },
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]['id'];

export const MB = 1024 * 1024;
export const MAX_ATTACHMENT_MB = 50;
export const WORD_LIMIT_MIN = 10;
export const WORD_LIMIT_MAX = 100_000;
export const MAX_FILES = 10;
export const MAX_ENTRIES = 30;

// ---------------------------------------------------------------------------------------------
// The form's values

export interface DomainEntry {
  /** Local, for React keys and focus; not sent. */
  uid: string;
  key: string;
  title: string;
  description: string;
}

export interface GroupEntry {
  uid: string;
  key: string;
  title: string;
}

export interface CallFormValues {
  title: string;
  summary: string;
  description: string;
  domains: DomainEntry[];
  audienceGroups: GroupEntry[];
  opensDay: string;
  opensTime: string;
  closesDay: string;
  closesTime: string;
  blindReview: boolean;
  publicAfterClose: boolean;
  /** '' for no limit. */
  wordLimit: string;
  attachmentsAllowed: boolean;
  maxMb: string;
  kinds: AttachmentKind[];
  maxFiles: string;
}

let uidCounter = 0;
export const newUid = () => `e${++uidCounter}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant → the browser's local day `YYYY-MM-DD` and time `HH:mm`. */
export function localParts(iso: string | Date): { day: string; time: string } {
  const d = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(d.getTime())) return { day: '', time: '' };
  return { day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** A local day and time (the browser's time zone) → an ISO instant; null when either is missing or malformed. */
export function toInstant(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  // Without a zone designator, a date-time string is read in local time.
  const d = new Date(`${day}T${time}:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The browser's time zone name (`Asia/Tehran`), for the form's help text. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return '';
  }
}

const kindsOf = (types: readonly string[]): AttachmentKind[] =>
  ATTACHMENT_KINDS.filter((k) => k.types.some((t) => types.includes(t))).map((k) => k.id);

/** `2.5` MB, without a trailing `.0`, as typed in an English-digit input. */
const mbOf = (bytes: number) => String(Math.round((bytes / MB) * 100) / 100);

/** A new call: the source's six domains and audience groups (titles in the manager's language), open a month. */
export function newCallValues(t: (id: MessageId) => string, now = new Date()): CallFormValues {
  const opens = new Date(now);
  opens.setMinutes(0, 0, 0);
  opens.setHours(opens.getHours() + 1);
  const closes = new Date(opens);
  closes.setDate(closes.getDate() + 30);
  closes.setHours(23, 59, 0, 0);
  const o = localParts(opens);
  const c = localParts(closes);
  return {
    title: '',
    summary: '',
    description: '',
    domains: PRESET_DOMAINS.map((key) => ({ uid: newUid(), key, title: t(`callAdmin.preset.domain.${key}`), description: '' })),
    audienceGroups: PRESET_GROUPS.map((key) => ({ uid: newUid(), key, title: t(`callAdmin.preset.group.${key}`) })),
    opensDay: o.day,
    opensTime: o.time,
    closesDay: c.day,
    closesTime: c.time,
    blindReview: false,
    publicAfterClose: false,
    wordLimit: '',
    attachmentsAllowed: false,
    maxMb: '10',
    kinds: ['pdf'],
    maxFiles: '3',
  };
}

export function toFormValues(call: Call): CallFormValues {
  const o = localParts(call.opensAt);
  const c = localParts(call.closesAt);
  return {
    title: call.title,
    summary: call.summary,
    description: call.description,
    domains: call.domains.map((d) => ({ uid: newUid(), ...d })),
    audienceGroups: call.audienceGroups.map((g) => ({ uid: newUid(), ...g })),
    opensDay: o.day,
    opensTime: o.time,
    closesDay: c.day,
    closesTime: c.time,
    blindReview: call.blindReview,
    publicAfterClose: call.publicAfterClose,
    wordLimit: call.wordLimit === null ? '' : String(call.wordLimit),
    attachmentsAllowed: call.attachments.allowed,
    maxMb: mbOf(call.attachments.maxBytes),
    kinds: kindsOf(call.attachments.types),
    maxFiles: String(call.attachments.maxFiles),
  };
}

/** Digits as typed in any script (۱۲, ١٢, 12) → a number; '' → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const ascii = text
    .trim()
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[٫,]/g, '.');
  if (ascii === '') return null;
  return /^\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : Number.NaN;
}

/** The request body. Call only after `checkValues` found nothing (times and numbers are then valid). */
export function toInput(v: CallFormValues, previous?: Call): CallInput {
  const wordLimit = parseNumber(v.wordLimit);
  const maxMb = parseNumber(v.maxMb);
  const maxFiles = parseNumber(v.maxFiles);
  const kept = previous?.attachments;
  return {
    title: v.title.trim(),
    summary: v.summary.trim(),
    description: v.description,
    domains: v.domains.map((d) => ({ key: d.key.trim(), title: d.title.trim(), description: d.description.trim() })),
    audienceGroups: v.audienceGroups.map((g) => ({ key: g.key.trim(), title: g.title.trim() })),
    opensAt: toInstant(v.opensDay, v.opensTime) ?? '',
    closesAt: toInstant(v.closesDay, v.closesTime) ?? '',
    blindReview: v.blindReview,
    publicAfterClose: v.publicAfterClose,
    wordLimit: wordLimit === null || Number.isNaN(wordLimit) ? null : Math.round(wordLimit),
    attachments: v.attachmentsAllowed
      ? {
          allowed: true,
          maxBytes: Math.round((maxMb ?? 10) * MB),
          types: ATTACHMENT_KINDS.filter((k) => v.kinds.includes(k.id)).flatMap((k) => [...k.types]),
          maxFiles: Math.round(maxFiles ?? 1),
        }
      : // Not allowed: keep what was there (or sensible defaults) for when the manager allows them again.
        { allowed: false, maxBytes: kept?.maxBytes ?? 10 * MB, types: kept?.types ?? ['application/pdf'], maxFiles: kept?.maxFiles ?? 3 },
  };
}

/** For a PATCH: only the fields that differ from the call as loaded. */
export function changedFields(input: CallInput, call: Call): Partial<CallInput> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input) as [keyof CallInput, unknown][]) {
    const before: unknown = k === 'opensAt' || k === 'closesAt' ? new Date(call[k]).toISOString() : call[k];
    if (JSON.stringify(v) !== JSON.stringify(before)) out[k] = v;
  }
  return out;
}

export type ErrorMap = Record<string, string>;

/** The client's checks, keyed by the same dotted paths the server uses (`domains.1.key`, `closesAt`). */
export function checkValues(v: CallFormValues, t: (id: MessageId, values?: Record<string, string | number>) => string): ErrorMap {
  const e: ErrorMap = {};
  const required = t('validation.required');
  if (!v.title.trim()) e.title = required;
  for (const [list, name] of [
    [v.domains, 'domains'],
    [v.audienceGroups, 'audienceGroups'],
  ] as const) {
    if (list.length === 0) e[name] = t(name === 'domains' ? 'callAdmin.error.noDomains' : 'callAdmin.error.noGroups');
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const key = item.key.trim();
      if (!key) e[`${name}.${i}.key`] = required;
      else if (!KEY_PATTERN.test(key)) e[`${name}.${i}.key`] = t('callAdmin.error.keyPattern');
      else if (seen.has(key)) e[`${name}.${i}.key`] = t('callAdmin.error.keyDuplicate');
      seen.add(key);
      if (!item.title.trim()) e[`${name}.${i}.title`] = required;
    });
  }
  const opens = toInstant(v.opensDay, v.opensTime);
  const closes = toInstant(v.closesDay, v.closesTime);
  if (!opens) e.opensAt = t('callAdmin.error.dateTime');
  if (!closes) e.closesAt = t('callAdmin.error.dateTime');
  if (opens && closes && closes <= opens) e.closesAt = t('callAdmin.error.closesBeforeOpens');
  const wordLimit = parseNumber(v.wordLimit);
  if (wordLimit !== null && (Number.isNaN(wordLimit) || !Number.isInteger(wordLimit) || wordLimit < WORD_LIMIT_MIN || wordLimit > WORD_LIMIT_MAX)) {
    e.wordLimit = t('callAdmin.error.wordLimit', { min: WORD_LIMIT_MIN, max: WORD_LIMIT_MAX });
  }
  if (v.attachmentsAllowed) {
    const mb = parseNumber(v.maxMb);
    if (mb === null) e['attachments.maxBytes'] = required;
    else if (Number.isNaN(mb) || mb * MB < 1024 || mb > MAX_ATTACHMENT_MB) e['attachments.maxBytes'] = t('callAdmin.error.maxMb', { max: MAX_ATTACHMENT_MB });
    const files = parseNumber(v.maxFiles);
    if (files === null) e['attachments.maxFiles'] = required;
    else if (Number.isNaN(files) || !Number.isInteger(files) || files < 1 || files > MAX_FILES) e['attachments.maxFiles'] = t('callAdmin.error.maxFiles', { max: MAX_FILES });
    if (v.kinds.length === 0) e['attachments.types'] = t('callAdmin.error.noTypes');
  }
  return e;
}

/** Server paths → the form's: `/domains/1/key` and `domains[1].key` → `domains.1.key`. */
export const normalizePath = (field: string) => field.replace(/^\//, '').replace(/[/[\]]+/g, '.').replace(/\.+$/, '');

/** Paths the form shows an input for; the rest are listed in the form's alert. */
export function isShownPath(path: string): boolean {
  return (
    /^(title|summary|description|opensAt|closesAt|blindReview|publicAfterClose|wordLimit|domains|audienceGroups)$/.test(path) ||
    /^domains\.\d+\.(key|title|description)$/.test(path) ||
    /^audienceGroups\.\d+\.(key|title)$/.test(path) ||
    /^attachments\.(maxBytes|maxFiles|types)$/.test(path)
  );
}

// ---------------------------------------------------------------------------------------------
// Statistics

export interface DayDatum {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  count: number;
}

const DAY_MS = 86_400_000;

/** Every day from the first to the last, the missing ones at zero (not past a year: then as given). */
export function fillDays(days: readonly DayDatum[]): DayDatum[] {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const from = Date.parse(`${first.day}T00:00:00Z`);
  const to = Date.parse(`${last.day}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to) || (to - from) / DAY_MS > 366) return sorted;
  const byDay = new Map(sorted.map((d) => [d.day, d.count]));
  const out: DayDatum[] = [];
  for (let at = from; at <= to; at += DAY_MS) {
    const day = new Date(at).toISOString().slice(0, 10);
    out.push({ day, count: byDay.get(day) ?? 0 });
  }
  return out;
}
