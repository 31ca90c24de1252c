import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CheckoutResult, PaymentSession } from '../../sdk/schemas/index.ts';
import { startFakeStripe, type FakeStripe } from '../payments/test-support/fake-stripe.ts';
import { cartWith, checkout, getOrder } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/** Paying inside the shop's page: Stripe's embedded Checkout, against the Stripe API on loopback. */
let fake: FakeStripe;
let embedding: TestServer;
let redirecting: TestServer;
const PUBLISHABLE_KEY = 'pk_test_storelet';

before(async () => {
  fake = await startFakeStripe();
  const stripe = {
    secretKey: fake.secretKey,
    webhookSecret: fake.webhookSecret,
    apiHost: fake.host,
    apiPort: fake.port,
    apiProtocol: 'http' as const,
  };
  embedding = await startTestServer({ config: { stripe: { ...stripe, publishableKey: PUBLISHABLE_KEY } } });
  redirecting = await startTestServer({ config: { stripe } });
});
after(async () => {
  await embedding.close();
  await redirecting.close();
  await fake.close();
});

const embeddedCheckout = async (server: TestServer) =>
  checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id, { paymentMode: 'embedded' });

const sessionBySecret = (payment: PaymentSession) => {
  const session = [...fake.sessions.values()].find((entry) => entry.client_secret === payment.clientSecret);
  assert.ok(session, 'the fake made the session handed out');
  return session;
};

async function deliverCompleted(server: TestServer, sessionId: string) {
  fake.completeSession(sessionId);
  const event = fake.eventFor(sessionId, 'checkout.session.completed');
  const response = await server.get('/api/webhooks/stripe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': event.header },
    body: event.payload,
  });
  assert.equal(response.status, 200, response.text);
}

describe('with a publishable key', () => {
  let result: CheckoutResult;
  before(async () => {
    result = await embeddedCheckout(embedding);
  });

  test('checkout opens an embedded session that comes back to the return URL, and hands the browser its secret', () => {
    assert.deepEqual(
      { ...result.payment, clientSecret: typeof result.payment.clientSecret },
      {
        provider: 'stripe',
        mode: 'embedded',
        redirectUrl: '',
        clientSecret: 'string',
        publishableKey: PUBLISHABLE_KEY,
      },
    );
    const session = sessionBySecret(result.payment);
    assert.deepEqual(
      [session.ui_mode, session.return_url, session.success_url, session.cancel_url, session.url],
      ['embedded_page', `${embedding.url}/order-status.html?storelet_order=${result.order.id}`, null, null, null],
    );
    assert.equal(session.amount_total, result.order.totals.total.amount);
    assert.equal(session.metadata.orderId, result.order.id);
  });

  test('"continue to payment" answers the same embedded session, never a second one', async () => {
    const sessions = fake.sessions.size;
    const again = await embedding.send<PaymentSession>(
      `/api/orders/${result.order.id}/payment?token=${encodeURIComponent(result.accessToken)}`,
      { returnUrl: `${embedding.url}/order-status.html`, paymentMode: 'redirect' },
    );
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(again.body, result.payment);
    assert.equal(fake.sessions.size, sessions);
  });

  test('the order is confirmed by the verified webhook, as after a redirect', async () => {
    assert.equal((await getOrder(embedding, result.order.id, result.accessToken)).paymentStatus, 'pending');
    await deliverCompleted(embedding, sessionBySecret(result.payment).id);
    const order = await embedding.data.orders.findOrder(result.order.id);
    assert.equal(order?.paymentStatus, 'paid');
  });

  test('without paymentMode the shopper is sent to Stripe’s page as before', async () => {
    const plain = await checkout(embedding, (await cartWith(embedding, [['tea-towel', 1]])).id);
    assert.equal(plain.payment.mode, 'redirect');
    assert.ok(plain.payment.redirectUrl.startsWith(`${fake.url}/c/pay/cs_test_`));
    assert.deepEqual([plain.payment.clientSecret, plain.payment.publishableKey], [null, null]);
  });
});

test('without a publishable key, or on the test gateway, an embedded request gets a redirect session', async () => {
  const stripe = await embeddedCheckout(redirecting);
  assert.deepEqual([stripe.payment.provider, stripe.payment.mode], ['stripe', 'redirect']);
  assert.ok(stripe.payment.redirectUrl.startsWith(`${fake.url}/c/pay/cs_test_`));
  const offline = await startTestServer();
  try {
    const test = await embeddedCheckout(offline);
    assert.deepEqual([test.payment.provider, test.payment.mode], ['test', 'redirect']);
    assert.ok(test.payment.redirectUrl.startsWith(`${offline.url}/pay/test/`));
  } finally {
    await offline.close();
  }
});
