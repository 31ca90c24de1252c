import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  Refund,
  ReturnList,
  ReturnRequest,
  type Cart,
  type CheckoutResult,
  type CreateReturnBody,
} from '../../sdk/schemas/index.ts';
import { bearer, createUser, signInToken } from '../accounts/test-support/users.ts';
import { adminAuth, shipped } from '../shipments/test-support/ship.ts';
import { stickerShopSeed } from '../stickers/test-support/sticker-shop.ts';
import { cartWith, checkout, createCart, payWithTestGateway, stockOf, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { acceptedSamples } from '../uploads/test-support/samples.ts';
import { upload } from '../uploads/test-support/upload.ts';
import { adminOrder, subjectsFor } from './test-support/refund.ts';

/** Returns: the customer asks within the window, the owner decides, receives and refunds; emails at each step. */

let server: TestServer;
let auth: RequestInit;
const clock = { offsetMs: 0 };
const DAY = 86_400_000;

before(async () => {
  server = await startTestServer({
    seed: stickerShopSeed,
    config: { returnWindowDays: 14 },
    start: { now: () => new Date(Date.now() + clock.offsetMs) },
  });
  server.sqlite.prepare('UPDATE variants SET stocked = 1000').run();
  auth = await adminAuth(server);
});
after(() => server.close());

/** A paid, shipped and delivered order of `cart`. */
async function delivered(cart: Cart, email = 'ada@example.com'): Promise<CheckoutResult> {
  const result = await checkout(server, cart.id, { email });
  await payWithTestGateway(result, 'approve');
  const shipment = await shipped(server, auth, result.order.id, {
    carrier: 'ups',
    trackingNumber: '1Z999AA10123456784',
    lines: result.order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })),
  });
  const event = await server.send(
    `/api/admin/orders/${result.order.id}/shipments/${shipment.id}/events`,
    { status: 'delivered' },
    auth,
  );
  assert.equal(event.status, 200, event.text);
  return result;
}

const ask = (result: CheckoutResult, body: CreateReturnBody, token = result.accessToken) =>
  server.send<ReturnRequest & ErrorJson>(
    `/api/orders/${result.order.id}/returns?token=${encodeURIComponent(token)}`,
    body,
  );
const admin = <T>(path: string, body: object = {}) =>
  server.send<T & ErrorJson>(`/api/admin/orders/${path}`, body, auth);

describe('a return, step by step', () => {
  let result: CheckoutResult;
  let request: ReturnRequest;
  before(async () => {
    result = await delivered(await cartWith(server, [['lantern-mug', 3]]));
  });

  test('the customer asks through the order’s link', async () => {
    const [mugs] = result.order.lines;
    const response = await ask(result, {
      lines: [{ lineId: mugs?.id ?? '', quantity: 2 }],
      reason: 'damaged',
      note: 'Two arrived cracked',
    });
    assert.equal(response.status, 201, response.text);
    assert.ok(ReturnRequest.safeParse(response.body).success);
    request = response.body;
    assert.deepEqual([request.status, request.note], ['requested', 'Two arrived cracked']);
    const more = await ask(result, { lines: [{ lineId: mugs?.id ?? '', quantity: 2 }], reason: 'other' });
    assert.deepEqual([more.status, more.body.error.details?.reason], [409, 'too_many_units']);
  });

  test('the owner approves with a message, receives, then refunds with restock', async () => {
    const approved = await admin<ReturnRequest>(`${result.order.id}/returns/${request.id}/decision`, {
      decision: 'approve',
      message: 'Sorry about that: send them back with the label.',
    });
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.status, 'approved');
    const twice = await admin(`${result.order.id}/returns/${request.id}/decision`, { decision: 'reject' });
    assert.deepEqual([twice.status, twice.body.error.code], [409, 'return_not_allowed']);

    const received = await admin<ReturnRequest>(`${result.order.id}/returns/${request.id}/receive`);
    assert.deepEqual([received.status, received.body.status], [200, 'received']);
    const again = await admin(`${result.order.id}/returns/${request.id}/receive`);
    assert.equal(again.status, 409);

    const mug = await variantId(server, 'lantern-mug');
    const stock = stockOf(server, mug).stocked;
    const refund = await admin<Refund>(`${result.order.id}/returns/${request.id}/refund`, { restock: true });
    assert.equal(refund.status, 201, refund.text);
    assert.ok(Refund.safeParse(refund.body).success);
    assert.deepEqual(
      [refund.body.reason, refund.body.returnId, refund.body.status],
      ['returned', request.id, 'succeeded'],
    );
    assert.equal(stockOf(server, mug).stocked, stock + 2);
    const twiceRefunded = await admin(`${result.order.id}/returns/${request.id}/refund`, {});
    assert.equal(twiceRefunded.status, 409);

    const list = await server.get<ReturnList>(
      `/api/orders/${result.order.id}/returns?token=${encodeURIComponent(result.accessToken)}`,
    );
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.body.items.map((item) => [item.status, item.refundId]),
      [['refunded', refund.body.id]],
    );
    assert.equal((await adminOrder(server, auth, result.order.id)).paymentStatus, 'partially_refunded');
    const subjects = await subjectsFor(server, result.order.number);
    for (const title of [
      'We received your return request',
      'Your return was approved',
      'We received your return',
      'Your return was refunded',
      'Your refund',
    ])
      assert.ok(
        subjects.some((subject) => subject.startsWith(`${title}:`)),
        `${title} in ${subjects.join('\n')}`,
      );
  });

  test('the owner lists the returns, by status', async () => {
    const all = await server.get<ReturnList>('/api/admin/returns', auth);
    assert.equal(all.status, 200);
    assert.ok(all.body.items.some((item) => item.id === request.id));
    const waiting = await server.get<ReturnList>('/api/admin/returns?status=requested', auth);
    assert.ok(!waiting.body.items.some((item) => item.id === request.id));
  });
});

describe('refused returns', () => {
  test('outside the window', async () => {
    const result = await delivered(await cartWith(server, [['lantern-mug', 1]]));
    clock.offsetMs = 15 * DAY;
    try {
      const response = await ask(result, {
        lines: [{ lineId: result.order.lines[0]?.id ?? '', quantity: 1 }],
        reason: 'other',
      });
      assert.deepEqual(
        [response.status, response.body.error.code, response.body.error.details?.days],
        [409, 'return_window_closed', 14],
      );
    } finally {
      clock.offsetMs = 0;
    }
  });

  test('for another customer’s order, or without access', async () => {
    const result = await delivered(await cartWith(server, [['lantern-mug', 1]]), 'grace@example.com');
    const other = await delivered(await cartWith(server, [['lantern-mug', 1]]), 'linus@example.com');
    const body: CreateReturnBody = {
      lines: [{ lineId: result.order.lines[0]?.id ?? '', quantity: 1 }],
      reason: 'other',
    };
    const withOthersToken = await ask(result, body, other.accessToken);
    assert.deepEqual([withOthersToken.status, withOthersToken.body.error.code], [404, 'not_found']);
    const anonymous = await server.send<ErrorJson>(`/api/orders/${result.order.id}/returns`, body);
    assert.equal(anonymous.status, 404);
    // A signed-in customer reaches only their own orders.
    await createUser(server.data, 'mallory@example.com', 'a long customer password');
    const token = await signInToken(server, 'mallory@example.com', 'a long customer password');
    const signedIn = await server.send<ErrorJson>(`/api/orders/${result.order.id}/returns`, body, bearer(token));
    assert.equal(signedIn.status, 404);
    const list = await server.get<ErrorJson>(`/api/orders/${result.order.id}/returns`, bearer(token));
    assert.equal(list.status, 404);
  });

  test('before delivery, and a line not of the order', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    await payWithTestGateway(result, 'approve');
    const early = await ask(result, {
      lines: [{ lineId: result.order.lines[0]?.id ?? '', quantity: 1 }],
      reason: 'other',
    });
    assert.deepEqual([early.status, early.body.error.details?.reason], [409, 'not_delivered']);
    const arrived = await delivered(await cartWith(server, [['lantern-mug', 1]]));
    const unknown = await ask(arrived, { lines: [{ lineId: 'oli_nope', quantity: 1 }], reason: 'other' });
    assert.equal(unknown.status, 400);
  });

  test('a rejected return is final; unknown returns are 404', async () => {
    const result = await delivered(await cartWith(server, [['lantern-mug', 1]]));
    const asked = await ask(result, {
      lines: [{ lineId: result.order.lines[0]?.id ?? '', quantity: 1 }],
      reason: 'no_longer_needed',
    });
    const rejected = await admin<ReturnRequest>(`${result.order.id}/returns/${asked.body.id}/decision`, {
      decision: 'reject',
      message: 'Opened items cannot be returned.',
    });
    assert.deepEqual(
      [rejected.status, rejected.body.status, rejected.body.message],
      [200, 'rejected', 'Opened items cannot be returned.'],
    );
    const refund = await admin(`${result.order.id}/returns/${asked.body.id}/refund`, {});
    assert.deepEqual([refund.status, refund.body.error.code], [409, 'return_not_allowed']);
    for (const step of ['decision', 'receive', 'refund']) {
      const missing = await admin(`${result.order.id}/returns/ret_nope/${step}`, { decision: 'approve' });
      assert.deepEqual([missing.status, missing.body.error.code], [404, 'return_not_found'], step);
    }
  });
});

describe('a refund the provider refuses', () => {
  test('is a 502, and the return waits to be refunded again', async () => {
    const result = await delivered(await cartWith(server, [['lantern-mug', 1]]));
    const asked = await ask(result, {
      lines: [{ lineId: result.order.lines[0]?.id ?? '', quantity: 1 }],
      reason: 'wrong_item',
    });
    await admin(`${result.order.id}/returns/${asked.body.id}/decision`, { decision: 'approve' });
    await admin(`${result.order.id}/returns/${asked.body.id}/receive`);
    // The test gateway refuses to refund a session it has no payment for, as Stripe refuses an unknown charge.
    server.sqlite.prepare(`UPDATE payments SET status = 'failed' WHERE order_id = ?`).run(result.order.id);
    const refused = await admin(`${result.order.id}/returns/${asked.body.id}/refund`, {});
    assert.deepEqual([refused.status, refused.body.error.code], [502, 'refund_failed']);
    const list = await server.get<ReturnList>(
      `/api/orders/${result.order.id}/returns?token=${encodeURIComponent(result.accessToken)}`,
    );
    assert.deepEqual(
      list.body.items.map((item) => [item.status, item.refundId]),
      [['received', null]],
    );
    server.sqlite.prepare(`UPDATE payments SET status = 'paid' WHERE order_id = ?`).run(result.order.id);
    const retried = await admin<Refund>(`${result.order.id}/returns/${asked.body.id}/refund`, {});
    assert.deepEqual([retried.status, retried.body.status], [201, 'succeeded']);
  });
});

describe('custom sticker lines', () => {
  test('are returned only when the owner makes an exception', async () => {
    const cart = await createCart(server);
    const png = (await acceptedSamples())[0]?.bytes ?? Buffer.alloc(0);
    const uploaded = await upload(server, cart.id, png, 'logo.png');
    assert.equal(uploaded.status, 201, uploaded.text);
    const spec = { shape: 'circle', width: 50, height: 50, unit: 'mm', material: 'holographic', finish: 'gloss' };
    const line = await server.send<Cart>(`/api/carts/${cart.id}/lines`, {
      variantId: await variantId(server, 'custom-die-cut'),
      quantity: 100,
      sticker: { uploadId: uploaded.body.id, ...spec },
    });
    assert.equal(line.status, 200, line.text);
    const result = await delivered(line.body);
    const asked = await ask(result, {
      lines: [{ lineId: result.order.lines[0]?.id ?? '', quantity: 100 }],
      reason: 'damaged',
    });
    assert.equal(asked.status, 201, asked.text);
    const plain = await admin(`${result.order.id}/returns/${asked.body.id}/decision`, { decision: 'approve' });
    assert.deepEqual([plain.status, plain.body.error.details?.reason], [409, 'sticker_line']);
    const excepted = await admin<ReturnRequest>(`${result.order.id}/returns/${asked.body.id}/decision`, {
      decision: 'approve',
      stickerException: true,
      message: 'Misprinted on our side: we take them back.',
    });
    assert.deepEqual([excepted.status, excepted.body.stickerException], [200, true]);
  });
});
