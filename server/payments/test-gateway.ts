import { createHash, randomBytes } from 'node:crypto';
import { PaymentProviderError } from './errors.ts';
import type { PaymentRecord } from '../data/orders.ts';
import type { PaymentGateway } from './gateway.ts';
import type { PaymentOutcome, StartedPayment } from './provider.ts';
import { verifyRefundWebhook } from './refund-webhook.ts';
import { verifyPaymentWebhook } from './webhook.ts';

export type TestGatewayOptions = {
  /** Where this server is reached; the payment page lives at `/pay/test/<session>` below it. */
  publicUrl: string;
  /** Signs the gateway's callbacks; random per start, since only this process makes or checks them. */
  webhookSecret: string;
  /** The stored attempt for a session: the test gateway keeps no state of its own. */
  findPayment(sessionId: string): Promise<PaymentRecord | null>;
};

export type TestGateway = PaymentGateway & { readonly name: 'test'; readonly webhookSecret: string };

/** Test sessions live as long as Stripe's longest; the order's reservation ends them sooner. */
const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

const outcome = (sessionId: string, payment: PaymentRecord | null, expiring: boolean): PaymentOutcome => ({
  sessionId,
  status: payment?.status === 'paid' ? 'paid' : payment?.status === 'failed' || expiring ? 'failed' : 'pending',
  amountTotal: payment?.amount ?? null,
  currency: payment?.currency ?? null,
  paymentIntentId: null,
});

/**
 * The offline payment provider for development and tests: a page on this server where the shopper
 * approves, declines or leaves the payment pending. It settles through the same signed webhook path
 * as Stripe (see test-gateway/routes.ts). Refused in production.
 */
export function createTestGateway(options: TestGatewayOptions): TestGateway {
  return {
    name: 'test',
    webhookSecret: options.webhookSecret,
    publishableKey: null,
    async start(): Promise<StartedPayment> {
      const sessionId = `tgs_${randomBytes(16).toString('hex')}`;
      return {
        provider: 'test',
        sessionId,
        redirectUrl: `${options.publicUrl}/pay/test/${sessionId}`,
        // Its page is on this server: there is nothing to embed.
        clientSecret: null,
        expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
      };
    },
    async retrieve(sessionId) {
      return outcome(sessionId, await options.findPayment(sessionId), false);
    },
    async expire(sessionId) {
      const payment = await options.findPayment(sessionId);
      // A session left pending (a bank debit in flight) is not cut short; an open one just ends.
      return outcome(sessionId, payment, payment?.status === 'open');
    },
    // Offline, a refund of a paid test session simply succeeds; the same key answers the same refund.
    async refund(input) {
      const payment = await options.findPayment(input.sessionId);
      if (payment?.status !== 'paid')
        throw new PaymentProviderError('provider_rejected', `Test session ${input.sessionId} was not paid.`);
      const providerRefundId = `tre_${createHash('sha256').update(input.idempotencyKey).digest('hex').slice(0, 24)}`;
      return { providerRefundId, status: 'succeeded', failureReason: null };
    },
    verifyWebhook(rawBody, signatureHeader) {
      return verifyPaymentWebhook(rawBody, signatureHeader, options.webhookSecret);
    },
    verifyRefundWebhook(rawBody, signatureHeader) {
      return verifyRefundWebhook(rawBody, signatureHeader, options.webhookSecret);
    },
  };
}
