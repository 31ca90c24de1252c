import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { CheckoutResult, Order } from '../../sdk/schemas/index.ts';
import { listOutbox } from '../email/outbox.ts';
import { handlePaymentWebhook } from './settle.ts';
import { startFakeStripe, type FakeStripe, type SignedEvent } from '../payments/test-support/fake-stripe.ts';
import { applyCode, cartWith, checkout, getOrder, stockOf, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/**
 * The Stripe path with the real `stripe` package against a Stripe API on loopback. Webhooks are signed
 * with the package's own test-header helper; only verified events and server-side retrieves count.
 */
let fake: FakeStripe;
let server: TestServer;
const clock = { offsetMs: 0 };

before(async () => {
  fake = await startFakeStripe();
  server = await startTestServer({
    config: {
      stripe: {
        secretKey: fake.secretKey,
        webhookSecret: fake.webhookSecret,
        apiHost: fake.host,
        apiPort: fake.port,
        apiProtocol: 'http',
      },
    },
    start: { now: () => new Date(Date.now() + clock.offsetMs) },
  });
});
after(async () => {
  await server.close();
  await fake.close();
});
beforeEach(() => {
  clock.offsetMs = 0;
});

const sessionOf = (result: CheckoutResult) => {
  const id = result.payment.redirectUrl.split('/').at(-1) ?? '';
  const session = fake.sessions.get(id);
  assert.ok(session, `the fake has session ${id}`);
  return session;
};

function deliver(event: Pick<SignedEvent, 'payload' | 'header'> | { payload: string; header?: string }) {
  return server.get<ErrorJson & { received?: boolean }>('/api/webhooks/stripe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(event.header ? { 'stripe-signature': event.header } : {}) },
    body: event.payload,
  });
}

/** The order as the landing page reads it, which may ask Stripe (at most every 2 s per order). */
async function order(result: CheckoutResult) {
  return getOrder(server, result.order.id, result.accessToken);
}

/** The payment status as stored, without asking Stripe: what webhooks alone have done. */
async function stored(result: CheckoutResult) {
  return (await server.data.orders.findOrder(result.order.id))?.paymentStatus;
}

async function confirmations(result: CheckoutResult): Promise<number> {
  await server.shop.tasks.drain();
  return (await listOutbox(join(server.dir, 'outbox'))).filter((entry) => entry.subject.includes(result.order.number))
    .length;
}

describe('checkout starts a Stripe Checkout Session', () => {
  test('with the server’s lines, shipping, tax and discount, and a success URL on an allowed origin', async () => {
    const cart = await cartWith(server, [
      ['lantern-mug', 2],
      ['alpha-tee', 1, 2],
    ]);
    await applyCode(server, cart.id, 'WELCOME10');
    const result = await checkout(server, cart.id);
    assert.equal(result.payment.provider, 'stripe');
    assert.ok(result.payment.redirectUrl.startsWith(`${fake.url}/c/pay/cs_test_`));
    const session = sessionOf(result);
    const { totals } = result.order;
    // 5400 − 540 = 4860 merchandise, $6.99 standard; NY tax (4860 + 699) × 0.08875 = 493.36
    assert.deepEqual(
      [totals.subtotal.amount, totals.discount.amount, totals.shipping?.amount, totals.tax.amount, totals.total.amount],
      [5400, 540, 699, 493, 6052],
    );
    assert.equal(session.amount_total, totals.total.amount);
    assert.deepEqual(session.total_details, { amount_discount: 540, amount_shipping: 699, amount_tax: 0 });
    assert.equal(session.metadata.orderId, result.order.id);
    assert.equal(session.customer_email, 'ada@example.com');
    assert.equal(session.success_url, `${server.url}/order-status.html?storelet_order=${result.order.id}`);
    assert.equal(
      session.cancel_url,
      `${server.url}/order-status.html?storelet_order=${result.order.id}&storelet_payment=cancelled`,
    );
    const request = fake.requests.filter((entry) => entry.path === '/v1/checkout/sessions').at(-1);
    const items = (
      request?.params.line_items as {
        quantity: string;
        price_data: { unit_amount: string; product_data: { name: string } };
      }[]
    ).map((item) => [item.price_data.product_data.name, item.quantity, item.price_data.unit_amount]);
    assert.deepEqual(items, [
      ['Lantern Mug', '2', '1500'],
      ['alpha Tee', '1', '2400'],
      ['Tax', '1', '493'],
    ]);
  });

  test('a free-shipping code is sent as free shipping, not as a coupon', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    await applyCode(server, cart.id, 'FREESHIP');
    const result = await checkout(server, cart.id);
    const session = sessionOf(result);
    assert.equal(session.total_details.amount_shipping, 0);
    assert.equal(session.total_details.amount_discount, 0);
    assert.equal(session.amount_total, result.order.totals.total.amount);
  });
});

describe('webhooks', () => {
  test('a verified completed event marks the order paid once; replays, forgeries and late expiries change nothing', async () => {
    const mug = await variantId(server, 'lantern-mug');
    const before = stockOf(server, mug);
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const session = sessionOf(result);
    assert.equal(stockOf(server, mug).reserved, before.reserved + 1);

    fake.completeSession(session.id);
    const forged = fake.eventFor(session.id, 'checkout.session.completed', { secret: 'whsec_forged' });
    assert.deepEqual((await deliver(forged)).body.error?.code, 'invalid_signature');
    const unsigned = fake.eventFor(session.id, 'checkout.session.completed');
    assert.equal((await deliver({ payload: unsigned.payload })).status, 400);
    const tampered = fake.eventFor(session.id, 'checkout.session.completed');
    assert.equal((await deliver({ ...tampered, payload: tampered.payload.replace('"paid"', '"paid" ') })).status, 400);
    const stale = fake.eventFor(session.id, 'checkout.session.completed', {
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    assert.equal((await deliver(stale)).status, 400, 'an old signature is a replay');
    assert.equal(await stored(result), 'pending');

    const completed = fake.eventFor(session.id, 'checkout.session.completed');
    const delivered = await deliver(completed);
    assert.equal(delivered.status, 200);
    assert.deepEqual(delivered.body, { received: true });
    assert.equal(await stored(result), 'paid');
    assert.deepEqual(stockOf(server, mug), { stocked: before.stocked - 1, reserved: before.reserved });

    assert.equal((await deliver(completed)).status, 200, 'a replay is acknowledged');
    const expired = fake.eventFor(session.id, 'checkout.session.expired');
    assert.equal((await deliver(expired)).status, 200);
    const failed = fake.eventFor(session.id, 'checkout.session.async_payment_failed');
    assert.equal((await deliver(failed)).status, 200);
    assert.equal(await stored(result), 'paid');
    assert.deepEqual(stockOf(server, mug), { stocked: before.stocked - 1, reserved: before.reserved });
    assert.equal(await confirmations(result), 1);
  });

  test('completed but unpaid stays pending until the bank debit succeeds or fails', async () => {
    const towel = await variantId(server, 'tea-towel');
    const before = stockOf(server, towel);
    const succeeding = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    const failing = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    for (const result of [succeeding, failing]) {
      fake.markAsyncPending(sessionOf(result).id);
      assert.equal((await deliver(fake.eventFor(sessionOf(result).id, 'checkout.session.completed'))).status, 200);
      assert.equal(await stored(result), 'pending');
    }
    // The sweep leaves a payment under way alone, however late it is.
    clock.offsetMs = 3 * 3600_000;
    await server.sweep();
    clock.offsetMs = 0;
    assert.deepEqual([await stored(succeeding), await stored(failing)], ['pending', 'pending']);

    fake.completeSession(sessionOf(succeeding).id);
    await deliver(fake.eventFor(sessionOf(succeeding).id, 'checkout.session.async_payment_succeeded'));
    await deliver(fake.eventFor(sessionOf(failing).id, 'checkout.session.async_payment_failed'));
    assert.equal(await stored(succeeding), 'paid');
    assert.equal(await stored(failing), 'failed');
    assert.deepEqual(stockOf(server, towel), { stocked: before.stocked - 1, reserved: before.reserved });
  });

  test('out of order: success before completed, expiry before anything', async () => {
    const early = await checkout(server, (await cartWith(server, [['wall-clock', 1]])).id);
    fake.completeSession(sessionOf(early).id);
    await deliver(fake.eventFor(sessionOf(early).id, 'checkout.session.async_payment_succeeded'));
    await deliver(fake.eventFor(sessionOf(early).id, 'checkout.session.completed'));
    assert.equal(await stored(early), 'paid');
    assert.equal(await confirmations(early), 1);

    const clock = await variantId(server, 'wall-clock');
    const before = stockOf(server, clock);
    const lapsed = await checkout(server, (await cartWith(server, [['wall-clock', 1]])).id);
    fake.expireSession(sessionOf(lapsed).id);
    await deliver(fake.eventFor(sessionOf(lapsed).id, 'checkout.session.expired'));
    assert.equal(await stored(lapsed), 'failed');
    assert.deepEqual(stockOf(server, clock), before);
  });

  test('an amount other than the order total is never taken as payment', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    const session = fake.completeSession(sessionOf(result).id);
    session.amount_total -= 100;
    assert.equal((await deliver(fake.eventFor(session.id, 'checkout.session.completed'))).status, 200);
    assert.equal(await stored(result), 'pending');
    assert.equal(
      (await server.data.orders.findOrder(result.order.id))?.paymentIssue,
      'amount_mismatch',
      'flagged for a person',
    );
    session.amount_total += 100;
  });

  test('the right amount in another currency is never taken as payment either', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    const session = fake.completeSession(sessionOf(result).id);
    session.currency = 'jpy';
    assert.equal((await deliver(fake.eventFor(session.id, 'checkout.session.completed'))).status, 200);
    const order = await server.data.orders.findOrder(result.order.id);
    assert.equal(order?.paymentStatus, 'pending');
    assert.equal(order?.paymentIssue, 'currency_mismatch');
  });

  test('a second session paid for an order already paid is flagged as a duplicate capture, and stock is untouched', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    const first = sessionOf(result);
    fake.expireSession(first.id);
    await deliver(fake.eventFor(first.id, 'checkout.session.expired'));
    const again = await server.send<{ redirectUrl: string }>(
      `/api/orders/${result.order.id}/payment?token=${encodeURIComponent(result.accessToken)}`,
      {
        returnUrl: `${server.url}/order-status.html`,
      },
    );
    assert.equal(again.status, 200, again.text);
    const second = fake.completeSession(again.body.redirectUrl.split('/').at(-1) ?? '');
    await deliver(fake.eventFor(second.id, 'checkout.session.completed'));
    assert.equal(await stored(result), 'paid');
    const towel = await variantId(server, 'tea-towel');
    const before = stockOf(server, towel);
    // As if the shopper had paid the first page in another tab just before it expired.
    fake.completeSession(first.id);
    await deliver(fake.eventFor(first.id, 'checkout.session.completed'));
    const order = await server.data.orders.findOrder(result.order.id);
    assert.equal(order?.paymentStatus, 'paid');
    assert.equal(order?.paymentIssue, 'duplicate_capture');
    assert.deepEqual(stockOf(server, towel), before);
    assert.equal(await confirmations(result), 1);
  });

  test('a replayed event acts once: the second delivery is recognised as the same event', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    fake.markAsyncPending(sessionOf(result).id);
    const event = fake.eventFor(sessionOf(result).id, 'checkout.session.async_payment_failed');
    const firstTime = await handlePaymentWebhook(server.shop, event.payload, event.header);
    assert.equal(firstTime?.kind, 'settled');
    assert.equal(await stored(result), 'failed');
    assert.deepEqual(await handlePaymentWebhook(server.shop, event.payload, event.header), { kind: 'duplicate_event' });
    assert.equal((await deliver(event)).status, 200);
    const rows = server.sqlite.prepare('SELECT count(*) AS n FROM webhook_events WHERE id = ?').get(event.eventId) as {
      n: number;
    };
    assert.equal(rows.n, 1);
  });

  test('events orders do not act on, and sessions we never made, are acknowledged and ignored', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    assert.deepEqual((await deliver(fake.eventFor(sessionOf(result).id, 'payment_intent.created'))).body, {
      received: true,
    });
    const stranger = await startFakeStripe({ webhookSecret: fake.webhookSecret, secretKey: fake.secretKey });
    try {
      const { Stripe } = await import('stripe');
      const client = new Stripe(stranger.secretKey, { host: stranger.host, port: stranger.port, protocol: 'http' });
      const other = await client.checkout.sessions.create({
        mode: 'payment',
        line_items: [
          { quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'Other' } } },
        ],
        success_url: 'https://example.com',
      });
      stranger.completeSession(other.id);
      assert.equal((await deliver(stranger.eventFor(other.id, 'checkout.session.completed'))).status, 200);
    } finally {
      await stranger.close();
    }
  });
});

describe('asking Stripe', () => {
  test('the landing page’s read retrieves the session: paid before any webhook', async () => {
    const result = await checkout(server, (await cartWith(server, [['cafe-apron', 1]])).id);
    assert.equal((await order(result)).paymentStatus, 'pending');
    fake.completeSession(sessionOf(result).id);
    assert.equal((await order(result)).paymentStatus, 'pending', 'a page polling fast asks Stripe at most every 2 s');
    clock.offsetMs += 2000;
    const paid = await order(result);
    assert.equal(paid.paymentStatus, 'paid');
    assert.ok(paid.paidAt);
    // The webhook that follows changes nothing and sends nothing more.
    await deliver(fake.eventFor(sessionOf(result).id, 'checkout.session.completed'));
    assert.equal(await confirmations(result), 1);
  });

  test('the sweep expires the session of an order past its reservation, and the stock returns', async () => {
    const apron = await variantId(server, 'cafe-apron');
    const before = stockOf(server, apron);
    const result = await checkout(server, (await cartWith(server, [['cafe-apron', 1]])).id);
    const paidMeanwhile = await checkout(server, (await cartWith(server, [['cafe-apron', 1]])).id);
    fake.completeSession(sessionOf(paidMeanwhile).id);

    clock.offsetMs = 29 * 60_000;
    await server.sweep();
    assert.equal(await stored(result), 'pending', 'not yet');
    clock.offsetMs = 31 * 60_000;
    const report = await server.sweep();
    assert.ok(report.expiredOrders >= 1 && report.paidLate >= 1, JSON.stringify(report));
    assert.equal(sessionOf(result).status, 'expired');
    assert.equal(await stored(result), 'failed');
    assert.equal(await stored(paidMeanwhile), 'paid', 'the shopper who paid just before the sweep keeps the order');
    assert.deepEqual(stockOf(server, apron), { stocked: before.stocked - 1, reserved: before.reserved });
  });
});

describe('the shopper cancels on the payment page', () => {
  const cancel = (result: CheckoutResult, token = result.accessToken) =>
    server.send<Order & ErrorJson>(
      `/api/orders/${result.order.id}/payment/cancel?token=${encodeURIComponent(token)}`,
      {},
    );

  test('the session is expired at Stripe, the payment fails, the stock returns, and it can be paid again', async () => {
    const apron = await variantId(server, 'cafe-apron');
    const before = stockOf(server, apron);
    const result = await checkout(server, (await cartWith(server, [['cafe-apron', 1]])).id);
    assert.deepEqual(stockOf(server, apron), { stocked: before.stocked, reserved: before.reserved + 1 });

    const cancelled = await cancel(result);
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.body.paymentStatus, 'failed');
    assert.equal(sessionOf(result).status, 'expired');
    assert.deepEqual(stockOf(server, apron), before);
    // A reload of the landing page, or Stripe's expiry event arriving afterwards, changes nothing.
    assert.equal((await cancel(result)).body.paymentStatus, 'failed');
    await deliver(fake.eventFor(sessionOf(result).id, 'checkout.session.expired'));
    assert.deepEqual(stockOf(server, apron), before);

    const again = await server.send<{ redirectUrl: string } & ErrorJson>(
      `/api/orders/${result.order.id}/payment?token=${encodeURIComponent(result.accessToken)}`,
      { returnUrl: `${server.url}/order-status.html` },
    );
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(stockOf(server, apron), { stocked: before.stocked, reserved: before.reserved + 1 });
  });

  test('a shopper who paid after all keeps a paid order', async () => {
    const result = await checkout(server, (await cartWith(server, [['cafe-apron', 1]])).id);
    fake.completeSession(sessionOf(result).id);
    const answer = await cancel(result);
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.body.paymentStatus, 'paid');
    assert.equal(await confirmations(result), 1);
  });

  test('another token opens nothing', async () => {
    const result = await checkout(server, (await cartWith(server, [['cafe-apron', 1]])).id);
    const other = await checkout(server, (await cartWith(server, [['cafe-apron', 1]])).id);
    const answer = await cancel(result, other.accessToken);
    assert.equal(answer.status, 404);
    assert.equal(answer.body.error.code, 'not_found');
    assert.equal(await stored(result), 'pending');
  });
});
