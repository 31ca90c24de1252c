import { Hono } from 'hono';
import { AdminOrder, CancelOrderBody, CreateRefundBody, Refund, RefundList } from '../../sdk/schemas/index.ts';
import { findAdminOrder } from '../admin/orders.ts';
import type { AppEnv } from '../http/env.ts';
import { requestHeader } from '../http/headers.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse, idempotencyKeyHeader } from '../openapi/responses.ts';
import { answerOnce, createInFlight, idempotencyScope, readIdempotencyKey } from '../orders/idempotency.ts';
import { ORDER_ID } from '../orders/routes.ts';
import type { Shop } from '../shop/shop.ts';
import { cancelOrder } from './cancel-order.ts';
import { refundOrder } from './refund-order.ts';
import { toRefundView } from './view.ts';

const NOT_FOUND = errorResponse('`not_found`: no such order.');

export const createRefundRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/refunds',
  operationId: 'createRefund',
  tag: 'Admin',
  summary: 'Refund an order, in full or in part',
  description:
    'By lines (their share of what was paid), by amount, and/or the shipping paid; optionally restocking the lines. ' +
    'Never more than was collected, requests sent at once included: each is checked against what is left in the ' +
    'transaction that records it. `source: payment_issue` refunds money the order could not take (a second capture, ' +
    'a payment after it failed). The refund goes through Stripe (or the test gateway) with an idempotency key of its ' +
    'own; its status follows Stripe’s answer and refund webhooks. A succeeded refund is emailed to the customer.',
  security: 'bearer',
  params: { orderId: ORDER_ID },
  headers: [idempotencyKeyHeader('refund')],
  body: CreateRefundBody,
  responses: {
    201: { description: 'The refund: `succeeded`, or `pending` until the provider confirms it.', body: Refund },
    400: errorResponse('`validation_failed`: a line not of this order or named twice, or nothing to refund.'),
    ...ADMIN_ONLY,
    404: NOT_FOUND,
    409: errorResponse(
      '`order_not_refundable` (unpaid, refunded in full, or no payment issue), `refund_exceeds_payment` (more than ' +
        'is left, `details.refundable`); nothing was changed. `conflict`: the same key is still being answered.',
    ),
    422: errorResponse('`idempotency_key_reused`: the key was used for a different request.'),
    502: errorResponse('`refund_failed`: the provider refused it; it is on the order as `failed`.'),
  },
});

export const listRefundsRoute = defineRoute({
  method: 'get',
  path: '/admin/orders/:orderId/refunds',
  operationId: 'listRefunds',
  tag: 'Admin',
  summary: 'An order’s refunds',
  security: 'bearer',
  params: { orderId: ORDER_ID },
  responses: {
    200: { description: 'Oldest first, each with its status.', body: RefundList },
    ...ADMIN_ONLY,
    404: NOT_FOUND,
  },
});

export const cancelOrderRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/cancel',
  operationId: 'cancelOrder',
  tag: 'Admin',
  summary: 'Cancel an order that has not shipped',
  description:
    'Held stock is released and taken stock put back; an unpaid order’s payment session is ended; a paid order is ' +
    'refunded in full (`reason: order_cancelled`); the customer is emailed unless `notifyCustomer` is false.',
  security: 'bearer',
  params: { orderId: ORDER_ID },
  body: CancelOrderBody,
  responses: {
    200: { description: 'The cancelled order, with its refund.', body: AdminOrder },
    ...ADMIN_ONLY,
    404: NOT_FOUND,
    409: errorResponse('`order_not_cancellable`: part of it shipped, or it is cancelled or completed already.'),
  },
});

export const REFUND_ROUTES = [createRefundRoute, listRefundsRoute, cancelOrderRoute];

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

/** `/api/admin/orders/:orderId/refunds` and `/cancel`; `requireAdmin` runs before them (see app.ts). */
export function refundRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const dedupe = createInFlight();

  // With an Idempotency-Key a repeat answers the first answer: one refund, however often the button is pressed.
  mountRoute(app, createRefundRoute, async (c, { params: { orderId }, body }) => {
    const key = readIdempotencyKey(requestHeader(c, 'idempotency-key'));
    const refund = async () => ({ status: 201, body: JSON.stringify(await refundOrder(shop, orderId, body)) });
    let answer;
    if (key === null) answer = await refund();
    else {
      const scope = idempotencyScope('refunds', key, { orderId, body });
      answer = await dedupe(scope, () => answerOnce(shop.data.orders, scope, shop.now().toISOString(), refund));
    }
    return c.body(answer.body, answer.status as 201, JSON_TYPE);
  });

  mountRoute(app, listRefundsRoute, async (c, { params }) => {
    const order = await findAdminOrder(shop, params.orderId);
    const refunds = await shop.data.refunds.listRefunds(order.id);
    return c.json({ items: refunds.map((refund) => toRefundView(refund)) } satisfies RefundList);
  });

  mountRoute(app, cancelOrderRoute, async (c, { params, body }) =>
    c.json(await cancelOrder(shop, params.orderId, body)),
  );

  return app;
}
