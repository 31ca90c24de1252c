import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  AdminProduct,
  LowStockList,
  Product,
  StockChangeResult,
  StockMovementList,
} from '../../../sdk/schemas/index.ts';
import { StockChangeResult as StockChangeResultSchema } from '../../../sdk/schemas/index.ts';
import { addLine, createCart, placeOrder, orderBody, stockOf } from '../../test-support/checkout.ts';
import type { ErrorJson } from '../../test-support/server.ts';
import { startAdminTestServer, type AdminTestServer } from './test-support/admin-server.ts';

let t: AdminTestServer;

before(async () => {
  t = await startAdminTestServer();
});
after(() => t.server.close());

const stockPath = (variantId: string) => `/api/admin/variants/${variantId}/stock`;
const publicAvailable = async (handle: string) =>
  (await t.server.get<Product>(`/api/products/${handle}`)).body.variants[0]?.stock.available;

describe('changing stock by hand', () => {
  test('parallel adjustments add up exactly, each in the ledger with who and why', async () => {
    const mug = await t.product('lantern-mug');
    const variantId = mug.variants[0]!.id;
    const start = stockOf(t.server, variantId).stocked;
    const deltas = Array.from({ length: 40 }, (_, index) => (index % 4 === 0 ? -1 : 3));
    const answers = await Promise.all(
      deltas.map((delta) =>
        t.write<StockChangeResult>('POST', stockPath(variantId), {
          delta,
          reason: delta > 0 ? 'received' : 'damaged',
        }),
      ),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      deltas.map(() => 200),
    );
    const total = deltas.reduce((sum, delta) => sum + delta, 0);
    assert.equal(stockOf(t.server, variantId).stocked, start + total);
    const afters = answers.map((answer) => StockChangeResultSchema.parse(answer.body).movement.stockedAfter);
    assert.equal(new Set(afters).size, deltas.length, 'each change saw the stock its predecessor left');

    const ledger = await t.server.get<StockMovementList>(
      `/api/admin/variants/${variantId}/stock-movements?limit=100`,
      t.admin,
    );
    assert.equal(ledger.body.items.length, deltas.length);
    assert.equal(
      ledger.body.items.reduce((sum, movement) => sum + movement.delta, 0),
      total,
    );
    const newest = ledger.body.items[0]!;
    assert.deepEqual(newest.actor.email, 'owner@example.com');
    assert.equal(newest.stockedAfter, start + total);
    const page = await t.server.get<StockMovementList>(
      `/api/admin/variants/${variantId}/stock-movements?limit=30`,
      t.admin,
    );
    const rest = await t.server.get<StockMovementList>(
      `/api/admin/variants/${variantId}/stock-movements?limit=30&cursor=${page.body.nextCursor}`,
      t.admin,
    );
    assert.deepEqual(
      [...page.body.items, ...rest.body.items].map((movement) => movement.id),
      ledger.body.items.map((movement) => movement.id),
    );
    assert.equal(rest.body.nextCursor, null);
  });

  test('never below zero: a change taking more than is on hand is refused and changes nothing', async () => {
    const vase = (await t.product('sold-out-vase')).variants[0]!;
    const refused = await t.write<ErrorJson>('POST', stockPath(vase.id), { delta: -1, reason: 'damaged' });
    assert.deepEqual([refused.status, refused.body.error.code], [409, 'stock_below_zero']);
    assert.deepEqual(refused.body.error.details, { stocked: 0, delta: -1 });
    assert.equal(stockOf(t.server, vase.id).stocked, 0);
    const ledger = await t.server.get<StockMovementList>(`/api/admin/variants/${vase.id}/stock-movements`, t.admin);
    assert.deepEqual(ledger.body.items, []);
  });

  test('a count sets the units on hand from the version counted at; a stale count is refused', async () => {
    const clock = (await t.product('wall-clock')).variants[0]!;
    const counted = await t.write<StockChangeResult>('POST', stockPath(clock.id), {
      count: 7,
      version: clock.stock.version,
      reason: 'count',
      note: 'Shelf count, aisle 3',
    });
    assert.equal(counted.status, 200, counted.text);
    assert.deepEqual(
      [counted.body.stock.stocked, counted.body.stock.version, counted.body.movement.delta],
      [7, clock.stock.version + 1, 7 - clock.stock.stocked],
    );
    assert.equal(counted.body.movement.note, 'Shelf count, aisle 3');
    const stale = await t.write<ErrorJson>('POST', stockPath(clock.id), {
      count: 1,
      version: clock.stock.version,
      reason: 'count',
    });
    assert.deepEqual([stale.status, stale.body.error.code], [409, 'version_conflict']);
    assert.equal(stockOf(t.server, clock.id).stocked, 7);
  });

  test('a stock change shows on the cached public product at once', async () => {
    const towel = (await t.product('tea-towel')).variants[0]!;
    const before = await publicAvailable('tea-towel');
    assert.equal(await publicAvailable('tea-towel'), before);
    const answer = await t.write('POST', stockPath(towel.id), { delta: -5, reason: 'damaged' });
    assert.equal(answer.status, 200, answer.text);
    assert.equal(await publicAvailable('tea-towel'), (before ?? 0) - 5);
  });

  test('reserved units are shown apart and untouched', async () => {
    const jacket = (await t.product('rain-jacket')).variants[0]!;
    const cart = await createCart(t.server);
    await addLine(t.server, cart.id, jacket.id, 2);
    const placed = await placeOrder(t.server, orderBody(t.server, cart.id));
    assert.equal(placed.status, 201, placed.text);
    const answer = await t.write<StockChangeResult>('POST', stockPath(jacket.id), { delta: 1, reason: 'returned' });
    assert.deepEqual(
      [answer.body.stock.stocked, answer.body.stock.reserved, answer.body.stock.available],
      [jacket.stock.stocked + 1, 2, jacket.stock.stocked - 1],
    );
    const read = await t.product('rain-jacket');
    assert.equal(read.variants[0]?.stock.reserved, 2);
    // A variant held by an unpaid order cannot be removed from the product.
    const rest = read.variants.slice(1).map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      title: variant.title,
      options: variant.options,
      price: variant.price.amount,
    }));
    const removal = await t.write<ErrorJson>('PATCH', `/api/admin/products/${read.id}`, {
      version: read.version,
      options: [{ name: 'Size', values: ['M', 'L', 'XL'] }],
      variants: rest,
    });
    assert.deepEqual([removal.status, removal.body.error.code], [409, 'conflict']);
    assert.deepEqual(removal.body.error.details, { variantId: jacket.id, reserved: 2 });
    assert.deepEqual(await t.product('rain-jacket'), read);
  });

  test('refuses a body that is neither one change nor the other, and unknown variants', async () => {
    const mug = (await t.product('lantern-mug')).variants[0]!;
    for (const body of [
      { reason: 'count' },
      { delta: 2, count: 3, version: 1, reason: 'count' },
      { delta: 0, reason: 'received' },
      { count: 3, reason: 'count' },
    ]) {
      const refused = await t.write<ErrorJson>('POST', stockPath(mug.id), body);
      assert.deepEqual([refused.status, refused.body.error.code], [400, 'validation_failed'], JSON.stringify(body));
    }
    const missing = await t.write<ErrorJson>('POST', stockPath('var_missing'), { delta: 1, reason: 'received' });
    assert.deepEqual([missing.status, missing.body.error.code], [404, 'not_found']);
    const noLedger = await t.server.get<ErrorJson>('/api/admin/variants/var_missing/stock-movements', t.admin);
    assert.equal(noLedger.status, 404);
  });
});

describe('the low-stock list', () => {
  test('lists variants at or below their own threshold, fewest first, paged', async () => {
    const socks = await t.product('wool-socks');
    // Raise one variant's threshold: it joins the list although it has more than the default.
    const raised = await t.write<AdminProduct>('PATCH', `/api/admin/products/${socks.id}`, {
      version: socks.version,
      variants: socks.variants.map((variant, index) => ({
        id: variant.id,
        sku: variant.sku,
        title: variant.title,
        options: variant.options,
        price: variant.price.amount,
        ...(index === 1 ? { lowStockThreshold: 10 } : {}),
      })),
    });
    assert.equal(raised.status, 200, raised.text);
    const list = await t.server.get<LowStockList>('/api/admin/stock/low?limit=100', t.admin);
    const skus = list.body.items.map((item) => item.sku);
    assert.ok(skus.includes('SOLD-OUT-VASE-0'));
    assert.ok(skus.includes('WOOL-SOCKS-1'), 'the raised threshold counts');
    assert.ok(!skus.includes('LANTERN-MUG-0'));
    const available = list.body.items.map((item) => item.stock.available);
    assert.deepEqual(
      available,
      [...available].sort((a, b) => a - b),
    );
    assert.ok(list.body.items.every((item) => item.stock.available <= item.stock.lowStockThreshold));

    const first = await t.server.get<LowStockList>('/api/admin/stock/low?limit=2', t.admin);
    const next = await t.server.get<LowStockList>(
      `/api/admin/stock/low?limit=100&cursor=${first.body.nextCursor}`,
      t.admin,
    );
    assert.deepEqual(
      [...first.body.items, ...next.body.items].map((item) => item.variantId),
      list.body.items.map((item) => item.variantId),
    );
  });
});
