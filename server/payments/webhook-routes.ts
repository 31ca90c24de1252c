import { Hono } from 'hono';
import { WebhookAck } from '../../sdk/schemas/index.ts';
import { ValidationError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { errorResponse } from '../openapi/responses.ts';
import { handlePaymentWebhook } from '../orders/settle.ts';
import { handleRefundEvent } from '../refunds/webhook.ts';
import type { Shop } from '../shop/shop.ts';
import { PaymentProviderError } from './errors.ts';

export const stripeWebhookRoute = defineRoute({
  method: 'post',
  path: '/webhooks/stripe',
  operationId: 'stripeWebhook',
  tag: 'Checkout',
  summary: 'Payment events (Stripe webhooks)',
  description:
    'Checkout-session and refund events (`charge.refunded`, `refund.created`, `refund.updated`, `refund.failed`) signed ' +
    'with the endpoint secret (`Stripe-Signature`). Each event acts once, in any order. ' +
    'The built-in test gateway delivers its events through the same handler.',
  headers: [{ name: 'Stripe-Signature', required: true, description: 'Stripe’s signature over the raw body.' }],
  rawBody: {
    contentType: 'application/json',
    description: 'The event exactly as Stripe sent it: the signature covers these bytes.',
  },
  responses: {
    200: { description: 'Received (also for events that change nothing).', body: WebhookAck },
    400: errorResponse(
      '`invalid_signature`: missing, forged or too old; `validation_failed`: signed, but not the shape its type has.',
    ),
  },
});

/**
 * `POST /api/webhooks/stripe`: Stripe's checkout-session events, and the test gateway's, which are
 * signed the same way. The signature covers the raw bytes, so the body is read as text, untouched.
 */
export function webhookRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, stripeWebhookRoute, async (c) => {
    const rawBody = await c.req.text();
    const signature = c.req.header('stripe-signature');
    try {
      const refundEvent = shop.payments.verifyRefundWebhook(rawBody, signature);
      if (refundEvent) await handleRefundEvent(shop, refundEvent);
      else await handlePaymentWebhook(shop, rawBody, signature);
    } catch (error) {
      // Correctly signed but not the shape its type has: the sender's mistake, and resending won't help.
      if (error instanceof PaymentProviderError && error.code === 'invalid_event') {
        throw new ValidationError([], 'The event is not a checkout-session or refund event.');
      }
      throw error;
    }
    return c.json({ received: true } satisfies WebhookAck);
  });
  return app;
}
