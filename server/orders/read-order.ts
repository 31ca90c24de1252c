import type { Order } from '../../sdk/schemas/index.ts';
import type { OrderRecord } from '../data/orders.ts';
import type { Shop } from '../shop/shop.ts';
import { tokenOpensOrder } from './access.ts';
import { OrderNotFoundError } from './errors.ts';
import { settleProviderAnswer } from './settle.ts';
import { orderAftercare } from '../refunds/view.ts';
import { toOrderView } from './view.ts';

/** The order if `token` opens it; otherwise the same 404 as for an order that does not exist. */
export async function findAccessibleOrder(
  shop: Shop,
  orderId: string,
  token: string | undefined,
): Promise<OrderRecord> {
  const order = token && orderId.length <= 64 ? await shop.data.orders.findOrder(orderId) : null;
  if (!order || !token || !tokenOpensOrder(order, token, shop.settings.orderLinkSecret, shop.now()))
    throw new OrderNotFoundError();
  return order;
}

/** How often one order may make us ask Stripe while its page polls. */
const RETRIEVE_EVERY_MS = 2_000;

/**
 * Limits server-side retrieves per order: a landing page polling a pending order asks Stripe at most
 * once per interval. Memory is bounded by forgetting everything when the map grows large.
 */
export function createRetrieveThrottle(everyMs = RETRIEVE_EVERY_MS) {
  const last = new Map<string, number>();
  return (orderId: string, now: number): boolean => {
    const previous = last.get(orderId);
    if (previous !== undefined && now - previous < everyMs) return false;
    if (last.size > 10_000) last.clear();
    last.set(orderId, now);
    return true;
  };
}

/**
 * `GET /api/orders/:id`. While a Stripe payment is pending, the server asks Stripe about the session
 * itself and applies the answer, so the landing page shows the truth even before the webhook arrives.
 * The browser's redirect alone never marks anything paid.
 */
export async function readOrder(
  shop: Shop,
  orderId: string,
  token: string | undefined,
  mayRetrieve: (orderId: string, now: number) => boolean,
): Promise<Order> {
  let order = await findAccessibleOrder(shop, orderId, token);
  const sessionId = order.paymentSessionId;
  if (
    order.paymentStatus === 'pending' &&
    sessionId &&
    shop.payments.name === 'stripe' &&
    mayRetrieve(order.id, shop.now().getTime())
  ) {
    try {
      order = await settleProviderAnswer(shop, 'retrieve', order, await shop.payments.retrieve(sessionId));
    } catch (error) {
      // Stripe unreachable: answer what we know; the webhook or the next poll settles it.
      shop.log(`Could not retrieve payment session ${sessionId} for order ${order.number}`, error);
    }
  }
  return { ...toOrderView(order, shop.settings), ...(await orderAftercare(shop, order.id, 'customer')) };
}
