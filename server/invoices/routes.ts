import { Hono, type Context } from 'hono';
import { requireAccount, signedIn } from '../auth/bearer.ts';
import { findAccountOrder } from '../customers/account-orders.ts';
import { findAdminOrder } from '../admin/orders.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { findAccessibleOrder } from '../orders/read-order.ts';
import { OrderAccessQuery } from '../../sdk/schemas/index.ts';
import { errorResponse, FORBIDDEN, UNAUTHORIZED } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { invoicePdf, type InvoiceFile } from './invoices.ts';

const PDF = { description: 'The invoice as a PDF, named after its number.', body: { contentType: 'application/pdf' } };
const NO_INVOICE = errorResponse(
  '`not_found`: no such order here, or it is not paid yet (an invoice comes with payment).',
);
const orderId = { orderId: 'The order id (`ord_…`).' };

export const accountInvoiceRoute = defineRoute({
  method: 'get',
  path: '/account/orders/:orderId/invoice',
  operationId: 'getAccountInvoice',
  tag: 'Account',
  summary: 'The invoice of one of the customer’s orders',
  security: 'bearer',
  params: orderId,
  responses: { 200: PDF, 401: UNAUTHORIZED, 404: NO_INVOICE },
});

export const orderInvoiceRoute = defineRoute({
  method: 'get',
  path: '/orders/:orderId/invoice',
  operationId: 'getOrderInvoice',
  tag: 'Orders',
  summary: 'The invoice of an order, through its link',
  description:
    'For guests: `token` is the checkout’s access token or the signed token of the confirmation email’s link.',
  params: orderId,
  query: OrderAccessQuery,
  queryDescriptions: { token: 'A token that opens the order.' },
  responses: { 200: PDF, 400: errorResponse('`validation_failed`.'), 404: NO_INVOICE },
});

export const adminInvoiceRoute = defineRoute({
  method: 'get',
  path: '/admin/orders/:orderId/invoice',
  operationId: 'getAdminInvoice',
  tag: 'Admin',
  summary: 'The invoice of any order',
  security: 'bearer',
  params: orderId,
  responses: { 200: PDF, 401: UNAUTHORIZED, 403: FORBIDDEN, 404: NO_INVOICE },
});

export const INVOICE_ROUTES = [accountInvoiceRoute, orderInvoiceRoute, adminInvoiceRoute];

function sendPdf(c: Context<AppEnv>, file: InvoiceFile): Response {
  return c.body(new Uint8Array(file.pdf), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'Cache-Control': 'no-store',
  });
}

/** An invoice for its customer, for whoever holds the order's link, and for admins (`/api/admin/*` checks the role). */
export function invoiceRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, accountInvoiceRoute, requireAccount(shop), async (c, { params }) =>
    sendPdf(c, await invoicePdf(shop, await findAccountOrder(shop, signedIn(c).account, params.orderId))),
  );
  mountRoute(app, orderInvoiceRoute, async (c, { params, query }) =>
    sendPdf(c, await invoicePdf(shop, await findAccessibleOrder(shop, params.orderId, query.token))),
  );
  mountRoute(app, adminInvoiceRoute, async (c, { params }) =>
    sendPdf(c, await invoicePdf(shop, await findAdminOrder(shop, params.orderId))),
  );
  return app;
}
