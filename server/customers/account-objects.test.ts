import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  AccountCart,
  AccountOrder,
  AccountOrderList,
  CheckoutResult,
  SavedAddress,
  SavedAddressList,
} from '../../sdk/schemas/index.ts';
import { bearer, testClock } from '../accounts/test-support/users.ts';
import { adminAuth, shipped } from '../shipments/test-support/ship.ts';
import { cartWith, checkout, orderBody, payWithTestGateway, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { mailedToken, PASSWORD, signUpBody, verifiedCustomer } from './test-support/customers.ts';

const clock = testClock(Date.now());
let server: TestServer;
let ada: string;
let bob: string;
let adaOrder: CheckoutResult;
let adaAddressId: string;
before(async () => {
  server = await startTestServer({ start: { now: clock.now } });
  ada = (await verifiedCustomer(server, 'ada@example.com')).token;
  bob = (await verifiedCustomer(server, 'bob@example.com')).token;
  const cart = await cartWith(server, [['lantern-mug', 1]]);
  const placed = await server.send<CheckoutResult>(
    '/api/orders',
    orderBody(server, cart.id, { email: 'ada@example.com' }),
    bearer(ada),
  );
  assert.equal(placed.status, 201, placed.text);
  adaOrder = placed.body;
  await payWithTestGateway(adaOrder, 'approve');
  const addresses = await server.get<SavedAddressList>('/api/account/addresses', bearer(ada));
  adaAddressId = addresses.body.items[0]?.id ?? '';
});
after(() => server.close());

/** Every route of the account with a path naming one of Ada's objects. */
const accountRoutes = (): [string, string, unknown?][] => [
  ['GET', '/api/account'],
  ['PATCH', '/api/account', { name: 'X' }],
  ['DELETE', '/api/account', { password: PASSWORD }],
  ['PUT', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'another long one' }],
  ['GET', '/api/account/addresses'],
  ['POST', '/api/account/addresses', { address: signUpBody('x@example.com').address }],
  ['PUT', `/api/account/addresses/${adaAddressId}`, { address: signUpBody('x@example.com').address }],
  ['DELETE', `/api/account/addresses/${adaAddressId}`],
  ['POST', '/api/account/cart', { cartId: null }],
  ['GET', '/api/account/orders'],
  ['GET', `/api/account/orders/${adaOrder.order.id}`],
  ['GET', `/api/account/orders/${adaOrder.order.id}/invoice`],
  ['POST', '/api/account/verification/send', {}],
];

function call(method: string, path: string, body: unknown, token?: string) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return body === undefined
    ? server.get<ErrorJson>(path, { method, headers })
    : server.send<ErrorJson>(path, body, { method, headers });
}

describe('every account route', () => {
  test('without a token, with a garbage one and with a revoked one is 401', async () => {
    const revoked = (await verifiedCustomer(server, 'gone@example.com')).token;
    assert.equal((await call('DELETE', '/api/sessions/current', undefined, revoked)).status, 204);
    for (const [method, path, body] of accountRoutes()) {
      for (const token of [undefined, 'sst_garbage', revoked]) {
        const response = await call(method, path, body, token);
        assert.equal(response.status, 401, `${method} ${path} with ${token ?? 'no token'}: ${response.text}`);
        assert.equal(response.body.error.code, 'unauthorized');
      }
    }
  });

  test("another customer's order, invoice and address answer 404, and nothing of Ada's changes", async () => {
    for (const [method, path, body] of accountRoutes().filter(([, path]) =>
      /orders\/ord_|addresses\/adr_/.test(path),
    )) {
      const response = await call(method, path, body, bob);
      assert.equal(response.status, 404, `${method} ${path}: ${response.text}`);
      assert.equal(response.body.error.code, 'not_found');
    }
    const still = await server.get<SavedAddressList>('/api/account/addresses', bearer(ada));
    assert.deepEqual(
      still.body.items.map((item) => item.id),
      [adaAddressId],
    );
    const bobs = await server.get<AccountOrderList>('/api/account/orders', bearer(bob));
    assert.deepEqual(bobs.body.items, []);
  });

  test('an expired session is 401 on every route', async () => {
    const { token } = await verifiedCustomer(server, 'expiring@example.com');
    clock.advance(30 * 24 * 60 * 60 * 1000 + 1000);
    try {
      for (const [method, path, body] of accountRoutes()) {
        const response = await call(method, path, body, token);
        assert.equal(response.status, 401, `${method} ${path}`);
      }
    } finally {
      // Ada's and Bob's sessions were made at the same start: sign them in again for the tests that follow.
      ada = (await server.send<{ token: string }>('/api/sessions', { email: 'ada@example.com', password: PASSWORD }))
        .body.token;
      bob = (await server.send<{ token: string }>('/api/sessions', { email: 'bob@example.com', password: PASSWORD }))
        .body.token;
    }
  });
});

describe('address book', () => {
  test('add, edit, choose the default, remove; addresses are checked like at checkout', async () => {
    const address = { ...signUpBody('x@example.com').address, name: 'Ada at work', line1: '1 Office Park' };
    const added = await server.send<SavedAddress>(
      '/api/account/addresses',
      { address },
      { method: 'POST', ...bearer(ada) },
    );
    assert.equal(added.status, 201, added.text);
    assert.equal(added.body.isDefault, false);
    const made = await server.send<SavedAddress>(
      `/api/account/addresses/${added.body.id}`,
      { address: { ...address, region: 'new york' }, isDefault: true },
      { method: 'PUT', ...bearer(ada) },
    );
    assert.equal(made.status, 200, made.text);
    assert.deepEqual([made.body.isDefault, made.body.address.region], [true, 'NY']);
    let book = await server.get<SavedAddressList>('/api/account/addresses', bearer(ada));
    assert.deepEqual(
      book.body.items.map((item) => [item.id, item.isDefault]),
      [
        [adaAddressId, false],
        [added.body.id, true],
      ],
    );

    const invalid = await server.send<ErrorJson>(
      '/api/account/addresses',
      { address: { ...address, region: 'Atlantis' } },
      { method: 'POST', ...bearer(ada) },
    );
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error.code, 'validation_failed');

    assert.equal(
      (await server.get(`/api/account/addresses/${added.body.id}`, { method: 'DELETE', ...bearer(ada) })).status,
      204,
    );
    book = await server.get<SavedAddressList>('/api/account/addresses', bearer(ada));
    assert.deepEqual(
      book.body.items.map((item) => [item.id, item.isDefault]),
      [[adaAddressId, true]],
      'the remaining address is the default',
    );
  });
});

describe('orders', () => {
  test('the order placed while signed in is in the history with its invoice, and its detail opens', async () => {
    const list = await server.get<AccountOrderList>('/api/account/orders', bearer(ada));
    assert.equal(list.status, 200, list.text);
    assert.equal(list.headers.get('cache-control'), 'no-store');
    const [item] = list.body.items;
    assert.equal(item?.id, adaOrder.order.id);
    assert.equal(item?.paymentStatus, 'paid');
    assert.match(item?.invoice?.number ?? '', /^INV-\d{4}-\d{6}$/);
    const detail = await server.get<AccountOrder>(`/api/account/orders/${adaOrder.order.id}`, bearer(ada));
    assert.equal(detail.status, 200, detail.text);
    assert.deepEqual(
      [detail.body.number, detail.body.lines.length, detail.body.invoice?.number],
      [adaOrder.order.number, 1, item?.invoice?.number],
    );
    assert.deepEqual(detail.body.shipments, []);

    // Once the owner ships it, the detail carries the parcel with its tracking.
    const [line] = detail.body.lines;
    await shipped(server, await adminAuth(server), adaOrder.order.id, {
      carrier: 'ups',
      trackingNumber: '1Z999AA10123456784',
      lines: [{ lineId: line?.id ?? '', quantity: line?.quantity ?? 1 }],
    });
    const tracked = await server.get<AccountOrder>(`/api/account/orders/${adaOrder.order.id}`, bearer(ada));
    assert.deepEqual(
      tracked.body.shipments.map((shipment) => [shipment.carrier, shipment.trackingNumber, shipment.status]),
      [['ups', '1Z999AA10123456784', 'pre_transit']],
    );
    assert.equal(tracked.body.fulfillmentStatus, 'shipped');
  });

  test('guest orders with the email join the account only once the email is verified; paging is newest first', async () => {
    const guestOrders: string[] = [];
    for (let index = 0; index < 3; index++) {
      const cart = await cartWith(server, [['tea-towel', 1]]);
      guestOrders.push((await checkout(server, cart.id, { email: 'Grace@Example.com' })).order.id);
      clock.advance(1000);
    }
    await server.send('/api/accounts', signUpBody('grace@example.com'));
    const token = (
      await server.send<{ token: string }>('/api/sessions', { email: 'grace@example.com', password: PASSWORD })
    ).body.token;
    const before = await server.get<AccountOrderList>('/api/account/orders', bearer(token));
    assert.deepEqual(before.body.items, [], 'not before the email is verified');
    assert.equal((await server.get(`/api/account/orders/${guestOrders[0]}`, bearer(token))).status, 404);

    const link = await mailedToken(server, 'grace@example.com', 'storelet_verify');
    assert.equal((await server.send('/api/account/verification', { token: link })).status, 200);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: AccountOrderList } = await server.get<AccountOrderList>(
        `/api/account/orders?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        bearer(token),
      );
      seen.push(...page.body.items.map((order) => order.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, [...guestOrders].reverse());
    const bad = await server.get<ErrorJson>('/api/account/orders?cursor=abc', bearer(token));
    assert.equal(bad.status, 400);
  });
});

describe('the cart at sign-in', () => {
  test('the guest cart becomes the customer’s, taking in the account’s cart with stock rules kept', async () => {
    const { token } = await verifiedCustomer(server, 'carts@example.com');
    const lamp = await variantId(server, 'low-stock-lamp');
    // On another device the customer had 2 lamps and a mug.
    const earlier = await cartWith(server, [
      ['low-stock-lamp', 2],
      ['lantern-mug', 1],
    ]);
    assert.equal(
      (await server.send<AccountCart>('/api/account/cart', { cartId: earlier.id }, bearer(token))).body.cart?.id,
      earlier.id,
    );
    // As a guest on this one: 2 more lamps (3 in stock) and a towel.
    const guest = await cartWith(server, [
      ['low-stock-lamp', 2],
      ['tea-towel', 1],
    ]);
    const claimed = await server.send<AccountCart>('/api/account/cart', { cartId: guest.id }, bearer(token));
    assert.equal(claimed.status, 200, claimed.text);
    const cart = claimed.body.cart;
    assert.equal(cart?.id, guest.id);
    const quantities = Object.fromEntries(
      cart?.lines.map((line) => [line.variantId === lamp ? 'lamp' : line.title, line.quantity]) ?? [],
    );
    assert.deepEqual(quantities, { lamp: 3, 'Tea Towel': 1, 'Lantern Mug': 1 });
    assert.ok(
      cart?.notices.some((notice) => notice.code === 'quantity_reduced'),
      'the lamps were lowered to the stock, saying so',
    );
    assert.equal((await server.get(`/api/carts/${earlier.id}`)).status, 404, 'the old cart is gone');
    // Another device signing in with no cart gets it back.
    const elsewhere = await server.send<AccountCart>('/api/account/cart', { cartId: null }, bearer(token));
    assert.equal(elsewhere.body.cart?.id, guest.id);
    // Another customer cannot take it.
    const stolen = await server.send<AccountCart>('/api/account/cart', { cartId: guest.id }, bearer(bob));
    assert.equal(stolen.body.cart, null);
  });
});

describe('deleting an account', () => {
  test('keeps its orders for the books, without the account', async () => {
    const { token } = await verifiedCustomer(server, 'books@example.com');
    const cart = await cartWith(server, [['wall-clock', 1]]);
    const placed = await server.send<CheckoutResult>(
      '/api/orders',
      orderBody(server, cart.id, { email: 'books@example.com' }),
      bearer(token),
    );
    assert.equal(placed.status, 201);
    assert.equal(
      (await server.send('/api/account', { password: PASSWORD }, { method: 'DELETE', ...bearer(token) })).status,
      204,
    );
    const row = server.sqlite.prepare('SELECT email, user_id FROM orders WHERE id = ?').get(placed.body.order.id);
    assert.deepEqual(row, { email: 'books@example.com', user_id: null });
  });
});
