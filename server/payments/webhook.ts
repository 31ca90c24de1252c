import Stripe from 'stripe';
import * as z from 'zod';
import { InvalidSignatureError, PaymentProviderError } from './errors.ts';
import { PAYMENT_EVENT_TYPES, type PaymentEvent } from './provider.ts';
import { paymentIntentIdOf } from './stripe-session.ts';

export type VerifyWebhookOptions = {
  /** How old a signature may be, in seconds; Stripe's default is 300. Older ones are refused as replays. */
  toleranceSeconds?: number;
};

/** What every event has, whatever its type: enough to tell whether orders act on it. */
const EventEnvelope = z.object({ id: z.string(), type: z.string(), created: z.number() });

/**
 * The fields of a checkout session that orders read. Only a holder of the secret can send one, but our
 * own test gateway signs too, and a wrong shape must be the sender's 400, never our 500.
 */
const CheckoutSessionEvent = z.object({
  id: z.string(),
  type: z.enum(PAYMENT_EVENT_TYPES),
  created: z.number(),
  data: z.object({
    object: z.object({
      id: z.string(),
      payment_status: z.string(),
      metadata: z.object({ orderId: z.string().optional() }).nullish(),
      client_reference_id: z.string().nullish(),
      amount_total: z.number().nullish(),
      currency: z.string().nullish(),
      payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
    }),
  }),
});

const EVENT_TYPES: ReadonlySet<string> = new Set(PAYMENT_EVENT_TYPES);

/**
 * Checks the signature with Stripe's own code (HMAC-SHA256 over `timestamp.body`, timestamp within the
 * tolerance) and answers the event with its envelope. Throws `InvalidSignatureError` for a missing, forged or
 * stale signature or a tampered body, `invalid_event` for a signed body that is not an event.
 */
export function constructVerifiedEvent(
  rawBody: string,
  signatureHeader: string | undefined,
  webhookSecret: string,
  options: VerifyWebhookOptions = {},
): { envelope: z.infer<typeof EventEnvelope>; event: unknown } {
  // A blank secret would make every event fail as "forged" and hide the real problem: the configuration.
  if (!webhookSecret.trim()) throw new Error('verifyPaymentWebhook needs the webhook signing secret.');
  if (!signatureHeader) throw new InvalidSignatureError();
  let event: unknown;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signatureHeader, webhookSecret, options.toleranceSeconds);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError)
      throw new InvalidSignatureError({ cause: error });
    throw new PaymentProviderError('invalid_event', 'A signed webhook body is not a JSON event.', { cause: error });
  }
  const envelope = EventEnvelope.safeParse(event);
  if (!envelope.success) throw new PaymentProviderError('invalid_event', 'A signed webhook body is not an event.');
  return { envelope: envelope.data, event };
}

/**
 * Verifies a webhook (see `constructVerifiedEvent`) and reduces it to a `PaymentEvent`. The built-in test
 * gateway signs its callbacks the same way, so both reach orders through this one function.
 *
 * Returns null for a genuine event of a type orders don't act on, so the route can answer 2xx and Stripe
 * stops resending it.
 */
export function verifyPaymentWebhook(
  rawBody: string,
  signatureHeader: string | undefined,
  webhookSecret: string,
  options: VerifyWebhookOptions = {},
): PaymentEvent | null {
  const { envelope, event } = constructVerifiedEvent(rawBody, signatureHeader, webhookSecret, options);
  if (!EVENT_TYPES.has(envelope.type)) return null;
  const parsed = CheckoutSessionEvent.safeParse(event);
  if (!parsed.success) {
    throw new PaymentProviderError('invalid_event', `Event ${envelope.id} is not a checkout-session event.`);
  }
  return toPaymentEvent(parsed.data);
}

function toPaymentEvent(event: z.infer<typeof CheckoutSessionEvent>): PaymentEvent {
  const session = event.data.object;
  return {
    id: event.id,
    type: event.type,
    created: event.created,
    sessionId: session.id,
    orderId: session.metadata?.orderId ?? session.client_reference_id ?? null,
    paymentStatus: session.payment_status,
    amountTotal: session.amount_total ?? null,
    currency: session.currency ?? null,
    paymentIntentId: paymentIntentIdOf({ payment_intent: session.payment_intent ?? null }),
  };
}
