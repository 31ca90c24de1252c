import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminShipment } from '../../sdk/schemas/index.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { adminAuth, paidOrder, shipped } from './test-support/ship.ts';

/** What the owner's shipment routes refuse: an unknown order or shipment, and any change to a cancelled shipment. */

let server: TestServer;
let auth: RequestInit;
let orderId: string;
let live: AdminShipment;
let cancelled: AdminShipment;

before(async () => {
  server = await startTestServer();
  auth = await adminAuth(server);
  const result = await paidOrder(server, 'refusals@example.com');
  orderId = result.order.id;
  const [mugs, towel] = result.order.lines.map((line) => line.id) as [string, string];
  live = await shipped(server, auth, orderId, {
    carrier: 'other',
    trackingNumber: 'LOCAL-1',
    lines: [{ lineId: mugs, quantity: 3 }],
  });
  cancelled = await shipped(server, auth, orderId, {
    carrier: 'other',
    trackingNumber: 'LOCAL-2',
    lines: [{ lineId: towel, quantity: 1 }],
  });
  const cancel = await server.send(`/api/admin/orders/${orderId}/shipments/${cancelled.id}/cancel`, {}, auth);
  assert.equal(cancel.status, 200, cancel.text);
});
after(() => server.close());

const correct = { carrier: 'other', trackingNumber: 'LOCAL-9' };
const event = { status: 'in_transit', message: 'Left the depot' };
type Call = (shipmentPath: string) => Promise<{ status: number; body: ErrorJson }>;
const calls: Record<string, Call> = {
  correct: (path) => server.send<ErrorJson>(path, correct, { ...auth, method: 'PATCH' }),
  'add an event to': (path) => server.send<ErrorJson>(`${path}/events`, event, auth),
  refresh: (path) => server.send<ErrorJson>(`${path}/refresh`, {}, auth),
};

describe('an unknown shipment', () => {
  for (const [name, call] of Object.entries(calls)) {
    test(`cannot be asked to ${name}: 404 shipment_not_found`, async () => {
      const missing = await call(`/api/admin/orders/${orderId}/shipments/shp_nosuchshipment0`);
      assert.deepEqual([missing.status, missing.body.error.code], [404, 'shipment_not_found']);
      // A real shipment under an unknown order: the order is looked up first.
      const elsewhere = await call(`/api/admin/orders/ord_nosuchorder00000/shipments/${live.id}`);
      assert.deepEqual([elsewhere.status, elsewhere.body.error.code], [404, 'not_found']);
    });
  }

  test('a shipment for an unknown order is refused with 404 not_found, and nothing is made', async () => {
    const answer = await server.send<ErrorJson>(
      '/api/admin/orders/ord_nosuchorder00000/shipments',
      { carrier: 'other', trackingNumber: 'LOCAL-3', lines: [{ lineId: 'oli_nosuchline0000', quantity: 1 }] },
      auth,
    );
    assert.deepEqual([answer.status, answer.body.error.code], [404, 'not_found']);
    const list = await server.get<{ items: AdminShipment[] }>(`/api/admin/orders/${orderId}/shipments`, auth);
    assert.equal(list.body.items.length, 2);
  });
});

describe('a cancelled shipment', () => {
  for (const [name, call] of Object.entries(calls)) {
    test(`cannot be asked to ${name}: 409 shipment_cancelled, and it stays as it was`, async () => {
      const answer = await call(`/api/admin/orders/${orderId}/shipments/${cancelled.id}`);
      assert.deepEqual([answer.status, answer.body.error.code], [409, 'shipment_cancelled']);
      const list = await server.get<{ items: AdminShipment[] }>(`/api/admin/orders/${orderId}/shipments`, auth);
      const after = list.body.items.find((shipment) => shipment.id === cancelled.id);
      assert.deepEqual(
        [after?.trackingNumber, after?.events.length, after?.history.length],
        [cancelled.trackingNumber, cancelled.events.length, cancelled.history.length + 1],
      );
    });
  }
});
