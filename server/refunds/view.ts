import type { Refund, ReturnRequest } from '../../sdk/schemas/index.ts';
import { money } from '../carts/view.ts';
import type { RefundRecord } from '../data/refunds.ts';
import type { ReturnRecord } from '../data/returns.ts';
import type { Shop } from '../shop/shop.ts';

/** `note` is the shop's own: the customer's view leaves it out. */
export function toRefundView(refund: RefundRecord, audience: 'admin' | 'customer' = 'admin'): Refund {
  return {
    id: refund.id,
    amount: money(refund.amount, refund.currency),
    status: refund.status,
    source: refund.source,
    reason: refund.reason,
    note: audience === 'admin' ? refund.note : null,
    lines: refund.lines,
    restock: refund.restock,
    returnId: refund.returnId,
    failureReason: refund.failureReason,
    creditNoteNumber: refund.creditNoteNumber,
    createdAt: refund.createdAt,
  };
}

export function toReturnView(request: ReturnRecord): ReturnRequest {
  return { ...request };
}

/** What happened to an order after its sale, for its views. */
export async function orderAftercare(
  shop: Shop,
  orderId: string,
  audience: 'admin' | 'customer',
): Promise<{ refunds: Refund[]; returns: ReturnRequest[] }> {
  const [refunds, returns] = await Promise.all([
    shop.data.refunds.listRefunds(orderId),
    shop.data.returns.listReturns(orderId),
  ]);
  return { refunds: refunds.map((refund) => toRefundView(refund, audience)), returns: returns.map(toReturnView) };
}
