import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Cart as CartSchema, type Cart } from '../../sdk/schemas/index.ts';
import { addLine, cartWith, checkout, createCart, orderBody, placeOrder, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const path = (cartId: string, rest = '') => `/api/carts/${cartId}${rest}`;

function assertWireCart(cart: unknown): asserts cart is Cart {
  const parsed = CartSchema.safeParse(cart);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
}

describe('create and read', () => {
  test('a new cart: an unguessable id, empty, in the store currency, private to caches', async () => {
    const response = await server.send<Cart>('/api/carts', {});
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const cart = response.body;
    assertWireCart(cart);
    assert.match(cart.id, /^cart_[0-9a-z]{26}$/);
    assert.deepEqual(
      {
        lines: cart.lines,
        itemCount: cart.itemCount,
        currency: cart.currency,
        discount: cart.discount,
        country: cart.country,
        notices: cart.notices,
      },
      { lines: [], itemCount: 0, currency: 'USD', discount: null, country: null, notices: [] },
    );
    const read = await server.get<Cart>(path(cart.id));
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, cart);
  });

  test('a country given at creation prices shipping from the start', async () => {
    const cart = await createCart(server, { country: 'US' });
    assert.equal(cart.country, 'US');
    const filled = await addLine(server, cart.id, await variantId(server, 'lantern-mug'), 1);
    assert.equal(filled.shippingMethod, 'ship_us_standard');
    assertWireCart(filled);
  });

  test('unknown, malformed and foreign-looking ids are all cart_not_found', async () => {
    for (const id of [
      'cart_00000000000000000000000000',
      'cart_short',
      'nope',
      'cart_%27%20OR%201%3D1',
      'x'.repeat(300),
    ]) {
      const response = await server.get<ErrorJson>(path(id));
      assert.equal(response.status, 404, id);
      assert.equal(response.body.error.code, 'cart_not_found', id);
    }
  });

  test('every change to a cart that does not exist is cart_not_found, with a valid body', async () => {
    const missing = 'cart_00000000000000000000000000';
    const mug = await variantId(server, 'lantern-mug');
    const changes: [string, string, object | undefined][] = [
      ['PATCH', '', { country: 'US' }],
      ['POST', '/lines', { variantId: mug, quantity: 1 }],
      ['PATCH', '/lines/line_x', { quantity: 2 }],
      ['DELETE', '/lines/line_x', undefined],
      ['PUT', '/discount', { code: 'SAVE5' }],
      ['DELETE', '/discount', undefined],
    ];
    for (const [method, rest, body] of changes) {
      const response = body
        ? await server.send<ErrorJson>(path(missing, rest), body, { method })
        : await server.get<ErrorJson>(path(missing, rest), { method });
      assert.equal(response.status, 404, `${method} ${rest}`);
      assert.equal(response.body.error.code, 'cart_not_found', `${method} ${rest}`);
    }
  });
});

describe('lines', () => {
  test('adding the same variant again adds to its quantity', async () => {
    const mug = await variantId(server, 'lantern-mug');
    const cart = await createCart(server);
    await addLine(server, cart.id, mug, 2);
    const again = await addLine(server, cart.id, mug, 3);
    assert.equal(again.lines.length, 1);
    assert.equal(again.lines[0]?.quantity, 5);
    assert.equal(again.itemCount, 5);
  });

  test('lines keep the order they were added in, with product details from the catalog', async () => {
    const cart = await cartWith(server, [
      ['tea-towel', 1],
      ['lantern-mug', 1],
      ['canvas-tote', 1],
    ]);
    assert.deepEqual(
      cart.lines.map((line) => line.productHandle),
      ['tea-towel', 'lantern-mug', 'canvas-tote'],
    );
    const [towel, , tote] = cart.lines;
    assert.equal(towel?.title, 'Tea Towel');
    assert.equal(towel?.variantTitle, 'Default');
    assert.equal(towel?.kind, 'standard');
    assert.equal(towel?.available, 20);
    assert.match(towel?.image?.url ?? '', /^\/media\/seed\/tea-towel-1\.svg$/);
    assert.equal(tote?.image, null);
  });

  test('changing a quantity and removing a line', async () => {
    const cart = await cartWith(server, [
      ['lantern-mug', 1],
      ['tea-towel', 1],
    ]);
    const [mug, towel] = cart.lines;
    assert.ok(mug && towel);
    const changed = await server.send<Cart>(path(cart.id, `/lines/${mug.id}`), { quantity: 4 }, { method: 'PATCH' });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.lines[0]?.quantity, 4);
    assert.equal(changed.body.totals.subtotal.amount, 4 * 1500 + 1200);
    const removed = await server.get<Cart>(path(cart.id, `/lines/${towel.id}`), { method: 'DELETE' });
    assert.equal(removed.status, 200);
    assert.deepEqual(
      removed.body.lines.map((line) => line.id),
      [mug.id],
    );
    const gone = await server.get<ErrorJson>(path(cart.id, `/lines/${towel.id}`), { method: 'DELETE' });
    assert.equal(gone.status, 404);
    assert.equal(gone.body.error.code, 'not_found');
  });

  test('a quantity above the stock is 409 out_of_stock with what is available', async () => {
    const lamp = await variantId(server, 'low-stock-lamp');
    const cart = await createCart(server);
    const tooMany = await server.send<ErrorJson>(path(cart.id, '/lines'), { variantId: lamp, quantity: 4 });
    assert.equal(tooMany.status, 409);
    assert.deepEqual(tooMany.body.error, {
      code: 'out_of_stock',
      message: 'Only 3 of this item are available.',
      details: { variantId: lamp, available: 3 },
    });
    const three = await addLine(server, cart.id, lamp, 3);
    assert.equal(three.lines[0]?.available, 3);
    const oneMore = await server.send<ErrorJson>(path(cart.id, '/lines'), { variantId: lamp, quantity: 1 });
    assert.equal(oneMore.body.error.code, 'out_of_stock');
    const patch = await server.send<ErrorJson>(
      path(cart.id, `/lines/${three.lines[0]?.id}`),
      { quantity: 5 },
      { method: 'PATCH' },
    );
    assert.deepEqual(patch.body.error.details, { variantId: lamp, available: 3 });
    const soldOut = await server.send<ErrorJson>(path(cart.id, '/lines'), {
      variantId: await variantId(server, 'sold-out-vase'),
      quantity: 1,
    });
    assert.equal(soldOut.body.error.message, 'This item is sold out.');
  });

  test('when stock drops, the cart lowers or removes lines and says so', async () => {
    const cart = await cartWith(server, [
      ['wall-clock', 5],
      ['cafe-apron', 2],
    ]);
    const [clock, apron] = cart.lines;
    assert.ok(clock && apron);
    server.sqlite.prepare('UPDATE variants SET stocked = reserved + 2 WHERE id = ?').run(clock.variantId);
    server.sqlite.prepare('UPDATE variants SET stocked = reserved WHERE id = ?').run(apron.variantId);
    const read = await server.get<Cart>(path(cart.id));
    assert.deepEqual(
      read.body.lines.map((line) => [line.id, line.quantity, line.available]),
      [[clock.id, 2, 2]],
    );
    assert.deepEqual(read.body.notices, [
      { code: 'quantity_reduced', message: 'Only 2 of Wall Clock left: the quantity was lowered.', lineId: clock.id },
      { code: 'line_removed', message: 'Café Apron sold out and was removed from the cart.', lineId: apron.id },
    ]);
    const again = await server.get<Cart>(path(cart.id));
    assert.deepEqual(again.body.notices, [], 'a notice is said once');
    server.sqlite.prepare('UPDATE variants SET stocked = 20 WHERE id IN (?, ?)').run(clock.variantId, apron.variantId);
  });
});

describe('a checked-out cart', () => {
  test('reads as it was, refuses changes with the order id, and refuses a second order', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    const { order } = await checkout(server, cart.id);
    const read = await server.get<Cart>(path(cart.id));
    assert.equal(read.status, 200);
    assert.equal(read.body.lines.length, 1);
    assert.deepEqual(
      read.body.notices.map((notice) => notice.code),
      ['cart_completed'],
    );

    const mug = await variantId(server, 'lantern-mug');
    const changes: [string, string, object | undefined][] = [
      ['POST', '/lines', { variantId: mug, quantity: 1 }],
      ['PATCH', `/lines/${read.body.lines[0]?.id}`, { quantity: 2 }],
      ['DELETE', `/lines/${read.body.lines[0]?.id}`, undefined],
      ['PUT', '/discount', { code: 'SAVE5' }],
      ['DELETE', '/discount', undefined],
      ['PATCH', '', { country: 'DE' }],
    ];
    for (const [method, rest, body] of changes) {
      const response = body
        ? await server.send<ErrorJson>(path(cart.id, rest), body, { method })
        : await server.get<ErrorJson>(path(cart.id, rest), { method });
      assert.equal(response.status, 409, `${method} ${rest}`);
      assert.deepEqual(response.body.error.details, { orderId: order.id }, `${method} ${rest}`);
    }
    const second = await placeOrder(server, orderBody(server, cart.id));
    assert.equal(second.status, 409);
    assert.deepEqual((second.body as unknown as ErrorJson).error, {
      code: 'cart_completed',
      message: 'This cart has already been checked out, perhaps in another tab, and can no longer change.',
      details: { orderId: order.id },
    });
  });
});
