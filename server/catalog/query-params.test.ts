import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CategoryList, ProductList, ProductListQuery } from '../../sdk/schemas/index.ts';
import { fixtureSeed } from '../test-support/fixture.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const TOTAL = fixtureSeed.products.length;

async function ids(path: string): Promise<string[]> {
  const response = await server.get<ProductList>(path);
  assert.equal(response.status, 200, `${path}: ${response.text}`);
  return response.body.items.map((item) => item.id);
}

/** The fields a refused request names, or fails when it was not refused with validation_failed. */
async function refusedFields(path: string): Promise<string[]> {
  const response = await server.get<ErrorJson>(path);
  assert.equal(response.status, 400, `${path}: ${response.text}`);
  assert.equal(response.body.error.code, 'validation_failed', path);
  return (response.body.error.details?.issues as { path: string }[]).map((issue) => issue.path);
}

describe('empty parameters', () => {
  test('every optional parameter given empty is as if absent', async () => {
    const all = await ids('/api/products?limit=100');
    assert.equal(all.length, TOTAL);
    for (const name of ['q', 'category', 'minPrice', 'maxPrice', 'inStock', 'sort', 'cursor']) {
      assert.deepEqual(await ids(`/api/products?limit=100&${name}=`), all, `${name}=`);
    }
    assert.equal((await ids('/api/products?limit=')).length, 24, 'limit= is the default page');
    assert.deepEqual(await ids('/api/products?minPrice=&maxPrice=&inStock=&category=&q=&cursor=&sort=&limit=100'), all);
  });

  test('an empty bound leaves the other one working', async () => {
    const cheap = await ids('/api/products?minPrice=&maxPrice=1500&limit=100');
    assert.deepEqual(cheap, await ids('/api/products?maxPrice=1500&limit=100'));
    assert.ok(cheap.length > 0 && cheap.length < TOTAL);
  });
});

describe('numbers', () => {
  test('limit and prices take plain digits only', async () => {
    for (const value of ['0x10', '1e2', '1.5', '-1', '+5', ' 5', '5 ', 'abc', 'NaN', 'Infinity', '١٢']) {
      const encoded = encodeURIComponent(value);
      assert.deepEqual(await refusedFields(`/api/products?limit=${encoded}`), ['limit'], `limit=${value}`);
      assert.deepEqual(await refusedFields(`/api/products?maxPrice=${encoded}`), ['maxPrice'], `maxPrice=${value}`);
    }
    assert.equal((await ids('/api/products?limit=016')).length, 16, 'leading zeros are still digits');
  });

  test('a price over the cap is refused with its field', async () => {
    assert.deepEqual(await refusedFields('/api/products?maxPrice=1000000001'), ['maxPrice']);
    assert.equal((await ids('/api/products?maxPrice=1000000000&limit=100')).length, TOTAL);
  });

  test('minPrice above maxPrice is refused, naming minPrice', async () => {
    assert.deepEqual(await refusedFields('/api/products?minPrice=3000&maxPrice=2000'), ['minPrice']);
    assert.ok((await ids('/api/products?minPrice=2000&maxPrice=2000')).length > 0, 'equal bounds are a range');
  });
});

describe('unknown parameters', () => {
  test('are refused on products, each named', async () => {
    assert.deepEqual(await refusedFields('/api/products?categroy=apparel'), ['categroy']);
    assert.deepEqual((await refusedFields('/api/products?page=2&limit=5&utm_source=x')).sort(), ['page', 'utm_source']);
  });

  test('are refused on categories, which answer the list contract', async () => {
    assert.deepEqual(await refusedFields('/api/categories?limit=abc'), ['limit']);
    const response = await server.get<CategoryList>('/api/categories');
    assert.equal(response.status, 200);
    assert.equal(response.body.nextCursor, null);
    assert.equal(response.body.items.length, fixtureSeed.categories.length);
  });
});

describe('page cache', () => {
  test('is keyed by the parsed query, so spellings of one page share an entry and refusals add none', async () => {
    const catalog = server.data.catalog;
    const queried: ProductListQuery[] = [];
    const listProducts = catalog.listProducts.bind(catalog);
    catalog.listProducts = (query) => {
      queried.push(query);
      return listProducts(query);
    };
    try {
      const first = await server.get('/api/products?category=home&maxPrice=2500');
      for (const spelling of [
        'maxPrice=2500&category=home',
        'category=home&maxPrice=2500&limit=24',
        'category=home&maxPrice=2500&inStock=false&q=',
        'category=home&maxPrice=2500&minPrice=',
      ]) {
        assert.equal((await server.get(`/api/products?${spelling}`)).text, first.text, spelling);
      }
      for (let index = 0; index < 5; index++) await server.get(`/api/products?category=home&maxPrice=2500&x${index}=1`);
      assert.equal(queried.length, 1);
    } finally {
      Reflect.deleteProperty(catalog, 'listProducts');
    }
  });
});
