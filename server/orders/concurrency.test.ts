import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CheckoutResult } from '../../sdk/schemas/index.ts';
import {
  addLine,
  applyCode,
  cartWith,
  createCart,
  orderBody,
  placeOrder,
  stockOf,
  variantId,
} from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/** Many shoppers at once: stock and single-use codes are never oversold, and retries never double an order. */
let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const count = (sql: string, ...params: unknown[]) => (server.sqlite.prepare(sql).get(...params) as { n: number }).n;

describe('the last units', () => {
  test('100 parallel checkouts for the last 10 units: exactly 10 orders, the rest a clean out_of_stock', async () => {
    const clock = await variantId(server, 'wall-clock');
    const carts = [];
    for (let index = 0; index < 100; index++)
      carts.push(await addLine(server, (await createCart(server)).id, clock, 1));
    server.sqlite.prepare('UPDATE variants SET stocked = reserved + 10 WHERE id = ?').run(clock);
    const { stocked, reserved } = stockOf(server, clock);

    const answers = await Promise.all(carts.map((cart) => placeOrder(server, orderBody(server, cart.id))));
    const placed = answers.filter((answer) => answer.status === 201);
    const refused = answers.filter((answer) => answer.status !== 201);
    assert.equal(placed.length, 10);
    assert.equal(refused.length, 90);
    for (const answer of refused) {
      assert.equal(answer.status, 409, answer.text);
      assert.equal((answer.body as unknown as ErrorJson).error.code, 'out_of_stock');
    }
    assert.deepEqual(stockOf(server, clock), { stocked, reserved: reserved + 10 });
    assert.equal(count('SELECT count(*) AS n FROM order_lines WHERE variant_id = ?', clock), 10);
    // The refused carts were not completed: their shoppers can still change them.
    assert.equal(
      count(
        'SELECT count(*) AS n FROM carts WHERE completed_order_id IS NOT NULL AND id IN (SELECT cart_id FROM orders)',
      ),
      count('SELECT count(*) AS n FROM orders'),
    );
  });
});

describe('Idempotency-Key', () => {
  test('the same key and request answer the same order, sent again or in parallel', async () => {
    const cart = await cartWith(server, [['tea-towel', 1]]);
    const body = orderBody(server, cart.id);
    const parallel = await Promise.all(Array.from({ length: 10 }, () => placeOrder(server, body, 'key-parallel-1')));
    assert.ok(
      parallel.every((answer) => answer.status === 201),
      parallel.map((answer) => answer.text).join('\n'),
    );
    const first = parallel[0]?.body as CheckoutResult;
    const withoutToken = ({ accessToken: _token, ...rest }: CheckoutResult) => rest;
    for (const answer of parallel)
      assert.deepEqual(withoutToken(answer.body), withoutToken(first), 'the same order and session');
    const later = await placeOrder(server, body, 'key-parallel-1');
    assert.equal(later.status, 201);
    assert.deepEqual(withoutToken(later.body), withoutToken(first));
    assert.equal(count('SELECT count(*) AS n FROM orders WHERE cart_id = ?', cart.id), 1);
    assert.equal(count('SELECT count(*) AS n FROM payments WHERE order_id = ?', first.order.id), 1);
  });

  test('the kept answer holds no access token; a replay gets a fresh one that opens the order', async () => {
    const cart = await cartWith(server, [['tea-towel', 1]]);
    const body = orderBody(server, cart.id);
    const first = await placeOrder(server, body, 'key-token');
    assert.equal(first.status, 201, first.text);
    assert.equal(count("SELECT count(*) AS n FROM idempotency_keys WHERE response LIKE '%oat\\_%' ESCAPE '\\'"), 0);
    assert.equal(
      count("SELECT count(*) AS n FROM idempotency_keys WHERE key = 'key-token' AND response IS NOT NULL"),
      1,
    );
    const replay = await placeOrder(server, body, 'key-token');
    assert.equal(replay.status, 201, replay.text);
    assert.match(replay.body.accessToken, /^oat_/);
    assert.notEqual(replay.body.accessToken, first.body.accessToken);
    const read = await server.get(
      `/api/orders/${replay.body.order.id}?token=${encodeURIComponent(replay.body.accessToken)}`,
    );
    assert.equal(read.status, 200, read.text);
  });

  test('the same key with a different request is 422 idempotency_key_reused, in parallel too', async () => {
    const cart = await cartWith(server, [['tea-towel', 1]]);
    const body = orderBody(server, cart.id);
    assert.equal((await placeOrder(server, body, 'key-reused')).status, 201);
    const other = await placeOrder(server, { ...body, email: 'someone@example.com' }, 'key-reused');
    assert.equal(other.status, 422);
    assert.equal((other.body as unknown as ErrorJson).error.code, 'idempotency_key_reused');

    const racing = await cartWith(server, [['tea-towel', 1]]);
    const answers = await Promise.all([
      placeOrder(server, orderBody(server, racing.id), 'key-race'),
      placeOrder(server, orderBody(server, racing.id, { email: 'other@example.com' }), 'key-race'),
    ]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 422]);
  });

  test('a refused request keeps no key: fixed, it may be sent again with the same one', async () => {
    const cart = await cartWith(server, [['tea-towel', 1]]);
    const refused = await placeOrder(
      server,
      orderBody(server, cart.id, { shippingMethod: 'ship_eu_standard' }),
      'key-after-refusal',
    );
    assert.equal(refused.status, 409);
    const fixed = await placeOrder(
      server,
      orderBody(server, cart.id, { shippingMethod: 'ship_us_express' }),
      'key-after-refusal',
    );
    assert.equal(fixed.status, 201, fixed.text);
  });

  test('without a key, the cart still makes one order', async () => {
    const cart = await cartWith(server, [['tea-towel', 1]]);
    const answers = await Promise.all(Array.from({ length: 5 }, () => placeOrder(server, orderBody(server, cart.id))));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409, 409, 409, 409]);
    for (const answer of answers.filter((candidate) => candidate.status === 409)) {
      assert.equal((answer.body as unknown as ErrorJson).error.code, 'cart_completed');
    }
  });
});

describe('a single-use code', () => {
  test('50 parallel checkouts with it: one order gets it, the others are refused', async () => {
    const carts = [];
    for (let index = 0; index < 50; index++) {
      const cart = await cartWith(server, [['sticker-2', 1]]);
      assert.equal((await applyCode(server, cart.id, 'ONEOFF15')).status, 200);
      carts.push(cart);
    }
    const answers = await Promise.all(carts.map((cart) => placeOrder(server, orderBody(server, cart.id))));
    assert.equal(answers.filter((answer) => answer.status === 201).length, 1);
    const refused = answers.filter((answer) => answer.status !== 201);
    assert.ok(refused.every((answer) => (answer.body as unknown as ErrorJson).error?.code === 'discount_used_up'));
    assert.equal(count("SELECT times_used AS n FROM discount_codes WHERE code = 'ONEOFF15'"), 1);
    assert.equal(
      count(
        "SELECT count(*) AS n FROM discount_redemptions r JOIN discount_codes d ON d.id = r.discount_code_id WHERE d.code = 'ONEOFF15'",
      ),
      1,
    );
  });
});
