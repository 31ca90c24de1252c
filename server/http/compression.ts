import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

/**
 * Compressed copies of the static text files (the script-tag bundle above all: it is most of what an
 * embedding page downloads). Files change only on a rebuild, so each version is compressed once, at
 * the highest level, and kept; no proxy in front of the server is needed for a small download.
 */

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this, the headers cost more than compression saves. */
export const MIN_BYTES = 1024;
/** A bound on the kept copies: the bundle, its map and the example pages are a few dozen files. */
const MAX_ENTRIES = 64;

/** The best encoding the client accepts (`q=0` refuses one), or null for the plain file. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wants = (name: Encoding) => (accepted.get(name) ?? (accepted.has('*') ? (accepted.get('*') ?? 0) : 0)) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return null;
}

const cache = new Map<string, Promise<Buffer>>();

/**
 * The file compressed with `encoding`, made once per file version (`version` is the file's ETag):
 * `read` runs only when this version is not kept yet.
 */
export function compressed(
  file: string,
  version: string,
  encoding: Encoding,
  read: () => Promise<Buffer>,
): Promise<Buffer> {
  const key = `${encoding} ${version} ${file}`;
  let entry = cache.get(key);
  if (!entry) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
    entry = read().then((body) =>
      encoding === 'br'
        ? brotli(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          })
        : gzipAsync(body, { level: 9 }),
    );
    // A failed compression is not kept: the next request tries again.
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
  }
  return entry;
}

/**
 * `body` compressed at a level fast enough to do while answering (about a millisecond for a 13 KB page);
 * callers keep the result, so each cached page is compressed once per encoding.
 */
export function compressNow(body: Uint8Array, encoding: Encoding): Uint8Array<ArrayBuffer> {
  const packed =
    encoding === 'br'
      ? brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        })
      : gzipSync(body, { level: 6 });
  return new Uint8Array(packed.buffer as ArrayBuffer, packed.byteOffset, packed.length);
}
