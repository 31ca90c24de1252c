import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import type { ErrorJson } from '../test-support/server.ts';
import { cartWith, orderBody, placeOrder, stockOf, variantId } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/** A port nothing listens on: Stripe, as far as this server can tell, is down. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  assert.ok(address && typeof address === 'object');
  return address.port;
}

let server: TestServer;
/** The server's error log, kept here instead of the test output: this outage is expected. */
const logged: { message: string; error: unknown }[] = [];
before(async () => {
  server = await startTestServer({
    start: { logError: (message, error) => logged.push({ message, error }) },
    config: {
      stripe: {
        secretKey: 'sk_test_unreachable',
        webhookSecret: 'whsec_unreachable',
        apiHost: '127.0.0.1',
        apiPort: await closedPort(),
        apiProtocol: 'http',
      },
    },
  });
});
after(() => server.close());

test('Stripe out of reach: 502 payment_unavailable, no order kept, the stock untouched, the cart still open', async () => {
  const lamp = await variantId(server, 'low-stock-lamp');
  const cart = await cartWith(server, [['low-stock-lamp', 2]]);
  const before = stockOf(server, lamp);

  const response = await placeOrder(server, orderBody(server, cart.id));
  assert.equal(response.status, 502, response.text);
  assert.equal((response.body as unknown as ErrorJson).error.code, 'payment_unavailable');
  assert.match((response.body as unknown as ErrorJson).error.message, /Nothing was charged/);

  assert.deepEqual(stockOf(server, lamp), before);
  const count = server.sqlite.prepare('SELECT count(*) AS n FROM orders').get() as { n: number };
  assert.equal(count.n, 0);
  const again = await server.get<{ completedOrderId: string | null; lines: unknown[] }>(`/api/carts/${cart.id}`);
  assert.equal(again.status, 200);
  assert.equal(again.body.lines.length, 1);

  // The outage is logged for the shop's owner, with Stripe's connection error as the cause.
  assert.equal(logged.length, 1, logged.map((entry) => entry.message).join('\n'));
  const [entry] = logged;
  assert.match(entry?.message ?? '', /Could not start a payment for order SL-\d+/);
  assert.ok(entry?.error instanceof Error && entry.error.name === 'PaymentProviderError');
  assert.match(String((entry.error as Error).cause), /StripeConnectionError|connection to Stripe/);
});
