import type { Order } from '../../sdk/schemas/index.ts';
import type { Shop } from '../shop/shop.ts';
import { findAccessibleOrder } from './read-order.ts';
import { settlePayment } from './settle.ts';
import { toOrderView } from './view.ts';

/**
 * `POST /api/orders/:id/payment/cancel`: the shopper followed the payment page's cancel link. The
 * session is expired at the provider, so it cannot be paid behind the order's back, and the result is
 * applied like any other: `failed` gives the stock and the code back (the order can be paid again),
 * `paid` means the shopper had paid after all. Any other state is answered as it is, so repeating the
 * call (a reload of the landing page) changes nothing.
 */
export async function cancelPayment(shop: Shop, orderId: string, token: string | undefined): Promise<Order> {
  let order = await findAccessibleOrder(shop, orderId, token);
  const sessionId = order.paymentSessionId;
  if (order.paymentStatus === 'pending' && sessionId) {
    try {
      const outcome = await shop.payments.expire(sessionId);
      if (outcome.status !== 'pending') {
        await settlePayment(shop, {
          eventId: null,
          eventType: 'cancelled',
          sessionId,
          orderId: order.id,
          result: outcome.status,
          amount: outcome.amountTotal,
          at: shop.now().toISOString(),
        });
        order = (await shop.data.orders.findOrder(order.id)) ?? order;
      }
    } catch (error) {
      // The provider is unreachable: the order stays pending and the reservation sweep settles it.
      shop.log(`Could not expire payment session ${sessionId} for order ${order.number}`, error);
    }
  }
  return toOrderView(order, shop.settings);
}
