import type { MessageId } from '../../i18n/messages';

/** Query keys: every library query starts with `['library']`, so one invalidation refreshes them all. */
export const libraryKeys = {
  all: ['library'] as const,
  list: (slug: string, q: string) => ['library', 'list', slug, q] as const,
  document: (id: string) => ['library', 'document', id] as const,
};

/** What each allowed type is called, its usual extensions, and the short label on its icon. */
const TYPES: Record<string, { label: MessageId; ext: string[]; short: string; family: Family }> = {
  'application/pdf': { label: 'library.type.pdf', ext: ['.pdf'], short: 'PDF', family: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'library.type.docx', ext: ['.docx'], short: 'DOCX', family: 'text' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'library.type.xlsx', ext: ['.xlsx'], short: 'XLSX', family: 'sheet' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { label: 'library.type.pptx', ext: ['.pptx'], short: 'PPTX', family: 'slides' },
  'application/vnd.oasis.opendocument.text': { label: 'library.type.odt', ext: ['.odt'], short: 'ODT', family: 'text' },
  'application/vnd.oasis.opendocument.spreadsheet': { label: 'library.type.ods', ext: ['.ods'], short: 'ODS', family: 'sheet' },
  'application/vnd.oasis.opendocument.presentation': { label: 'library.type.odp', ext: ['.odp'], short: 'ODP', family: 'slides' },
  'image/png': { label: 'library.type.png', ext: ['.png'], short: 'PNG', family: 'image' },
  'image/jpeg': { label: 'library.type.jpeg', ext: ['.jpg', '.jpeg'], short: 'JPG', family: 'image' },
  'image/webp': { label: 'library.type.webp', ext: ['.webp'], short: 'WEBP', family: 'image' },
  'application/zip': { label: 'library.type.zip', ext: ['.zip'], short: 'ZIP', family: 'archive' },
};

export type Family = 'pdf' | 'text' | 'sheet' | 'slides' | 'image' | 'archive' | 'other';

export interface TypeInfo {
  /** The catalog message naming the type, or null for a type the app has no name for. */
  label: MessageId | null;
  short: string;
  family: Family;
}

export function typeInfo(mime: string): TypeInfo {
  const known = TYPES[mime];
  if (known) return { label: known.label, short: known.short, family: known.family };
  const tail = mime.split('/').pop() ?? '';
  return { label: null, short: (tail.split(/[.+-]/).pop() ?? tail).slice(0, 5).toUpperCase(), family: 'other' };
}

/** The file input's `accept`: the media types and their usual extensions. */
export function acceptOf(types: readonly string[]): string {
  return [...types, ...types.flatMap((t) => TYPES[t]?.ext ?? [])].join(',');
}

/**
 * Whether a picked file may be of an allowed type, judged by its extension or the browser's
 * guess; the server decides from the bytes. Unknown allowed types let every file through.
 */
export function mayBeAllowed(file: { name: string; type: string }, types: readonly string[]): boolean {
  if (file.type && types.includes(file.type)) return true;
  if (types.some((t) => !TYPES[t])) return true;
  const name = file.name.toLowerCase();
  return types.some((t) => (TYPES[t]?.ext ?? []).some((ext) => name.endsWith(ext)));
}

/** Sizes as people read them: bytes, kilobytes, or megabytes with one decimal. */
export function sizeParts(bytes: number): { unit: 'b' | 'kb' | 'mb'; n: number } {
  if (bytes < 1024) return { unit: 'b', n: bytes };
  if (bytes < 1024 * 1024) return { unit: 'kb', n: Math.max(1, Math.round(bytes / 1024)) };
  return { unit: 'mb', n: Math.round((bytes / (1024 * 1024)) * 10) / 10 };
}

/** The title a document gets when none is typed: its file name without the extension. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

export const downloadUrl = (id: string, version?: number) => `/api/documents/${encodeURIComponent(id)}/download${version ? `?version=${version}` : ''}`;
