import { onlyKnown, read, required, StripeParamError, type FormObject } from './stripe-form.ts';
import { fakeId, type FakeCheckoutSession } from './fake-checkout.ts';

/**
 * The fake's Refunds: made against the PaymentIntent of a paid session, refused the way Stripe refuses
 * (unknown intent, already refunded in full, more than is left), in Stripe's field names.
 */

export type FakeRefundStatus = 'pending' | 'succeeded' | 'failed' | 'canceled' | 'requires_action';

export type FakeRefund = {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  payment_intent: string;
  charge: string;
  reason: string | null;
  status: FakeRefundStatus;
  failure_reason: string | null;
  metadata: Record<string, string>;
  created: number;
};

/** Refunded so far of the intent, failed and canceled refunds left out (their money never moved). */
export function refundedOf(refunds: Iterable<FakeRefund>, paymentIntent: string): number {
  let sum = 0;
  for (const refund of refunds)
    if (refund.payment_intent === paymentIntent && refund.status !== 'failed' && refund.status !== 'canceled')
      sum += refund.amount;
  return sum;
}

const REASONS = new Set(['duplicate', 'fraudulent', 'requested_by_customer']);

export function createRefund(
  params: FormObject,
  sessions: Iterable<FakeCheckoutSession>,
  refunds: Map<string, FakeRefund>,
  status: FakeRefundStatus,
): FakeRefund {
  onlyKnown(params, ['payment_intent', 'amount', 'reason', 'metadata', 'charge']);
  const paymentIntent = required(read.string(params.payment_intent, 'payment_intent'), 'payment_intent');
  const session = [...sessions].find(
    (candidate) => candidate.payment_intent === paymentIntent && candidate.payment_status === 'paid',
  );
  if (!session)
    throw new StripeParamError('payment_intent', `No such payment_intent: '${paymentIntent}'`, 'resource_missing');
  const left = session.amount_total - refundedOf(refunds.values(), paymentIntent);
  if (left <= 0)
    throw new StripeParamError(
      'payment_intent',
      `Charge for ${paymentIntent} has already been refunded.`,
      'charge_already_refunded',
    );
  const amount = read.integer(params.amount, 'amount') ?? left;
  if (amount <= 0) throw new StripeParamError('amount', 'Amount must be at least 1.');
  if (amount > left)
    throw new StripeParamError(
      'amount',
      `Refund amount (${amount}) is greater than unrefunded amount on charge (${left}).`,
    );
  const reason = read.string(params.reason, 'reason') ?? null;
  if (reason !== null && !REASONS.has(reason)) throw new StripeParamError('reason', `Invalid reason: ${reason}.`);
  const refund: FakeRefund = {
    id: fakeId('re'),
    object: 'refund',
    amount,
    currency: session.currency,
    payment_intent: paymentIntent,
    charge: `ch_${paymentIntent.slice(3)}`,
    reason,
    status,
    failure_reason: status === 'failed' ? 'expired_or_canceled_card' : null,
    metadata: read.metadata(params.metadata, 'metadata'),
    created: Math.floor(Date.now() / 1000),
  };
  refunds.set(refund.id, refund);
  return refund;
}
