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
