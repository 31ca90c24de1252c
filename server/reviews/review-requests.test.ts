import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { listOutbox, readOutboxMessage } from '../email/outbox.ts';
import { cartWith, checkout, payWithTestGateway, US_ADDRESS } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/** The review-request email: some days after payment, once, with links that open the review form. */
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
