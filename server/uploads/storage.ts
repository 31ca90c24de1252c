import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where upload bytes live. Keys are made by the server (`originals/ab/<sha256>`), never by a client.
 * The local folder is the default; an S3-compatible store implements the same four calls.
 */
export interface UploadStorage {
  /** Stores `body` under `key`, replacing nothing half-written: readers see the old bytes or the new ones. */
  put(key: string, body: Readable | Buffer): Promise<void>;
  /** The bytes and their size, or null when the key holds nothing. */
  get(key: string): Promise<{ body: Readable; size: number } | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9]+(?:\/[a-z0-9]+)*(?:\.[a-z0-9]+)?$/;

/** Files under `root`, written to a temporary name and renamed into place. */
export function createLocalStorage(root: string): UploadStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    // Keys are ours, but a bug must never turn into a path outside the folder.
    if (!KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
    const file = join(base, ...key.split('/'));
    if (!file.startsWith(base + sep)) throw new Error(`Invalid storage key: ${key}`);
    return file;
  };
  return {
    async put(key, body) {
      const file = pathOf(key);
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${randomBytes(8).toString('hex')}.part`;
      try {
        // Opened before the copy starts: a stream that opens the file itself may create it after a failed copy was
        // cleaned up, leaving a partial file behind.
        const handle = await open(temporary, 'wx');
        await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, handle.createWriteStream());
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      const file = pathOf(key);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      return { body: createReadStream(file), size: info.size };
    },
    async exists(key) {
      return (await stat(pathOf(key)).catch(() => null))?.isFile() ?? false;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
