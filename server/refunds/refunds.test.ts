import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AdminOrder, Refund, RefundList, type CheckoutResult } from '../../sdk/schemas/index.ts';
import { adminAuth, paidOrder } from '../shipments/test-support/ship.ts';
import { cartWith, checkout, stockOf, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { adminOrder, refund, subjectsFor } from './test-support/refund.ts';

/** Refunds through the built-in test gateway: amounts, lines, limits under concurrency, stock, status, email. */

let server: TestServer;
let auth: RequestInit;
let mug: string;

before(async () => {
  server = await startTestServer();
  server.sqlite.prepare('UPDATE variants SET stocked = 1000').run();
  auth = await adminAuth(server);
  mug = await variantId(server, 'lantern-mug');
});
after(() => server.close());

const lines = (result: CheckoutResult) => result.order.lines.map((line) => line.id) as [string, string];
const total = (result: CheckoutResult) => result.order.totals.total.amount;

describe('a refund by lines', () => {
  let result: CheckoutResult;
  before(async () => {
    result = await paidOrder(server);
  });

  test('refunds the lines’ share of what was paid, restocks them, and the order is partially refunded', async () => {
    const [mugs] = lines(result);
    const before = stockOf(server, mug).stocked;
    const response = await refund(server, auth, result.order.id, {
      lines: [{ lineId: mugs, quantity: 2 }],
      restock: true,
      reason: 'damaged',
      note: 'Chipped in transit',
    });
    assert.equal(response.status, 201, response.text);
    assert.ok(Refund.safeParse(response.body).success);
    // 3 mugs at 15.00 and a towel at 12.00: the goods paid (total less shipping) split by value, 2 mugs of 57.00.
    const { totals } = result.order;
    const goods = totals.total.amount - (totals.shipping?.amount ?? 0);
    assert.equal(response.body.amount.amount, Math.round((goods * 3000) / 5700));
    assert.deepEqual(
      [response.body.status, response.body.reason, response.body.note, response.body.restock],
      ['succeeded', 'damaged', 'Chipped in transit', true],
    );
    assert.match(response.body.creditNoteNumber ?? '', /^CN-\d{4}-\d{6}$/);
    assert.equal(stockOf(server, mug).stocked, before + 2);

    const order = await adminOrder(server, auth, result.order.id);
    assert.ok(AdminOrder.safeParse(order).success);
    assert.equal(order.paymentStatus, 'partially_refunded');
    assert.equal(order.refunds?.length, 1);
    assert.equal(order.refundable?.amount, total(result) - response.body.amount.amount);
    assert.ok((await subjectsFor(server, result.order.number)).some((subject) => subject.startsWith('Your refund')));
  });

  test('a unit refunded once cannot be refunded again', async () => {
    const [mugs] = lines(result);
    const response = await refund(server, auth, result.order.id, { lines: [{ lineId: mugs, quantity: 2 }] });
    assert.equal(response.status, 409, response.text);
    assert.equal(response.body.error.code, 'refund_exceeds_payment');
    assert.deepEqual(response.body.error.details, { requested: 2, refundable: 1, lineId: mugs });
  });

  test('a line not of the order, or named twice, is a 400', async () => {
    const [, towel] = lines(result);
    const unknown = await refund(server, auth, result.order.id, { lines: [{ lineId: 'oli_nope', quantity: 1 }] });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, 'validation_failed');
    const twice = await refund(server, auth, result.order.id, {
      lines: [
        { lineId: towel, quantity: 1 },
        { lineId: towel, quantity: 1 },
      ],
    });
    assert.equal(twice.status, 400);
    const nothing = await refund(server, auth, result.order.id, {});
    assert.equal(nothing.status, 400);
  });

  test('the shopper sees the refund on the order, without the shop’s note', async () => {
    const response = await server.get<{ refunds: Refund[] }>(
      `/api/orders/${result.order.id}?token=${encodeURIComponent(result.accessToken)}`,
    );
    assert.equal(response.status, 200);
    assert.equal(response.body.refunds.length, 1);
    assert.equal(response.body.refunds[0]?.note, null);
  });
});

describe('limits', () => {
  test('more than was paid is refused, and nothing changes', async () => {
    const result = await paidOrder(server);
    const response = await refund(server, auth, result.order.id, { amount: total(result) + 1 });
    assert.equal(response.status, 409, response.text);
    assert.equal(response.body.error.code, 'refund_exceeds_payment');
    assert.deepEqual(response.body.error.details, { requested: total(result) + 1, refundable: total(result) });
    const order = await adminOrder(server, auth, result.order.id);
    assert.deepEqual([order.paymentStatus, order.refunds?.length], ['paid', 0]);
  });

  test('a refunded order cannot be refunded again', async () => {
    const result = await paidOrder(server);
    const full = await refund(server, auth, result.order.id, { amount: total(result), shipping: true });
    assert.equal(full.status, 201, full.text);
    assert.equal((await adminOrder(server, auth, result.order.id)).paymentStatus, 'refunded');
    const again = await refund(server, auth, result.order.id, { amount: 1 });
    assert.equal(again.status, 409);
    assert.deepEqual([again.body.error.code, again.body.error.details?.reason], ['order_not_refundable', 'refunded']);
  });

  test('parallel refunds that together exceed the payment: only what fits goes through', async () => {
    const result = await paidOrder(server);
    const third = Math.floor(total(result) / 3) + 1;
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => refund(server, auth, result.order.id, { amount: third })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    assert.deepEqual(statuses, [201, 201, 409, 409, 409, 409]);
    for (const answer of answers.filter((one) => one.status === 409))
      assert.equal(answer.body.error.code, 'refund_exceeds_payment');
    const order = await adminOrder(server, auth, result.order.id);
    const refunded = (order.refunds ?? []).reduce((sum, one) => sum + one.amount.amount, 0);
    assert.equal(refunded, third * 2);
    assert.ok(refunded <= total(result));
    assert.equal(order.paymentStatus, 'partially_refunded');
  });

  test('an unpaid order has nothing to refund', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const response = await refund(server, auth, result.order.id, { amount: 100 });
    assert.equal(response.status, 409);
    assert.deepEqual(
      [response.body.error.code, response.body.error.details?.reason],
      ['order_not_refundable', 'not_paid'],
    );
    const issue = await refund(server, auth, result.order.id, { source: 'payment_issue' });
    assert.deepEqual([issue.status, issue.body.error.details?.reason], [409, 'no_payment_issue']);
  });

  test('an unknown order is a 404', async () => {
    const response = await refund(server, auth, 'ord_nope', { amount: 100 });
    assert.deepEqual([response.status, response.body.error.code], [404, 'not_found']);
    const list = await server.get<ErrorJson>('/api/admin/orders/ord_nope/refunds', auth);
    assert.equal(list.status, 404);
  });
});

describe('an Idempotency-Key', () => {
  test('a repeat answers the first refund; the key with another request is a 422', async () => {
    const result = await paidOrder(server);
    const first = await refund(server, auth, result.order.id, { amount: 500 }, 'refund-key-1');
    const again = await refund(server, auth, result.order.id, { amount: 500 }, 'refund-key-1');
    assert.deepEqual([first.status, again.status], [201, 201]);
    assert.equal(again.body.id, first.body.id);
    const other = await refund(server, auth, result.order.id, { amount: 600 }, 'refund-key-1');
    assert.deepEqual([other.status, other.body.error.code], [422, 'idempotency_key_reused']);
    const list = await server.get<RefundList>(`/api/admin/orders/${result.order.id}/refunds`, auth);
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.body.items.map((item) => item.amount.amount),
      [500],
    );
  });
});

describe('the credit note', () => {
  test('a succeeded refund has one beside the invoice; the customer opens it with the order’s link', async () => {
    const { pdfText } = await import('../invoices/pdf-text.ts');
    const result = await paidOrder(server);
    const [mugs] = lines(result);
    const made = await refund(server, auth, result.order.id, {
      lines: [{ lineId: mugs, quantity: 1 }],
      reason: 'damaged',
    });
    assert.equal(made.status, 201, made.text);
    const path = `/api/admin/orders/${result.order.id}/refunds/${made.body.id}/credit-note`;
    const response = await fetch(server.url + path, auth);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(
      response.headers.get('content-disposition'),
      `attachment; filename="${made.body.creditNoteNumber}.pdf"`,
    );
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    const invoice = await server.data.orders.findInvoice(result.order.id);
    for (const part of [
      made.body.creditNoteNumber ?? '',
      result.order.number,
      invoice?.number ?? '',
      'Lantern Mug',
      'damaged',
    ])
      assert.ok(text.includes(part), `${part} in ${text}`);

    const customer = await fetch(
      `${server.url}/api/orders/${result.order.id}/refunds/${made.body.id}/credit-note?token=${encodeURIComponent(result.accessToken)}`,
    );
    assert.equal(customer.status, 200);
    const other = await paidOrder(server);
    const wrongOrder = await fetch(
      `${server.url}/api/orders/${other.order.id}/refunds/${made.body.id}/credit-note?token=${encodeURIComponent(other.accessToken)}`,
    );
    assert.equal(wrongOrder.status, 404);
    const missing = await fetch(`${server.url}/api/admin/orders/${result.order.id}/refunds/rfd_nope/credit-note`, auth);
    assert.equal(missing.status, 404);
  });
});
