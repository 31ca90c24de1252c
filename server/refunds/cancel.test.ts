import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminOrder } from '../../sdk/schemas/index.ts';
import { adminAuth, paidOrder, shipped } from '../shipments/test-support/ship.ts';
import { cartWith, checkout, stockOf, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { subjectsFor } from './test-support/refund.ts';

/** The owner cancels an order that has not shipped: stock back, payment refunded or ended, the customer emailed. */

let server: TestServer;
let auth: RequestInit;
let mug: string;
let towel: string;

before(async () => {
  server = await startTestServer();
  server.sqlite.prepare('UPDATE variants SET stocked = 100').run();
  auth = await adminAuth(server);
  mug = await variantId(server, 'lantern-mug');
  towel = await variantId(server, 'tea-towel');
});
after(() => server.close());

const cancel = (orderId: string, body: object = {}) =>
  server.send<AdminOrder & ErrorJson>(`/api/admin/orders/${orderId}/cancel`, body, auth);

describe('cancelling', () => {
  test('a paid order: stock is put back, the payment refunded in full, the customer emailed', async () => {
    const result = await paidOrder(server);
    assert.deepEqual([stockOf(server, mug).stocked, stockOf(server, towel).stocked], [97, 99]);
    const response = await cancel(result.order.id, { reason: 'Out of glaze' });
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(
      [response.body.status, response.body.paymentStatus, response.body.refundable?.amount],
      ['cancelled', 'refunded', 0],
    );
    const [refund] = response.body.refunds ?? [];
    assert.deepEqual(
      [refund?.amount.amount, refund?.status, refund?.reason, refund?.note],
      [result.order.totals.total.amount, 'succeeded', 'order_cancelled', 'Out of glaze'],
    );
    assert.deepEqual([stockOf(server, mug).stocked, stockOf(server, towel).stocked], [100, 100]);
    const subjects = await subjectsFor(server, result.order.number);
    assert.ok(
      subjects.some((subject) => subject.startsWith('Your order was cancelled')),
      subjects.join('\n'),
    );
    assert.ok(
      subjects.some((subject) => subject.startsWith('Your refund')),
      subjects.join('\n'),
    );
  });

  test('units a refund restocked already are not restocked twice', async () => {
    const result = await paidOrder(server);
    const [mugs] = result.order.lines;
    const partial = await server.send(
      `/api/admin/orders/${result.order.id}/refunds`,
      { lines: [{ lineId: mugs?.id, quantity: 1 }], restock: true },
      auth,
    );
    assert.equal(partial.status, 201, partial.text);
    assert.equal(stockOf(server, mug).stocked, 98);
    const response = await cancel(result.order.id, { notifyCustomer: false });
    assert.equal(response.status, 200, response.text);
    assert.equal(stockOf(server, mug).stocked, 100);
    assert.equal(response.body.paymentStatus, 'refunded');
    const refunded = (response.body.refunds ?? []).reduce((sum, refund) => sum + refund.amount.amount, 0);
    assert.equal(refunded, result.order.totals.total.amount);
    assert.ok(
      !(await subjectsFor(server, result.order.number)).some((subject) => subject.includes('cancelled')),
      'not notified when asked not to',
    );
  });

  test('an unpaid order: its held stock is released and its payment can no longer be made', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 2]])).id);
    assert.equal(stockOf(server, mug).reserved, 2);
    const response = await cancel(result.order.id);
    assert.equal(response.status, 200, response.text);
    assert.deepEqual([response.body.status, response.body.paymentStatus], ['cancelled', 'failed']);
    assert.deepEqual(response.body.refunds, []);
    assert.equal(stockOf(server, mug).reserved, 0);
    // The test gateway's session was ended with the order: the shopper's page can no longer pay it.
    const late = await fetch(`${result.payment.redirectUrl}/approve`, { method: 'POST', redirect: 'manual' });
    assert.equal(late.status, 303);
    const order = await server.get<AdminOrder>(`/api/admin/orders/${result.order.id}`, auth);
    assert.deepEqual(
      [order.body.status, order.body.paymentStatus, order.body.paymentIssue],
      ['cancelled', 'failed', null],
    );
  });

  test('after shipping, or twice, is refused and changes nothing', async () => {
    const result = await paidOrder(server);
    const [mugs] = result.order.lines;
    await shipped(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: '1Z999AA10123456784',
      lines: [{ lineId: mugs?.id ?? '', quantity: 1 }],
    });
    const stock = stockOf(server, mug).stocked;
    const response = await cancel(result.order.id);
    assert.equal(response.status, 409, response.text);
    assert.deepEqual(
      [response.body.error.code, response.body.error.details?.reason],
      ['order_not_cancellable', 'shipped'],
    );
    assert.equal(stockOf(server, mug).stocked, stock);
    const order = await server.get<AdminOrder>(`/api/admin/orders/${result.order.id}`, auth);
    assert.deepEqual([order.body.status, order.body.paymentStatus], ['open', 'paid']);

    const other = await paidOrder(server);
    assert.equal((await cancel(other.order.id)).status, 200);
    const again = await cancel(other.order.id);
    assert.deepEqual([again.status, again.body.error.details?.reason], [409, 'closed']);
    assert.equal((await cancel('ord_nope')).status, 404);
  });
});
