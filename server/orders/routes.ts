import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { CreateOrderBody } from '../../sdk/schemas/index.ts';
import { optionalAccount } from '../auth/bearer.ts';
import type { AppEnv } from '../http/env.ts';
import { requestHeader } from '../http/headers.ts';
import type { Shop } from '../shop/shop.ts';
import { parseJsonBody, parseQuery } from '../validate.ts';
import { cancelPayment } from './cancel-payment.ts';
import { answerOnce, createInFlight, idempotencyScope, readIdempotencyKey } from './idempotency.ts';
import { placeOrder } from './place-order.ts';
import { createRetrieveThrottle, findAccessibleOrder, readOrder } from './read-order.ts';
import { retryPayment } from './retry-payment.ts';

/** `?token=`: the access token from checkout, or the signed token from the confirmation email. */
export const OrderAccessQuery = z.object({ token: z.optional(z.string().check(z.maxLength(200))) });
export const RetryPaymentBody = z.pick(CreateOrderBody, { returnUrl: true });

const NO_STORE = { 'Cache-Control': 'no-store' };
const JSON_NO_STORE = { ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8' };

/** The origin the request was sent to: a return URL there is this server's own. */
const requestOrigin = (c: Context<AppEnv>) => new URL(c.req.url).origin;

/** `/api/orders`: checkout, reading an order, giving up a payment, and paying again after a failed one. */
export function orderRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const dedupe = createInFlight();
  const mayRetrieve = createRetrieveThrottle();

  app.post('/orders', optionalAccount(shop), async (c) => {
    const body = await parseJsonBody(c, CreateOrderBody);
    const key = readIdempotencyKey(requestHeader(c, 'idempotency-key'));
    const idempotency = key === null ? null : idempotencyScope('orders', key, body);
    const place = () => placeOrder(shop, body, { origin: requestOrigin(c), idempotency, userId: c.get('account')?.id ?? null });
    const answer = idempotency ? await dedupe(idempotency, place) : await place();
    return c.body(answer.body, answer.status as 201, JSON_NO_STORE);
  });

  app.get('/orders/:orderId', async (c) => {
    const { token } = parseQuery(c, OrderAccessQuery);
    return c.json(await readOrder(shop, c.req.param('orderId'), token, mayRetrieve), 200, NO_STORE);
  });

  // With an Idempotency-Key, as for checkout: a repeat answers the first answer, never a second session.
  app.post('/orders/:orderId/payment', async (c) => {
    const { token } = parseQuery(c, OrderAccessQuery);
    const body = await parseJsonBody(c, RetryPaymentBody);
    const orderId = c.req.param('orderId');
    const key = readIdempotencyKey(requestHeader(c, 'idempotency-key'));
    const pay = async () => ({ status: 200, body: JSON.stringify(await retryPayment(shop, orderId, token, body.returnUrl, requestOrigin(c))) });
    let answer;
    if (key === null) answer = await pay();
    else {
      // Only a holder of the order's token may see a stored answer.
      await findAccessibleOrder(shop, orderId, token);
      const idempotency = idempotencyScope('order_payment', key, { orderId, returnUrl: body.returnUrl });
      answer = await dedupe(idempotency, () => answerOnce(shop.data.orders, idempotency, shop.now().toISOString(), pay));
    }
    return c.body(answer.body, answer.status as 200, JSON_NO_STORE);
  });

  app.post('/orders/:orderId/payment/cancel', async (c) => {
    const { token } = parseQuery(c, OrderAccessQuery);
    return c.json(await cancelPayment(shop, c.req.param('orderId'), token), 200, NO_STORE);
  });

  return app;
}
