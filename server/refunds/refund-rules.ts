import type { LineQuantity, PaymentStatus, RefundSource } from '../../sdk/schemas/index.ts';
import { ValidationError } from '../errors.ts';
import { OrderNotRefundableError, RefundExceedsPaymentError } from './errors.ts';

/**
 * What a refund may take, decided inside the transaction that read the state, so requests sent at once are
 * checked one after the other: never more money than is left of what was collected, never a unit twice.
 */

export type RefundState = {
  paymentStatus: PaymentStatus;
  /** What is left of the money of this source (collected minus refunds not failed). */
  remaining: number;
  /** Units of each line, and how many refunds not failed hold already. */
  lines: ReadonlyMap<string, { quantity: number; refunded: number }>;
};

export type RefundAsk = { source: RefundSource; amount: number | null; lines: readonly LineQuantity[] };

/** Answers the amount to refund (all that is left when `amount` is null); throws when the refund does not fit. */
export function checkRefund(state: RefundState, ask: RefundAsk): number {
  if (ask.source === 'order') {
    if (state.paymentStatus === 'refunded') throw new OrderNotRefundableError(state.paymentStatus, 'refunded');
    if (state.paymentStatus !== 'paid' && state.paymentStatus !== 'partially_refunded')
      throw new OrderNotRefundableError(state.paymentStatus, 'not_paid');
  } else if (state.remaining <= 0) {
    throw new OrderNotRefundableError(state.paymentStatus, 'no_payment_issue');
  }
  ask.lines.forEach((line, index) => {
    const known = state.lines.get(line.lineId);
    if (!known) throw new ValidationError([{ path: `lines.${index}.lineId`, message: 'is not a line of this order' }]);
    const left = known.quantity - known.refunded;
    if (line.quantity > left)
      throw new RefundExceedsPaymentError({ requested: line.quantity, refundable: left, lineId: line.lineId });
  });
  const amount = ask.amount ?? state.remaining;
  if (amount <= 0 || amount > state.remaining)
    throw new RefundExceedsPaymentError({ requested: amount, refundable: state.remaining });
  return amount;
}

/** The order's payment status once `refunded` of its `total` is given back (pending refunds count). */
export function refundedStatus(total: number, refunded: number): PaymentStatus {
  if (refunded <= 0) return 'paid';
  return refunded >= total ? 'refunded' : 'partially_refunded';
}

/** Where a refund may go: pending settles either way; a succeeded refund can still fail at the bank; failed is final. */
export function canMoveRefund(from: string, to: string): boolean {
  if (from === 'pending') return to === 'succeeded' || to === 'failed';
  return from === 'succeeded' && to === 'failed';
}

/** Duplicate line ids would let one request refund a unit twice. */
export function checkDistinctLines(lines: readonly LineQuantity[]): void {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (seen.has(line.lineId))
      throw new ValidationError([{ path: `lines.${index}.lineId`, message: 'names a line twice' }]);
    seen.add(line.lineId);
  });
}
