import type { PaymentMode, PaymentSession } from '../../sdk/schemas/index.ts';
import type { OrderRecord } from '../data/orders.ts';
import { DiscountNotApplicableError } from '../discounts/errors.ts';
import { discountProblem } from '../discounts/evaluate.ts';
import type { Shop } from '../shop/shop.ts';
import { giveUpSession } from './cancel-payment.ts';
import { PaymentNotRetryableError } from './errors.ts';
import { findAccessibleOrder } from './read-order.ts';
import { checkReturnUrl } from './return-url.ts';
import { settlePayment } from './settle.ts';
import { paymentSessionOf, startPayment } from './start-payment.ts';

/**
 * How long after a failed payment "Try again" still pays the order as placed: as long as a reservation
 * lasts (`RESERVATION_MINUTES`). The order keeps the prices and the code of its checkout; within one
 * shopping visit that is the purchase the shopper agreed to, later they check out again at today's
 * prices, and the sweep cancels the order. Answers the failure time a retry must be after.
 */
export function retryOpensAfter(shop: Shop): string {
  return new Date(shop.now().getTime() - shop.settings.reservationMinutes * 60_000).toISOString();
}

/** The code the order used must still be usable by the rules checkout applies (active, in date, within its limits). */
async function checkDiscount(shop: Shop, order: OrderRecord): Promise<void> {
  if (!order.discountCodeId || !order.discount) return;
  const code = await shop.data.rules.discountById(order.discountCodeId);
  const problem = code
    ? discountProblem(code, { subtotal: order.totals.subtotal, currency: order.currency, now: shop.now() })
    : new DiscountNotApplicableError(`The code ${order.discount.code} is no longer offered.`, {
        code: order.discount.code,
        reason: 'removed',
      });
  if (problem) throw problem;
}

/** A new attempt for a failed order: stock and code are taken again, then a new session opens. */
async function payAgain(shop: Shop, order: OrderRecord, landing: URL, mode: PaymentMode): Promise<PaymentSession> {
  await checkDiscount(shop, order);
  const now = shop.now();
  const reservationExpiresAt = new Date(now.getTime() + shop.settings.reservationMinutes * 60_000).toISOString();
  await shop.data.orders.reopenForPayment(order.id, {
    reservationExpiresAt,
    failedAfter: retryOpensAfter(shop),
    now: now.toISOString(),
  });

  let payment;
  try {
    payment = await startPayment(shop, { ...order, paymentStatus: 'pending' }, landing, mode);
  } catch (error) {
    // The order waits on no session now: failing "the current attempt" gives the stock and code back.
    await settlePayment(shop, {
      eventId: null,
      eventType: 'start_failed',
      sessionId: null,
      orderId: order.id,
      result: 'failed',
      amount: null,
      currency: null,
      at: shop.now().toISOString(),
    });
    throw error;
  }
  await shop.data.orders.recordPayment(payment, null);
  return paymentSessionOf(shop, payment);
}

/**
 * `POST /api/orders/:id/payment`: pays an order that is not paid yet.
 *
 * - Pending, its session still open (the shopper came Back from the payment page): the same session's
 *   page again, so nothing is charged twice and the reservation holds. A payment already under way
 *   (a bank debit) is 409 `payment_not_retryable`. Once the reservation ran out, the session is given
 *   up first and the order is treated as failed.
 * - Failed, within the retry window: stock and code are taken again with the same conditional updates
 *   and discount rules as at checkout (409 `out_of_stock`, `discount_expired`, `discount_used_up`,
 *   `discount_not_applicable`), and a new session opens.
 * - Anything else, or a failed order past its window, cancelled or with a payment under review, is 409
 *   `payment_not_retryable` with `details.reason`: the shopper checks out again.
 */
export async function retryPayment(
  shop: Shop,
  orderId: string,
  token: string | undefined,
  returnUrl: string,
  origin: string,
  mode: PaymentMode = 'redirect',
): Promise<PaymentSession> {
  let order = await findAccessibleOrder(shop, orderId, token);
  const landing = checkReturnUrl(shop.settings, origin, returnUrl);
  if (order.paymentStatus === 'pending' && order.reservationExpiresAt <= shop.now().toISOString()) {
    order = await giveUpSession(shop, order, 'reservation_expired');
  }
  if (order.paymentStatus === 'failed') return payAgain(shop, order, landing, mode);
  if (order.paymentStatus !== 'pending' || !order.paymentSessionId)
    throw new PaymentNotRetryableError(order.paymentStatus);
  const payment = await shop.data.orders.findPayment(order.paymentSessionId);
  if (payment?.status !== 'open') throw new PaymentNotRetryableError(order.paymentStatus);
  // The open session is answered as it was opened, embedded or not: asking again never opens a second one.
  return paymentSessionOf(shop, payment);
}
