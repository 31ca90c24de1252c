import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cart } from '../../sdk/schemas/index.ts';
import { addLine, cartWith, checkout, createCart, orderBody, placeOrder, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/**
 * What a hostile or broken client may send. The rule: every figure comes from the server, fields a
 * body does not name are ignored, anything malformed is a 400 naming the field, and nothing is a 500.
 */
let server: TestServer;
let mug: string;
before(async () => {
  server = await startTestServer();
  mug = await variantId(server, 'lantern-mug');
});
after(() => server.close());

const issuePaths = (body: ErrorJson) => [
  ...new Set(((body.error.details?.issues ?? []) as { path: string }[]).map((issue) => issue.path)),
];

describe('prices are the server’s', () => {
  test('prices, totals and discounts sent with a line are ignored', async () => {
    const cart = await createCart(server);
    const response = await server.send<Cart>(`/api/carts/${cart.id}/lines`, {
      variantId: mug,
      quantity: 2,
      price: 1,
      unitPrice: { amount: 1, currency: 'USD' },
      total: { amount: 2, currency: 'USD' },
      discount: 100,
    });
    assert.equal(response.status, 200);
    assert.equal(response.body.lines[0]?.unitPrice.amount, 1500);
    assert.equal(response.body.totals.total.amount, 3000);
  });

  test('checkout ignores client totals and charges what the server computed', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    const response = await placeOrder(server, {
      ...orderBody(server, cart.id),
      total: 1,
      totals: { total: { amount: 1 } },
    } as never);
    assert.equal(response.status, 201, response.text);
    // $15.00 + standard $4.99, plus New York tax on both: 1999 × 0.08875 = 177.41
    assert.equal(response.body.order.totals.total.amount, 1999 + 177);
  });
});

describe('quantities', () => {
  const bad: [string, unknown][] = [
    ['negative', -1],
    ['zero', 0],
    ['fractional', 1.5],
    ['huge', 1000],
    ['enormous', 1e300],
    ['a string', '2'],
    ['null', null],
    ['an object', { valueOf: 2 }],
    ['missing', undefined],
  ];
  for (const [what, quantity] of bad) {
    test(`${what} is 400 validation_failed on quantity`, async () => {
      const cart = await createCart(server);
      const add = await server.send<ErrorJson>(`/api/carts/${cart.id}/lines`, { variantId: mug, quantity });
      assert.equal(add.status, 400, add.text);
      assert.equal(add.body.error.code, 'validation_failed');
      assert.deepEqual(issuePaths(add.body), ['quantity']);
      const filled = await addLine(server, cart.id, mug, 1);
      const patch = await server.send<ErrorJson>(
        `/api/carts/${cart.id}/lines/${filled.lines[0]?.id}`,
        { quantity },
        { method: 'PATCH' },
      );
      assert.equal(patch.status, 400, patch.text);
      assert.deepEqual(issuePaths(patch.body), ['quantity']);
    });
  }

  test('an absurd quantity gets one message, with the ceiling of its kind of line', async () => {
    const cart = await createCart(server);
    const add = await server.send<ErrorJson>(`/api/carts/${cart.id}/lines`, { variantId: mug, quantity: 1e9 });
    assert.equal(add.status, 400);
    assert.deepEqual(add.body.error.details?.issues, [
      { path: 'quantity', message: 'Too big: expected number to be <=999' },
    ]);
  });

  test('quantities that add up past 999 in one line are refused', async () => {
    const sticker = await variantId(server, 'sticker-1');
    server.sqlite.prepare('UPDATE variants SET stocked = 5000 WHERE id = ?').run(sticker);
    const cart = await createCart(server);
    await addLine(server, cart.id, sticker, 999);
    const over = await server.send<ErrorJson>(`/api/carts/${cart.id}/lines`, { variantId: sticker, quantity: 1 });
    assert.equal(over.status, 400);
    assert.deepEqual(issuePaths(over.body), ['quantity']);
    server.sqlite.prepare('UPDATE variants SET stocked = 20 WHERE id = ?').run(sticker);
  });
});

describe('ids', () => {
  test('an unknown variant is 404 not_found naming it; an absurd one is 400', async () => {
    const cart = await createCart(server);
    const unknown = await server.send<ErrorJson>(`/api/carts/${cart.id}/lines`, {
      variantId: 'var_doesnotexist00',
      quantity: 1,
    });
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body.error.details, { variantId: 'var_doesnotexist00' });
    for (const variantId of ['', 'x'.repeat(65), 42, null]) {
      const response = await server.send<ErrorJson>(`/api/carts/${cart.id}/lines`, { variantId, quantity: 1 });
      assert.equal(response.status, 400, JSON.stringify(variantId));
      assert.deepEqual(issuePaths(response.body), ['variantId']);
    }
  });

  test("another cart's line cannot be changed through my cart", async () => {
    const mine = await cartWith(server, [['lantern-mug', 1]]);
    const theirs = await cartWith(server, [['tea-towel', 1]]);
    const theirLine = theirs.lines[0]?.id;
    const patch = await server.send<ErrorJson>(
      `/api/carts/${mine.id}/lines/${theirLine}`,
      { quantity: 3 },
      { method: 'PATCH' },
    );
    assert.equal(patch.status, 404);
    const remove = await server.get<ErrorJson>(`/api/carts/${mine.id}/lines/${theirLine}`, { method: 'DELETE' });
    assert.equal(remove.status, 404);
    assert.equal((await server.get<Cart>(`/api/carts/${theirs.id}`)).body.lines[0]?.quantity, 1);
  });

  test('checking out a cart that does not exist is cart_not_found', async () => {
    const response = await placeOrder(server, orderBody(server, 'cart_aaaaaaaaaaaaaaaaaaaaaaaaaa'));
    assert.equal(response.status, 404);
    assert.equal((response.body as unknown as ErrorJson).error.code, 'cart_not_found');
  });
});

describe('bodies', () => {
  test('not JSON, the wrong type, a wrong shape: 415 or 400, never 500', async () => {
    const cart = await createCart(server);
    const url = `/api/carts/${cart.id}/lines`;
    const notJson = await server.get<ErrorJson>(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"variantId":',
    });
    assert.equal(notJson.body.error.code, 'invalid_json');
    const text = await server.get<ErrorJson>(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    assert.equal(text.status, 415);
    for (const body of ['[]', 'null', '"x"', '1', '{"variantId":{"$gt":""},"quantity":1}']) {
      const response = await server.get<ErrorJson>(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      assert.equal(response.status, 400, body);
    }
  });

  test('destination fields are checked: a country is two capitals, a region is short', async () => {
    const cart = await createCart(server);
    for (const body of [{ country: 'usa' }, { country: 'us' }, { region: 'x'.repeat(81) }, { shippingMethod: 5 }]) {
      const response = await server.send<ErrorJson>(`/api/carts/${cart.id}`, body, { method: 'PATCH' });
      assert.equal(response.status, 400, JSON.stringify(body));
    }
    const create = await server.send<ErrorJson>('/api/carts', { country: 'Germany' });
    assert.deepEqual(issuePaths(create.body), ['country']);
  });

  test('checkout bodies: bad email, address, return URL, Idempotency-Key', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    const cases: [object, string][] = [
      [{ email: 'not-an-email' }, 'email'],
      [{ shippingAddress: { name: 'A' } }, 'shippingAddress.line1'],
      [
        { shippingAddress: { ...orderBody(server, cart.id).shippingAddress, country: 'usa' } },
        'shippingAddress.country',
      ],
      [{ returnUrl: 'not a url' }, 'returnUrl'],
      [{ shippingMethod: '' }, 'shippingMethod'],
    ];
    for (const [override, field] of cases) {
      const response = await placeOrder(server, { ...orderBody(server, cart.id), ...override });
      assert.equal(response.status, 400, JSON.stringify(override));
      assert.ok(issuePaths(response.body as unknown as ErrorJson).includes(field), `${field}: ${response.text}`);
    }
    const badKey = await placeOrder(server, orderBody(server, cart.id), 'spaces are not allowed');
    assert.deepEqual(issuePaths(badKey.body as unknown as ErrorJson), ['Idempotency-Key']);
  });

  test('a US address must name its state, because tax depends on it', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    const { region: _region, ...noRegion } = orderBody(server, cart.id).shippingAddress;
    const response = await placeOrder(server, { ...orderBody(server, cart.id), shippingAddress: noRegion });
    assert.equal(response.status, 400);
    assert.deepEqual(issuePaths(response.body as unknown as ErrorJson), ['shippingAddress.region']);
  });

  test('a return URL elsewhere is return_url_not_allowed, whatever its scheme', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    for (const returnUrl of [
      'https://evil.example.net/thanks',
      'javascript:alert(1)//',
      'ftp://127.0.0.1/x',
      'data:text/html,hi',
    ]) {
      const response = await placeOrder(server, orderBody(server, cart.id, { returnUrl }));
      assert.ok(response.status === 400, `${returnUrl}: ${response.status}`);
      const code = (response.body as unknown as ErrorJson).error.code;
      assert.ok(code === 'return_url_not_allowed' || code === 'validation_failed', `${returnUrl}: ${code}`);
    }
    assert.equal((await checkout(server, cart.id)).order.paymentStatus, 'pending', 'the cart was left untouched');
  });
});

describe('orders are private', () => {
  test('a missing, wrong or other order’s token is 404, as for an order that does not exist', async () => {
    const first = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const second = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id);
    const id = first.order.id;
    for (const query of [
      '',
      '?token=',
      '?token=oat_wrong',
      `?token=${second.accessToken}`,
      '?token=sig_forged',
      `?token=${'x'.repeat(201)}`,
    ]) {
      const response = await server.get<ErrorJson>(`/api/orders/${id}${query}`);
      assert.ok(response.status === 404 || response.status === 400, `${query}: ${response.status}`);
      if (response.status === 404) assert.equal(response.body.error.code, 'not_found');
    }
    const unknown = await server.get<ErrorJson>(`/api/orders/ord_unknown00000000?token=${first.accessToken}`);
    assert.deepEqual(unknown.body, (await server.get<ErrorJson>(`/api/orders/${id}?token=oat_wrong`)).body);
    assert.equal((await server.get(`/api/orders/${id}?token=${first.accessToken}`)).status, 200);
  });
});

describe('odd paths and ids', () => {
  test('none of them is a 500', async () => {
    const cart = await createCart(server);
    const requests: [string, string, unknown?][] = [
      ['GET', '/api/carts/%'],
      ['GET', '/api/carts/%E0%A4'],
      ['GET', `/api/carts/${cart.id}%00`],
      ['PATCH', `/api/carts/${cart.id}/lines/%`, { quantity: 1 }],
      ['DELETE', `/api/carts/${cart.id}/lines/${'x'.repeat(500)}`],
      ['PUT', `/api/carts/${cart.id}/discount`, { code: '%%%\u0000' }],
      ['PUT', `/api/carts/${cart.id}/discount`, { code: 'x'.repeat(65) }],
      ['GET', '/api/orders/%?token=x'],
      ['GET', `/api/orders/${'x'.repeat(500)}?token=x`],
      ['POST', '/api/orders/ord_x/payment?token=x', { returnUrl: `${server.url}/` }],
      ['POST', '/api/orders/ord_x/payment', { returnUrl: 5 }],
      ['GET', '/pay/test/%'],
      ['GET', `/pay/test/${'x'.repeat(500)}`],
      ['POST', '/pay/test/tgs_x/approve'],
      ['POST', '/api/webhooks/stripe', { id: 'evt_1' }],
    ];
    for (const [method, path, body] of requests) {
      const response =
        body === undefined ? await server.get(path, { method }) : await server.send(path, body, { method });
      assert.ok(
        response.status >= 400 && response.status < 500,
        `${method} ${path}: ${response.status} ${response.text.slice(0, 200)}`,
      );
    }
  });
});
