const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/zip': 'zip',
};

/**
 * "attachment-2.pdf": a name that says nothing about who made the file, for everyone who may
 * not know the author (the public, blind reviewers). A file name often carries a person's name.
 */
export const neutralFileName = (index: number, type: string) => `attachment-${index + 1}.${EXTENSIONS[type] ?? 'bin'}`;

const NAME_MAX = 150;
/** Extensions that name the same type as file-type's. */
const SAME_EXTENSION: Record<string, string[]> = { jpg: ['jpg', 'jpeg'], tif: ['tif', 'tiff'] };

/**
 * The client's file name made harmless, for the download only (the bytes live under a
 * generated key): no folders (`../../etc/passwd.pdf` → `passwd.pdf`), no control or bidi
 * override characters (which can disguise `…exe.pdf`), no `..`, no leading dots, no characters
 * Windows refuses, at most 150 characters; and it ends with the extension of the type found in
 * the bytes, so a picture named `page.html` is saved as `page.png`.
 */
export function cleanFileName(raw: string, ext: string): { fileName: string; stem: string } {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const given = dot > 0 && /^[\p{L}\p{N}]{1,5}$/u.test(cleaned.slice(dot + 1)) ? cleaned.slice(dot + 1) : null;
  let stem = (given === null ? cleaned : cleaned.slice(0, dot)).trim();
  const keep = given !== null && (SAME_EXTENSION[ext] ?? [ext]).includes(given.toLowerCase());
  const suffix = `.${keep ? given : ext}`;
  stem = [...stem].slice(0, NAME_MAX - suffix.length).join('').trim();
  return { fileName: `${stem || 'document'}${suffix}`, stem };
}
