import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { ProductListQuery } from '../../../sdk/schemas/index.ts';
import { catalogFromSeed } from '../../seed/seed.ts';
import { fixtureSeed } from '../../test-support/fixture.ts';
import { openDataStore, type DataStore } from '../store.ts';

/**
 * The triggers and stock rules below the API, checked against the database itself: a second
 * connection plays the part of another writer (an admin screen, an order being placed).
 */
let dir: string;
let store: DataStore;
let other: Database.Database;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storelet-repo-'));
  store = await openDataStore({ databaseUrl: join(dir, 'shop.db'), currency: 'EUR' });
  await store.catalog.insertCatalog(catalogFromSeed(fixtureSeed));
  other = new Database(join(dir, 'shop.db'));
});
after(async () => {
  other.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const list = async (query: Record<string, string>) =>
  (await store.catalog.listProducts(ProductListQuery.parse({ limit: '100', ...query }))).items;

describe('stock', () => {
  test('available is stocked minus reserved: a fully reserved product is sold out', async () => {
    other.prepare("UPDATE variants SET reserved = stocked WHERE sku = 'LANTERN-MUG-0'").run();
    const mug = await store.catalog.getProduct('lantern-mug');
    assert.deepEqual(mug?.variants[0]?.stock, { state: 'sold_out', available: 0 });
    assert.equal(mug?.stockState, 'sold_out');
    assert.ok(!(await list({ inStock: 'true' })).some((item) => item.handle === 'lantern-mug'));
    other.prepare("UPDATE variants SET reserved = stocked - 2 WHERE sku = 'LANTERN-MUG-0'").run();
    assert.deepEqual((await store.catalog.getProduct('lantern-mug'))?.variants[0]?.stock, {
      state: 'low_stock',
      available: 2,
    });
  });

  test('prices are in the configured currency', async () => {
    assert.equal((await list({}))[0]?.price.currency, 'EUR');
  });
});

describe('triggers', () => {
  test('a variant price change moves the product price range', async () => {
    other.prepare("UPDATE variants SET price = 100 WHERE sku = 'RAIN-JACKET-3'").run();
    const jacket = await store.catalog.getProduct('rain-jacket');
    assert.deepEqual([jacket?.price.amount, jacket?.priceMax.amount], [100, 10900]);
    assert.equal((await list({ sort: 'price_asc' }))[0]?.handle, 'rain-jacket');
  });

  test('search follows title edits, category renames and deletes', async () => {
    other.prepare("UPDATE products SET title = 'Storm Shell' WHERE handle = 'rain-jacket'").run();
    assert.deepEqual(
      (await list({ q: 'storm' })).map((item) => item.handle),
      ['rain-jacket'],
    );
    // The description still says "rain jacket"; the title column must not.
    assert.deepEqual(other.prepare("SELECT rowid FROM products_fts WHERE products_fts MATCH 'title:rain'").all(), []);

    other.prepare("UPDATE categories SET name = 'Garments' WHERE handle = 'apparel'").run();
    assert.equal((await list({ q: 'garments' })).length, 6);
    assert.deepEqual(await list({ q: 'apparel' }), []);

    other.prepare("DELETE FROM products WHERE handle = 'rain-jacket'").run();
    assert.deepEqual(await list({ q: 'storm' }), []);
    assert.equal(await store.catalog.getProduct('rain-jacket'), null);
  });
});

describe('insertCatalog', () => {
  test("a variant may name one of its product's images, and no other", async () => {
    const [good] = catalogFromSeed(fixtureSeed).products;
    assert.ok(good && good.images.length === 1);
    const pictured = (handle: string, imageIndex: number) => ({
      ...good,
      handle,
      variants: good.variants.map((variant) => ({ ...variant, sku: `${handle}-${variant.sku}`, imageIndex })),
    });
    await store.catalog.insertCatalog({ categories: [], products: [pictured('pictured', 0)] });
    assert.deepEqual(
      (await store.catalog.getProduct('pictured'))?.variants.map((variant) => variant.imageIndex),
      good.variants.map(() => 0),
    );
    assert.equal((await store.catalog.getProduct(good.handle))?.variants[0]?.imageIndex, null);
    await assert.rejects(
      store.catalog.insertCatalog({ categories: [], products: [pictured('misdrawn', 1)] }),
      /image 1/,
    );
  });

  test('all or nothing, and the version moves either way', async () => {
    const count = await store.catalog.countProducts();
    const version = store.catalog.version;
    const [good] = catalogFromSeed(fixtureSeed).products;
    assert.ok(good);
    await assert.rejects(
      store.catalog.insertCatalog({
        categories: [{ handle: 'new-shelf', name: 'New Shelf', description: '' }],
        products: [
          {
            ...good,
            handle: 'brand-new',
            variants: good.variants.map((variant) => ({ ...variant, sku: `NEW-${variant.sku}` })),
          },
          { ...good, handle: 'orphan', categoryHandle: 'missing' },
        ],
      }),
      /unknown category/,
    );
    assert.equal(await store.catalog.countProducts(), count);
    assert.ok(!(await store.catalog.listCategories()).some((category) => category.handle === 'new-shelf'));
    assert.ok(store.catalog.version > version);
  });
});
