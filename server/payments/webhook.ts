import Stripe from 'stripe';
import { InvalidSignatureError, PaymentProviderError } from './errors.ts';
import { PAYMENT_EVENT_TYPES, type PaymentEvent, type PaymentEventType } from './provider.ts';
import { paymentIntentIdOf } from './stripe-session.ts';

export type VerifyWebhookOptions = {
  /** How old a signature may be, in seconds; Stripe's default is 300. Older ones are refused as replays. */
  toleranceSeconds?: number;
};

type CheckoutSessionEvent = Extract<Stripe.Event, { type: PaymentEventType }>;

const EVENT_TYPES: ReadonlySet<string> = new Set(PAYMENT_EVENT_TYPES);

function isCheckoutSessionEvent(event: Stripe.Event): event is CheckoutSessionEvent {
  return EVENT_TYPES.has(event.type);
}

/**
 * Verifies a webhook with Stripe's own code (HMAC-SHA256 over `timestamp.body`, timestamp within the
 * tolerance) and reduces it to a `PaymentEvent`. The built-in test gateway signs its callbacks the
 * same way, so both reach orders through this one function.
 *
 * Throws `InvalidSignatureError` for a missing, forged or stale signature or a tampered body. Returns
 * null for a genuine event of a type orders don't act on, so the route can answer 2xx and Stripe stops
 * resending it.
 */
export function verifyPaymentWebhook(
  rawBody: string,
  signatureHeader: string | undefined,
  webhookSecret: string,
  options: VerifyWebhookOptions = {},
): PaymentEvent | null {
  // A blank secret would make every event fail as "forged" and hide the real problem: the configuration.
  if (!webhookSecret.trim()) throw new Error('verifyPaymentWebhook needs the webhook signing secret.');
  if (!signatureHeader) throw new InvalidSignatureError();
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signatureHeader, webhookSecret, options.toleranceSeconds);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) throw new InvalidSignatureError({ cause: error });
    throw new PaymentProviderError('invalid_event', 'A signed webhook body is not a JSON event.', { cause: error });
  }
  if (!isCheckoutSessionEvent(event)) return null;
  return toPaymentEvent(event);
}

function toPaymentEvent(event: CheckoutSessionEvent): PaymentEvent {
  // Only a holder of the secret can get here, but our own test gateway signs too: check the shape anyway.
  const session = event.data?.object as Stripe.Checkout.Session | undefined;
  if (typeof event.id !== 'string' || typeof event.created !== 'number' || typeof session?.id !== 'string' || typeof session.payment_status !== 'string') {
    throw new PaymentProviderError('invalid_event', `Event ${String(event.id)} is not a checkout-session event.`);
  }
  const orderId = session.metadata?.orderId ?? session.client_reference_id ?? null;
  return {
    id: event.id,
    type: event.type,
    created: event.created,
    sessionId: session.id,
    orderId,
    paymentStatus: session.payment_status,
    amountTotal: typeof session.amount_total === 'number' ? session.amount_total : null,
    currency: typeof session.currency === 'string' ? session.currency : null,
    paymentIntentId: paymentIntentIdOf(session),
  };
}
