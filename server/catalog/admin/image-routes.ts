import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { Hono, type Context } from 'hono';
import { AdminProduct, ProductImageQuery } from '../../../sdk/schemas/index.ts';
import { NotFoundError } from '../../errors.ts';
import type { AppEnv } from '../../http/env.ts';
import { requestHeader, setDefaultHeader } from '../../http/headers.ts';
import { defineRoute, mountRoute } from '../../http/route.ts';
import { ADMIN_ONLY, errorResponse } from '../../openapi/responses.ts';
import type { Shop } from '../../shop/shop.ts';
import { UploadTooLargeError } from '../../uploads/errors.ts';
import { sendStream } from '../../uploads/send.ts';
import { addProductImage, PRODUCT_IMAGE_WIDTHS, productImageKey } from './product-images.ts';
import { PRODUCT_ID, writeContext } from './product-routes.ts';

/** The photo upload streams its body with the upload limit; the app's JSON body limit skips it. */
export const PRODUCT_IMAGE_ROUTE = /\/api\/admin\/products\/[^/]+\/images$/;

export const adminAddProductImageRoute = defineRoute({
  method: 'post',
  path: '/admin/products/:productId/images',
  operationId: 'adminAddProductImage',
  tag: 'Admin',
  summary: 'Add a photo to a product',
  description:
    'The raw file is the request body (its `Content-Type` is ignored). Its format is decided from its bytes: JPEG, PNG, ' +
    'WEBP, GIF or TIFF; anything else is refused. It is resized into WEBP files 800, 400 and 160 px wide (the product ' +
    'page, a grid card, a thumbnail: `/media/products/{hash}/w{width}.webp`); the product’s new image is the 800 px ' +
    'one, added last in the gallery. Reorder, re-caption or remove images with `PATCH /api/admin/products/{productId}`.',
  security: 'bearer',
  params: { productId: PRODUCT_ID },
  query: ProductImageQuery,
  queryDescriptions: { version: 'The product version read; a stale one is refused.', alt: 'The alt text.' },
  rawBody: { contentType: 'application/octet-stream', description: 'The photo’s bytes.' },
  responses: {
    201: { description: 'The product with its new image.', body: AdminProduct },
    400: errorResponse('`empty_file`, `invalid_file` (an image that cannot be decoded) or `validation_failed`.'),
    ...ADMIN_ONLY,
    404: errorResponse('`not_found`: no product has this id.'),
    409: errorResponse('`version_conflict` (`details.currentVersion`): the product changed since it was read.'),
    413: errorResponse('`upload_too_large` (`details.maxBytes`).'),
    415: errorResponse('`unsupported_file_type`: not a photo format (`details.accepted`, `details.detected`).'),
  },
});

export const ADMIN_IMAGE_ROUTES = [adminAddProductImageRoute];

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

/** `POST /api/admin/products/:id/images`; the admin check is mounted on `/api/admin/*` by the app. */
export function adminImageRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, adminAddProductImageRoute, async (c, { params, query }) => {
    try {
      const incoming = { name: undefined, body: requestBody(c), declaredSize: declaredSize(c) };
      const upload = { ...incoming, alt: query.alt ?? '', version: query.version };
      return c.json(await addProductImage(shop, params.productId, upload, writeContext(shop, c)), 201);
    } catch (error) {
      // The rest of the body is never read: the connection cannot carry another request.
      if (error instanceof UploadTooLargeError) setDefaultHeader(c, 'Connection', 'close');
      throw error;
    }
  });
  return app;
}

const IMAGE_FILE = new RegExp(`^w(${PRODUCT_IMAGE_WIDTHS.join('|')})\\.webp$`);

/** `/media/products/:hash/w:width.webp`: product photos for anyone, like the seed images; named by content, so immutable. */
export function productImageFiles(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/media/products/:hash/:file', async (c) => {
    const { hash, file } = c.req.param();
    const width = IMAGE_FILE.exec(file)?.[1];
    const stored =
      /^[0-9a-f]{64}$/.test(hash) && width ? await shop.uploadStore.get(productImageKey(hash, Number(width))) : null;
    if (!stored) throw new NotFoundError('The image');
    return sendStream(c, stored.body, {
      'Content-Type': 'image/webp',
      'Content-Length': String(stored.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      // Shown by <img> on the shop owner's pages, which are other origins.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}
