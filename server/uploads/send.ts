import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { UploadRecord } from '../data/uploads.ts';
import type { AppEnv } from '../http/env.ts';
import type { Shop } from '../shop/shop.ts';
import { attachmentDisposition, downloadName } from './file-name.ts';
import { openOriginal } from './service.ts';

/**
 * The stored bytes as the response body. Hono answers HEAD with a GET handler and drops its body
 * unread, which would leave the file open: for HEAD the stream is closed at once.
 */
export function sendStream(c: Context<AppEnv>, body: Readable, headers: Record<string, string>): Response {
  if (c.req.method === 'HEAD') {
    body.destroy();
    return c.body(null, 200, headers);
  }
  return c.body(Readable.toWeb(body) as ReadableStream, 200, headers);
}

/**
 * An original, as a download: never rendered by the browser (an SVG is sent as bytes), sandboxed even if
 * it were, and private to the shopper or admin who asked. The shopper's routes and the admin's send it alike.
 */
export async function sendOriginal(c: Context<AppEnv>, shop: Shop, upload: UploadRecord): Promise<Response> {
  const { body, size } = await openOriginal(shop, upload);
  return sendStream(c, body, {
    'Content-Type': upload.format === 'svg' ? 'application/octet-stream' : upload.mediaType,
    'Content-Length': String(size),
    'Content-Disposition': attachmentDisposition(downloadName(upload.fileName, upload.format)),
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
