import { Hono, type Context } from 'hono';
import { OrderAccessQuery } from '../../sdk/schemas/index.ts';
import { findAdminOrder } from '../admin/orders.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse } from '../openapi/responses.ts';
import { ORDER_ID } from '../orders/routes.ts';
import { findAccessibleOrder } from '../orders/read-order.ts';
import type { Shop } from '../shop/shop.ts';
import { creditNotePdf, type CreditNoteFile } from './credit-note.ts';

const PDF = {
  description: 'The credit note as a PDF, named after its number.',
  body: { contentType: 'application/pdf' },
};
const PARAMS = { orderId: ORDER_ID, refundId: 'The refund’s id (`rfd_…`).' };
const NO_NOTE = errorResponse('`not_found`: no such order or refund here, or the refund has not succeeded (yet).');

export const adminCreditNoteRoute = defineRoute({
  method: 'get',
  path: '/admin/orders/:orderId/refunds/:refundId/credit-note',
  operationId: 'getAdminCreditNote',
  tag: 'Admin',
  summary: 'The credit note of a refund',
  description: 'Issued when the refund succeeds, numbered from a gap-free yearly sequence (`CN-2026-000001`).',
  security: 'bearer',
  params: PARAMS,
  responses: { 200: PDF, ...ADMIN_ONLY, 404: NO_NOTE },
});

export const orderCreditNoteRoute = defineRoute({
  method: 'get',
  path: '/orders/:orderId/refunds/:refundId/credit-note',
  operationId: 'getOrderCreditNote',
  tag: 'Returns',
  summary: 'The credit note of a refund, through the order’s link',
  params: PARAMS,
  query: OrderAccessQuery,
  queryDescriptions: { token: 'A token that opens the order.' },
  responses: { 200: PDF, 404: NO_NOTE },
});

export const CREDIT_NOTE_ROUTES = [adminCreditNoteRoute, orderCreditNoteRoute];

function sendPdf(c: Context<AppEnv>, file: CreditNoteFile): Response {
  return c.body(new Uint8Array(file.pdf), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'Cache-Control': 'no-store',
  });
}

/** A refund's credit note, beside the invoice: for admins (`/api/admin/*` checks the role) and the order's link. */
export function creditNoteRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, adminCreditNoteRoute, async (c, { params }) =>
    sendPdf(c, await creditNotePdf(shop, await findAdminOrder(shop, params.orderId), params.refundId)),
  );
  mountRoute(app, orderCreditNoteRoute, async (c, { params, query }) =>
    sendPdf(
      c,
      await creditNotePdf(shop, await findAccessibleOrder(shop, params.orderId, query.token), params.refundId),
    ),
  );
  return app;
}
