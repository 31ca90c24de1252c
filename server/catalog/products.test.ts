import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ProductList, ProductSort, ProductSummary } from '../../sdk/schemas/index.ts';
import { titleSortKey } from '../db/title-sort-key.ts';
import { fixtureSeed } from '../test-support/fixture.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function list(query: string): Promise<ProductSummary[]> {
  const response = await server.get<ProductList>(`/api/products?${query}`);
  assert.equal(response.status, 200, response.text);
  return response.body.items;
}

const handles = (items: ProductSummary[]) => items.map((item) => item.handle).sort();

const SORT_KEYS: Record<
  Exclude<ProductSort, 'relevance'>,
  { key: (item: ProductSummary) => string | number; desc: boolean }
> = {
  price_asc: { key: (item) => item.price.amount, desc: false },
  price_desc: { key: (item) => item.price.amount, desc: true },
  newest: { key: (item) => item.createdAt, desc: true },
  name_asc: { key: (item) => titleSortKey(item.title), desc: false },
  name_desc: { key: (item) => titleSortKey(item.title), desc: true },
  rating: { key: (item) => item.rating ?? 0, desc: true },
};

function assertSorted(items: ProductSummary[], sort: keyof typeof SORT_KEYS): void {
  const { key, desc } = SORT_KEYS[sort];
  for (let index = 1; index < items.length; index++) {
    const [a, b] = [items[index - 1]!, items[index]!];
    const order = key(a) === key(b) ? (a.id < b.id ? -1 : 1) : key(a) < key(b) ? -1 : 1;
    assert.equal(desc ? -order : order, -1, `${sort}: ${a.title} (${key(a)}) must come before ${b.title} (${key(b)})`);
  }
}

describe('filters', () => {
  test('category keeps only that category; an empty or unknown one gives an empty list', async () => {
    const home = await list('category=home&limit=100');
    assert.equal(home.length, 6);
    assert.ok(home.every((item) => item.category.handle === 'home'));
    assert.deepEqual(await list('category=empty'), []);
    assert.deepEqual(await list('category=no-such-category'), []);
  });

  test('price range is inclusive at both ends and uses the lowest variant price', async () => {
    const items = await list('minPrice=1500&maxPrice=2000&limit=100');
    assert.deepEqual(handles(items), ['alpha-tee', 'alpha-tee-2', 'canvas-tote', 'lantern-mug', 'wall-clock']);
    assert.ok(items.every((item) => item.price.amount >= 1500 && item.price.amount <= 2000));
    // alpha-tee runs 2000–2400: in range by its lowest price.
    assert.equal(items.find((item) => item.handle === 'alpha-tee')?.priceMax.amount, 2400);
    assert.deepEqual(handles(await list('minPrice=9900&maxPrice=9900')), ['rain-jacket']);
  });

  test('inStock keeps products with any available variant', async () => {
    const all = await list('limit=100');
    const inStock = await list('inStock=true&limit=100');
    assert.deepEqual(handles(all.filter((item) => item.handle !== 'sold-out-vase')), handles(inStock));
    assert.ok(
      inStock.some((item) => item.handle === 'wool-socks'),
      'one sold-out size does not hide the product',
    );
    assert.equal((await list('inStock=false&limit=100')).length, all.length, 'false means no stock filter');
  });

  test('stock states on summaries', async () => {
    const byHandle = new Map((await list('limit=100')).map((item) => [item.handle, item]));
    assert.equal(byHandle.get('sold-out-vase')?.stockState, 'sold_out');
    assert.equal(byHandle.get('low-stock-lamp')?.stockState, 'low_stock');
    assert.equal(byHandle.get('wool-socks')?.stockState, 'low_stock');
    assert.equal(byHandle.get('lantern-mug')?.stockState, 'in_stock');
  });

  test('filters combine', async () => {
    const items = await list('category=home&maxPrice=2500&inStock=true&q=a&limit=100');
    assert.ok(items.length > 0);
    assert.ok(items.every((item) => item.category.handle === 'home' && item.price.amount <= 2500));
  });
});

describe('sorts', () => {
  for (const sort of Object.keys(SORT_KEYS) as (keyof typeof SORT_KEYS)[]) {
    test(`${sort} orders every product by its key, then id`, async () => {
      const items = await list(`sort=${sort}&limit=100`);
      assert.equal(items.length, fixtureSeed.products.length);
      assertSorted(items, sort);
    });
  }

  test('relevance without a search is newest first', async () => {
    assert.deepEqual(await list('sort=relevance&limit=100'), await list('sort=newest&limit=100'));
    assert.deepEqual(await list('limit=100'), await list('sort=newest&limit=100'));
  });

  test('sorts apply to search results too', async () => {
    const items = await list('q=sticker&sort=price_desc&limit=100');
    assert.equal(items.length, 14);
    assertSorted(items, 'price_desc');
  });
});

describe('search', () => {
  test('a title match ranks above a description-only match', async () => {
    assert.deepEqual(
      (await list('q=lantern')).map((item) => item.handle),
      ['lantern-mug', 'tea-towel'],
    );
  });

  test('words are prefix-matched and all required', async () => {
    assert.deepEqual(handles(await list('q=lant')), ['lantern-mug', 'tea-towel']);
    assert.deepEqual(handles(await list('q=lantern%20mu')), ['lantern-mug']);
    assert.deepEqual(handles(await list('q=LANTERN')), ['lantern-mug', 'tea-towel']);
  });

  test('matches tags, category names and ignores accents', async () => {
    assert.deepEqual(handles(await list('q=kitchen')), ['cafe-apron']);
    assert.deepEqual(handles(await list('q=cafe')), ['cafe-apron']);
    assert.deepEqual(handles(await list('q=caf%C3%A9')), ['cafe-apron']);
    assert.equal((await list('q=apparel&limit=100')).length, 6);
  });

  test('no match is an empty list, not an error', async () => {
    assert.deepEqual(await list('q=zzzzqqq'), []);
  });

  test('an empty or blank q means no search', async () => {
    const all = await list('limit=100');
    assert.equal((await list('q=&limit=100')).length, all.length);
    assert.equal((await list('q=%20%20&limit=100')).length, all.length);
  });

  test('search syntax in q is taken as text', async () => {
    const inputs = [
      '"',
      '""',
      '*',
      'lantern*',
      'NEAR(lantern mug)',
      'NEAR(',
      'AND',
      'lantern AND',
      'OR mug',
      'NOT',
      '-lantern',
      '^lantern',
      'title:lantern',
      '{title}:mug',
      '(lantern',
      'lantern)',
      "'",
      '\\',
      '%',
      '+',
      ':',
      '"lantern',
      'a"b',
      '日本語',
      '🎉',
      'ﷺ',
      'e\u0301',
      '\u202Eevil',
      'x'.repeat(200),
      'a '.repeat(100),
    ];
    for (const q of inputs) {
      const response = await server.get<ProductList>(`/api/products?q=${encodeURIComponent(q)}`);
      assert.equal(response.status, 200, `q=${q}: ${response.text}`);
      assert.ok(Array.isArray(response.body.items));
    }
    assert.deepEqual(handles(await list(`q=${encodeURIComponent('"lantern*')}`)), ['lantern-mug', 'tea-towel']);
    assert.deepEqual(handles(await list(`q=${encodeURIComponent('NEAR(lantern')}`)), [], 'NEAR is a word to find');
  });

  test('a q longer than 200 characters is refused with its field', async () => {
    const response = await server.get<{ error: { code: string; details: { issues: { path: string }[] } } }>(
      `/api/products?q=${'x'.repeat(201)}`,
    );
    assert.equal(response.status, 400);
    assert.equal(response.body.error.details.issues[0]?.path, 'q');
  });
});
