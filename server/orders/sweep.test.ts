import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { CheckoutResult } from '../../sdk/schemas/index.ts';
import { listOutbox } from '../email/outbox.ts';
import { signedTestGatewayEvent } from '../payments/test-gateway-signing.ts';
import type { TestGateway } from '../payments/test-gateway.ts';
import { cartWith, checkout, createCart, payWithTestGateway, stockOf, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/** Reservations that run out, payments that arrive after them, and the rest of the sweep's housekeeping. */
let server: TestServer;
const clock = { offsetMs: 0 };
const logged: string[] = [];
const MINUTE = 60_000;

before(async () => {
  server = await startTestServer({
    start: { now: () => new Date(Date.now() + clock.offsetMs), logError: (message) => logged.push(message) },
  });
});
after(() => server.close());
beforeEach(() => {
  clock.offsetMs = 0;
});

const stored = async (result: CheckoutResult) => (await server.data.orders.findOrder(result.order.id))?.paymentStatus;

/** A payment event for the order, signed by the test gateway as its page would, delivered to the webhook route. */
async function deliver(result: CheckoutResult, type: 'checkout.session.completed', currency = 'USD') {
  const gateway = server.shop.payments as TestGateway;
  const sessionId = result.payment.redirectUrl.split('/').at(-1) ?? '';
  const event = signedTestGatewayEvent({
    type,
    sessionId,
    orderId: result.order.id,
    amountTotal: result.order.totals.total.amount,
    currency,
    webhookSecret: gateway.webhookSecret,
  });
  const response = await server.get('/api/webhooks/stripe', {
    method: 'POST',
    headers: { 'stripe-signature': event.header, 'content-type': 'application/json' },
    body: event.payload,
  });
  assert.equal(response.status, 200, response.text);
}

describe('reservations', () => {
  test('an unpaid order keeps its stock until the reservation runs out, then fails and gives it back', async () => {
    const mug = await variantId(server, 'lantern-mug');
    const before = stockOf(server, mug);
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 3]])).id);
    await payWithTestGateway(result, 'pending');

    clock.offsetMs = 29 * MINUTE;
    await server.sweep();
    assert.equal(await stored(result), 'pending');
    assert.equal(stockOf(server, mug).reserved, before.reserved + 3);

    clock.offsetMs = 31 * MINUTE;
    assert.equal((await server.sweep()).expiredOrders, 1);
    assert.equal(await stored(result), 'failed');
    assert.deepEqual(stockOf(server, mug), before);
    const page = await (await fetch(result.payment.redirectUrl)).text();
    assert.match(page, /declined or expired/);
    await payWithTestGateway(result, 'approve');
    assert.equal(await stored(result), 'failed', 'an expired session cannot be approved');
  });

  test('a payment arriving after the reservation ran out still counts: the stock is taken again', async () => {
    const towel = await variantId(server, 'tea-towel');
    const before = stockOf(server, towel);
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 2]])).id);
    clock.offsetMs = 31 * MINUTE;
    await server.sweep();
    assert.equal(await stored(result), 'failed');
    await deliver(result, 'checkout.session.completed');
    assert.equal(await stored(result), 'paid');
    assert.deepEqual(stockOf(server, towel), { stocked: before.stocked - 2, reserved: before.reserved });
  });

  test('…and when the stock is gone by then, the order stays failed and the money is flagged for a refund', async () => {
    const lamp = await variantId(server, 'low-stock-lamp');
    const result = await checkout(server, (await cartWith(server, [['low-stock-lamp', 3]])).id);
    clock.offsetMs = 31 * MINUTE;
    await server.sweep();
    clock.offsetMs = 0;
    const other = await checkout(server, (await cartWith(server, [['low-stock-lamp', 3]])).id);
    await payWithTestGateway(other, 'approve');
    await deliver(result, 'checkout.session.completed');
    const order = await server.data.orders.findOrder(result.order.id);
    assert.equal(order?.paymentStatus, 'failed');
    assert.equal(order?.stockState, 'released');
    assert.equal(order?.paymentIssue, 'paid_after_failure');
    assert.equal(
      (await server.data.orders.findPayment(order.paymentSessionId ?? ''))?.status,
      'paid',
      'the attempt shows the money came in',
    );
    assert.deepEqual(stockOf(server, lamp), { stocked: 0, reserved: 0 });
    assert.ok(
      logged.some((message) => message.includes(result.order.id) && message.includes('refund it')),
      logged.join('\n'),
    );
    const retried = await server.send<ErrorJson>(`/api/orders/${result.order.id}/payment?token=${result.accessToken}`, {
      returnUrl: `${server.url}/`,
    });
    assert.equal(
      retried.body.error.details?.reason,
      'payment_issue',
      'an order with money under review is never charged again',
    );
  });

  test('a payment in another currency is not payment: the order stays pending and is flagged, and the sweep leaves it', async () => {
    const towel = await variantId(server, 'tea-towel');
    const before = stockOf(server, towel);
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    await deliver(result, 'checkout.session.completed', 'jpy');
    const order = await server.data.orders.findOrder(result.order.id);
    assert.equal(order?.paymentStatus, 'pending');
    assert.equal(order?.paymentIssue, 'currency_mismatch');
    clock.offsetMs = 31 * MINUTE;
    await server.sweep();
    assert.equal(await stored(result), 'pending', 'kept for a person to look at');
    assert.equal(stockOf(server, towel).reserved, before.reserved + 1);
  });

  test('the timer sweeps on its own', async () => {
    const ownClock = { offsetMs: 0 };
    const own = await startTestServer({
      start: { sweepIntervalMs: 20, now: () => new Date(Date.now() + ownClock.offsetMs) },
    });
    try {
      const result = await checkout(own, (await cartWith(own, [['lantern-mug', 1]])).id);
      ownClock.offsetMs = 31 * MINUTE;
      for (
        let waited = 0;
        (await own.data.orders.findOrder(result.order.id))?.paymentStatus === 'pending' && waited < 2000;
        waited += 20
      ) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.equal((await own.data.orders.findOrder(result.order.id))?.paymentStatus, 'failed');
    } finally {
      await own.close();
    }
  });
});

describe('housekeeping', () => {
  test('a confirmation a crash left unsent is sent by a later sweep, once', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    await payWithTestGateway(result, 'approve');
    await server.shop.tasks.drain();
    const sent = async () =>
      (await listOutbox(join(server.dir, 'outbox'))).filter((entry) => entry.subject.includes(result.order.number))
        .length;
    assert.equal(await sent(), 1);
    // As if the process died after claiming the send and before the mail server took it.
    server.sqlite.prepare('UPDATE orders SET confirmation_sent_at = NULL WHERE id = ?').run(result.order.id);
    await server.sweep();
    assert.equal(await sent(), 1, 'a fresh claim is left alone');
    clock.offsetMs = 11 * MINUTE;
    assert.equal((await server.sweep()).confirmationsSent, 1);
    await server.sweep();
    assert.equal(await sent(), 2);
  });

  test('carts expire 30 days after their last change and are purged', async () => {
    const cart = await createCart(server);
    clock.offsetMs = 29 * 24 * 60 * MINUTE;
    assert.equal((await server.get(`/api/carts/${cart.id}`)).status, 200);
    clock.offsetMs = 31 * 24 * 60 * MINUTE;
    assert.equal((await server.get(`/api/carts/${cart.id}`)).status, 404);
    assert.ok((await server.sweep()).cartsPurged >= 1);
    assert.equal(server.sqlite.prepare('SELECT id FROM carts WHERE id = ?').get(cart.id), undefined);
  });
});
