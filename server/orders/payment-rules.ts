import type { PaymentStatus } from '../../sdk/schemas/index.ts';
import type { PaymentResult, SettlementAction } from '../data/orders.ts';

/**
 * What a payment result does to an order, whatever order the news arrives in. Results come from
 * webhooks (possibly repeated, late or out of order), from asking the provider, and from the
 * reservation sweep; each store applies this decision inside the transaction that read the state.
 *
 * - Money in wins, once: a pending order becomes paid. A repeated result for an attempt already paid
 *   does nothing.
 * - Money that the order cannot take is never dropped: it is flagged on the order for a refund. That is
 *   another amount or currency than the order's, a second attempt capturing an order already paid
 *   (`duplicate_capture`), or a payment for a cancelled order (`paid_after_failure`).
 * - Paid late: `failed → paid` is not a normal move (docs/architecture.md), but a shopper whose reservation ran out
 *   while they were paying did pay the order as placed. An order still open takes it as `paid_late`,
 *   and the store accepts it only if the stock can be taken again; otherwise it becomes
 *   `paid_after_failure` too, and the order stays failed.
 * - A failure only fails a pending order, and only for the attempt the order is waiting on: an old
 *   attempt expiring must not fail a retry that is under way.
 * - A payment on its way (a bank debit) leaves the order pending; only its attempt records it.
 */
export type SettlementState = {
  paymentStatus: PaymentStatus;
  /** The order's `status` is cancelled: it can no longer be paid. */
  cancelled: boolean;
  /** The result is about the attempt the order currently waits on. */
  currentAttempt: boolean;
  /** This attempt was recorded as paid already: the result is news we had. */
  attemptPaid: boolean;
  /** The provider collected exactly the order's total… */
  amountMatches: boolean;
  /** …in the order's currency. */
  currencyMatches: boolean;
};

const MONEY_IN: ReadonlySet<PaymentStatus> = new Set(['paid', 'refunded', 'partially_refunded']);

export function planSettlement(state: SettlementState, result: PaymentResult): SettlementAction {
  switch (result) {
    case 'paid':
      if (state.attemptPaid) return 'none';
      if (MONEY_IN.has(state.paymentStatus)) return 'duplicate_capture';
      if (!state.currencyMatches) return 'currency_mismatch';
      if (!state.amountMatches) return 'amount_mismatch';
      if (state.paymentStatus === 'pending') return 'paid';
      return state.cancelled ? 'paid_after_failure' : 'paid_late';
    case 'failed':
      return state.paymentStatus === 'pending' && state.currentAttempt ? 'failed' : 'none';
    case 'processing':
      return state.paymentStatus === 'pending' && state.currentAttempt ? 'processing' : 'none';
  }
}

/** Actions that leave money with the shop that the order did not take: flagged for a person. */
export function isPaymentIssue(
  action: SettlementAction,
): action is 'amount_mismatch' | 'currency_mismatch' | 'paid_after_failure' | 'duplicate_capture' {
  return (
    action === 'amount_mismatch' ||
    action === 'currency_mismatch' ||
    action === 'paid_after_failure' ||
    action === 'duplicate_capture'
  );
}
