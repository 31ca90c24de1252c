import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../http/env.ts';
import { requestHeader, setDefaultHeader } from '../http/headers.ts';
import { OrderAccessQuery } from '../orders/routes.ts';
import type { Shop } from '../shop/shop.ts';
import { parseQuery } from '../validate.ts';
import { UploadTooLargeError } from './errors.ts';
import { sendOriginal, sendStream } from './send.ts';
import { createUpload, findCartUpload, findOrderUpload, openPreview } from './service.ts';
import { toUpload } from './view.ts';

/**
 * The upload route reads its body as a stream with its own limit; the app's JSON body limit skips it.
 * Anchored at the end only, so it still matches when the app is mounted under a prefix.
 */
export const UPLOAD_ROUTE = /\/api\/carts\/[^/]+\/uploads$/;

export const UploadQuery = z.object({ name: z.optional(z.string().check(z.maxLength(1000))) });
export const PreviewQuery = z.object({ sig: z.optional(z.string().check(z.maxLength(200))) });

/** The raw request body: Node's request itself when running on Node (no copy), else the web stream. */
function requestBody(c: Context<AppEnv>): Readable {
  const incoming = c.env?.incoming;
  if (incoming) return incoming;
  const body = c.req.raw.body;
  return body ? Readable.fromWeb(body as NodeReadableStream<Uint8Array>) : Readable.from([]);
}

function declaredSize(c: Context<AppEnv>): number | null {
  const value = requestHeader(c, 'content-length');
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/**
 * Design uploads. The cart id is the credential for a cart's uploads, the order token for an order's,
 * and a signature for a thumbnail. Admins download an order's designs through server/admin/routes.ts.
 */
export function uploadRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const noStore = { 'Cache-Control': 'no-store' };

  app.post('/carts/:cartId/uploads', async (c) => {
    const { name } = parseQuery(c, UploadQuery);
    try {
      const upload = await createUpload(shop, c.req.param('cartId'), { name, body: requestBody(c), declaredSize: declaredSize(c) });
      return c.json(upload, 201, noStore);
    } catch (error) {
      // The rest of the body is never read: the connection cannot carry another request.
      if (error instanceof UploadTooLargeError) setDefaultHeader(c, 'Connection', 'close');
      throw error;
    }
  });

  app.get('/carts/:cartId/uploads/:uploadId', async (c) => {
    const upload = await findCartUpload(shop, c.req.param('cartId'), c.req.param('uploadId'));
    return c.json(toUpload(shop.settings, upload), 200, noStore);
  });

  app.get('/carts/:cartId/uploads/:uploadId/file', async (c) =>
    sendOriginal(c, shop, await findCartUpload(shop, c.req.param('cartId'), c.req.param('uploadId'))),
  );

  app.get('/orders/:orderId/uploads/:uploadId/file', async (c) => {
    const { token } = parseQuery(c, OrderAccessQuery);
    return sendOriginal(c, shop, await findOrderUpload(shop, c.req.param('orderId'), token, c.req.param('uploadId')));
  });

  app.get('/uploads/:uploadId/preview.png', async (c) => {
    const { sig } = parseQuery(c, PreviewQuery);
    const { body, size } = await openPreview(shop, c.req.param('uploadId'), sig);
    return sendStream(c, body, {
      'Content-Type': 'image/png',
      'Content-Length': String(size),
      // Signed and content-addressed: the bytes behind this URL never change.
      'Cache-Control': 'public, max-age=31536000, immutable',
      // Loaded by <img> on the shop owner's pages and in mail clients, which are other origins.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });

  return app;
}
