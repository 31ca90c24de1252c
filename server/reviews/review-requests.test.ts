import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { AdminShipment } from '../../sdk/schemas/index.ts';
import { listOutbox, readOutboxMessage } from '../email/outbox.ts';
import { adminAuth, paidOrder, shipped } from '../shipments/test-support/ship.ts';
import { cartWith, checkout, payWithTestGateway, US_ADDRESS } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/** The review-request email: some days after the order arrived (or after payment, where nothing ships), once, with links that open the review form. */
let server: TestServer;
const clock = { offsetMs: 0 };
const DAY = 86_400_000;
before(async () => {
  server = await startTestServer({
    config: { productPageUrl: 'https://shop.example.com/products/{handle}' },
    start: { now: () => new Date(Date.now() + clock.offsetMs) },
  });
});
after(() => server.close());

const requests = async () =>
  (await listOutbox(join(server.dir, 'outbox'))).filter((entry) => entry.subject.startsWith('How is your order'));

test('sent once, seven days after payment, escaping what the shopper typed, with links that prove the purchase', async () => {
  const cart = await cartWith(server, [
    ['lantern-mug', 1],
    ['tea-towel', 2],
  ]);
  const result = await checkout(server, cart.id, {
    email: 'ada@example.com',
    shippingAddress: { ...US_ADDRESS, name: '<b>Ada</b> Lovelace' },
  });
  await payWithTestGateway(result, 'approve');
  const unpaid = await cartWith(server, [['wall-clock', 1]]);
  await checkout(server, unpaid.id, { email: 'nopay@example.com' });

  clock.offsetMs = 6 * DAY;
  await server.sweep();
  assert.deepEqual(await requests(), [], 'not before the seventh day');

  clock.offsetMs = 7 * DAY + 60_000;
  assert.equal((await server.sweep()).reviewRequestsSent, 1);
  assert.equal((await server.sweep()).reviewRequestsSent, 0, 'each order once');
  const [entry] = await requests();
  assert.ok(entry);
  assert.equal(entry.to, 'ada@example.com');
  const message = await readOutboxMessage(join(server.dir, 'outbox'), entry.id);
  assert.ok(message);
  assert.ok(
    message.html.includes('Hello &#60;b&#62;Ada&#60;/b&#62;,') && !message.html.includes('<b>Ada'),
    'markup is text',
  );
  assert.match(message.text, /Hello <b>Ada<\/b>,/);

  const links = [...message.text.matchAll(/https:\/\/shop\.example\.com\/products\/\S+/g)].map(
    (match) => new URL(match[0]),
  );
  assert.deepEqual(
    links.map((link) => link.pathname),
    ['/products/lantern-mug', '/products/tea-towel'],
  );
  const link = links[0] as URL;
  const query = `orderId=${link.searchParams.get('storelet_order')}&token=${encodeURIComponent(link.searchParams.get('storelet_token') ?? '')}`;
  const productId = link.searchParams.get('storelet_review');
  const review = await server.send(`/api/products/${productId}/reviews?${query}`, {
    rating: 5,
    title: 'Asked and answered',
    body: 'Yes.',
  });
  assert.equal(review.status, 201, review.text);
});

test('in a shop that ships, asked seven days after the last parcel arrived; an order not all delivered is not asked', async () => {
  // Admin sessions last hours, and this test moves the clock by days: each step signs in again.
  const sentBefore = (await requests()).length;
  const result = await paidOrder(server, 'grace@example.com');
  await paidOrder(server, 'unshipped@example.com');
  const [mugs, towel] = result.order.lines.map((line) => line.id) as [string, string];
  const deliver = async (shipment: AdminShipment) => {
    const path = `/api/admin/orders/${result.order.id}/shipments/${shipment.id}/events`;
    const answer = await server.send(path, { status: 'delivered' }, await adminAuth(server));
    assert.equal(answer.status, 200, answer.text);
  };
  const part = { carrier: 'other' as const, trackingNumber: 'LOCAL-1', lines: [{ lineId: mugs, quantity: 3 }] };
  await deliver(await shipped(server, await adminAuth(server), result.order.id, part));

  clock.offsetMs += 8 * DAY;
  assert.equal((await server.sweep()).reviewRequestsSent, 0, 'the towel has not shipped; the other order neither');
  const rest = { carrier: 'other' as const, trackingNumber: 'LOCAL-2', lines: [{ lineId: towel, quantity: 1 }] };
  const last = await shipped(server, await adminAuth(server), result.order.id, rest);
  clock.offsetMs += 2 * DAY;
  assert.equal((await server.sweep()).reviewRequestsSent, 0, 'on its way');
  await deliver(last);
  clock.offsetMs += 6 * DAY;
  assert.equal((await server.sweep()).reviewRequestsSent, 0, 'not before the seventh day after it arrived');
  clock.offsetMs += DAY + 60_000;
  assert.equal((await server.sweep()).reviewRequestsSent, 1);
  const sent = (await requests()).slice(0, -sentBefore || undefined);
  assert.deepEqual(
    sent.map((entry) => entry.to),
    ['grace@example.com'],
  );
});
