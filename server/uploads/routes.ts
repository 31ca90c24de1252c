import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { Hono, type Context } from 'hono';
import { OrderAccessQuery, PreviewQuery, Upload, UploadQuery } from '../../sdk/schemas/index.ts';
import { CART_ID } from '../carts/routes.ts';
import type { AppEnv } from '../http/env.ts';
import { requestHeader, setDefaultHeader } from '../http/headers.ts';
import { defineRoute, mountRoute, type RouteResponse } from '../http/route.ts';
import { errorResponse } from '../openapi/responses.ts';
import { ORDER_ID } from '../orders/routes.ts';
import type { Shop } from '../shop/shop.ts';
import { UploadTooLargeError } from './errors.ts';
import { sendOriginal, sendStream } from './send.ts';
import { createUpload, findCartUpload, findOrderUpload, openPreview } from './service.ts';
import { toUpload } from './view.ts';

/**
 * The upload route reads its body as a stream with its own limit; the app's JSON body limit skips it.
 * Anchored at the end only, so it still matches when the app is mounted under a prefix.
 */
export const UPLOAD_ROUTE = /\/api\/carts\/[^/]+\/uploads$/;

const UPLOAD_ID = 'The upload id (`upl_…`).';
const UPLOAD_NOT_FOUND = errorResponse('`cart_not_found`, or `upload_not_found`: no such upload in this cart.');
/** The answer of every download of an original design, the admin's included. */
export const DOWNLOAD: RouteResponse = {
  description:
    'The original file as a download (`Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`, a sandboxing ' +
    'CSP). An SVG is sent as `application/octet-stream`, never as a document a browser would render.',
  body: { contentType: 'application/octet-stream' },
};

export const uploadDesignRoute = defineRoute({
  method: 'post',
  path: '/carts/:cartId/uploads',
  operationId: 'uploadDesign',
  tag: 'Stickers',
  summary: 'Upload a design',
  description:
    'The raw file is the request body (any `Content-Type`; it is ignored). The server streams it to disk, stops at the size ' +
    'limit, and decides the format from the bytes alone: PDF, AI, EPS, CDR, SVG, PSD, PNG, JPEG, TIFF, WEBP or GIF, as ' +
    'configured (see `GET /api/stickers/options`). Raster images and SVGs are decoded in full and get a PNG thumbnail ' +
    '(`previewUrl`, signed, usable in an `<img>` anywhere); other formats keep their type, name and size. An SVG with ' +
    'script, event handlers, `javascript:` URLs, external references, `<foreignObject>` or a DOCTYPE is refused.',
  params: { cartId: CART_ID },
  query: UploadQuery,
  queryDescriptions: {
    name: 'The original file name, for display only (cleaned: last path segment, no control characters, at most 120 characters).',
  },
  rawBody: { contentType: 'application/octet-stream', description: 'The file’s bytes.' },
  responses: {
    201: { description: 'The stored design.', body: Upload },
    400: errorResponse(
      '`empty_file`, `invalid_file` (a truncated or undecodable image, an incomplete PDF), `unsafe_file` (`details.reason`), or `validation_failed`.',
    ),
    404: errorResponse('`cart_not_found`.'),
    409: errorResponse('`cart_completed`: the cart was checked out.'),
    413: errorResponse('`upload_too_large` (`details.maxBytes`): the server stops reading and closes the connection.'),
    415: errorResponse(
      '`unsupported_file_type`: the content is not an accepted format (`details.accepted`, `details.detected`).',
    ),
    429: errorResponse('`rate_limited`: the cart already holds 50 designs.'),
  },
});

export const getUploadRoute = defineRoute({
  method: 'get',
  path: '/carts/:cartId/uploads/:uploadId',
  operationId: 'getUpload',
  tag: 'Stickers',
  summary: 'Get an uploaded design',
  params: { cartId: CART_ID, uploadId: UPLOAD_ID },
  responses: { 200: { description: 'The upload.', body: Upload }, 404: UPLOAD_NOT_FOUND },
});

export const downloadUploadRoute = defineRoute({
  method: 'get',
  path: '/carts/:cartId/uploads/:uploadId/file',
  operationId: 'downloadUpload',
  tag: 'Stickers',
  summary: 'Download an uploaded design',
  params: { cartId: CART_ID, uploadId: UPLOAD_ID },
  responses: { 200: DOWNLOAD, 404: UPLOAD_NOT_FOUND },
});

export const downloadOrderUploadRoute = defineRoute({
  method: 'get',
  path: '/orders/:orderId/uploads/:uploadId/file',
  operationId: 'downloadOrderUpload',
  tag: 'Stickers',
  summary: 'Download the design of an ordered sticker',
  description:
    'For whoever holds the order’s access token or signed link, and only for designs the order’s lines were made from.',
  params: { orderId: ORDER_ID, uploadId: UPLOAD_ID },
  query: OrderAccessQuery,
  queryDescriptions: { token: 'The order access token, or the signed token from the confirmation email.' },
  responses: {
    200: DOWNLOAD,
    404: errorResponse('`not_found` (no such order, or the token does not open it) or `upload_not_found`.'),
  },
});

export const uploadPreviewRoute = defineRoute({
  method: 'get',
  path: '/uploads/:uploadId/preview.png',
  operationId: 'uploadPreview',
  tag: 'Stickers',
  summary: 'A design’s PNG thumbnail',
  description:
    'The URL comes signed in `previewUrl`; it needs no other credential, so it works in an `<img>` on any page and in ' +
    'emails. Always a PNG rasterized by the server, at most 512 px a side; immutable and cacheable.',
  params: { uploadId: UPLOAD_ID },
  query: PreviewQuery,
  queryDescriptions: { sig: 'The signature from `previewUrl`.' },
  responses: {
    200: { description: 'The thumbnail.', body: { contentType: 'image/png' } },
    404: errorResponse('`upload_not_found`: no such upload, no thumbnail, or a wrong signature.'),
  },
});

export const UPLOAD_ROUTES = [
  uploadDesignRoute,
  getUploadRoute,
  downloadUploadRoute,
  downloadOrderUploadRoute,
  uploadPreviewRoute,
];

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

  mountRoute(app, uploadDesignRoute, async (c, { params, query }) => {
    try {
      const upload = await createUpload(shop, params.cartId, {
        name: query.name,
        body: requestBody(c),
        declaredSize: declaredSize(c),
      });
      return c.json(upload, 201, noStore);
    } catch (error) {
      // The rest of the body is never read: the connection cannot carry another request.
      if (error instanceof UploadTooLargeError) setDefaultHeader(c, 'Connection', 'close');
      throw error;
    }
  });

  mountRoute(app, getUploadRoute, async (c, { params }) => {
    const upload = await findCartUpload(shop, params.cartId, params.uploadId);
    return c.json(toUpload(shop.settings, upload), 200, noStore);
  });

  mountRoute(app, downloadUploadRoute, async (c, { params }) =>
    sendOriginal(c, shop, await findCartUpload(shop, params.cartId, params.uploadId)),
  );

  mountRoute(app, downloadOrderUploadRoute, async (c, { params, query }) =>
    sendOriginal(c, shop, await findOrderUpload(shop, params.orderId, query.token, params.uploadId)),
  );

  mountRoute(app, uploadPreviewRoute, async (c, { params, query }) => {
    const { body, size } = await openPreview(shop, params.uploadId, query.sig);
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
