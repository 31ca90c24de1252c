import type { RefundEvent } from '../payments/provider.ts';
import type { Shop } from '../shop/shop.ts';
import { applyRefundUpdate } from './refund-order.ts';

/**
 * A verified refund event (`charge.refunded`, `refund.updated`…): each refund it tells about is applied once
 * (the event id and the refund's together, since one `charge.refunded` lists several), in any order. A refund
 * not ours (made in Stripe's dashboard) is ignored.
 */
export async function handleRefundEvent(shop: Shop, event: RefundEvent): Promise<void> {
  for (const refund of event.refunds) {
    await applyRefundUpdate(shop, {
      refundId: refund.refundId,
      providerRefundId: refund.providerRefundId,
      status: refund.status,
      failureReason: refund.failureReason,
      eventId: `${event.id}:${refund.providerRefundId}`,
      at: shop.now().toISOString(),
    });
  }
}
