import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PRODUCT_SORTS, type ProductList } from '../../sdk/schemas/index.ts';
import { fixtureSeed } from '../test-support/fixture.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const TOTAL = fixtureSeed.products.length;

async function page(query: string): Promise<ProductList> {
  const response = await server.get<ProductList>(`/api/products?${query}`);
  assert.equal(response.status, 200, response.text);
  return response.body;
}

/** Follows nextCursor from the first page to the last, returning every id in order. */
async function walk(query: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const body: ProductList = await page(cursor ? `${query}&cursor=${cursor}` : query);
    pages++;
    assert.ok(body.items.length > 0, 'a page with a cursor leading to it is never empty');
    ids.push(...body.items.map((item) => item.id));
    cursor = body.nextCursor;
    assert.ok(pages <= TOTAL + 1, 'paging must end');
  } while (cursor);
  return { ids, pages };
}

async function errorOf(query: string): Promise<ErrorJson['error'] & { status: number }> {
  const response = await server.get<ErrorJson>(`/api/products?${query}`);
  return { status: response.status, ...response.body.error };
}

describe('page size', () => {
  test('limit=1 gives one item and a cursor', async () => {
    const body = await page('limit=1');
    assert.equal(body.items.length, 1);
    assert.equal(typeof body.nextCursor, 'string');
  });

  test('limit=100 gives everything and no cursor', async () => {
    const body = await page('limit=100');
    assert.equal(body.items.length, TOTAL);
    assert.equal(body.nextCursor, null);
  });

  test('the default page is 24', async () => {
    assert.equal((await page('')).items.length, 24);
  });

  test('limit=101 and limit=0 are refused', async () => {
    for (const limit of ['101', '0']) {
      const error = await errorOf(`limit=${limit}`);
      assert.equal(error.status, 400);
      assert.equal(error.code, 'validation_failed');
      assert.deepEqual(
        (error.details?.issues as { path: string }[]).map((issue) => issue.path),
        ['limit'],
      );
    }
  });

  test('a last page that is exactly full has no cursor after it', async () => {
    const half = TOTAL / 2;
    assert.ok(Number.isInteger(half));
    const first = await page(`limit=${half}&sort=name_asc`);
    assert.ok(first.nextCursor);
    const second = await page(`limit=${half}&sort=name_asc&cursor=${first.nextCursor}`);
    assert.equal(second.items.length, half);
    assert.equal(second.nextCursor, null);
  });
});

describe('walking every page', () => {
  for (const sort of PRODUCT_SORTS) {
    test(`sort=${sort} gives every product exactly once, in the one-page order`, async () => {
      const { ids, pages } = await walk(`sort=${sort}&limit=5`);
      assert.equal(pages, Math.ceil(TOTAL / 5));
      assert.equal(new Set(ids).size, ids.length, 'no duplicates');
      assert.deepEqual(
        ids,
        (await page(`sort=${sort}&limit=100`)).items.map((item) => item.id),
      );
    });
  }

  test('limit=1 over a sort full of ties', async () => {
    const { ids } = await walk('sort=price_asc&limit=1');
    assert.equal(ids.length, TOTAL);
    assert.equal(new Set(ids).size, TOTAL);
  });

  test('search results page by relevance without gaps', async () => {
    const all = (await page('q=sticker&limit=100')).items.map((item) => item.id);
    assert.equal(all.length, 14);
    assert.deepEqual((await walk('q=sticker&limit=3')).ids, all);
    assert.deepEqual(
      (await walk('q=a&sort=name_desc&limit=4')).ids,
      (await page('q=a&sort=name_desc&limit=100')).items.map((item) => item.id),
    );
  });

  test('filters hold across pages', async () => {
    const query = 'category=stickers&inStock=true&maxPrice=400&sort=price_desc';
    assert.deepEqual(
      (await walk(`${query}&limit=2`)).ids,
      (await page(`${query}&limit=100`)).items.map((item) => item.id),
    );
  });
});

describe('cursors', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  test('a malformed cursor is invalid_cursor', async () => {
    const cursors = [
      'garbage!',
      'bm90IGpzb24',
      encode({ hello: 'world' }),
      encode([1, 2, 3]),
      encode({ s: 'newest', h: '', k: { nested: true }, i: 'prod_x' }),
      encode({ s: 'price_asc', h: '', k: 'not-a-number', i: 'prod_x' }),
      '%F0%9F%8E%89',
    ];
    for (const cursor of cursors) {
      const error = await errorOf(`sort=price_asc&cursor=${cursor}`);
      assert.equal(error.status, 400, cursor);
      assert.equal(error.code, 'invalid_cursor', cursor);
    }
  });

  test('a cursor from another sort or search is invalid_cursor', async () => {
    const byPrice = (await page('sort=price_asc&limit=2')).nextCursor;
    const searched = (await page('q=sticker&limit=2')).nextCursor;
    assert.ok(byPrice && searched);
    assert.equal((await errorOf(`sort=name_asc&cursor=${byPrice}`)).code, 'invalid_cursor');
    assert.equal((await errorOf(`sort=price_desc&cursor=${byPrice}`)).code, 'invalid_cursor');
    assert.equal((await errorOf(`sort=price_asc&q=mug&cursor=${byPrice}`)).code, 'invalid_cursor');
    assert.equal((await errorOf(`q=vinyl&cursor=${searched}`)).code, 'invalid_cursor');
    assert.equal((await errorOf(`cursor=${searched}`)).code, 'invalid_cursor');
  });

  test('a cursor longer than 512 characters fails validation', async () => {
    const error = await errorOf(`cursor=${'a'.repeat(513)}`);
    assert.equal(error.code, 'validation_failed');
  });

  test('the same cursor gives the same page', async () => {
    const cursor = (await page('sort=newest&limit=3')).nextCursor;
    assert.deepEqual(
      await page(`sort=newest&limit=3&cursor=${cursor}`),
      await page(`sort=newest&limit=3&cursor=${cursor}`),
    );
  });
});
