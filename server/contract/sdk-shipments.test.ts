// Shipments through the SDKs against a real server, every response checked against the shared wire schemas:
// the owner ships and records events with storelet/admin, a guest finds the order by number and email and follows it.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createAdminClient } from '../../sdk/admin/index.ts';
import { createStorefront, memoryStorage, StoreletConflictError, StoreletNotFoundError } from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { paidOrder } from '../shipments/test-support/ship.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

const ADMIN = { email: 'owner@example.com', password: 'a long admin password' };
let server: TestServer;

before(async () => {
  server = await startTestServer({ config: { admin: ADMIN } });
});
after(() => server.close());

it('the owner ships and marks delivered; a guest looks the order up and sees both', async () => {
  const placed = await paidOrder(server, 'guest@example.com');
  const admin = createAdminClient({ apiUrl: server.url, storage: memoryStorage(), validateResponses, retries: 0 });
  await admin.signIn(ADMIN);
  const [mugs, towel] = placed.order.lines;
  assert.ok(mugs && towel);
  const shipment = await admin.orders.ship(placed.order.id, {
    carrier: 'ups',
    trackingNumber: '1Z999AA10123456784',
    lines: [{ lineId: mugs.id, quantity: 3 }],
  });
  await assert.rejects(
    admin.orders.ship(placed.order.id, {
      carrier: 'ups',
      trackingNumber: '1Z999AA10123456784',
      lines: [{ lineId: mugs.id, quantity: 1 }],
    }),
    (error: unknown) => error instanceof StoreletConflictError && error.code === 'line_already_shipped',
  );
  await admin.orders.addTrackingEvent(placed.order.id, shipment.id, { status: 'in_transit', place: 'Memphis, TN, US' });
  const delivered = await admin.orders.addTrackingEvent(placed.order.id, shipment.id, { status: 'delivered' });
  assert.equal(delivered.status, 'delivered');
  assert.equal((await admin.orders.shipments(placed.order.id)).length, 1);

  const shop = createStorefront({ apiUrl: server.url, storage: memoryStorage(), validateResponses, retries: 0 });
  await assert.rejects(
    shop.orders.lookup({ number: placed.order.number, email: 'someone@example.com' }),
    StoreletNotFoundError,
  );
  assert.equal(shop.orders.hasAccess(placed.order.id), false);
  const found = await shop.orders.lookup({ number: placed.order.number, email: 'GUEST@example.com' });
  assert.equal(found.orderId, placed.order.id);
  assert.equal(shop.orders.hasAccess(placed.order.id), true, 'the token is remembered');
  const { items } = await shop.orders.shipments(placed.order.id);
  assert.deepEqual(
    items.map((item) => [item.status, item.events.map((event) => event.status)]),
    [['delivered', ['in_transit', 'delivered']]],
  );
  assert.equal((await shop.orders.get(placed.order.id)).fulfillmentStatus, 'partially_shipped');
});
