import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import type { PaymentEventType } from './provider.ts';

/**
 * The built-in test gateway settles payments through the same door as Stripe: it builds the webhook
 * Stripe would send for a Checkout Session and signs it with the shop's webhook secret, so
 * `verifyPaymentWebhook` checks it, and orders process it, exactly like a real one.
 */

export type TestGatewaySession = {
  sessionId: string;
  orderId: string;
  amountTotal: number;
  /** ISO 4217, any case; Stripe writes it lowercase. */
  currency: string;
};

export type TestGatewayEventInput = TestGatewaySession & {
  type: PaymentEventType;
  /**
   * For `checkout.session.completed` only: false when the shopper chose to settle later, as with a
   * bank debit; an `async_payment_succeeded` or `_failed` event follows. Defaults to true.
   */
  paid?: boolean;
  webhookSecret: string;
  /** When the event happened, in seconds since the epoch; now when unset. The signature is always made now. */
  created?: number;
};

export type SignedTestGatewayEvent = {
  eventId: string;
  /** The raw body to deliver; the signature covers these exact bytes. */
  payload: string;
  /** The `Stripe-Signature` header value. */
  header: string;
};

/** The session's state after each event, as Stripe reports it in `data.object`. */
function sessionState(type: PaymentEventType, paid: boolean): { status: string; payment_status: string } {
  switch (type) {
    case 'checkout.session.completed':
      return { status: 'complete', payment_status: paid ? 'paid' : 'unpaid' };
    case 'checkout.session.async_payment_succeeded':
      return { status: 'complete', payment_status: 'paid' };
    case 'checkout.session.async_payment_failed':
      return { status: 'complete', payment_status: 'unpaid' };
    case 'checkout.session.expired':
      return { status: 'expired', payment_status: 'unpaid' };
  }
}

export function signedTestGatewayEvent(input: TestGatewayEventInput): SignedTestGatewayEvent {
  const created = input.created ?? Math.floor(Date.now() / 1000);
  const state = sessionState(input.type, input.paid ?? true);
  const event = {
    id: `evt_test_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created,
    livemode: false,
    type: input.type,
    data: {
      object: {
        id: input.sessionId,
        object: 'checkout.session',
        mode: 'payment',
        ...state,
        amount_total: input.amountTotal,
        currency: input.currency.toLowerCase(),
        client_reference_id: input.orderId,
        metadata: { orderId: input.orderId },
        payment_intent: null,
        created,
        livemode: false,
      },
    },
  };
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: input.webhookSecret });
  return { eventId: event.id, payload, header };
}
