import Stripe from 'stripe';
import { PaymentProviderError } from './errors.ts';
import type {
  PaymentEvent,
  PaymentOutcome,
  PaymentProvider,
  ProviderRefund,
  RefundEvent,
  RefundInput,
  StartedPayment,
  StartPaymentInput,
} from './provider.ts';
import { refundStatus, verifyRefundWebhook } from './refund-webhook.ts';
import { sessionOutcome } from './stripe-session.ts';
import { verifyPaymentWebhook } from './webhook.ts';

export type StripeProviderOptions = {
  /** `sk_live_…` or `sk_test_…`. */
  secretKey: string;
  /** The endpoint's signing secret, `whsec_…`. */
  webhookSecret: string;
  /** `pk_…`, for Stripe.js in the browser; without it every session is a redirect to Stripe's page. */
  publishableKey?: string;
  /** Where the Stripe API is; tests point these at a server on loopback. */
  apiHost?: string;
  apiPort?: number;
  apiProtocol?: 'http' | 'https';
  /** Seconds a webhook signature stays acceptable; Stripe's default 300 when unset. */
  webhookToleranceSeconds?: number;
  /** Milliseconds since the epoch; tests fix it. */
  now?: () => number;
};

export type StripeProvider = PaymentProvider & {
  readonly name: 'stripe';
  /** Set when sessions can be embedded in the shop's page. */
  readonly publishableKey: string | null;
  verifyWebhook(rawBody: string, signatureHeader: string | undefined): PaymentEvent | null;
  /**
   * Stops an open session from being paid (its order's reservation ran out) and answers what became of
   * it: `failed` once expired, or `paid` when the shopper finished paying first.
   */
  expire(sessionId: string): Promise<PaymentOutcome>;
  refund(input: RefundInput): Promise<ProviderRefund>;
  verifyRefundWebhook(rawBody: string, signatureHeader: string | undefined): RefundEvent | null;
};

const STRIPE_REFUND_REASONS: ReadonlySet<string> = new Set(['duplicate', 'fraudulent', 'requested_by_customer']);

/**
 * Stripe lets a session expire 30 minutes to 24 hours after creation. We take 30 to 40 minutes:
 * the time is rounded down to a 10-minute step, so a retried start() within the same step sends the
 * same parameters, which Stripe's idempotency check requires (a different `expires_at` is an error).
 */
const EXPIRY_STEP_SECONDS = 10 * 60;
const EXPIRY_AFTER_STEP_SECONDS = 40 * 60;

export function sessionExpiry(nowMs: number): number {
  const now = Math.floor(nowMs / 1000);
  return now - (now % EXPIRY_STEP_SECONDS) + EXPIRY_AFTER_STEP_SECONDS;
}

/** Stripe's errors in our vocabulary; anything that is not a Stripe error is a bug and passes through. */
function providerError(error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  const message = `Stripe: ${error.message}`;
  if (error instanceof Stripe.errors.StripeIdempotencyError)
    return new PaymentProviderError('idempotency_conflict', message, { cause: error });
  if (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError
  ) {
    return new PaymentProviderError('provider_unavailable', message, { cause: error });
  }
  return new PaymentProviderError('provider_rejected', message, { cause: error });
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw providerError(error);
  }
}

/** The figures must add up before anything is sent; Stripe's coupons never reduce shipping. */
function checkFigures(input: StartPaymentInput): void {
  const lines = input.lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
  const expected = lines + input.shipping.amount + input.taxAmount - input.discountAmount;
  if (expected !== input.totalAmount || input.discountAmount > lines + input.taxAmount) {
    throw new PaymentProviderError(
      'amount_mismatch',
      `Order ${input.orderNumber}: lines ${lines} + shipping ${input.shipping.amount} + tax ${input.taxAmount} − discount ${input.discountAmount} is not the total ${input.totalAmount}.`,
    );
  }
}

/** Built with URL APIs the placeholder arrives as `%7BCHECKOUT_SESSION_ID%7D`, which Stripe would not fill in. */
const withSessionPlaceholder = (url: string) => url.replace(/%7BCHECKOUT_SESSION_ID%7D/gi, '{CHECKOUT_SESSION_ID}');

/** Hosted: Stripe's page, then back to the success or cancel URL. Embedded: in the shop's page, then to the return URL. */
function pageParams(input: StartPaymentInput, embedded: boolean): Stripe.Checkout.SessionCreateParams {
  if (!embedded) return { success_url: withSessionPlaceholder(input.successUrl), cancel_url: input.cancelUrl };
  return { ui_mode: 'embedded_page', return_url: withSessionPlaceholder(input.successUrl) };
}

function sessionParams(
  input: StartPaymentInput,
  expiresAt: number,
  coupon: string | null,
  embedded: boolean,
): Stripe.Checkout.SessionCreateParams {
  const currency = input.currency.toLowerCase();
  const item = (name: string, unitAmount: number, quantity: number, description?: string) => ({
    quantity,
    price_data: {
      currency,
      unit_amount: unitAmount,
      // Stripe refuses an empty description, so it is left out rather than sent blank.
      product_data: description ? { name, description } : { name },
    },
  });
  return {
    mode: 'payment',
    line_items: [
      ...input.lines.map((line) => item(line.name, line.unitAmount, line.quantity, line.description)),
      ...(input.taxAmount > 0 ? [item('Tax', input.taxAmount, 1)] : []),
    ],
    shipping_options: [
      {
        shipping_rate_data: {
          type: 'fixed_amount',
          display_name: input.shipping.name,
          fixed_amount: { amount: input.shipping.amount, currency },
        },
      },
    ],
    ...(coupon ? { discounts: [{ coupon }] } : {}),
    customer_email: input.email,
    client_reference_id: input.orderId,
    metadata: { orderId: input.orderId, orderNumber: input.orderNumber },
    ...pageParams(input, embedded),
    expires_at: expiresAt,
  };
}

export function createStripeProvider(options: StripeProviderOptions): StripeProvider {
  if (!options.secretKey.trim() || !options.webhookSecret.trim()) {
    throw new Error('createStripeProvider needs both the secret key and the webhook signing secret.');
  }
  const stripe = new Stripe(options.secretKey, {
    host: options.apiHost,
    port: options.apiPort,
    protocol: options.apiProtocol,
    // Every write carries an idempotency key, so retrying a dropped connection can't charge twice.
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'Storelet' },
  });
  const now = options.now ?? Date.now;

  return {
    name: 'stripe',
    publishableKey: options.publishableKey ?? null,

    async start(input: StartPaymentInput): Promise<StartedPayment> {
      checkFigures(input);
      // A one-off coupon: Checkout has no "discount this amount" parameter. Its own key makes a retry reuse it.
      const coupon =
        input.discountAmount > 0
          ? await call(() =>
              stripe.coupons.create(
                {
                  amount_off: input.discountAmount,
                  currency: input.currency.toLowerCase(),
                  duration: 'once',
                  max_redemptions: 1,
                  name: 'Discount',
                  metadata: { orderId: input.orderId },
                },
                { idempotencyKey: `${input.idempotencyKey}:coupon` },
              ),
            )
          : null;
      const embedded = input.embedded && Boolean(options.publishableKey);
      const params = sessionParams(input, sessionExpiry(now()), coupon?.id ?? null, embedded);
      const session = await call(() =>
        stripe.checkout.sessions.create(params, { idempotencyKey: input.idempotencyKey }),
      );
      if (session.amount_total !== input.totalAmount) {
        // Nobody must be able to pay a session for the wrong amount, even though its URL is never handed out.
        await stripe.checkout.sessions.expire(session.id).catch(() => undefined);
        throw new PaymentProviderError(
          'amount_mismatch',
          `Stripe computed ${session.amount_total} for order ${input.orderNumber}, expected ${input.totalAmount}.`,
        );
      }
      const page = embedded ? session.client_secret : session.url;
      if (!page) {
        const what = embedded ? 'client secret' : 'URL';
        throw new PaymentProviderError('provider_rejected', `Stripe returned no ${what} for session ${session.id}.`);
      }
      return {
        provider: 'stripe',
        sessionId: session.id,
        redirectUrl: embedded ? '' : page,
        clientSecret: embedded ? page : null,
        expiresAt: new Date(session.expires_at * 1000),
      };
    },

    async retrieve(sessionId: string): Promise<PaymentOutcome> {
      return sessionOutcome(await call(() => stripe.checkout.sessions.retrieve(sessionId)));
    },

    async expire(sessionId: string): Promise<PaymentOutcome> {
      try {
        return sessionOutcome(await call(() => stripe.checkout.sessions.expire(sessionId)));
      } catch (error) {
        // Stripe refuses to expire a session that is no longer open; then its state says what happened.
        if (error instanceof PaymentProviderError && error.code === 'provider_rejected') {
          return sessionOutcome(await call(() => stripe.checkout.sessions.retrieve(sessionId)));
        }
        throw error;
      }
    },

    async refund(input: RefundInput): Promise<ProviderRefund> {
      // The session names the PaymentIntent that holds the money; Stripe refunds that.
      const session = sessionOutcome(await call(() => stripe.checkout.sessions.retrieve(input.sessionId)));
      if (!session.paymentIntentId)
        throw new PaymentProviderError('provider_rejected', `Session ${input.sessionId} has no payment to refund.`);
      const paymentIntent = session.paymentIntentId;
      const refund = await call(() =>
        stripe.refunds.create(
          {
            payment_intent: paymentIntent,
            amount: input.amount,
            ...(STRIPE_REFUND_REASONS.has(input.reason)
              ? { reason: input.reason as Stripe.RefundCreateParams.Reason }
              : {}),
            metadata: { refundId: input.refundId, orderId: input.orderId, reason: input.reason },
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return {
        providerRefundId: refund.id,
        status: refundStatus(refund.status),
        failureReason: refund.failure_reason ?? null,
      };
    },

    verifyWebhook(rawBody, signatureHeader) {
      return verifyPaymentWebhook(rawBody, signatureHeader, options.webhookSecret, {
        toleranceSeconds: options.webhookToleranceSeconds,
      });
    },

    verifyRefundWebhook(rawBody, signatureHeader) {
      return verifyRefundWebhook(rawBody, signatureHeader, options.webhookSecret, {
        toleranceSeconds: options.webhookToleranceSeconds,
      });
    },
  };
}
