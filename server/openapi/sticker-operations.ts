import { OrderAccessQuery } from '../orders/routes.ts';
import { PreviewQuery, UploadQuery } from '../uploads/routes.ts';
import type { Operation, OperationResponse } from './operations.ts';

/** The custom-sticker routes (options, quotes, design uploads), for the OpenAPI document (see operations.ts). */

const error = (description: string): OperationResponse => ({ description, body: { component: 'ErrorBody' } });

const cartId = { name: 'cartId', description: 'The cart id (`cart_…`). It is the credential: keep it private.' };
const uploadId = { name: 'uploadId', description: 'The upload id (`upl_…`).' };
const UPLOAD_NOT_FOUND = error('`cart_not_found`, or `upload_not_found`: no such upload in this cart.');
const DOWNLOAD: OperationResponse = {
  description:
    'The original file as a download (`Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`, a sandboxing ' +
    'CSP). An SVG is sent as `application/octet-stream`, never as a document a browser would render.',
  body: { contentType: 'application/octet-stream' },
};

export const STICKER_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/stickers/options',
    operationId: 'getStickerOptions',
    tag: 'Stickers',
    summary: 'What the sticker configurator offers',
    description:
      'Shapes, materials (each with the finishes it takes), finishes, size presets and limits (in millimetres), quantity ' +
      'tiers and the maximum quantity, from the shop’s price tables, plus the upload rules. Cacheable for a minute.',
    responses: { 200: { description: 'The options.', body: { component: 'StickerOptions' } } },
  },
  {
    method: 'post',
    path: '/api/stickers/quote',
    operationId: 'quoteSticker',
    tag: 'Stickers',
    summary: 'Price a custom sticker',
    description:
      'The total grows with the area (width × height, at least the shop’s minimum billable area), the material, the ' +
      'shape and the finish; the rate per square inch falls at each quantity break, and a custom quantity takes the rate ' +
      'of the break at or below it. A total is never more than a larger quantity would cost, so totals never fall as the ' +
      'quantity grows. Integer minor units, each figure rounded half up once. `compareAtTotal` prices the quantity at the ' +
      'smallest tier’s rate; `savingPercent` is rounded down.',
    body: 'StickerQuoteBody',
    responses: {
      200: { description: 'The quote.', body: { component: 'StickerQuote' } },
      400: error(
        '`validation_failed` (a quantity that is not a whole number from 1 to the maximum, a malformed spec), ' +
          '`size_out_of_range` (a side outside the limits once converted to millimetres; `details` gives the limits), or ' +
          '`sticker_option_unavailable` (an unknown material or shape, or a finish the material does not take; `details.available`).',
      ),
      415: error('`unsupported_media_type`: the body is not JSON.'),
    },
  },
  {
    method: 'post',
    path: '/api/carts/{cartId}/uploads',
    operationId: 'uploadDesign',
    tag: 'Stickers',
    summary: 'Upload a design',
    description:
      'The raw file is the request body (any `Content-Type`; it is ignored). The server streams it to disk, stops at the size ' +
      'limit, and decides the format from the bytes alone: PDF, AI, EPS, CDR, SVG, PSD, PNG, JPEG, TIFF, WEBP or GIF, as ' +
      'configured (see `GET /api/stickers/options`). Raster images and SVGs are decoded in full and get a PNG thumbnail ' +
      '(`previewUrl`, signed, usable in an `<img>` anywhere); other formats keep their type, name and size. An SVG with ' +
      'script, event handlers, `javascript:` URLs, external references, `<foreignObject>` or a DOCTYPE is refused.',
    pathParams: [cartId],
    query: UploadQuery,
    queryDescriptions: { name: 'The original file name, for display only (cleaned: last path segment, no control characters, at most 120 characters).' },
    rawBody: { contentType: 'application/octet-stream', description: 'The file’s bytes.' },
    responses: {
      201: { description: 'The stored design.', body: { component: 'Upload' } },
      400: error('`empty_file`, `invalid_file` (a truncated or undecodable image, an incomplete PDF), `unsafe_file` (`details.reason`), or `validation_failed`.'),
      404: error('`cart_not_found`.'),
      409: error('`cart_completed`: the cart was checked out.'),
      413: error('`upload_too_large` (`details.maxBytes`): the server stops reading and closes the connection.'),
      415: error('`unsupported_file_type`: the content is not an accepted format (`details.accepted`, `details.detected`).'),
      429: error('`rate_limited`: the cart already holds 50 designs.'),
    },
  },
  {
    method: 'get',
    path: '/api/carts/{cartId}/uploads/{uploadId}',
    operationId: 'getUpload',
    tag: 'Stickers',
    summary: 'Get an uploaded design',
    pathParams: [cartId, uploadId],
    responses: { 200: { description: 'The upload.', body: { component: 'Upload' } }, 404: UPLOAD_NOT_FOUND },
  },
  {
    method: 'get',
    path: '/api/carts/{cartId}/uploads/{uploadId}/file',
    operationId: 'downloadUpload',
    tag: 'Stickers',
    summary: 'Download an uploaded design',
    pathParams: [cartId, uploadId],
    responses: { 200: DOWNLOAD, 404: UPLOAD_NOT_FOUND },
  },
  {
    method: 'get',
    path: '/api/orders/{orderId}/uploads/{uploadId}/file',
    operationId: 'downloadOrderUpload',
    tag: 'Stickers',
    summary: 'Download the design of an ordered sticker',
    description: 'For whoever holds the order’s access token or signed link, and only for designs the order’s lines were made from.',
    pathParams: [{ name: 'orderId', description: 'The order id (`ord_…`).' }, uploadId],
    query: OrderAccessQuery,
    queryDescriptions: { token: 'The order access token, or the signed token from the confirmation email.' },
    responses: { 200: DOWNLOAD, 404: error('`not_found` (no such order, or the token does not open it) or `upload_not_found`.') },
  },
  {
    method: 'get',
    path: '/api/uploads/{uploadId}/preview.png',
    operationId: 'uploadPreview',
    tag: 'Stickers',
    summary: 'A design’s PNG thumbnail',
    description:
      'The URL comes signed in `previewUrl`; it needs no other credential, so it works in an `<img>` on any page and in ' +
      'emails. Always a PNG rasterized by the server, at most 512 px a side; immutable and cacheable.',
    pathParams: [uploadId],
    query: PreviewQuery,
    queryDescriptions: { sig: 'The signature from `previewUrl`.' },
    responses: {
      200: { description: 'The thumbnail.', body: { contentType: 'image/png' } },
      404: error('`upload_not_found`: no such upload, no thumbnail, or a wrong signature.'),
    },
  },
];
