import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RecommendationList as RecommendationListSchema, type RecommendationList } from '../../sdk/schemas/index.ts';
import { buy } from '../reviews/test-support/buy.ts';
import { cartWith, checkout } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/** Bought together (counted at payment), filled up with similar products; never itself, never sold out. */
let server: TestServer;
before(async () => {
  server = await startTestServer();
  // The mug goes with the towel twice and with the clock once; an unpaid order counts for nothing.
  await buy(server, ['lantern-mug', 'tea-towel']);
  await buy(server, ['lantern-mug', 'tea-towel', 'wall-clock'], 'b@example.com');
  await buy(server, ['lantern-mug', 'rain-jacket'], 'c@example.com', false);
});
after(() => server.close());

async function recommend(path: string): Promise<RecommendationList['items']> {
  const response = await server.get<RecommendationList>(path);
  assert.equal(response.status, 200, response.text);
  assert.ok(RecommendationListSchema.safeParse(response.body).success, 'matches the wire schema');
  return response.body.items;
}

describe('for a product', () => {
  test('bought together first, most often first, then the same category; never itself nor sold out', async () => {
    const items = await recommend('/api/products/lantern-mug/recommendations?limit=10');
    assert.deepEqual(
      items.slice(0, 2).map((item) => [item.handle, item.reason]),
      [
        ['tea-towel', 'bought_together'],
        ['wall-clock', 'bought_together'],
      ],
    );
    assert.ok(
      !items.some((item) => item.handle === 'rain-jacket' && item.reason === 'bought_together'),
      'unpaid orders do not count',
    );
    const similar = items.filter((item) => item.reason === 'similar').map((item) => item.handle);
    assert.ok(similar.includes('cafe-apron') && similar.includes('low-stock-lamp'), similar.join());
    assert.ok(!items.some((item) => item.handle === 'lantern-mug'), 'never the product itself');
    assert.ok(
      !items.some((item) => item.handle === 'sold-out-vase' || item.stockState === 'sold_out'),
      'never sold out',
    );
    assert.equal(
      items.find((item) => item.handle === 'tea-towel')?.variantId?.startsWith('var_'),
      true,
      'one variant: one click',
    );
  });

  test('a product that sells out drops out of the suggestions', async () => {
    await buy(server, ['lantern-mug', 'low-stock-lamp'], 'd@example.com');
    assert.ok(
      (await recommend('/api/products/lantern-mug/recommendations')).some((item) => item.handle === 'low-stock-lamp'),
    );
    // The last two lamps go into another shopper's order: reserved, so sold out to everyone else.
    await checkout(server, (await cartWith(server, [['low-stock-lamp', 2]])).id, { email: 'last@example.com' });
    assert.ok(
      !(await recommend('/api/products/lantern-mug/recommendations')).some((item) => item.handle === 'low-stock-lamp'),
    );
  });

  test('limit caps the answer; several variants mean no one-click variant; tags count across categories', async () => {
    assert.equal((await recommend('/api/products/lantern-mug/recommendations?limit=1')).length, 1);
    const tee = await recommend('/api/products/alpha-tee-2/recommendations?limit=24');
    assert.equal(tee[0]?.handle, 'alpha-tee', 'same category and a shared tag first');
    assert.equal(tee[0]?.variantId, null);
    assert.ok(!tee.some((item) => item.category.handle === 'stickers'), 'nothing in common, nothing suggested');
    assert.equal((await server.get('/api/products/nothing-here/recommendations')).status, 404);
    assert.equal((await server.get('/api/products/lantern-mug/recommendations?limit=0')).status, 400);
    assert.equal((await server.get('/api/products/lantern-mug/recommendations?limit=25')).status, 400);
  });
});

describe('for a cart', () => {
  test('what goes with its lines, minus what is in it', async () => {
    const cart = await cartWith(server, [
      ['tea-towel', 1],
      ['wall-clock', 1],
    ]);
    const items = await recommend(`/api/carts/${cart.id}/recommendations`);
    assert.equal(items[0]?.handle, 'lantern-mug');
    assert.equal(items[0]?.reason, 'bought_together');
    assert.ok(!items.some((item) => item.handle === 'tea-towel' || item.handle === 'wall-clock'));
    const empty = await cartWith(server, []);
    assert.deepEqual(await recommend(`/api/carts/${empty.id}/recommendations`), []);
    assert.equal((await server.get('/api/carts/cart_nope/recommendations')).status, 404);
  });

  test('counts are kept at payment: a paid order adds one per pair, once', async () => {
    const pairs = () =>
      server.sqlite
        .prepare(
          `
      SELECT pp.orders FROM product_pairs pp JOIN products a ON a.id = pp.product_id JOIN products b ON b.id = pp.other_id
      WHERE a.handle = 'lantern-mug' AND b.handle = 'tea-towel'`,
        )
        .get() as { orders: number };
    const before = pairs().orders;
    const cart = await cartWith(server, [
      ['lantern-mug', 2],
      ['tea-towel', 1],
    ]);
    await checkout(server, cart.id, { email: 'e@example.com' });
    assert.equal(pairs().orders, before, 'not before payment');
    await buy(server, ['lantern-mug', 'tea-towel'], 'f@example.com');
    assert.equal(pairs().orders, before + 1);
  });
});
