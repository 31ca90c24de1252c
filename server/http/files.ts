import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { compressed, MIN_BYTES, pickEncoding, type Encoding } from './compression.ts';
import { CSP, DOCUMENT_HEADERS } from './security.ts';

/** The only file types the server hands out, with the type it declares for each. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** Text types worth compressing; PNGs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.svg', '.map']);

/**
 * Resolves a URL path below `root`, or null when it could reach anything else. The path is decoded once
 * here (so `%2e%2e%2f` is caught as `../`), and any empty, dot or dot-dot segment, backslash or NUL is
 * refused outright rather than normalized; hidden files are refused too.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded === '' || /[\\\0]/.test(decoded)) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return null;
  const base = resolve(root);
  const file = resolve(join(base, ...segments));
  return file.startsWith(base + sep) ? file : null;
}

export type SendFileOptions = {
  cacheControl: string;
  /** Extra headers (CSP, CORP, CORS) for this kind of file. */
  headers?: Record<string, string>;
};

/**
 * Answers with a file of an allowed type, or null when there is no such regular file (the caller
 * decides what a miss means). Text files go out brotli- or gzip-compressed when the client accepts it.
 * Revalidation uses a weak ETag from size and modification time (and the encoding).
 */
export async function sendFile(c: Context, file: string, options: SendFileOptions): Promise<Response | null> {
  const extension = extname(file).toLowerCase();
  const contentType = CONTENT_TYPES[extension];
  if (!contentType) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const version = `${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}`;
  const compressible = COMPRESSIBLE.has(extension);
  const encoding = compressible && info.size >= MIN_BYTES ? pickEncoding(c.req.header('accept-encoding')) : null;
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Cache-Control': options.cacheControl,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...(extension === '.svg' ? { 'Content-Security-Policy': CSP.svg } : {}),
    ...(extension === '.html' ? { ...DOCUMENT_HEADERS, 'Content-Security-Policy': CSP.html } : {}),
    ...options.headers,
  };
  // Each encoding is its own representation, with its own validator; a match is answered unread.
  const etagOf = (sent: Encoding | null) => `W/"${version}${sent ? `-${sent}` : ''}"`;
  if (c.req.header('if-none-match') === etagOf(encoding))
    return c.body(null, 304, { ...headers, ETag: etagOf(encoding) });
  const packed = encoding ? await compressed(file, version, encoding, () => readFile(file)).catch(() => null) : null;
  const sent = packed ? encoding : null;
  headers['ETag'] = etagOf(sent);
  if (sent) headers['Content-Encoding'] = sent;
  const body = packed ?? (await readFile(file));
  return c.body(new Uint8Array(body), 200, headers);
}
