import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CategoryList, Product, ProductList } from '../../sdk/schemas/index.ts';
import { Product as ProductSchema } from '../../sdk/schemas/index.ts';
import type { NewProduct } from '../data/catalog.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('GET /api/products/:idOrHandle', () => {
  test('by handle: images, options, variants with prices and stock, description', async () => {
    const response = await server.get<Product>('/api/products/alpha-tee');
    assert.equal(response.status, 200);
    const product = ProductSchema.parse(response.body);
    assert.equal(product.title, 'alpha Tee');
    assert.equal(product.kind, 'standard');
    assert.deepEqual(product.category.handle, 'apparel');
    assert.deepEqual(product.options, [{ name: 'Size', values: ['S', 'M', 'L'] }]);
    assert.deepEqual(
      product.variants.map((variant) => [variant.title, variant.options, variant.price.amount, variant.stock]),
      [
        ['S', { Size: 'S' }, 2000, { state: 'in_stock', available: 20 }],
        ['M', { Size: 'M' }, 2000, { state: 'in_stock', available: 20 }],
        ['L', { Size: 'L' }, 2400, { state: 'in_stock', available: 20 }],
      ],
    );
    assert.deepEqual(product.price, { amount: 2000, currency: 'USD' });
    assert.deepEqual(product.priceMax, { amount: 2400, currency: 'USD' });
    assert.deepEqual(product.tags, ['cotton']);
    assert.match(product.description, /alpha tee/);
    assert.deepEqual(product.images, [
      { url: '/media/seed/alpha-tee-1.svg', alt: 'alpha Tee, view 1', width: 800, height: 800 },
    ]);
    assert.deepEqual(product.image, product.images[0]);
    assert.ok(product.variants.every((variant) => variant.id.startsWith('var_')));
    assert.ok(product.id.startsWith('prod_') && product.category.id.startsWith('cat_'));
  });

  test('by id gives the same product', async () => {
    const byHandle = (await server.get<Product>('/api/products/wool-socks')).body;
    const byId = await server.get<Product>(`/api/products/${byHandle.id}`);
    assert.equal(byId.status, 200);
    assert.deepEqual(byId.body, byHandle);
    assert.deepEqual(
      byId.body.variants.map((variant) => variant.stock),
      [
        { state: 'sold_out', available: 0 },
        { state: 'low_stock', available: 4 },
      ],
    );
  });

  test('compare-at price only when higher, no image when there is none', async () => {
    const hoodie = (await server.get<Product>('/api/products/sale-hoodie')).body;
    assert.deepEqual(hoodie.compareAtPrice, { amount: 5000, currency: 'USD' });
    assert.deepEqual(hoodie.variants[1]?.compareAtPrice, null);
    const tote = (await server.get<Product>('/api/products/canvas-tote')).body;
    assert.equal(tote.image, null);
    assert.deepEqual(tote.images, []);
    assert.deepEqual(tote.options, []);
    assert.equal(tote.variants[0]?.title, 'Default');
  });

  test('unknown ids and handles are 404 not_found', async () => {
    const paths = [
      'no-such-product',
      'prod_00000000000000000',
      'x'.repeat(500),
      '%00',
      '%F0%9F%8E%89',
      'lantern-mug%20',
      "'%20OR%201=1--",
    ];
    for (const path of paths) {
      const response = await server.get<ErrorJson>(`/api/products/${path}`);
      assert.equal(response.status, 404, path);
      assert.equal(response.body.error.code, 'not_found', path);
    }
  });
});

describe('GET /api/categories', () => {
  test('every category in order with its product count', async () => {
    const response = await server.get<CategoryList>('/api/categories');
    assert.equal(response.status, 200);
    assert.deepEqual(
      response.body.items.map((category) => [category.handle, category.name, category.productCount]),
      [
        ['apparel', 'Apparel', 6],
        ['home', 'Home', 6],
        ['stickers', 'Stickers', 14],
        ['empty', 'Empty Shelf', 0],
      ],
    );
  });
});

describe('page cache', () => {
  const lamp: NewProduct = {
    handle: 'paper-lamp',
    title: 'Paper Lantern Lamp',
    categoryHandle: 'home',
    kind: 'standard',
    description: 'A folded paper shade.',
    tags: [],
    options: [],
    variants: [
      {
        sku: 'PAPER-LAMP',
        title: 'Default',
        options: {},
        price: 1800,
        compareAtPrice: null,
        stocked: 5,
        weightGrams: 300,
      },
    ],
    images: [],
    createdAt: '2030-01-01T00:00:00.000Z',
  };

  test('a catalog write is visible in the next list, detail and category response', async () => {
    const before = await server.get<ProductList>('/api/products?category=home&limit=100');
    assert.equal(before.body.items.length, 6);
    // Asked twice so the second answer comes from the cache.
    assert.equal((await server.get('/api/products?category=home&limit=100')).text, before.text);
    assert.equal((await server.get('/api/products/paper-lamp')).status, 404);
    const categoriesBefore = (await server.get<CategoryList>('/api/categories')).body;

    await server.data.catalog.insertCatalog({ categories: [], products: [lamp] });

    const after = await server.get<ProductList>('/api/products?category=home&limit=100');
    assert.equal(after.body.items.length, 7);
    assert.equal(after.body.items[0]?.handle, 'paper-lamp', 'newest first');
    assert.equal((await server.get<Product>('/api/products/paper-lamp')).body.title, 'Paper Lantern Lamp');
    assert.deepEqual(
      (await server.get<ProductList>('/api/products?q=lantern')).body.items.map((item) => item.handle),
      ['lantern-mug', 'paper-lamp', 'tea-towel'],
    );
    const home = (await server.get<CategoryList>('/api/categories')).body.items.find(
      (category) => category.handle === 'home',
    );
    assert.equal(
      home?.productCount,
      (categoriesBefore.items.find((category) => category.handle === 'home')?.productCount ?? 0) + 1,
    );
  });
});
