import type Stripe from 'stripe';
import type { PaymentOutcome } from './provider.ts';

/** Reading a Checkout Session the way orders need it, shared by `retrieve()` and the webhook path. */

/** The PaymentIntent id whether Stripe sent the id or, when expanded, the object. */
export function paymentIntentIdOf(session: { payment_intent: string | { id: string } | null }): string | null {
  const intent = session.payment_intent;
  if (!intent) return null;
  return typeof intent === 'string' ? intent : intent.id;
}

/**
 * `paid` once the money is in (or nothing was owed), `failed` once the session can no longer be
 * paid, `pending` otherwise: still open, or complete with an async method (bank debit) in flight.
 */
export function sessionStatus(
  session: Pick<Stripe.Checkout.Session, 'payment_status' | 'status'>,
): PaymentOutcome['status'] {
  if (session.payment_status === 'paid' || session.payment_status === 'no_payment_required') return 'paid';
  if (session.status === 'expired') return 'failed';
  return 'pending';
}

export function sessionOutcome(session: Stripe.Checkout.Session): PaymentOutcome {
  return {
    sessionId: session.id,
    status: sessionStatus(session),
    amountTotal: session.amount_total,
    currency: session.currency,
    paymentIntentId: paymentIntentIdOf(session),
  };
}
