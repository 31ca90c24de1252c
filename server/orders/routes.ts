import { Hono, type Context } from 'hono';
import {
  CheckoutResult,
  CreateOrderBody,
  Order,
  OrderAccessQuery,
  PaymentSession,
  RetryPaymentBody,
} from '../../sdk/schemas/index.ts';
import { optionalAccount } from '../auth/bearer.ts';
import type { AppEnv } from '../http/env.ts';
import { requestHeader } from '../http/headers.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { errorResponse, idempotencyKeyHeader } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { cancelPayment } from './cancel-payment.ts';
import { answerOnce, createInFlight, idempotencyScope, readIdempotencyKey } from './idempotency.ts';
import { placeOrder } from './place-order.ts';
import { createRetrieveThrottle, findAccessibleOrder, readOrder } from './read-order.ts';
import { retryPayment } from './retry-payment.ts';

/** The path parameter of every order route. */
export const ORDER_ID = 'The order id (`ord_…`).';
const TOKEN_QUERY = {
  token:
    'The access token answered by checkout, or the signed token from the confirmation email. Without a valid one the order is `not_found`.',
};
const ORDER_NOT_FOUND = errorResponse('`not_found`: no such order, or the token does not open it.');
const IDEMPOTENCY_KEY_REUSED = errorResponse('`idempotency_key_reused`: the key was used for a different request.');

export const createOrderRoute = defineRoute({
  method: 'post',
  path: '/orders',
  operationId: 'createOrder',
  tag: 'Checkout',
  summary: 'Check out: create the order and start payment',
  description:
    'Prices the cart again for the address, creates a `pending` order, reserves its stock and completes the cart in one ' +
    'transaction, then starts payment: send the shopper to `payment.redirectUrl`, or with `paymentMode: "embedded"` (Stripe with ' +
    'a publishable key) mount `payment.clientSecret` with Stripe.js. They come back to `returnUrl` with ' +
    '`storelet_order=<order id>` added. Keep `accessToken`: it opens the order. With an `Idempotency-Key`, a repeat of ' +
    'the same request answers the same order; without one, the cart still makes at most one order.',
  headers: [idempotencyKeyHeader('checkout attempt')],
  body: CreateOrderBody,
  responses: {
    201: { description: 'The order, its access token and where to pay.', body: CheckoutResult },
    400: errorResponse('`validation_failed` (a US address needs its state in `region`), or `return_url_not_allowed`.'),
    404: errorResponse('`cart_not_found`: no such cart, or it expired. Start a new one.'),
    409: errorResponse(
      '`out_of_stock`, `cart_empty`, `cart_completed` (`details.orderId`), `shipping_unavailable`, a discount refusal, or ' +
        '`conflict` while the same Idempotency-Key is still being processed.',
    ),
    422: IDEMPOTENCY_KEY_REUSED,
    502: errorResponse('`payment_unavailable`: the payment provider failed. Nothing was kept; try again.'),
  },
});

export const getOrderRoute = defineRoute({
  method: 'get',
  path: '/orders/:orderId',
  operationId: 'getOrder',
  tag: 'Checkout',
  summary: 'Get an order',
  description:
    'While a Stripe payment is pending the server asks Stripe about it and applies the answer, so a landing page can poll ' +
    'this until `paymentStatus` is `paid` or `failed`.',
  params: { orderId: ORDER_ID },
  query: OrderAccessQuery,
  queryDescriptions: TOKEN_QUERY,
  responses: { 200: { description: 'The order.', body: Order }, 404: ORDER_NOT_FOUND },
});

export const retryPaymentRoute = defineRoute({
  method: 'post',
  path: '/orders/:orderId/payment',
  operationId: 'retryPayment',
  tag: 'Checkout',
  summary: 'Resume a pending payment, or pay again after a failed one',
  description:
    'For a pending order whose session is still open (the shopper came back from the payment page), answers that ' +
    'session. For an order whose payment failed within the last reservation window, checks the discount code by the ' +
    'checkout rules, takes the stock and the code again and starts a new payment attempt. Accepts an ' +
    '`Idempotency-Key` with the same semantics as `POST /api/orders`.',
  params: { orderId: ORDER_ID },
  query: OrderAccessQuery,
  queryDescriptions: TOKEN_QUERY,
  headers: [idempotencyKeyHeader('attempt to pay')],
  body: RetryPaymentBody,
  responses: {
    200: { description: 'Where to pay.', body: PaymentSession },
    400: errorResponse('`validation_failed` naming the fields, `invalid_json` or `unsupported_media_type`.'),
    404: ORDER_NOT_FOUND,
    409: errorResponse(
      '`payment_not_retryable` (`details.reason`: `not_failed`, `retry_window_passed`, `cancelled`, `payment_issue`: check ' +
        'out again), `out_of_stock`, `discount_expired`, `discount_used_up`, `discount_not_applicable`.',
    ),
    422: IDEMPOTENCY_KEY_REUSED,
    502: errorResponse('`payment_unavailable`: the payment provider failed; the order stays failed.'),
  },
});

export const cancelPaymentRoute = defineRoute({
  method: 'post',
  path: '/orders/:orderId/payment/cancel',
  operationId: 'cancelPayment',
  tag: 'Checkout',
  summary: 'Give up a pending payment',
  description:
    'For the landing page after the payment page’s cancel link (`storelet_payment=cancelled`): the session is expired at ' +
    'the provider and the order’s payment fails, returning its stock and code, unless the shopper had paid after all. ' +
    'An order that is not pending is answered as it is.',
  params: { orderId: ORDER_ID },
  query: OrderAccessQuery,
  queryDescriptions: TOKEN_QUERY,
  responses: {
    200: { description: 'The order, as it is now.', body: Order },
    400: errorResponse('`validation_failed` naming the fields, `invalid_json` or `unsupported_media_type`.'),
    404: ORDER_NOT_FOUND,
  },
});

export const ORDER_ROUTES = [createOrderRoute, getOrderRoute, retryPaymentRoute, cancelPaymentRoute];

const NO_STORE = { 'Cache-Control': 'no-store' };
const JSON_NO_STORE = { ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8' };

/** The origin the request was sent to: a return URL there is this server's own. */
const requestOrigin = (c: Context<AppEnv>) => new URL(c.req.url).origin;

/** `/api/orders`: checkout, reading an order, giving up a payment, and paying again after a failed one. */
export function orderRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const dedupe = createInFlight();
  const mayRetrieve = createRetrieveThrottle();

  mountRoute(app, createOrderRoute, optionalAccount(shop), async (c, { body }) => {
    const key = readIdempotencyKey(requestHeader(c, 'idempotency-key'));
    const idempotency = key === null ? null : idempotencyScope('orders', key, body);
    const place = () =>
      placeOrder(shop, body, { origin: requestOrigin(c), idempotency, userId: c.get('account')?.id ?? null });
    const answer = idempotency ? await dedupe(idempotency, place) : await place();
    return c.body(answer.body, answer.status as 201, JSON_NO_STORE);
  });

  mountRoute(app, getOrderRoute, async (c, { params, query }) =>
    c.json(await readOrder(shop, params.orderId, query.token, mayRetrieve), 200, NO_STORE),
  );

  // With an Idempotency-Key, as for checkout: a repeat answers the first answer, never a second session.
  mountRoute(app, retryPaymentRoute, async (c, { params: { orderId }, query: { token }, body }) => {
    const key = readIdempotencyKey(requestHeader(c, 'idempotency-key'));
    const pay = async () => ({
      status: 200,
      body: JSON.stringify(
        await retryPayment(shop, orderId, token, body.returnUrl, requestOrigin(c), body.paymentMode),
      ),
    });
    let answer;
    if (key === null) answer = await pay();
    else {
      // Only a holder of the order's token may see a stored answer.
      await findAccessibleOrder(shop, orderId, token);
      const idempotency = idempotencyScope('order_payment', key, { orderId, returnUrl: body.returnUrl });
      answer = await dedupe(idempotency, () =>
        answerOnce(shop.data.orders, idempotency, shop.now().toISOString(), pay),
      );
    }
    return c.body(answer.body, answer.status as 200, JSON_NO_STORE);
  });

  mountRoute(app, cancelPaymentRoute, async (c, { params, query }) =>
    c.json(await cancelPayment(shop, params.orderId, query.token), 200, NO_STORE),
  );

  return app;
}
