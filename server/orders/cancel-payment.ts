import type { Order } from '../../sdk/schemas/index.ts';
import type { OrderRecord } from '../data/orders.ts';
import type { Shop } from '../shop/shop.ts';
import { findAccessibleOrder } from './read-order.ts';
import { settleProviderAnswer } from './settle.ts';
import { toOrderView } from './view.ts';

/**
 * Expires a pending order's session at the provider, so it cannot be paid behind the order's back, and
 * applies the result like any other: `failed` gives the stock and the code back, `paid` means the
 * shopper had paid after all. Answers the order as it now stands; unchanged when the provider says the
 * payment is still on its way or cannot be reached (the reservation sweep settles it then).
 */
export async function giveUpSession(shop: Shop, order: OrderRecord, eventType: string): Promise<OrderRecord> {
  const sessionId = order.paymentSessionId;
  if (order.paymentStatus !== 'pending' || !sessionId) return order;
  try {
    return await settleProviderAnswer(shop, eventType, order, await shop.payments.expire(sessionId));
  } catch (error) {
    shop.log(`Could not expire payment session ${sessionId} for order ${order.number}`, error);
    return order;
  }
}

/**
 * `POST /api/orders/:id/payment/cancel`: the shopper followed the payment page's cancel link and the
 * session is given up (see `giveUpSession`); afterwards the order can be paid again. Any other state is
 * answered as it is, so repeating the call (a reload of the landing page) changes nothing.
 */
export async function cancelPayment(shop: Shop, orderId: string, token: string | undefined): Promise<Order> {
  const order = await findAccessibleOrder(shop, orderId, token);
  return toOrderView(await giveUpSession(shop, order, 'cancelled'), shop.settings);
}
