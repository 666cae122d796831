import type { FastifyRequest } from 'fastify';
import { invalid } from './errors.js';

/** One uploaded file as a route read it: `truncated` when the stream was cut at the global limit. */
export interface UploadedFile {
  name: string;
  data: Buffer;
  truncated: boolean;
}

/**
 * A multipart/form-data upload: the file (field `file`, cut at the global upload limit and then
 * marked `truncated`) and the text fields asked for; other parts are read and ignored.
 */
export async function uploadForm<F extends string>(request: FastifyRequest, fieldNames: readonly F[] = []) {
  if (!request.isMultipart()) throw invalid([{ field: 'file', key: 'validation.required' }]);
  const fields: Partial<Record<F, string>> = {};
  let file: UploadedFile | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'file' && !file) file = { name: part.filename ?? '', data, truncated: part.file.truncated };
    } else if ((fieldNames as readonly string[]).includes(part.fieldname) && typeof part.value === 'string') {
      fields[part.fieldname as F] = part.value;
    }
  }
  if (!file) throw invalid([{ field: 'file', key: 'validation.required' }]);
  return { file, fields };
}
