import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OutOfStockError } from '../../carts/errors.ts';
import { DiscountUsedUpError } from '../../discounts/errors.ts';
import { cartWith, stockOf, variantId, US_ADDRESS } from '../../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../../test-support/server.ts';
import { newId } from '../ids.ts';
import type { NewOrder } from '../orders.ts';

/**
 * The order transactions themselves, called as a request does after its checks, but with figures read
 * before another request took the units or the code: only the conditional updates stand in the way.
 * (Over HTTP, one process runs each request's SQLite calls in one go, so those checks alone pass.)
 */
let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** An order for a fresh cart of one line, as place-order.ts would build it from a (stale) read. */
async function staleOrder(handle: string, quantity: number, discount: NewOrder['discount'] = null): Promise<NewOrder> {
  const cart = await cartWith(server, [[handle, 1]]);
  const { version } = server.sqlite.prepare('SELECT version FROM carts WHERE id = ?').get(cart.id) as {
    version: number;
  };
  const variant = await variantId(server, handle);
  const now = new Date().toISOString();
  return {
    id: newId('ord'),
    email: 'ada@example.com',
    userId: null,
    cartId: cart.id,
    cartVersion: version,
    currency: 'USD',
    lines: [
      {
        id: newId('oli'),
        productId: 'prod_x',
        variantId: variant,
        kind: 'standard',
        title: handle,
        variantTitle: 'Default',
        sku: 'SKU',
        image: null,
        unitPrice: 1000,
        quantity,
        total: 1000 * quantity,
        sticker: null,
      },
    ],
    totals: { subtotal: 1000 * quantity, discount: 0, shipping: 0, tax: 0, total: 1000 * quantity, taxIncluded: false },
    discount,
    shippingMethod: { id: 'ship_us_standard', name: 'Standard' },
    shippingAddress: US_ADDRESS,
    accessTokenHash: 'x'.repeat(64),
    reservationExpiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    createdAt: now,
    idempotency: null,
  };
}

const orderCount = (cartId: string) =>
  (server.sqlite.prepare('SELECT count(*) AS n FROM orders WHERE cart_id = ?').get(cartId) as { n: number }).n;

describe('placing an order from a stale read', () => {
  test('asks for more units than are left: refused by the reservation itself, and nothing is kept', async () => {
    const clock = await variantId(server, 'wall-clock');
    server.sqlite.prepare('UPDATE variants SET stocked = reserved + 2 WHERE id = ?').run(clock);
    const before = stockOf(server, clock);
    // The pre-check read 3 available; another order took one since.
    const order = await staleOrder('wall-clock', 3);
    await assert.rejects(server.data.orders.placeOrder(order), OutOfStockError);
    assert.deepEqual(stockOf(server, clock), before);
    assert.equal(orderCount(order.cartId), 0);
  });

  test('uses a code whose last use another order took: refused by the usage count itself', async () => {
    const code = server.sqlite.prepare("SELECT id, usage_limit FROM discount_codes WHERE code = 'ONEOFF15'").get() as {
      id: string;
      usage_limit: number;
    };
    server.sqlite.prepare('UPDATE discount_codes SET times_used = usage_limit WHERE id = ?').run(code.id);
    const snapshot = {
      code: 'ONEOFF15',
      kind: 'percentage' as const,
      description: '15% off',
      amount: { amount: 0, currency: 'USD' },
    };
    const order = await staleOrder('tea-towel', 1, { snapshot, codeId: code.id, customer: null });
    try {
      await assert.rejects(server.data.orders.placeOrder(order), DiscountUsedUpError);
      assert.equal(
        (server.sqlite.prepare('SELECT times_used AS n FROM discount_codes WHERE id = ?').get(code.id) as { n: number })
          .n,
        code.usage_limit,
      );
      assert.equal(orderCount(order.cartId), 0);
    } finally {
      server.sqlite.prepare('UPDATE discount_codes SET times_used = 0 WHERE id = ?').run(code.id);
    }
  });
});
