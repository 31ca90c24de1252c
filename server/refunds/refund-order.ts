import type { CreateRefundBody, LineQuantity, Refund, RefundReason } from '../../sdk/schemas/index.ts';
import { findAdminOrder } from '../admin/orders.ts';
import type { OrderRecord } from '../data/orders.ts';
import type { NewRefund, RefundRecord, RefundUpdate } from '../data/refunds.ts';
import { newId } from '../data/ids.ts';
import { ValidationError } from '../errors.ts';
import { PaymentProviderError } from '../payments/errors.ts';
import type { Shop } from '../shop/shop.ts';
import { RefundFailedError } from './errors.ts';
import { notifyRefund } from './notify.ts';
import { checkDistinctLines } from './refund-rules.ts';
import { toRefundView } from './view.ts';

/**
 * What the lines' units were paid: their share of what the order's goods cost after its discount, tax included
 * when it was added on top (shipping is refunded on its own, with `shipping`).
 */
export function linesShare(order: OrderRecord, lines: readonly LineQuantity[]): number {
  const { totals } = order;
  const shippingPaid = order.discount?.kind === 'free_shipping' ? 0 : totals.shipping;
  const goodsPaid = Math.max(totals.total - shippingPaid, 0);
  const value = lines.reduce((sum, asked) => {
    const line = order.lines.find((candidate) => candidate.id === asked.lineId);
    return sum + (line ? line.unitPrice * asked.quantity : 0);
  }, 0);
  return totals.subtotal > 0 ? Math.round((goodsPaid * value) / totals.subtotal) : 0;
}

/** The amount a request asks for: its own, or its lines' share plus the shipping paid; null for "all that is left". */
function askedAmount(order: OrderRecord, body: CreateRefundBody): number | null {
  if (body.amount !== undefined) return body.amount;
  const lines = body.lines ?? [];
  const shipping = body.shipping && order.discount?.kind !== 'free_shipping' ? order.totals.shipping : 0;
  if (lines.length === 0 && !body.shipping) {
    if (body.source === 'payment_issue') return null;
    throw new ValidationError([{ path: 'amount', message: 'give an amount, lines or shipping to refund' }]);
  }
  return linesShare(order, lines) + shipping;
}

/** The provider's answer (or a webhook) applied; a refund that just succeeded is emailed to the customer. */
export async function applyRefundUpdate(shop: Shop, update: RefundUpdate): Promise<RefundRecord | null> {
  const outcome = await shop.data.refunds.updateRefund(update);
  if (outcome.kind !== 'updated') return null;
  if (outcome.changed && outcome.refund.status === 'succeeded') notifyRefund(shop, outcome.refund);
  if (outcome.changed && outcome.refund.status === 'failed')
    shop.log(`Refund ${outcome.refund.id} of order ${outcome.refund.orderId} failed at the provider.`, update);
  return outcome.refund;
}

/**
 * Records the refund (checked against what is left, in one transaction), then asks the provider with a key of
 * its own, so a retried call makes one refund. A refusal marks it failed (502 `refund_failed`); an unreachable
 * provider leaves it pending, counted against the payment, for the provider's webhook to settle.
 */
export async function issueRefund(shop: Shop, refund: Omit<NewRefund, 'id' | 'at'>): Promise<RefundRecord> {
  const recorded = await shop.data.refunds.createRefund({ ...refund, id: newId('rfd'), at: shop.now().toISOString() });
  const update = (answer: Pick<RefundUpdate, 'providerRefundId' | 'status' | 'failureReason'>) =>
    applyRefundUpdate(shop, { ...answer, refundId: recorded.id, eventId: null, at: shop.now().toISOString() });
  let settled: RefundRecord | null;
  try {
    const answer = await shop.payments.refund({
      refundId: recorded.id,
      orderId: recorded.orderId,
      sessionId: recorded.sessionId,
      amount: recorded.amount,
      currency: recorded.currency,
      reason: recorded.reason,
      idempotencyKey: `refund_${recorded.id}`,
    });
    settled = await update(answer);
  } catch (error) {
    if (!(error instanceof PaymentProviderError)) throw error;
    if (error.code === 'provider_unavailable') {
      shop.log(`Refund ${recorded.id}: the provider could not be reached; left pending for its webhook.`, error);
      return recorded;
    }
    settled = await update({ providerRefundId: null, status: 'failed', failureReason: error.message });
  }
  const result = settled ?? recorded;
  if (result.status === 'failed') throw new RefundFailedError(result.id, result.failureReason ?? 'refused');
  return result;
}

/** `POST /api/admin/orders/:orderId/refunds`. */
export async function refundOrder(shop: Shop, orderId: string, body: CreateRefundBody): Promise<Refund> {
  const order = await findAdminOrder(shop, orderId);
  const lines = body.lines ?? [];
  checkDistinctLines(lines);
  const source = body.source ?? 'order';
  if (source === 'payment_issue' && lines.length > 0)
    throw new ValidationError([{ path: 'lines', message: 'a payment issue is refunded by amount, not by lines' }]);
  const reason: RefundReason = body.reason ?? 'requested_by_customer';
  const refund = await issueRefund(shop, {
    orderId: order.id,
    source,
    amount: askedAmount(order, { ...body, source }),
    reason,
    note: body.note ?? null,
    restock: body.restock ?? false,
    lines,
    returnId: null,
  });
  return toRefundView(refund);
}
