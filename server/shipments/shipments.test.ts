import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AdminShipment, AdminShipmentList, ShipmentList, type CheckoutResult } from '../../sdk/schemas/index.ts';
import { bearer, createUser, signInToken } from '../accounts/test-support/users.ts';
import { listOutbox, readOutboxMessage } from '../email/outbox.ts';
import { cartWith, checkout } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { adminAuth, orderOf, paidOrder, ship, shipped, shopperShipments } from './test-support/ship.ts';

/** The owner ships with the manual provider (the default): parcels, the order's status, emails, and who may do it. */

let server: TestServer;
let auth: RequestInit;
const UPS = '1Z999AA10123456784';
const USPS = '9400111899223856926418';

before(async () => {
  server = await startTestServer();
  // Many orders of the same mugs: more than the fixture's 20.
  server.sqlite.prepare('UPDATE variants SET stocked = 1000').run();
  auth = await adminAuth(server);
});
after(() => server.close());

const lineIds = (result: CheckoutResult) => result.order.lines.map((line) => line.id) as [string, string];

async function emailsFor(number: string): Promise<{ subject: string; text: string; html: string }[]> {
  await server.shop.tasks.drain();
  const outbox = server.config.outboxDir;
  const entries = (await listOutbox(outbox)).filter(
    (entry) => entry.subject.includes(number) && !entry.subject.includes('confirmed'),
  );
  const messages = await Promise.all(entries.map((entry) => readOutboxMessage(outbox, entry.id)));
  return messages.flatMap((message) => (message ? [message] : [])).reverse();
}

describe('shipping an order in parts', () => {
  let result: CheckoutResult;
  let first: AdminShipment;

  before(async () => {
    result = await paidOrder(server);
  });

  test('part of it: the order is partially shipped and the shopper gets the carrier, number, link and contents', async () => {
    const [mugs] = lineIds(result);
    first = await shipped(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: ' 1z999aa1-0123456784 ',
      lines: [{ lineId: mugs, quantity: 2 }],
    });
    assert.ok(AdminShipment.safeParse(first).success);
    assert.equal(first.trackingNumber, UPS, 'spaces and dashes dropped, capitals');
    assert.equal(first.trackingUrl, `https://www.ups.com/track?tracknum=${UPS}`);
    assert.deepEqual([first.status, first.provider, first.registered], ['pre_transit', 'manual', true]);
    assert.deepEqual(
      first.lines.map((line) => [line.lineId, line.quantity]),
      [[mugs, 2]],
    );
    assert.deepEqual(
      first.history.map((entry) => [entry.action, entry.actor]),
      [['created', 'owner@example.com']],
    );
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'partially_shipped');

    const [email] = await emailsFor(result.order.number);
    assert.ok(email);
    assert.equal(email.subject, `Order ${result.order.number} has shipped – Storelet Shop`);
    for (const part of [
      'Carrier: UPS',
      `Tracking number: ${UPS}`,
      `Track it: https://www.ups.com/track?tracknum=${UPS}`,
      '2 × Lantern Mug',
    ]) {
      assert.ok(email.text.includes(part), `${part} in:\n${email.text}`);
    }
    assert.ok(!email.text.includes('Tea Towel'), 'only what is in this parcel');
    assert.ok(email.html.includes(`href="https://www.ups.com/track?tracknum=${UPS}"`));
  });

  test('a line never ships more units than it has', async () => {
    const [mugs] = lineIds(result);
    const response = await ship(server, auth, result.order.id, {
      carrier: 'usps',
      trackingNumber: USPS,
      lines: [{ lineId: mugs, quantity: 2 }],
    });
    assert.equal(response.status, 409, response.text);
    const body = response.body as unknown as ErrorJson;
    assert.deepEqual([body.error.code, body.error.details?.remaining], ['line_already_shipped', 1]);
    assert.equal((await shopperShipments(server, result)).items.length, 1, 'nothing of the refused shipment was kept');
  });

  test('the rest: the order is shipped, with a second email', async () => {
    const [mugs, towel] = lineIds(result);
    await shipped(server, auth, result.order.id, {
      carrier: 'usps',
      trackingNumber: USPS,
      lines: [
        { lineId: mugs, quantity: 1 },
        { lineId: towel, quantity: 1 },
      ],
    });
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'shipped');
    const emails = await emailsFor(result.order.number);
    assert.equal(emails.length, 2);
    assert.ok(emails[1]?.text.includes('1 × Lantern Mug') && emails[1].text.includes('1 × Tea Towel'));
    const again = await ship(server, auth, result.order.id, {
      carrier: 'usps',
      trackingNumber: USPS,
      lines: [{ lineId: towel, quantity: 1 }],
    });
    assert.equal((again.body as unknown as ErrorJson).error.code, 'line_already_shipped');
  });

  test('events move each parcel; the order is delivered when every parcel is, with a delivery email each', async () => {
    const list = await server.get<AdminShipmentList>(`/api/admin/orders/${result.order.id}/shipments`, auth);
    assert.ok(AdminShipmentList.safeParse(list.body).success);
    const [one, two] = list.body.items;
    assert.ok(one && two);
    const event = (shipmentId: string, body: object) =>
      server.send<AdminShipment>(`/api/admin/orders/${result.order.id}/shipments/${shipmentId}/events`, body, auth);
    const moving = await event(one.id, {
      status: 'in_transit',
      message: 'Departed facility',
      place: 'Memphis, TN, US',
      occurredAt: '2026-06-02T08:00:00Z',
    });
    assert.equal(moving.status, 200, moving.text);
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'shipped', 'the other parcel has not moved yet');
    await event(two.id, { status: 'in_transit' });
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'in_transit');
    const delivered = await event(one.id, { status: 'delivered', place: 'Brooklyn, NY, US' });
    assert.equal(delivered.body.status, 'delivered');
    assert.ok(delivered.body.deliveredAt);
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'in_transit');
    // A late scan after delivery: kept in the timeline, the parcel stays delivered.
    const late = await event(one.id, {
      status: 'in_transit',
      message: 'Arrived at facility',
      occurredAt: '2026-06-01T12:00:00Z',
    });
    assert.equal(late.body.status, 'delivered');
    assert.deepEqual(
      late.body.events.map((entry) => entry.message),
      ['Arrived at facility', 'Departed facility', 'Delivered'],
    );
    assert.equal(late.body.events[1]?.place, 'Memphis, TN, US');
    await event(two.id, { status: 'delivered' });
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'delivered');

    const emails = await emailsFor(result.order.number);
    const deliveries = emails.filter(
      (email) => email.subject === `Order ${result.order.number} was delivered – Storelet Shop`,
    );
    assert.equal(deliveries.length, 2, 'one per parcel, once');
    const shopper = await shopperShipments(server, result);
    assert.ok(ShipmentList.safeParse(shopper).success);
    assert.deepEqual(
      shopper.items.map((item) => item.status),
      ['delivered', 'delivered'],
    );
    const history = (await server.get<AdminShipmentList>(`/api/admin/orders/${result.order.id}/shipments`, auth)).body
      .items[0]?.history;
    assert.deepEqual(
      history?.map((entry) => entry.action),
      ['created', 'event_added', 'event_added', 'event_added'],
    );
    assert.ok(history?.every((entry) => entry.actor === 'owner@example.com' && entry.at));
  });
});

describe('shipping the same line at once', () => {
  test('of parallel requests for every unit of a line, one wins', async () => {
    const result = await paidOrder(server, 'parallel@example.com');
    const [mugs] = lineIds(result);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        ship(server, auth, result.order.id, {
          carrier: 'ups',
          trackingNumber: UPS,
          lines: [{ lineId: mugs, quantity: 3 }],
        }),
      ),
    );
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409, 409, 409, 409, 409]);
    const list = await server.get<AdminShipmentList>(`/api/admin/orders/${result.order.id}/shipments`, auth);
    assert.equal(list.body.items.length, 1);
  });
});

describe('correcting and cancelling', () => {
  test('a corrected number starts its tracking again, and says who corrected it', async () => {
    const result = await paidOrder(server, 'correct@example.com');
    const [mugs] = lineIds(result);
    const shipment = await shipped(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: UPS,
      lines: [{ lineId: mugs, quantity: 3 }],
    });
    const path = `/api/admin/orders/${result.order.id}/shipments/${shipment.id}`;
    await server.send(`${path}/events`, { status: 'in_transit' }, auth);
    const wrong = await server.send<ErrorJson>(
      path,
      { carrier: 'fedex', trackingNumber: 'ABC123' },
      { ...auth, method: 'PATCH' },
    );
    assert.deepEqual([wrong.status, wrong.body.error.code], [400, 'invalid_tracking_number']);
    const corrected = await server.send<AdminShipment>(
      path,
      { carrier: 'fedex', trackingNumber: '123456789012' },
      { ...auth, method: 'PATCH' },
    );
    assert.equal(corrected.status, 200, corrected.text);
    assert.deepEqual(
      [corrected.body.carrier, corrected.body.trackingNumber, corrected.body.status, corrected.body.events.length],
      ['fedex', '123456789012', 'pre_transit', 0],
    );
    assert.deepEqual(corrected.body.history.map((entry) => [entry.action, entry.actor, entry.note]).at(-1), [
      'corrected',
      'owner@example.com',
      'fedex 123456789012',
    ]);
  });

  test('a cancelled shipment gives its units back, leaves the shopper’s list and cannot be cancelled twice', async () => {
    const result = await paidOrder(server, 'cancel@example.com');
    const [mugs, towel] = lineIds(result);
    const shipment = await shipped(server, auth, result.order.id, {
      carrier: 'other',
      trackingNumber: 'LOCAL-42',
      lines: [
        { lineId: mugs, quantity: 3 },
        { lineId: towel, quantity: 1 },
      ],
    });
    assert.equal(shipment.trackingUrl, null, 'no page for an unknown carrier');
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'shipped');
    const cancel = () =>
      server.send<AdminShipment & ErrorJson>(
        `/api/admin/orders/${result.order.id}/shipments/${shipment.id}/cancel`,
        {},
        auth,
      );
    const cancelled = await cancel();
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.ok(cancelled.body.cancelledAt);
    assert.equal(cancelled.body.history.at(-1)?.actor, 'owner@example.com');
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'unfulfilled');
    assert.equal((await shopperShipments(server, result)).items.length, 0);
    assert.deepEqual([(await cancel()).status, (await cancel()).body.error.code], [409, 'shipment_cancelled']);
    await shipped(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: UPS,
      lines: [{ lineId: mugs, quantity: 3 }],
    });
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'partially_shipped');
  });
});

describe('refusals', () => {
  test('an unpaid order does not ship', async () => {
    const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const response = await ship(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: UPS,
      lines: [{ lineId: lineIds(result)[0], quantity: 1 }],
    });
    assert.deepEqual(
      [response.status, (response.body as unknown as ErrorJson).error.code],
      [409, 'order_not_shippable'],
    );
  });

  test('a number not in the carrier’s format, a line of another order, a line named twice', async () => {
    const result = await paidOrder(server, 'refuse@example.com');
    const other = await paidOrder(server, 'other@example.com');
    const [mugs] = lineIds(result);
    const bad = await ship(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: '1234',
      lines: [{ lineId: mugs, quantity: 1 }],
    });
    assert.deepEqual([bad.status, (bad.body as unknown as ErrorJson).error.code], [400, 'invalid_tracking_number']);
    const foreign = await ship(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: UPS,
      lines: [{ lineId: lineIds(other)[0], quantity: 1 }],
    });
    assert.deepEqual(
      [foreign.status, (foreign.body as unknown as ErrorJson).error.details?.issues],
      [400, [{ path: 'lines.0.lineId', message: 'is not a line of this order' }]],
    );
    const twice = await ship(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: UPS,
      lines: [
        { lineId: mugs, quantity: 1 },
        { lineId: mugs, quantity: 1 },
      ],
    });
    assert.equal(twice.status, 400);
    const none = await ship(server, auth, result.order.id, { carrier: 'ups', trackingNumber: UPS, lines: [] });
    assert.equal(none.status, 400);
  });

  test('anonymous callers get 401 and customers 403 on every admin shipment route', async () => {
    const result = await paidOrder(server, 'who@example.com');
    const shipment = await shipped(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: UPS,
      lines: [{ lineId: lineIds(result)[0], quantity: 1 }],
    });
    await createUser(server.data, 'customer@example.com', 'a customer password');
    const customer = bearer(await signInToken(server, 'customer@example.com', 'a customer password'));
    const base = `/api/admin/orders/${result.order.id}/shipments`;
    const calls: [string, string, object | undefined][] = [
      ['GET', base, undefined],
      ['POST', base, { carrier: 'ups', trackingNumber: UPS, lines: [{ lineId: lineIds(result)[0], quantity: 1 }] }],
      ['PATCH', `${base}/${shipment.id}`, { carrier: 'ups', trackingNumber: UPS }],
      ['POST', `${base}/${shipment.id}/cancel`, {}],
      ['POST', `${base}/${shipment.id}/events`, { status: 'delivered' }],
      ['POST', `${base}/${shipment.id}/refresh`, {}],
    ];
    for (const [method, path, body] of calls) {
      const init = (extra: RequestInit) =>
        body
          ? server.send<ErrorJson>(path, body, { method, ...extra })
          : server.get<ErrorJson>(path, { method, ...extra });
      const anonymous = await init({});
      assert.deepEqual([anonymous.status, anonymous.body.error.code], [401, 'unauthorized'], `${method} ${path}`);
      const shopper = await init(customer);
      assert.deepEqual([shopper.status, shopper.body.error.code], [403, 'forbidden'], `${method} ${path}`);
    }
    const after = await server.get<AdminShipmentList>(base, auth);
    assert.deepEqual(
      [after.body.items.length, after.body.items[0]?.status, after.body.items[0]?.cancelledAt],
      [1, 'pre_transit', null],
    );
  });

  test('another order’s shipment, and another order’s token, answer 404', async () => {
    const mine = await paidOrder(server, 'mine@example.com');
    const theirs = await paidOrder(server, 'theirs@example.com');
    const shipment = await shipped(server, auth, theirs.order.id, {
      carrier: 'ups',
      trackingNumber: UPS,
      lines: [{ lineId: lineIds(theirs)[0], quantity: 1 }],
    });
    const wrongOrder = await server.send<ErrorJson>(
      `/api/admin/orders/${mine.order.id}/shipments/${shipment.id}/cancel`,
      {},
      auth,
    );
    assert.deepEqual([wrongOrder.status, wrongOrder.body.error.code], [404, 'shipment_not_found']);
    const borrowed = await server.get<ErrorJson>(
      `/api/orders/${theirs.order.id}/shipments?token=${encodeURIComponent(mine.accessToken)}`,
    );
    assert.deepEqual([borrowed.status, borrowed.body.error.code], [404, 'not_found']);
    const none = await server.get<ErrorJson>(`/api/orders/${theirs.order.id}/shipments`);
    assert.equal(none.status, 404);
    const unknown = await server.get<ErrorJson>('/api/admin/orders/ord_nope/shipments', auth);
    assert.equal(unknown.status, 404);
  });

  test('without a tracking service, the tracking webhook is not there and refresh says the parcel is tracked by hand', async () => {
    const webhook = await server.send<ErrorJson>('/api/webhooks/tracking', {});
    assert.equal(webhook.status, 404);
    const result = await paidOrder(server, 'hand@example.com');
    const shipment = await shipped(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: UPS,
      lines: [{ lineId: lineIds(result)[0], quantity: 1 }],
    });
    const refresh = await server.send<ErrorJson>(
      `/api/admin/orders/${result.order.id}/shipments/${shipment.id}/refresh`,
      {},
      auth,
    );
    assert.equal(refresh.status, 400);
  });
});
