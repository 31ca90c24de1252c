import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { AdminOrder, CheckoutResult } from '../../sdk/schemas/index.ts';
import { startFakeStripe, type FakeStripe, type SignedEvent } from '../payments/test-support/fake-stripe.ts';
import { adminAuth } from '../shipments/test-support/ship.ts';
import { cartWith, checkout, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { adminOrder, refund, subjectsFor } from './test-support/refund.ts';

/**
 * Refunds through the real `stripe` package against the loopback Stripe: the Refunds API with an idempotency key,
 * then the signed `refund.updated` / `charge.refunded` webhooks that settle a pending refund or fail it.
 */

let fake: FakeStripe;
let server: TestServer;
let auth: RequestInit;

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
  });
  server.sqlite.prepare('UPDATE variants SET stocked = 100').run();
  auth = await adminAuth(server);
});
after(async () => {
  await server.close();
  await fake.close();
});
beforeEach(() => {
  fake.refundStatus = 'succeeded';
});

const sessionId = (result: CheckoutResult) => result.payment.redirectUrl.split('/').at(-1) ?? '';

function deliver(event: Pick<SignedEvent, 'payload' | 'header'>) {
  return server.get<ErrorJson & { received?: boolean }>('/api/webhooks/stripe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': event.header },
    body: event.payload,
  });
}

/** A paid Stripe order: the shopper pays and the signed `checkout.session.completed` arrives. */
async function paidStripeOrder(): Promise<CheckoutResult> {
  const result = await checkout(server, (await cartWith(server, [['lantern-mug', 2]])).id);
  fake.completeSession(sessionId(result));
  assert.equal((await deliver(fake.eventFor(sessionId(result), 'checkout.session.completed'))).status, 200);
  return result;
}

const refundRequests = () => fake.requests.filter((request) => request.path === '/v1/refunds');

describe('a refund through Stripe', () => {
  test('is made on the session’s PaymentIntent with an idempotency key, and succeeds', async () => {
    const result = await paidStripeOrder();
    const response = await refund(server, auth, result.order.id, { amount: 1000, reason: 'requested_by_customer' });
    assert.equal(response.status, 201, response.text);
    assert.equal(response.body.status, 'succeeded');
    const [sent] = refundRequests().slice(-1);
    assert.ok(sent);
    assert.equal(sent.idempotencyKey, `refund_${response.body.id}`);
    assert.deepEqual(
      [sent.params.payment_intent, sent.params.amount, sent.params.reason],
      [fake.sessions.get(sessionId(result))?.payment_intent, '1000', 'requested_by_customer'],
    );
    assert.deepEqual(sent.params.metadata, {
      refundId: response.body.id,
      orderId: result.order.id,
      reason: 'requested_by_customer',
    });
    assert.equal((await adminOrder(server, auth, result.order.id)).paymentStatus, 'partially_refunded');
  });

  test('pending until refund.updated says it succeeded; the same event twice acts once', async () => {
    fake.refundStatus = 'pending';
    const result = await paidStripeOrder();
    const response = await refund(server, auth, result.order.id, { amount: result.order.totals.total.amount });
    assert.equal(response.status, 201, response.text);
    assert.deepEqual([response.body.status, response.body.creditNoteNumber], ['pending', null]);
    assert.equal(
      (await adminOrder(server, auth, result.order.id)).paymentStatus,
      'refunded',
      'pending counts as given',
    );
    assert.ok(!(await subjectsFor(server, result.order.number)).some((subject) => subject.startsWith('Your refund')));

    const stripeRefund = [...fake.refunds.values()].at(-1);
    assert.ok(stripeRefund);
    fake.settleRefund(stripeRefund.id, 'succeeded');
    const event = fake.refundEventFor(stripeRefund.id, 'refund.updated');
    assert.equal((await deliver(event)).status, 200);
    assert.equal((await deliver(event)).status, 200);
    const [settled] = (await adminOrder(server, auth, result.order.id)).refunds ?? [];
    assert.equal(settled?.status, 'succeeded');
    assert.match(settled?.creditNoteNumber ?? '', /^CN-/);
    const emails = (await subjectsFor(server, result.order.number)).filter((subject) =>
      subject.startsWith('Your refund'),
    );
    assert.equal(emails.length, 1);
  });

  test('a refund that fails at the bank (charge.refunded) gives the amount back to refund', async () => {
    fake.refundStatus = 'pending';
    const result = await paidStripeOrder();
    const response = await refund(server, auth, result.order.id, { amount: 700 });
    assert.equal(response.status, 201, response.text);
    const stripeRefund = [...fake.refunds.values()].at(-1);
    assert.ok(stripeRefund);
    fake.settleRefund(stripeRefund.id, 'failed');
    assert.equal((await deliver(fake.refundEventFor(stripeRefund.id, 'charge.refunded'))).status, 200);
    const order: AdminOrder = await adminOrder(server, auth, result.order.id);
    assert.deepEqual(
      [order.refunds?.[0]?.status, order.refunds?.[0]?.failureReason, order.paymentStatus, order.refundable?.amount],
      ['failed', 'expired_or_canceled_card', 'paid', result.order.totals.total.amount],
    );
    // A late `refund.updated` still saying pending does not bring it back.
    fake.settleRefund(stripeRefund.id, 'pending');
    assert.equal((await deliver(fake.refundEventFor(stripeRefund.id, 'refund.updated'))).status, 200);
    assert.equal((await adminOrder(server, auth, result.order.id)).refunds?.[0]?.status, 'failed');
  });

  test('a refund Stripe refuses is recorded as failed and answered 502', async () => {
    const result = await paidStripeOrder();
    const session = fake.sessions.get(sessionId(result));
    assert.ok(session);
    // Stripe holds less than we think (refunded in its dashboard, say): it refuses more than is left.
    session.amount_total = 100;
    const response = await refund(server, auth, result.order.id, { amount: 500 });
    assert.deepEqual([response.status, response.body.error.code], [502, 'refund_failed']);
    const order = await adminOrder(server, auth, result.order.id);
    assert.deepEqual([order.refunds?.[0]?.status, order.paymentStatus], ['failed', 'paid']);
  });

  test('a forged refund event is refused; a refund event of the wrong shape is a 400', async () => {
    const result = await paidStripeOrder();
    const response = await refund(server, auth, result.order.id, { amount: 300 });
    const stripeRefund = [...fake.refunds.values()].at(-1);
    assert.ok(stripeRefund && response.status === 201);
    const forged = fake.refundEventFor(stripeRefund.id, 'refund.updated', { secret: 'whsec_wrong' });
    assert.equal((await deliver(forged)).status, 400);
    const bad = fake.eventFor(sessionId(result), 'refund.updated');
    const answer = await deliver(bad);
    assert.deepEqual([answer.status, answer.body.error?.code], [400, 'validation_failed']);
  });
});

describe('money the order could not take', () => {
  test('a payment after the order failed, its stock gone, is refunded from the same screen', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 2]])).id);
    fake.expireSession(sessionId(result));
    assert.equal((await deliver(fake.eventFor(sessionId(result), 'checkout.session.expired'))).status, 200);
    // The mugs sell out meanwhile, so the late payment cannot take them again.
    server.sqlite
      .prepare('UPDATE variants SET stocked = reserved WHERE id = ?')
      .run(await variantId(server, 'lantern-mug'));
    fake.completeSession(sessionId(result));
    assert.equal((await deliver(fake.eventFor(sessionId(result), 'checkout.session.completed'))).status, 200);
    server.sqlite.prepare('UPDATE variants SET stocked = 100').run();
    const order = await adminOrder(server, auth, result.order.id);
    assert.deepEqual(
      [order.paymentStatus, order.paymentIssue, order.issueRefundable?.amount, order.refundable?.amount],
      ['failed', 'paid_after_failure', result.order.totals.total.amount, 0],
    );
    const orderMoney = await refund(server, auth, result.order.id, { amount: 100 });
    assert.deepEqual([orderMoney.status, orderMoney.body.error.code], [409, 'order_not_refundable']);
    const response = await refund(server, auth, result.order.id, { source: 'payment_issue', reason: 'duplicate' });
    assert.equal(response.status, 201, response.text);
    assert.deepEqual(
      [response.body.amount.amount, response.body.source, response.body.status],
      [result.order.totals.total.amount, 'payment_issue', 'succeeded'],
    );
    assert.equal(refundRequests().at(-1)?.params.payment_intent, fake.sessions.get(sessionId(result))?.payment_intent);
    const again = await refund(server, auth, result.order.id, { source: 'payment_issue' });
    assert.deepEqual([again.status, again.body.error.details?.reason], [409, 'no_payment_issue']);
  });
});
