import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. The local folder is the default; an S3-compatible store can
 * implement the same three calls when the app runs on several machines.
 */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  read(key: string): Readable;
  remove(key: string): Promise<void>;
}

/** Files under one folder; keys are generated ids, never names from the client. */
export function localFileStorage(root: string): FileStorage {
  const file = (key: string) => {
    if (!/^[a-z0-9-]+$/.test(key)) throw new Error(`bad storage key ${key}`);
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, data) {
      await fs.mkdir(path.dirname(file(key)), { recursive: true });
      await fs.writeFile(file(key), data, { flag: 'wx' });
    },
    read: (key) => createReadStream(file(key)),
    async remove(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}
