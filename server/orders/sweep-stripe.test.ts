import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { CheckoutResult } from '../../sdk/schemas/index.ts';
import { startFakeStripe, type FakeStripe } from '../payments/test-support/fake-stripe.ts';
import { cartWith, checkout, variantId } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/**
 * The reservation sweep against a Stripe API on loopback when many overdue orders stay pending at the
 * provider: each run must visit each order once, and later runs must not ask about it every time.
 */
let fake: FakeStripe;
let server: TestServer;
const clock = { offsetMs: 0 };
const MINUTE = 60_000;
/** More than one page of the sweep (100), so a page full of orders left pending is exercised. */
const STUCK = 130;

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
    start: { now: () => new Date(Date.now() + clock.offsetMs), logError: () => undefined },
  });
});
after(async () => {
  await server.close();
  await fake.close();
});
beforeEach(() => {
  clock.offsetMs = 0;
});

const sessionId = (result: CheckoutResult) => result.payment.redirectUrl.split('/').at(-1) ?? '';
const sessionCalls = () => fake.requests.filter((request) => request.path.startsWith('/v1/checkout/sessions/')).length;

describe('orders left pending at Stripe', () => {
  test(`${STUCK} bank debits whose webhook never came: one sweep asks about each at most twice and ends; the next asks nothing`, async () => {
    const towel = await variantId(server, 'tea-towel');
    server.sqlite.prepare('UPDATE variants SET stocked = stocked + ? WHERE id = ?').run(STUCK, towel);
    const stuck: CheckoutResult[] = [];
    for (let index = 0; index < STUCK; index++) {
      const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
      fake.markAsyncPending(sessionId(result));
      stuck.push(result);
    }
    clock.offsetMs = 31 * MINUTE;
    const before = sessionCalls();
    const report = await server.sweep();
    const calls = sessionCalls() - before;
    assert.equal(report.deferredOrders, STUCK);
    // Expiring a completed session is refused, then it is retrieved: two calls per order, once.
    assert.ok(calls <= 2 * STUCK, `${calls} calls to Stripe`);
    for (const result of stuck)
      assert.equal((await server.data.orders.findOrder(result.order.id))?.paymentStatus, 'pending');

    const again = sessionCalls();
    assert.equal((await server.sweep()).deferredOrders, 0, 'not asked again right away');
    assert.equal(sessionCalls(), again);

    // A while later each is asked once more, and one whose debit went through is paid.
    const [first] = stuck;
    assert.ok(first);
    fake.completeSession(sessionId(first));
    clock.offsetMs = 33 * MINUTE;
    const later = await server.sweep();
    assert.equal(later.paidLate, 1);
    assert.equal(later.deferredOrders, STUCK - 1);
    assert.equal((await server.data.orders.findOrder(first.order.id))?.paymentStatus, 'paid');
  });

  test('Stripe unreachable: the sweep ends, and backs off before asking again', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const session = fake.sessions.get(sessionId(result));
    assert.ok(session);
    // A session Stripe no longer knows answers 404 on expire and retrieve alike, as an outage would fail both.
    fake.sessions.delete(session.id);
    clock.offsetMs = 31 * MINUTE;
    const before = sessionCalls();
    await server.sweep();
    const calls = sessionCalls() - before;
    assert.ok(calls > 0 && calls <= 2, `${calls} calls`);
    const afterFirst = sessionCalls();
    await server.sweep();
    assert.equal(sessionCalls(), afterFirst, 'nobody is asked again within the back-off');
    assert.equal((await server.data.orders.findOrder(result.order.id))?.paymentStatus, 'pending');
    fake.sessions.set(session.id, session);
  });
});
