/**
 * The seam between orders and whoever takes the money. Stripe implements it for real; the built-in
 * test gateway implements it offline. Amounts are minor units in the order's currency.
 */
export type PaymentLineItem = {
  name: string;
  /** e.g. "M / Navy", or sticker specs. */
  description?: string;
  quantity: number;
  unitAmount: number;
};

export type StartPaymentInput = {
  orderId: string;
  orderNumber: string;
  email: string;
  currency: string;
  lines: PaymentLineItem[];
  shipping: { name: string; amount: number };
  /** Taken off the order as a whole (a discount code). */
  discountAmount: number;
  /** Tax added on top; 0 when prices include tax. */
  taxAmount: number;
  /** What the shopper pays; equals lines + shipping + tax − discount. */
  totalAmount: number;
  successUrl: string;
  cancelUrl: string;
  /** One payment session per order attempt, even when the request is retried. */
  idempotencyKey: string;
  /** Asks for a session paid inside the shop's page; a provider that cannot opens a redirect session instead. */
  embedded: boolean;
};

export type StartedPayment = {
  provider: 'stripe' | 'test';
  sessionId: string;
  /** The provider's payment page; empty for an embedded session, which has none. */
  redirectUrl: string;
  /** An embedded session's secret for Stripe.js in the shopper's browser; null for a redirect session. */
  clientSecret: string | null;
  expiresAt: Date;
};

/** What the provider says about a session when asked server-side. */
export type PaymentOutcome = {
  sessionId: string;
  status: 'paid' | 'failed' | 'pending';
  amountTotal: number | null;
  /** ISO 4217, as the provider reports it (Stripe: lowercase); null when it did not say. */
  currency: string | null;
  paymentIntentId: string | null;
};

export interface PaymentProvider {
  readonly name: 'stripe' | 'test';
  start(input: StartPaymentInput): Promise<StartedPayment>;
  retrieve(sessionId: string): Promise<PaymentOutcome>;
}

/** The checkout-session events Storelet acts on, in Stripe's names. */
export const PAYMENT_EVENT_TYPES = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

/** A verified webhook event, reduced to what an order needs. */
export type PaymentEvent = {
  id: string;
  type: PaymentEventType;
  /** Seconds since the epoch, as Stripe sends it; events may arrive in any order. */
  created: number;
  sessionId: string;
  /** From the session's metadata, set when the session was started. */
  orderId: string | null;
  /** Stripe's `payment_status` on the session: `paid`, `unpaid` or `no_payment_required`. */
  paymentStatus: string;
  amountTotal: number | null;
  currency: string | null;
  paymentIntentId: string | null;
};

/** Money to give back from one paid session. */
export type RefundInput = {
  refundId: string;
  orderId: string;
  sessionId: string;
  amount: number;
  currency: string;
  /** Stripe's own reasons; anything else is sent without one (and kept in the metadata). */
  reason: string;
  /** One refund at the provider per refund of ours, however often the request is retried. */
  idempotencyKey: string;
};

export type ProviderRefund = {
  providerRefundId: string;
  status: 'pending' | 'succeeded' | 'failed';
  failureReason: string | null;
};

/** The refund events Storelet acts on, in Stripe's names. */
export const REFUND_EVENT_TYPES = ['charge.refunded', 'refund.created', 'refund.updated', 'refund.failed'] as const;
export type RefundEventType = (typeof REFUND_EVENT_TYPES)[number];

/** A verified refund webhook, one per refund it tells about (a `charge.refunded` may carry several). */
export type RefundEvent = {
  id: string;
  type: RefundEventType;
  refunds: {
    providerRefundId: string;
    refundId: string | null;
    status: ProviderRefund['status'];
    failureReason: string | null;
  }[];
};
