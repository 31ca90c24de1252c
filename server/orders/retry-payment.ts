import type { PaymentSession } from '../../sdk/schemas/index.ts';
import type { Shop } from '../shop/shop.ts';
import { PaymentNotRetryableError } from './errors.ts';
import { findAccessibleOrder } from './read-order.ts';
import { checkReturnUrl } from './return-url.ts';
import { settlePayment } from './settle.ts';
import { startPayment } from './start-payment.ts';

/**
 * `POST /api/orders/:id/payment`: a new payment attempt for an order whose payment failed. The stock
 * and the code are taken again with the same conditional updates as at checkout (409 `out_of_stock` or
 * `discount_used_up` when they are gone); any other payment state is 409 `payment_not_retryable`.
 */
export async function retryPayment(shop: Shop, orderId: string, token: string | undefined, returnUrl: string, origin: string): Promise<PaymentSession> {
  const order = await findAccessibleOrder(shop, orderId, token);
  const landing = checkReturnUrl(shop.settings, origin, returnUrl);
  if (order.paymentStatus !== 'failed') throw new PaymentNotRetryableError(order.paymentStatus);
  const now = shop.now();
  const reservationExpiresAt = new Date(now.getTime() + shop.settings.reservationMinutes * 60_000).toISOString();
  await shop.data.orders.reopenForPayment(order.id, reservationExpiresAt, now.toISOString());

  let payment;
  try {
    payment = await startPayment(shop, { ...order, paymentStatus: 'pending' }, landing);
  } catch (error) {
    // The order waits on no session now: failing "the current attempt" gives the stock and code back.
    await settlePayment(shop, { eventId: null, eventType: 'start_failed', sessionId: null, orderId: order.id, result: 'failed', amount: null, at: shop.now().toISOString() });
    throw error;
  }
  await shop.data.orders.recordPayment(payment, null);
  return { provider: payment.provider, redirectUrl: payment.redirectUrl };
}
