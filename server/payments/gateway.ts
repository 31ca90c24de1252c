import type {
  PaymentEvent,
  PaymentOutcome,
  PaymentProvider,
  ProviderRefund,
  RefundEvent,
  RefundInput,
} from './provider.ts';

/**
 * What checkout needs from whoever takes the money: Stripe, or the built-in test gateway. Beyond the
 * provider contract, the gateway verifies its own webhooks and can stop a session from being paid.
 */
export type PaymentGateway = PaymentProvider & {
  /** Stripe's `pk_…` when sessions can be embedded in the shop's page; null otherwise. */
  readonly publishableKey: string | null;
  /** Verifies a webhook's signature; null for a genuine event orders don't act on. Throws `InvalidSignatureError`. */
  verifyWebhook(rawBody: string, signatureHeader: string | undefined): PaymentEvent | null;
  /** Makes the session unpayable and answers what became of it (`paid` when the shopper got there first). */
  expire(sessionId: string): Promise<PaymentOutcome>;
  /** Gives money of a paid session back; retried with the same key, it makes one refund. */
  refund(input: RefundInput): Promise<ProviderRefund>;
  /** A refund webhook, verified like the others; null for any other genuine event. */
  verifyRefundWebhook(rawBody: string, signatureHeader: string | undefined): RefundEvent | null;
};
