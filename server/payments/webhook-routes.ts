import { Hono } from 'hono';
import * as z from 'zod';
import { ValidationError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { handlePaymentWebhook } from '../orders/settle.ts';
import type { Shop } from '../shop/shop.ts';
import { PaymentProviderError } from './errors.ts';

export const WebhookAck = z.object({ received: z.literal(true) });

/**
 * `POST /api/webhooks/stripe`: Stripe's checkout-session events, and the test gateway's, which are
 * signed the same way. The signature covers the raw bytes, so the body is read as text, untouched.
 */
export function webhookRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/webhooks/stripe', async (c) => {
    try {
      await handlePaymentWebhook(shop, await c.req.text(), c.req.header('stripe-signature'));
    } catch (error) {
      // Correctly signed but not a checkout-session event: the sender's mistake, and resending won't help.
      if (error instanceof PaymentProviderError && error.code === 'invalid_event') {
        throw new ValidationError([], 'The event is not a checkout-session event.');
      }
      throw error;
    }
    return c.json({ received: true } satisfies z.infer<typeof WebhookAck>);
  });
  return app;
}
