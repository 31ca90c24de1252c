import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  AdminCategory,
  AdminCategoryList,
  CategoryList,
  Product,
  ProductList,
} from '../../../sdk/schemas/index.ts';
import type { ErrorJson } from '../../test-support/server.ts';
import { startAdminTestServer, type AdminTestServer } from './test-support/admin-server.ts';

let t: AdminTestServer;

before(async () => {
  t = await startAdminTestServer();
});
after(() => t.server.close());

const adminList = async () => (await t.server.get<AdminCategoryList>('/api/admin/categories', t.admin)).body.items;
const publicHandles = async () =>
  (await t.server.get<CategoryList>('/api/categories')).body.items.map((category) => category.handle);
const byHandle = async (handle: string) => (await adminList()).find((category) => category.handle === handle)!;

describe('categories', () => {
  test('create one: last in the order, in the public list at once', async () => {
    assert.deepEqual(await publicHandles(), ['apparel', 'home', 'stickers', 'empty']);
    const created = await t.write<AdminCategory>('POST', '/api/admin/categories', { name: 'Garden & Patio' });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(
      [created.body.handle, created.body.position, created.body.version, created.body.productCount],
      ['garden-patio', 4, 1, 0],
    );
    assert.deepEqual(await publicHandles(), ['apparel', 'home', 'stickers', 'empty', 'garden-patio']);
    const again = await t.write<ErrorJson>('POST', '/api/admin/categories', { name: 'Garden', handle: 'garden-patio' });
    assert.deepEqual([again.status, again.body.error.code], [409, 'handle_taken']);
  });

  test('rename one: search finds its products under the new name; a stale rename is refused', async () => {
    const home = await byHandle('home');
    assert.equal(home.productCount > 0, true);
    const renamed = await t.write<AdminCategory>('PATCH', `/api/admin/categories/${home.id}`, {
      version: home.version,
      name: 'Homeware',
    });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.version, home.version + 1);
    const found = await t.server.get<ProductList>('/api/products?q=homeware&limit=100');
    assert.equal(found.body.items.length, home.productCount);
    assert.ok(found.body.items.every((item) => item.category.name === 'Homeware'));

    const stale = await t.write<ErrorJson>('PATCH', `/api/admin/categories/${home.id}`, {
      version: home.version,
      name: 'Housewares',
    });
    assert.deepEqual([stale.status, stale.body.error.code], [409, 'version_conflict']);
    assert.equal((await byHandle('home')).name, 'Homeware');
    const taken = await t.write<ErrorJson>('PATCH', `/api/admin/categories/${home.id}`, {
      version: home.version + 1,
      handle: 'apparel',
    });
    assert.deepEqual([taken.status, taken.body.error.code], [409, 'handle_taken']);
    const missing = await t.write<ErrorJson>('PATCH', '/api/admin/categories/cat_missing', { version: 1, name: 'X' });
    assert.equal(missing.status, 404);
  });

  test('reorder them: every category once, with its version', async () => {
    const current = await adminList();
    const reversed = [...current].reverse().map(({ id, version }) => ({ id, version }));
    const reordered = await t.write<AdminCategoryList>('PUT', '/api/admin/categories/order', { categories: reversed });
    assert.equal(reordered.status, 200, reordered.text);
    assert.deepEqual(
      reordered.body.items.map((category) => category.id),
      reversed.map((entry) => entry.id),
    );
    assert.deepEqual(
      await publicHandles(),
      [...current].reverse().map((category) => category.handle),
    );

    const partial = await t.write<ErrorJson>('PUT', '/api/admin/categories/order', { categories: reversed.slice(1) });
    assert.deepEqual([partial.status, partial.body.error.code], [400, 'validation_failed']);
    // The versions sent are now stale for every category that moved.
    const stale = await t.write<ErrorJson>('PUT', '/api/admin/categories/order', { categories: reversed.reverse() });
    assert.deepEqual([stale.status, stale.body.error.code], [409, 'version_conflict']);
    assert.deepEqual(
      await publicHandles(),
      [...current].reverse().map((category) => category.handle),
    );
  });

  test('remove one: its products move to no category (uncategorized), still found and filtered', async () => {
    const empty = await byHandle('empty');
    const stale = await t.write<ErrorJson>('DELETE', `/api/admin/categories/${empty.id}?version=${empty.version + 1}`);
    assert.deepEqual([stale.status, stale.body.error.code], [409, 'version_conflict']);
    const removed = await t.write('DELETE', `/api/admin/categories/${empty.id}?version=${empty.version}`);
    assert.equal(removed.status, 204);
    assert.ok(!(await publicHandles()).includes('empty'));
    assert.ok(!(await publicHandles()).includes('uncategorized'), 'an empty category moves nothing');
    assert.equal((await t.write('DELETE', `/api/admin/categories/${empty.id}?version=1`)).status, 404);

    const apparel = await byHandle('apparel');
    const socks = await t.product('wool-socks');
    // Cached before the removal: the public pages must not keep the old category.
    const cachedSocks = await t.server.get<Product>('/api/products/wool-socks');
    assert.equal(cachedSocks.body.category.handle, 'apparel');
    const gone = await t.write('DELETE', `/api/admin/categories/${apparel.id}?version=${apparel.version}`);
    assert.equal(gone.status, 204, gone.text);
    const uncategorized = await byHandle('uncategorized');
    assert.deepEqual([uncategorized.name, uncategorized.productCount], ['Uncategorized', apparel.productCount]);
    const moved = await t.product('wool-socks');
    assert.deepEqual([moved.category.handle, moved.version], ['uncategorized', socks.version + 1]);
    assert.equal((await t.server.get<Product>('/api/products/wool-socks')).body.category.handle, 'uncategorized');
    const listed = await t.server.get<ProductList>('/api/products?category=uncategorized&limit=100');
    assert.ok(listed.body.items.some((item) => item.handle === 'wool-socks'));
    const searched = await t.server.get<ProductList>('/api/products?q=uncategorized%20socks');
    assert.deepEqual(
      searched.body.items.map((item) => item.handle),
      ['wool-socks'],
    );
    const stray = await t.write<ErrorJson>(
      'DELETE',
      `/api/admin/categories/${uncategorized.id}?version=${uncategorized.version}`,
    );
    assert.deepEqual([stray.status, stray.body.error.code], [409, 'conflict']);
    assert.deepEqual(stray.body.error.details, { productCount: apparel.productCount });
  });

  test('only an admin changes them', async () => {
    const before = await adminList();
    const home = before.find((category) => category.handle === 'home')!;
    const writes: [string, string, unknown][] = [
      ['POST', '/api/admin/categories', { name: 'Intruders' }],
      ['PATCH', `/api/admin/categories/${home.id}`, { version: home.version, name: 'Hacked' }],
      ['DELETE', `/api/admin/categories/${home.id}?version=${home.version}`, undefined],
      ['PUT', '/api/admin/categories/order', { categories: before.map(({ id, version }) => ({ id, version })) }],
    ];
    for (const [method, path, body] of writes) {
      for (const [headers, status] of [
        [t.customer.headers, 403],
        [{}, 401],
      ] as const) {
        const response = await t.server.get(path, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        assert.equal(response.status, status, `${method} ${path}`);
      }
    }
    assert.deepEqual(await adminList(), before);
  });
});
