// The SDK against a real server, in Node, with every response checked against the shared wire
// schemas: the contract both ends rely on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createStorefront,
  memoryStorage,
  StoreletNetworkError,
  StoreletNotFoundError,
  StoreletValidationError,
  type Storefront,
} from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { exampleSeed } from '../seed/seed.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

describe('SDK catalog calls against a real server', () => {
  let server: TestServer;
  let shop: Storefront;

  before(async () => {
    server = await startTestServer({ seed: exampleSeed() });
    shop = createStorefront({ apiUrl: server.url, validateResponses, storage: memoryStorage() });
  });
  after(() => server?.close());

  it('walks every page of the catalog with cursors, each product once', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await shop.products.list({ limit: 7, sort: 'name_asc', ...(cursor ? { cursor } : {}) });
      for (const product of page.items) {
        assert.ok(!seen.has(product.id), `${product.handle} twice`);
        seen.add(product.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.equal(seen.size, exampleSeed().products.length);
  });

  it('searches, filters and gets a product by handle and by id', async () => {
    const mugs = await shop.products.list({ q: 'mug', inStock: true, maxPrice: 10_000 });
    assert.ok(mugs.items.length > 0);
    assert.ok(mugs.items.every((p) => p.stockState !== 'sold_out' && p.price.amount <= 10_000));
    const first = mugs.items[0]!;
    const byHandle = await shop.products.get(first.handle);
    const byId = await shop.products.get(first.id);
    assert.deepEqual(byHandle, byId);
    assert.ok(byHandle.variants.length >= 1);
    const categories = await shop.categories.list();
    assert.ok(categories.some((category) => category.handle === byHandle.category.handle && category.productCount > 0));
  });

  it('turns server errors into typed errors with the server code', async () => {
    await assert.rejects(shop.products.get('no-such-product'), (error: unknown) => {
      assert.ok(error instanceof StoreletNotFoundError);
      assert.equal(error.code, 'not_found');
      assert.ok(error.requestId);
      return true;
    });
    await assert.rejects(shop.products.list({ limit: 1000 }), (error: unknown) => {
      assert.ok(error instanceof StoreletValidationError);
      assert.equal(error.issues[0]?.path, 'limit');
      return true;
    });
  });

  it('reports an unreachable shop as a network error after its retries', async () => {
    const offline = createStorefront({ apiUrl: 'http://127.0.0.1:9', retries: 0, timeout: 2_000 });
    await assert.rejects(offline.products.list(), StoreletNetworkError);
  });

  it('keeps a reactive product list that pages on demand', async () => {
    const list = shop.productList({ limit: 5, sort: 'price_asc' });
    const statuses: string[] = [];
    const unsubscribe = list.$state.subscribe((state) => statuses.push(state.status));
    await list.setParams({ limit: 5, sort: 'price_asc' });
    assert.equal(list.$state.get().items.length, 5);
    await list.loadMore();
    const items = list.$state.get().items;
    assert.equal(items.length, 10);
    assert.ok(items.every((item, i) => i === 0 || items[i - 1]!.price.amount <= item.price.amount));
    assert.deepEqual(statuses.slice(0, 3), ['idle', 'loading', 'ready']);
    unsubscribe();
  });
});
