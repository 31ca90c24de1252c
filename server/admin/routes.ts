import { Hono } from 'hono';
import { AdminOrder, AdminOrderList, AdminOrderQuery } from '../../sdk/schemas/index.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse } from '../openapi/responses.ts';
import { ORDER_ID } from '../orders/routes.ts';
import type { Shop } from '../shop/shop.ts';
import { sendOriginal } from '../uploads/send.ts';
import { findAdminOrderUpload, listAdminOrders, readAdminOrder } from './orders.ts';

export const listAdminOrdersRoute = defineRoute({
  method: 'get',
  path: '/admin/orders',
  operationId: 'listAdminOrders',
  tag: 'Admin',
  summary: 'List orders',
  description:
    'Every order, newest first, paged with `limit` and `cursor` (a cursor continues only the list it came from, with the ' +
    'same filters). Filters combine; `q` finds a piece of the order number or of the customer’s email, in any case ' +
    '(`%` and `_` are plain characters; control characters are refused). Never cached, errors included.',
  security: 'bearer',
  query: AdminOrderQuery,
  queryDescriptions: {
    limit: 'Orders per page, 1 to 100; 24 when absent.',
    cursor: 'The `nextCursor` of the previous page.',
    q: 'Part of an order number (`SL-10001`, `10001`) or of an email.',
  },
  responses: {
    200: { description: 'A page of orders.', body: AdminOrderList },
    400: errorResponse('`validation_failed` naming the parameter, or `invalid_cursor`.'),
    ...ADMIN_ONLY,
  },
});

export const getAdminOrderRoute = defineRoute({
  method: 'get',
  path: '/admin/orders/:orderId',
  operationId: 'getAdminOrder',
  tag: 'Admin',
  summary: 'An order, with its designs',
  description:
    'The order as its shopper sees it, plus its payment issue (money to refund or look into) and one entry per design ' +
    'its sticker lines were made from: the stored file’s facts, its SHA-256, a signed preview URL and the lines made from it.',
  security: 'bearer',
  params: { orderId: ORDER_ID },
  responses: {
    200: { description: 'The order.', body: AdminOrder },
    404: errorResponse('`not_found`: no such order.'),
    ...ADMIN_ONLY,
  },
});

export const downloadAdminOrderUploadRoute = defineRoute({
  method: 'get',
  path: '/admin/orders/:orderId/uploads/:uploadId/file',
  operationId: 'downloadAdminOrderUpload',
  tag: 'Admin',
  summary: 'Download the original of an order’s design',
  description:
    'The file as uploaded, with the same safe headers as the shopper’s download (`Content-Disposition: attachment`, ' +
    '`X-Content-Type-Options: nosniff`, a sandboxing CSP, an SVG as `application/octet-stream`). Check it against the ' +
    'design’s `sha256`; its `Content-Disposition` names the design’s `downloadName`. HEAD answers the headers alone.',
  security: 'bearer',
  params: { orderId: ORDER_ID, uploadId: 'The upload id (`upl_…`) of one of the order’s designs.' },
  responses: {
    200: { description: 'The original file.', body: { contentType: 'application/octet-stream' } },
    404: errorResponse(
      '`not_found` (no such order) or `upload_not_found` (no line of this order was made from that upload).',
    ),
    ...ADMIN_ONLY,
  },
});

export const ADMIN_ROUTES = [listAdminOrdersRoute, getAdminOrderRoute, downloadAdminOrderUploadRoute];

/**
 * `/api/admin/orders`: every order, its details and its designs' originals. The app mounts `requireAdmin`
 * and `Cache-Control: no-store` on `/api/admin/*` before these, so none of them checks the caller or sets it itself.
 */
export function adminRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  mountRoute(app, listAdminOrdersRoute, async (c, { query }) => c.json(await listAdminOrders(shop, query)));

  mountRoute(app, getAdminOrderRoute, async (c, { params }) => c.json(await readAdminOrder(shop, params.orderId)));

  mountRoute(app, downloadAdminOrderUploadRoute, async (c, { params }) =>
    sendOriginal(c, shop, await findAdminOrderUpload(shop, params.orderId, params.uploadId)),
  );

  return app;
}
