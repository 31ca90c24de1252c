import { Hono } from 'hono';
import { ApiError, NotFoundError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { DOCUMENT_HEADERS } from '../http/security.ts';
import type { PaymentEventType } from '../payments/provider.ts';
import { signedTestGatewayEvent } from '../payments/test-gateway-signing.ts';
import type { TestGateway } from '../payments/test-gateway.ts';
import type { PaymentGateway } from '../payments/gateway.ts';
import { handlePaymentWebhook } from '../orders/settle.ts';
import type { Shop } from '../shop/shop.ts';
import { renderTestPaymentPage } from './page.ts';

const isTestGateway = (gateway: PaymentGateway): gateway is TestGateway =>
  gateway.name === 'test' && 'webhookSecret' in gateway;

class TestGatewayDisabledError extends ApiError {
  override name = 'TestGatewayDisabledError';
  constructor(reason: string) {
    super('test_gateway_disabled', 403, `The test payment gateway is off: ${reason}`);
  }
}

type Action = 'approve' | 'decline' | 'pending';

/**
 * The Stripe event each button stands for. Approving completes a paid session; declining ends it as
 * Stripe ends an abandoned one. Leaving it pending sends nothing: the session stays open, payable from
 * this page until the order's reservation runs out.
 */
const EVENTS: Record<Action, { type: PaymentEventType; paid?: boolean } | null> = {
  approve: { type: 'checkout.session.completed', paid: true },
  decline: { type: 'checkout.session.expired' },
  pending: null,
};

/**
 * `/pay/test/:sessionId`: the built-in gateway's payment page, and its three buttons. A button builds
 * the Stripe event for its outcome, signs it with the gateway's secret and hands it to the same webhook
 * handler Stripe's events reach, then sends the shopper back to the shop, where the landing page asks
 * the server how it went. Refused in production and when Stripe takes the payments.
 */
export function testGatewayRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { settings } = shop;
  // Forms post here and are redirected to the shop's landing page, so both must be allowed form targets.
  const formTargets = [...new Set([new URL(settings.publicUrl).origin, ...settings.allowedOrigins])].join(' ');
  const pageHeaders = {
    ...DOCUMENT_HEADERS,
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self' ${formTargets}; frame-ancestors 'none'; base-uri 'none'`,
    // Under no-referrer a browser sends `Origin: null` even with its own forms, which the origin rule refuses.
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };

  const gateway = (): TestGateway => {
    if (settings.production) throw new TestGatewayDisabledError('the shop runs in production mode.');
    if (!isTestGateway(shop.payments)) throw new TestGatewayDisabledError('this shop takes payments through Stripe.');
    return shop.payments;
  };

  async function find(sessionId: string) {
    const payment = sessionId.length <= 100 ? await shop.data.orders.findPayment(sessionId) : null;
    const order = payment && payment.provider === 'test' ? await shop.data.orders.findOrder(payment.orderId) : null;
    if (!payment || !order) throw new NotFoundError('The payment session');
    return { payment, order };
  }

  app.get('/pay/test/:sessionId', async (c) => {
    gateway();
    const { payment, order } = await find(c.req.param('sessionId'));
    return c.html(renderTestPaymentPage({ shopName: settings.shopName, order, payment }), 200, pageHeaders);
  });

  app.post('/pay/test/:sessionId/:action{approve|decline|pending}', async (c) => {
    const { webhookSecret } = gateway();
    const action = c.req.param('action') as Action;
    const { payment, order } = await find(c.req.param('sessionId'));
    // Only the attempt the order waits on can be settled; a second click on a settled one changes nothing.
    const settleable = order.paymentSessionId === payment.sessionId && payment.status === 'open';
    const event = settleable ? EVENTS[action] : null;
    if (event) {
      const signed = signedTestGatewayEvent({
        ...event,
        sessionId: payment.sessionId,
        orderId: order.id,
        amountTotal: payment.amount,
        currency: payment.currency,
        webhookSecret,
      });
      await handlePaymentWebhook(shop, signed.payload, signed.header);
    }
    return c.redirect(payment.successUrl, 303);
  });

  return app;
}
