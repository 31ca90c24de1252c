import type { PaymentStatus } from '../../sdk/schemas/index.ts';
import type { PaymentResult, SettlementAction } from '../data/orders.ts';

/**
 * What a payment result does to an order, whatever order the news arrives in. Results come from
 * webhooks (possibly repeated, late or out of order), from asking the provider, and from the
 * reservation sweep; each store applies this decision inside the transaction that read the state.
 *
 * - Money in wins: a pending order becomes paid; a failed one (its reservation ran out first) is paid
 *   late and takes its stock again if it can. A paid order ignores everything after.
 * - A failure only fails a pending order, and only for the attempt the order is waiting on: an old
 *   attempt expiring must not fail a retry that is under way.
 * - A payment on its way (a bank debit) leaves the order pending; only its attempt records it.
 * - An amount other than the order's total is never taken as payment.
 */
export type SettlementState = {
  paymentStatus: PaymentStatus;
  /** The result is about the attempt the order currently waits on. */
  currentAttempt: boolean;
  /** The provider collected exactly the order's total. */
  amountMatches: boolean;
};

export function planSettlement(state: SettlementState, result: PaymentResult): SettlementAction {
  switch (result) {
    case 'paid':
      if (state.paymentStatus !== 'pending' && state.paymentStatus !== 'failed') return 'none';
      if (!state.amountMatches) return 'amount_mismatch';
      return state.paymentStatus === 'pending' ? 'paid' : 'paid_late';
    case 'failed':
      return state.paymentStatus === 'pending' && state.currentAttempt ? 'failed' : 'none';
    case 'processing':
      return state.paymentStatus === 'pending' && state.currentAttempt ? 'processing' : 'none';
  }
}
