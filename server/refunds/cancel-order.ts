import type { AdminOrder, CancelOrderBody } from '../../sdk/schemas/index.ts';
import { findAdminOrder, readAdminOrder } from '../admin/orders.ts';
import { ApiError } from '../errors.ts';
import { giveUpSession } from '../orders/cancel-payment.ts';
import type { Shop } from '../shop/shop.ts';
import { OrderNotCancellableError } from './errors.ts';
import { notifyCancellation } from './notify.ts';
import { issueRefund } from './refund-order.ts';

/**
 * `POST /api/admin/orders/:orderId/cancel`: an order nothing of which has shipped. An unpaid order's session is
 * ended at the provider first (a payment that still arrives is flagged for a refund); the stock comes back in
 * the cancelling transaction; what was paid is refunded in full. A refund the provider refuses leaves the
 * order cancelled with the failed refund on it, for the owner to retry.
 */
export async function cancelOrder(shop: Shop, orderId: string, body: CancelOrderBody): Promise<AdminOrder> {
  let order = await findAdminOrder(shop, orderId);
  if (order.status !== 'open') throw new OrderNotCancellableError('closed', order.status);
  order = await giveUpSession(shop, order, 'cancelled_by_shop');
  const { paymentStatus } = await shop.data.refunds.cancelOrder(order.id, shop.now().toISOString());
  const paid = paymentStatus === 'paid' || paymentStatus === 'partially_refunded';
  if (paid) {
    try {
      await issueRefund(shop, {
        orderId: order.id,
        source: 'order',
        amount: null,
        reason: 'order_cancelled',
        note: body.reason ?? null,
        restock: false,
        lines: [],
        returnId: null,
      });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      shop.log(`Order ${order.number} was cancelled but its refund was refused; refund it again.`, error);
    }
  }
  if (body.notifyCustomer !== false) notifyCancellation(shop, order.id, paid, body.reason ?? null);
  return readAdminOrder(shop, order.id);
}
