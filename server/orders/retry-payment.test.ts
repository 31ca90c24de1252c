import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { CheckoutResult, PaymentSession } from '../../sdk/schemas/index.ts';
import {
  applyCode,
  cartWith,
  checkout,
  getOrder,
  payWithTestGateway,
  stockOf,
  variantId,
} from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/** Paying an unpaid order again: resuming a pending one, the retry window of a failed one, and its key. */
let server: TestServer;
const clock = { offsetMs: 0 };
const MINUTE = 60_000;

before(async () => {
  server = await startTestServer({
    start: { now: () => new Date(Date.now() + clock.offsetMs), logError: () => undefined },
  });
});
after(() => server.close());
beforeEach(() => {
  clock.offsetMs = 0;
});

function pay(result: CheckoutResult, key?: string, returnUrl = `${server.url}/order-status.html`) {
  return server.send<PaymentSession & ErrorJson>(
    `/api/orders/${result.order.id}/payment?token=${encodeURIComponent(result.accessToken)}`,
    { returnUrl },
    key ? { headers: { 'idempotency-key': key } } : {},
  );
}

const count = (sql: string, ...params: unknown[]) => (server.sqlite.prepare(sql).get(...params) as { n: number }).n;
const payments = (result: CheckoutResult) =>
  count('SELECT count(*) AS n FROM payments WHERE order_id = ?', result.order.id);

describe('a pending order (the shopper came back from the payment page)', () => {
  test('answers the same open session: no second attempt, the reservation holds', async () => {
    const mug = await variantId(server, 'lantern-mug');
    const before = stockOf(server, mug);
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const resumed = await pay(result);
    assert.equal(resumed.status, 200, resumed.text);
    assert.equal(resumed.body.redirectUrl, result.payment.redirectUrl);
    assert.equal(payments(result), 1);
    assert.deepEqual(stockOf(server, mug), { stocked: before.stocked, reserved: before.reserved + 1 });
    await payWithTestGateway(result, 'approve');
    assert.equal((await getOrder(server, result.order.id, result.accessToken)).paymentStatus, 'paid');
  });

  test('a payment already under way (a bank debit) is not started again', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    // What a `completed` webhook for an unpaid bank debit records.
    server.sqlite.prepare("UPDATE payments SET status = 'processing' WHERE order_id = ?").run(result.order.id);
    const refused = await pay(result);
    assert.equal(refused.status, 409);
    assert.deepEqual(refused.body.error.details, { paymentStatus: 'pending', reason: 'not_failed' });
  });

  test('once its reservation ran out, the old session is given up and a new attempt opens', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    clock.offsetMs = 31 * MINUTE;
    const fresh = await pay(result);
    assert.equal(fresh.status, 200, fresh.text);
    assert.notEqual(fresh.body.redirectUrl, result.payment.redirectUrl);
    await payWithTestGateway(result, 'approve');
    assert.equal(
      (await getOrder(server, result.order.id, result.accessToken)).paymentStatus,
      'pending',
      'the old session is over',
    );
  });
});

describe('a failed order', () => {
  test('can be paid again within the reservation window after the failure, not after; then the sweep cancels it', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    await payWithTestGateway(result, 'decline');
    clock.offsetMs = 29 * MINUTE;
    const inTime = await pay(result);
    assert.equal(inTime.status, 200, inTime.text);
    await payWithTestGateway({ ...result, payment: inTime.body }, 'decline');

    clock.offsetMs = 29 * MINUTE + 31 * MINUTE;
    const late = await pay(result);
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, 'payment_not_retryable');
    assert.equal(late.body.error.details?.reason, 'retry_window_passed');
    assert.ok((await server.sweep()).cancelledOrders >= 1);
    const order = await getOrder(server, result.order.id, result.accessToken);
    assert.deepEqual([order.status, order.paymentStatus], ['cancelled', 'failed']);
    assert.equal((await pay(result)).body.error.details?.reason, 'cancelled');
  });

  test('is refused when its code was switched off meanwhile, by the same rule as checkout; nothing is taken', async () => {
    const towel = await variantId(server, 'tea-towel');
    const cart = await cartWith(server, [['tea-towel', 2]]);
    assert.equal((await applyCode(server, cart.id, 'WELCOME10')).status, 200);
    const result = await checkout(server, cart.id);
    await payWithTestGateway(result, 'decline');
    const before = stockOf(server, towel);
    const used = () => count("SELECT times_used AS n FROM discount_codes WHERE code = 'WELCOME10'");
    const usedBefore = used();
    server.sqlite.prepare("UPDATE discount_codes SET active = 0 WHERE code = 'WELCOME10'").run();
    try {
      const refused = await pay(result);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'discount_expired');
      assert.equal((await getOrder(server, result.order.id, result.accessToken)).paymentStatus, 'failed');
      assert.deepEqual(stockOf(server, towel), before);
      assert.equal(used(), usedBefore);
    } finally {
      server.sqlite.prepare("UPDATE discount_codes SET active = 1 WHERE code = 'WELCOME10'").run();
    }
  });
  test('the payment provider failing to open the new session is 502; the order stays failed and keeps no stock', async () => {
    const towel = await variantId(server, 'tea-towel');
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    await payWithTestGateway(result, 'decline');
    const before = stockOf(server, towel);
    const start = server.shop.payments.start;
    server.shop.payments.start = () => Promise.reject(new Error('connect ECONNREFUSED'));
    try {
      const refused = await pay(result);
      assert.equal(refused.status, 502, refused.text);
      assert.equal(refused.body.error.code, 'payment_unavailable');
    } finally {
      server.shop.payments.start = start;
    }
    assert.equal((await getOrder(server, result.order.id, result.accessToken)).paymentStatus, 'failed');
    assert.deepEqual(stockOf(server, towel), before);
    assert.equal((await pay(result)).status, 200, 'the next try opens a session');
  });
});

describe('Idempotency-Key on paying again', () => {
  test('a repeat with the key answers the first answer, even after the order was paid; another request is 422', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    await payWithTestGateway(result, 'decline');
    const [first, second] = await Promise.all([pay(result, 'retry-key-1'), pay(result, 'retry-key-1')]);
    assert.equal(first?.status, 200, first?.text);
    assert.equal(second?.body.redirectUrl, first?.body.redirectUrl);
    assert.equal(payments(result), 2);
    await payWithTestGateway({ ...result, payment: first.body }, 'approve');
    const replay = await pay(result, 'retry-key-1');
    assert.equal(replay.status, 200);
    assert.equal(replay.body.redirectUrl, first.body.redirectUrl);
    assert.equal((await pay(result, 'retry-key-2')).body.error.code, 'payment_not_retryable');
    assert.equal((await pay(result, 'retry-key-1', `${server.url}/elsewhere.html`)).status, 422);
    assert.equal(
      (
        await server.send<ErrorJson>(
          `/api/orders/${result.order.id}/payment?token=oat_wrong`,
          { returnUrl: `${server.url}/order-status.html` },
          { headers: { 'idempotency-key': 'retry-key-1' } },
        )
      ).status,
      404,
      'the key opens nothing without the token',
    );
  });

  test('a refused attempt keeps no key', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    await payWithTestGateway(result, 'approve');
    assert.equal((await pay(result, 'retry-key-3')).status, 409);
    assert.equal(count("SELECT count(*) AS n FROM idempotency_keys WHERE key = 'retry-key-3'"), 0);
  });
});
