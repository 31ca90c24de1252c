import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminShipment, AdminShipmentList, CheckoutResult } from '../../sdk/schemas/index.ts';
import { listOutbox } from '../email/outbox.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { startFakeEasyPost, type FakeEasyPost } from './test-support/fake-easypost.ts';
import { adminAuth, orderOf, paidOrder, shipped, shopperShipments } from './test-support/ship.ts';

/** Tracking through EasyPost Trackers, against a fake of its API on loopback that speaks its formats. */

let easypost: FakeEasyPost;
let server: TestServer;
let auth: RequestInit;
const USPS = '9400111899223856926418';
const webhookUrl = () => `${server.url}/api/webhooks/tracking`;

before(async () => {
  easypost = await startFakeEasyPost();
  server = await startTestServer({
    config: {
      tracking: {
        provider: 'easypost',
        apiKey: easypost.apiKey,
        webhookSecret: easypost.webhookSecret,
        apiUrl: easypost.url,
      },
    },
    start: { logError: () => {} },
  });
  server.sqlite.prepare('UPDATE variants SET stocked = 1000').run();
  auth = await adminAuth(server);
});
after(async () => {
  await server.close();
  await easypost.close();
});

async function shipAll(result: CheckoutResult): Promise<AdminShipment> {
  return shipped(server, auth, result.order.id, {
    carrier: 'usps',
    trackingNumber: USPS,
    lines: result.order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })),
  });
}

const trackerOf = (shipment: AdminShipment) => {
  const tracker = [...easypost.trackers.values()].find((item) => item.tracking_code === shipment.trackingNumber);
  assert.ok(tracker, 'the tracker was created');
  return tracker;
};

describe('registering a tracking number', () => {
  test('creates an EasyPost tracker with basic auth and the carrier’s EasyPost name, and keeps its page', async () => {
    const result = await paidOrder(server, 'register@example.com');
    const shipment = await shipAll(result);
    const request = easypost.requests.find((entry) => entry.method === 'POST' && entry.path === '/v2/trackers');
    assert.deepEqual(request?.body, { tracker: { tracking_code: USPS, carrier: 'USPS' } });
    const tracker = trackerOf(shipment);
    assert.deepEqual([shipment.provider, shipment.registered, shipment.status], ['easypost', true, 'pre_transit']);
    assert.equal(shipment.trackingUrl, tracker.public_url);
    assert.deepEqual(
      shipment.events.map((event) => event.message),
      ['Pre-Shipment information received'],
    );
  });

  test('the service down: the shipment is kept, the shopper still gets the shipping email, and it is registered later', async () => {
    const result = await paidOrder(server, 'outage@example.com');
    easypost.down = true;
    const before = easypost.trackers.size;
    const shipment = await shipped(server, auth, result.order.id, {
      carrier: 'ups',
      trackingNumber: '1Z999AA10123456784',
      lines: [{ lineId: result.order.lines[0]?.id ?? '', quantity: 1 }],
    });
    assert.deepEqual([shipment.registered, easypost.trackers.size], [false, before]);
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'partially_shipped');
    await server.shop.tasks.drain();
    const sent = await listOutbox(server.config.outboxDir);
    assert.ok(sent.some((entry) => entry.subject === `Order ${result.order.number} has shipped – Storelet Shop`));
    const refresh = await server.send<ErrorJson>(
      `/api/admin/orders/${result.order.id}/shipments/${shipment.id}/refresh`,
      {},
      auth,
    );
    assert.deepEqual([refresh.status, refresh.body.error.code], [502, 'tracking_unavailable']);
    easypost.down = false;
    // The sweep tries again once the wait is over; the wait grows with each failure.
    server.sqlite
      .prepare('UPDATE shipments SET register_due_at = ? WHERE id = ?')
      .run(new Date(0).toISOString(), shipment.id);
    const report = await server.sweep();
    assert.equal(report.shipmentsRegistered, 1);
    const list = await server.get<AdminShipmentList>(`/api/admin/orders/${result.order.id}/shipments`, auth);
    const registered = list.body.items.find((item) => item.id === shipment.id);
    assert.deepEqual(
      [registered?.registered, registered?.history.map((entry) => entry.action)],
      [true, ['created', 'registered']],
    );
    assert.equal((await server.sweep()).shipmentsRegistered, 0, 'once');
  });
});

describe('webhooks', () => {
  let result: CheckoutResult;
  let shipment: AdminShipment;

  before(async () => {
    result = await paidOrder(server, 'webhooks@example.com');
    shipment = await shipAll(result);
  });

  test('a signed in_transit moves the parcel and the order, with place and estimated delivery', async () => {
    const tracker = trackerOf(shipment);
    easypost.advance(tracker.id, 'in_transit', {
      message: 'Arrived at USPS Regional Facility',
      city: 'Memphis',
      state: 'TN',
      estDelivery: '2026-06-05T00:00:00Z',
    });
    assert.equal(await easypost.deliver(webhookUrl(), easypost.eventFor(tracker.id)), 200);
    const [seen] = (await shopperShipments(server, result)).items;
    assert.equal(seen?.status, 'in_transit');
    assert.equal(seen?.estimatedDelivery, '2026-06-05T00:00:00.000Z');
    assert.deepEqual(seen?.events.at(-1)?.place, 'Memphis, TN, US');
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'in_transit');
  });

  test('a forged or unsigned webhook is refused and changes nothing', async () => {
    const tracker = trackerOf(shipment);
    easypost.advance(tracker.id, 'delivered');
    const forged = easypost.eventFor(tracker.id, { secret: 'not-the-secret' });
    assert.equal(await easypost.deliver(webhookUrl(), forged), 400);
    assert.equal(await easypost.deliver(webhookUrl(), forged, ''), 400);
    const signed = easypost.eventFor(tracker.id);
    const tampered = { ...signed, payload: signed.payload.replace('"delivered"', '"returned"') };
    assert.equal(await easypost.deliver(webhookUrl(), tampered), 400);
    assert.equal((await shopperShipments(server, result)).items[0]?.status, 'in_transit');
  });

  test('delivered, then the same event replayed, then a late in_transit: delivered once, one email, the late scan kept', async () => {
    const tracker = trackerOf(shipment);
    const delivered = easypost.eventFor(tracker.id);
    // An older state of the tracker, sent late.
    const snapshot = structuredClone(tracker);
    snapshot.status = 'in_transit';
    snapshot.tracking_details = snapshot.tracking_details.slice(0, -1);
    snapshot.tracking_details.push({
      ...snapshot.tracking_details.at(-1)!,
      message: 'Departed USPS Facility',
      datetime: '2026-06-03T10:00:00Z',
    });
    easypost.trackers.set(tracker.id, snapshot);
    const late = easypost.eventFor(tracker.id);
    easypost.trackers.set(tracker.id, tracker);

    assert.equal(await easypost.deliver(webhookUrl(), delivered), 200);
    assert.equal(await easypost.deliver(webhookUrl(), delivered), 200, 'a replay is acknowledged');
    assert.equal(await easypost.deliver(webhookUrl(), late), 200);
    const [seen] = (await shopperShipments(server, result)).items;
    assert.equal(seen?.status, 'delivered');
    assert.ok(
      seen?.events.some((event) => event.message === 'Departed USPS Facility'),
      'the late scan is in the timeline',
    );
    assert.equal(seen?.events.filter((event) => event.status === 'delivered').length, 1);
    assert.equal((await orderOf(server, result)).fulfillmentStatus, 'delivered');
    await server.shop.tasks.drain();
    const rows = server.sqlite
      .prepare('SELECT COUNT(*) AS n FROM shipments WHERE id = ? AND delivered_email_at IS NOT NULL')
      .get(shipment.id) as { n: number };
    assert.equal(rows.n, 1);
  });

  test('an event for a tracker we do not know, or of another kind, is acknowledged and ignored', async () => {
    const other = await easypost.deliver(
      webhookUrl(),
      (() => {
        const tracker = easypost.trackers.values().next().value;
        assert.ok(tracker);
        const copy = { ...tracker, id: 'trk_someone_else' };
        easypost.trackers.set(copy.id, copy);
        return easypost.eventFor(copy.id);
      })(),
    );
    assert.equal(other, 200);
  });

  test('Refresh tracking asks EasyPost for the tracker and records who asked', async () => {
    const fresh = await paidOrder(server, 'refresh@example.com');
    const parcel = await shipped(server, auth, fresh.order.id, {
      carrier: 'fedex',
      trackingNumber: '123456789012',
      lines: [{ lineId: fresh.order.lines[0]?.id ?? '', quantity: 1 }],
    });
    const tracker = trackerOf(parcel);
    easypost.advance(tracker.id, 'out_for_delivery', { message: 'Out for delivery', city: 'Brooklyn', state: 'NY' });
    const refreshed = await server.send<AdminShipment>(
      `/api/admin/orders/${fresh.order.id}/shipments/${parcel.id}/refresh`,
      {},
      auth,
    );
    assert.equal(refreshed.status, 200, refreshed.text);
    assert.equal(refreshed.body.status, 'out_for_delivery');
    assert.deepEqual(refreshed.body.history.at(-1)?.action, 'refreshed');
    assert.equal(refreshed.body.history.at(-1)?.actor, 'owner@example.com');
    assert.ok(easypost.requests.some((entry) => entry.method === 'GET' && entry.path === `/v2/trackers/${tracker.id}`));
  });
});
