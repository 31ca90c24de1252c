import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Stripe from 'stripe';
import { createApp } from '../app.ts';
import { ConfigError, resolveConfig } from '../config.ts';
import { startServer } from '../start.ts';
import { cartWith, checkout, getOrder } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({
    config: { shopName: 'Shop <script>alert(1)</script>', allowedOrigins: ['https://shop.example.com'] },
  });
});
after(() => server.close());

describe('the payment page', () => {
  test('shows the order and amount, with three script-free forms', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const response = await fetch(result.payment.redirectUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /script-src/);
    assert.match(csp, new RegExp(`form-action 'self' ${server.url} https://shop\\.example\\.com`));
    const page = await response.text();
    assert.doesNotMatch(page, /<script/i, 'the shop name is escaped and no script is served');
    assert.ok(page.includes('Shop &#60;script&#62;'));
    assert.ok(page.includes(result.order.number));
    assert.ok(page.includes('$21.76'), '1500 + 499 shipping + New York tax 177');
    const sessionId = result.payment.redirectUrl.split('/').at(-1);
    for (const action of ['approve', 'decline', 'pending']) {
      assert.ok(page.includes(`<form method="post" action="/pay/test/${sessionId}/${action}">`), action);
    }
    // Like Stripe's back link: to the landing page, told the shopper left without paying.
    assert.ok(
      page.includes(
        `href="${server.url}/order-status.html?storelet_order=${result.order.id}&#38;storelet_payment=cancelled"`,
      ),
      'cancel link',
    );
  });

  test('after a cancel the session cannot be paid: the order failed and its stock went back', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const cancelled = await server.send<{ paymentStatus: string }>(
      `/api/orders/${result.order.id}/payment/cancel?token=${result.accessToken}`,
      {},
    );
    assert.equal(cancelled.body.paymentStatus, 'failed');
    const approve = await fetch(`${result.payment.redirectUrl}/approve`, { method: 'POST', redirect: 'manual' });
    assert.equal(approve.status, 303);
    assert.equal(approve.headers.get('location'), `${server.url}/order-status.html?storelet_order=${result.order.id}`);
    assert.equal((await getOrder(server, result.order.id, result.accessToken)).paymentStatus, 'failed');
  });

  test('its buttons refuse a post from another site, as /api writes do', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    // The page lets its own forms send their origin: under no-referrer they would send `null`, refused too.
    assert.equal((await fetch(result.payment.redirectUrl)).headers.get('referrer-policy'), 'same-origin');
    const refused: [string, string][] = [
      ['approve', 'https://evil.example'],
      ['decline', 'https://evil.example'],
      ['pending', 'https://evil.example'],
      ['approve', 'null'],
    ];
    for (const [action, origin] of refused) {
      const response = await fetch(`${result.payment.redirectUrl}/${action}`, {
        method: 'POST',
        headers: { origin },
        redirect: 'manual',
      });
      assert.equal(response.status, 403, action);
      assert.equal(((await response.json()) as ErrorJson).error.code, 'origin_not_allowed');
    }
    assert.equal((await getOrder(server, result.order.id, result.accessToken)).paymentStatus, 'pending');
    const own = await fetch(`${result.payment.redirectUrl}/approve`, {
      method: 'POST',
      headers: { origin: server.url },
      redirect: 'manual',
    });
    assert.equal(own.status, 303);
    assert.equal((await getOrder(server, result.order.id, result.accessToken)).paymentStatus, 'paid');
  });

  test('an unknown session is 404; an unknown action is no route', async () => {
    assert.equal((await server.get<ErrorJson>('/pay/test/tgs_unknown')).status, 404);
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    assert.equal((await fetch(`${result.payment.redirectUrl}/refund`, { method: 'POST' })).status, 404);
  });

  test('the webhook route refuses events not signed by this gateway', async () => {
    const response = await server.get<ErrorJson>('/api/webhooks/stripe', {
      method: 'POST',
      headers: { 'stripe-signature': 't=1,v1=00', 'content-type': 'application/json' },
      body: '{"id":"evt_1","type":"checkout.session.completed"}',
    });
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'invalid_signature');
  });

  test('a correctly signed body of any shape gets an answer below 500', async () => {
    const gateway = server.shop.payments;
    assert.ok(
      'webhookSecret' in gateway && typeof gateway.webhookSecret === 'string',
      'the test gateway takes the payments',
    );
    const { webhookSecret } = gateway;
    const checkoutEvent = (data: unknown) => ({
      id: 'evt_shape',
      object: 'event',
      created: 1,
      type: 'checkout.session.completed',
      data,
    });
    const session = { id: 'cs_shape', payment_status: 'paid' };
    const bodies = [
      null,
      42,
      [checkoutEvent({ object: session })],
      'checkout.session.completed',
      { id: 'evt_1', created: 1 },
      { type: 7 },
      checkoutEvent(undefined),
      checkoutEvent(null),
      checkoutEvent({}),
      checkoutEvent({ object: 'cs_shape' }),
      checkoutEvent({ object: [] }),
      checkoutEvent({ object: { ...session, id: 5 } }),
      checkoutEvent({ object: { ...session, metadata: { orderId: 12 } } }),
      checkoutEvent({ object: { ...session, payment_intent: { id: null } } }),
      checkoutEvent({ object: { ...session, amount_total: '2000' } }),
    ];
    for (const body of bodies) {
      const payload = JSON.stringify(body) ?? '';
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
      const response = await server.get<ErrorJson>('/api/webhooks/stripe', {
        method: 'POST',
        headers: { 'stripe-signature': header, 'content-type': 'application/json' },
        body: payload,
      });
      assert.equal(response.status, 400, `${payload}: ${response.status} ${response.text.slice(0, 200)}`);
      assert.equal(response.body.error.code, 'validation_failed', payload);
    }
  });
});

describe('where the test gateway is refused', () => {
  test('in production: 403 test_gateway_disabled, and no outbox page', async () => {
    const app = createApp({ config: resolveConfig({ production: true }), data: server.data, logError: () => {} });
    for (const [method, path] of [
      ['GET', '/pay/test/tgs_x'],
      ['POST', '/pay/test/tgs_x/approve'],
    ] as const) {
      const response = await app.request(path, { method });
      assert.equal(response.status, 403, `${method} ${path}`);
      assert.equal(((await response.json()) as ErrorJson).error.code, 'test_gateway_disabled');
    }
    assert.equal((await app.request('/dev/outbox')).status, 404);
  });

  test('when Stripe takes the payments', async () => {
    const stripe = { secretKey: 'sk_test_x', webhookSecret: 'whsec_x' };
    const app = createApp({ config: resolveConfig({ stripe }), data: server.data, logError: () => {} });
    const response = await app.request('/pay/test/tgs_x');
    assert.equal(response.status, 403);
    assert.match(((await response.json()) as ErrorJson).error.message, /Stripe/);
  });

  test('a production server does not start without Stripe', async () => {
    await assert.rejects(
      startServer({ production: true, port: 0, databaseUrl: ':memory:', seed: 'none' }),
      ConfigError,
    );
  });
});
