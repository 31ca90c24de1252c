import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CategoryList, ProductList } from '../../sdk/schemas/index.ts';
import { resolveConfig } from '../config.ts';
import { startServer } from '../start.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { catalogFromSeed, exampleSeed, SEED_DATE } from './seed.ts';

describe('catalogFromSeed', () => {
  const catalog = catalogFromSeed(exampleSeed());

  test('dates are fixed relative to the seed day', () => {
    const seed = exampleSeed().products[0];
    const product = catalog.products[0];
    assert.ok(seed && product);
    assert.equal(Date.parse(product.createdAt), SEED_DATE - seed.addedDaysAgo * 86_400_000);
  });

  test('images become served URLs of files that exist', () => {
    const imagesDir = resolveConfig().publicDir.seedImages;
    for (const product of catalog.products) {
      for (const image of product.images) {
        assert.match(image.url, /^\/media\/seed\/[a-z0-9][a-z0-9_-]*\.(svg|png)$/, image.url);
        assert.ok(existsSync(join(imagesDir, decodeURIComponent(image.url.slice('/media/seed/'.length)))), image.url);
      }
    }
  });

  test('variant titles follow the option order', () => {
    for (const product of catalog.products) {
      for (const variant of product.variants) {
        const expected = product.options.map((option) => variant.options[option.name]).join(' / ') || 'Default';
        assert.equal(variant.title, expected);
      }
    }
  });
});

describe('the example shop', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: 'none', config: { seed: 'example' } });
  });
  after(() => server.close());

  test('is loaded on first start: every product, over every category', async () => {
    const expected = exampleSeed();
    assert.equal(await server.data.catalog.countProducts(), expected.products.length);
    const categories = (await server.get<CategoryList>('/api/categories')).body.items;
    assert.deepEqual(
      categories.map((category) => category.handle),
      expected.categories.map((category) => category.handle),
    );
    assert.equal(
      categories.reduce((sum, category) => sum + category.productCount, 0),
      expected.products.length,
    );
  });

  test('is not loaded twice', async () => {
    const again = await startServer({ port: 0, databaseUrl: join(server.dir, 'shop.db'), seed: 'example' });
    try {
      assert.equal(await again.data.catalog.countProducts(), exampleSeed().products.length);
    } finally {
      await again.close();
    }
  });

  test('every image the API names is served', async () => {
    const items = (await server.get<ProductList>('/api/products?limit=100')).body.items;
    for (const item of items) {
      if (!item.image) continue;
      const response = await fetch(server.url + item.image.url);
      assert.equal(response.status, 200, item.image.url);
      await response.arrayBuffer();
    }
  });
});
