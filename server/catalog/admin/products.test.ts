import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  AdminProduct,
  AdminProductList,
  CategoryList,
  DeleteProductResult,
  Product,
  ProductList,
} from '../../../sdk/schemas/index.ts';
import { AdminProduct as AdminProductSchema } from '../../../sdk/schemas/index.ts';
import { cartWith, checkout, createCart } from '../../test-support/checkout.ts';
import type { ErrorJson } from '../../test-support/server.ts';
import { startAdminTestServer, type AdminTestServer } from './test-support/admin-server.ts';

let t: AdminTestServer;
let homeId: string;
let apparelId: string;

before(async () => {
  t = await startAdminTestServer();
  const categories = (await t.server.get<CategoryList>('/api/categories')).body.items;
  homeId = categories.find((category) => category.handle === 'home')?.id ?? '';
  apparelId = categories.find((category) => category.handle === 'apparel')?.id ?? '';
});
after(() => t.server.close());

const search = async (q: string) =>
  (await t.server.get<ProductList>(`/api/products?q=${encodeURIComponent(q)}`)).body.items.map((item) => item.handle);
const publicProduct = (idOrHandle: string) => t.server.get<Product & ErrorJson>(`/api/products/${idOrHandle}`);

const newLamp = {
  title: 'Brass Reading Lamp',
  description: 'A dimmable lamp with a weighted base.',
  categoryId: '',
  tags: ['lighting'],
  options: [{ name: 'Finish', values: ['Brass', 'Chrome'] }],
  variants: [
    { sku: 'LAMP-BRASS', title: 'Brass', options: { Finish: 'Brass' }, price: 8900, initialStock: 4 },
    { sku: 'LAMP-CHROME', title: 'Chrome', options: { Finish: 'Chrome' }, price: 9400, compareAtPrice: 9900 },
  ],
};

describe('creating a product', () => {
  test('a new product is a draft, out of the public catalog and search, with its stock in the ledger', async () => {
    const created = await t.write<AdminProduct>('POST', '/api/admin/products', { ...newLamp, categoryId: homeId });
    assert.equal(created.status, 201, created.text);
    const lamp = AdminProductSchema.parse(created.body);
    assert.deepEqual(
      [lamp.handle, lamp.status, lamp.version, lamp.category.handle],
      ['brass-reading-lamp', 'draft', 1, 'home'],
    );
    assert.deepEqual(
      lamp.variants.map((variant) => [
        variant.sku,
        variant.price.amount,
        variant.compareAtPrice?.amount ?? null,
        variant.stock.stocked,
      ]),
      [
        ['LAMP-BRASS', 8900, null, 4],
        ['LAMP-CHROME', 9400, 9900, 0],
      ],
    );
    assert.equal((await publicProduct(lamp.id)).status, 404);
    assert.equal((await publicProduct('brass-reading-lamp')).status, 404);
    assert.deepEqual(await search('brass lamp'), []);
    const cart = await createCart(t.server);
    const hidden = await t.server.send<ErrorJson>(`/api/carts/${cart.id}/lines`, {
      variantId: lamp.variants[0]?.id,
      quantity: 1,
    });
    assert.deepEqual([hidden.status, hidden.body.error.code], [404, 'not_found'], 'a draft cannot be bought');
    const ledger = await t.server.get<{ items: { delta: number; reason: string }[] }>(
      `/api/admin/variants/${lamp.variants[0]?.id}/stock-movements`,
      t.admin,
    );
    assert.deepEqual(
      ledger.body.items.map((movement) => [movement.delta, movement.reason]),
      [[4, 'received']],
    );

    const activated = await t.write<AdminProduct>('PATCH', `/api/admin/products/${lamp.id}`, {
      version: 1,
      status: 'active',
    });
    assert.equal(activated.status, 200, activated.text);
    assert.equal(activated.body.version, 2);
    assert.equal((await publicProduct('brass-reading-lamp')).body.title, 'Brass Reading Lamp');
    assert.deepEqual(await search('brass lamp'), ['brass-reading-lamp']);
  });

  test('refuses variants that do not fit the options, an unknown category, a taken handle or SKU', async () => {
    const misfit = await t.write<ErrorJson>('POST', '/api/admin/products', {
      ...newLamp,
      title: 'Misfit',
      categoryId: homeId,
      variants: [{ sku: 'MISFIT-1', title: 'Gold', options: { Finish: 'Gold' }, price: 100 }],
    });
    assert.equal(misfit.status, 400, misfit.text);
    assert.equal(misfit.body.error.code, 'validation_failed');
    assert.match(JSON.stringify(misfit.body.error.details), /variants\.0\.options\.Finish/);

    const nowhere = await t.write<ErrorJson>('POST', '/api/admin/products', {
      ...newLamp,
      handle: 'nowhere',
      categoryId: 'cat_missing',
    });
    assert.equal(nowhere.status, 400);
    assert.match(JSON.stringify(nowhere.body.error.details), /categoryId/);

    const sameHandle = await t.write<ErrorJson>('POST', '/api/admin/products', {
      ...newLamp,
      handle: 'lantern-mug',
      categoryId: homeId,
      variants: [{ sku: 'OTHER-MUG', title: 'Mug', options: {}, price: 100 }],
      options: [],
    });
    assert.deepEqual([sameHandle.status, sameHandle.body.error.code], [409, 'handle_taken']);
    // A handle made from a title is numbered instead: "Lantern Mug" again becomes lantern-mug-2.
    const numbered = await t.write<AdminProduct>('POST', '/api/admin/products', {
      title: 'Lantern Mug',
      categoryId: homeId,
      variants: [{ sku: 'LANTERN-MUG-TWO', title: 'Mug', options: {}, price: 100 }],
    });
    assert.deepEqual([numbered.status, numbered.body.handle], [201, 'lantern-mug-2']);

    const sameSku = await t.write<ErrorJson>('POST', '/api/admin/products', {
      title: 'Second Mug',
      categoryId: homeId,
      variants: [{ sku: 'LANTERN-MUG-0', title: 'Mug', options: {}, price: 100 }],
    });
    assert.deepEqual([sameSku.status, sameSku.body.error.code], [409, 'sku_taken']);
    assert.equal((await publicProduct('second-mug')).status, 404);
  });
});

describe('editing a product', () => {
  test('a price edit shows at once on the cached public product and list', async () => {
    const mug = await t.product('lantern-mug');
    // Both pages are in the page cache before the edit.
    assert.equal((await publicProduct('lantern-mug')).body.variants[0]?.price.amount, 1500);
    assert.equal((await publicProduct('lantern-mug')).body.variants[0]?.price.amount, 1500);
    const list = async () =>
      (await t.server.get<ProductList>('/api/products?category=home&limit=100')).body.items.find(
        (item) => item.handle === 'lantern-mug',
      );
    assert.equal((await list())?.price.amount, 1500);

    const variant = mug.variants[0]!;
    const edited = await t.write<AdminProduct>('PATCH', `/api/admin/products/${mug.id}`, {
      version: mug.version,
      variants: [{ id: variant.id, sku: variant.sku, title: variant.title, options: variant.options, price: 1750 }],
    });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.variants[0]?.id, variant.id, 'the variant is kept, not replaced');
    assert.equal((await publicProduct('lantern-mug')).body.variants[0]?.price.amount, 1750);
    assert.equal((await list())?.price.amount, 1750);
  });

  test('a stale edit answers 409 and changes nothing', async () => {
    const towel = await t.product('tea-towel');
    const first = await t.write<AdminProduct>('PATCH', `/api/admin/products/${towel.id}`, {
      version: towel.version,
      title: 'Linen Tea Towel',
    });
    assert.equal(first.status, 200, first.text);
    const stale = await t.write<ErrorJson>('PATCH', `/api/admin/products/${towel.id}`, {
      version: towel.version,
      title: 'Paper Towel',
      description: 'Overwritten.',
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'version_conflict');
    assert.deepEqual(stale.body.error.details, { currentVersion: towel.version + 1 });
    const now = await t.product('tea-towel');
    assert.deepEqual(
      [now.title, now.description, now.version],
      ['Linen Tea Towel', towel.description, towel.version + 1],
    );
    assert.equal((await publicProduct('tea-towel')).body.title, 'Linen Tea Towel');
  });

  test('search follows titles, descriptions, tags and option values', async () => {
    const clock = await t.product('wall-clock');
    assert.deepEqual(await search('wall clock'), ['wall-clock']);
    const edited = await t.write<AdminProduct>('PATCH', `/api/admin/products/${clock.id}`, {
      version: clock.version,
      title: 'Station Timepiece',
      description: 'Quartz movement behind a walnut face.',
      tags: ['horology'],
      options: [{ name: 'Wood', values: ['Walnut', 'Teak'] }],
      variants: [
        { id: clock.variants[0]?.id, sku: 'CLOCK-WALNUT', title: 'Walnut', options: { Wood: 'Walnut' }, price: 2000 },
        { sku: 'CLOCK-TEAK', title: 'Teak', options: { Wood: 'Teak' }, price: 2200 },
      ],
    });
    assert.equal(edited.status, 200, edited.text);
    assert.deepEqual(await search('wall clock'), []);
    for (const words of ['station timepiece', 'quartz', 'horology', 'teak']) {
      assert.deepEqual(await search(words), ['wall-clock'], words);
    }
    assert.equal((await publicProduct('wall-clock')).body.priceMax.amount, 2200);
  });

  test('a new handle keeps the old one finding the product, answered with its current handle', async () => {
    const apron = await t.product('cafe-apron');
    const renamed = await t.write<AdminProduct>('PATCH', `/api/admin/products/${apron.id}`, {
      version: apron.version,
      handle: 'chef-apron',
    });
    assert.equal(renamed.status, 200, renamed.text);
    assert.deepEqual(renamed.body.formerHandles, ['cafe-apron']);
    for (const handle of ['cafe-apron', 'chef-apron']) {
      const found = await publicProduct(handle);
      assert.deepEqual([found.status, found.body.id, found.body.handle], [200, apron.id, 'chef-apron'], handle);
    }
    // Another product may not take a handle that still points somewhere.
    const tote = await t.product('canvas-tote');
    const taken = await t.write<ErrorJson>('PATCH', `/api/admin/products/${tote.id}`, {
      version: tote.version,
      handle: 'cafe-apron',
    });
    assert.deepEqual([taken.status, taken.body.error.code], [409, 'handle_taken']);
    // The product itself may take its old handle back.
    const back = await t.write<AdminProduct>('PATCH', `/api/admin/products/${apron.id}`, {
      version: apron.version + 1,
      handle: 'cafe-apron',
    });
    assert.equal(back.status, 200, back.text);
    assert.deepEqual(back.body.formerHandles, ['chef-apron']);
    assert.equal((await publicProduct('chef-apron')).body.handle, 'cafe-apron');
  });

  test('archived and draft products leave the public catalog, and restoring brings them back', async () => {
    const socks = await t.product('wool-socks');
    const suggested = async () =>
      (
        await t.server.get<{ items: { handle: string }[] }>('/api/products/alpha-tee/recommendations?limit=24')
      ).body.items.map((item) => item.handle);
    assert.ok((await suggested()).includes('wool-socks'));
    const archived = await t.write<AdminProduct>('PATCH', `/api/admin/products/${socks.id}`, {
      version: socks.version,
      status: 'archived',
    });
    assert.equal(archived.body.status, 'archived');
    assert.equal((await publicProduct('wool-socks')).status, 404);
    assert.deepEqual(await search('wool socks'), []);
    const apparel = await t.server.get<ProductList>('/api/products?category=apparel&limit=100');
    assert.ok(!apparel.body.items.some((item) => item.handle === 'wool-socks'));
    assert.ok(!(await suggested()).includes('wool-socks'), 'never suggested');
    const restored = await t.write<AdminProduct>('PATCH', `/api/admin/products/${socks.id}`, {
      version: socks.version + 1,
      status: 'active',
    });
    assert.equal(restored.body.status, 'active');
    assert.equal((await publicProduct('wool-socks')).status, 200);
  });

  test('refuses a variant of another product, and an image the product does not have', async () => {
    const jacket = await t.product('rain-jacket');
    const other = (await t.product('sale-hoodie')).variants[0]!;
    const stolen = await t.write<ErrorJson>('PATCH', `/api/admin/products/${jacket.id}`, {
      version: jacket.version,
      options: [{ name: 'Size', values: ['S'] }],
      variants: [{ id: other.id, sku: 'X', title: 'S', options: { Size: 'S' }, price: 1 }],
      images: [{ url: '/media/seed/elsewhere.svg', alt: '' }],
    });
    assert.equal(stolen.status, 400);
    const paths = (stolen.body.error.details as { issues: { path: string }[] }).issues.map((issue) => issue.path);
    assert.deepEqual(paths, ['variants.0.id', 'images.0.url']);
    assert.equal((await t.product('rain-jacket')).version, jacket.version);
  });

  test('unknown products answer 404', async () => {
    assert.equal((await t.server.get('/api/admin/products/prod_missing', t.admin)).status, 404);
    const patch = await t.write<ErrorJson>('PATCH', '/api/admin/products/prod_missing', { version: 1, title: 'Ghost' });
    assert.deepEqual([patch.status, patch.body.error.code], [404, 'not_found']);
    assert.equal((await t.write('DELETE', '/api/admin/products/prod_missing?version=1')).status, 404);
  });
});

describe('deleting a product', () => {
  test('one without orders is deleted; a stale version is refused first', async () => {
    const tote = await t.product('canvas-tote');
    const stale = await t.write<ErrorJson>('DELETE', `/api/admin/products/${tote.id}?version=${tote.version + 5}`);
    assert.deepEqual([stale.status, stale.body.error.code], [409, 'version_conflict']);
    const deleted = await t.write<DeleteProductResult>(
      'DELETE',
      `/api/admin/products/${tote.id}?version=${tote.version}`,
    );
    assert.deepEqual([deleted.status, deleted.body], [200, { outcome: 'deleted', product: null }]);
    assert.equal((await t.server.get(`/api/admin/products/${tote.id}`, t.admin)).status, 404);
    assert.equal((await publicProduct('canvas-tote')).status, 404);
  });

  test('one with orders is archived, not deleted', async () => {
    await checkout(t.server, (await cartWith(t.server, [['low-stock-lamp', 1]])).id);
    const lamp = await t.product('low-stock-lamp');
    assert.equal(lamp.hasOrders, true);
    const answer = await t.write<DeleteProductResult>(
      'DELETE',
      `/api/admin/products/${lamp.id}?version=${lamp.version}`,
    );
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.body.outcome, 'archived');
    assert.equal(answer.body.product?.status, 'archived');
    const kept = await t.server.get<AdminProduct>(`/api/admin/products/${lamp.id}`, t.admin);
    assert.deepEqual([kept.status, kept.body.status, kept.body.variants.length], [200, 'archived', 1]);
    assert.equal((await publicProduct('low-stock-lamp')).status, 404);
  });
});

describe('the admin list', () => {
  test('filters by status and finds a SKU, paging with a cursor', async () => {
    const archived = await t.server.get<AdminProductList>('/api/admin/products?status=archived', t.admin);
    assert.deepEqual(
      archived.body.items.map((item) => item.handle),
      ['low-stock-lamp'],
    );
    const bySku = await t.server.get<AdminProductList>('/api/admin/products?q=lamp-chrome', t.admin);
    assert.deepEqual(
      bySku.body.items.map((item) => item.handle),
      ['brass-reading-lamp'],
    );
    const first = await t.server.get<AdminProductList>('/api/admin/products?limit=2', t.admin);
    assert.equal(first.body.items.length, 2);
    const next = await t.server.get<AdminProductList>(
      `/api/admin/products?limit=2&cursor=${first.body.nextCursor}`,
      t.admin,
    );
    assert.equal(next.body.items.length, 2);
    assert.ok(!next.body.items.some((item) => first.body.items.some((seen) => seen.id === item.id)));
    const wrong = await t.server.get<ErrorJson>(
      `/api/admin/products?status=draft&cursor=${first.body.nextCursor}`,
      t.admin,
    );
    assert.deepEqual([wrong.status, wrong.body.error.code], [400, 'invalid_cursor']);
  });
});

describe('only an admin writes', () => {
  test('a customer token answers 403 and no token 401, and nothing changes', async () => {
    const mug = await t.product('lantern-mug');
    const variant = mug.variants[0]!;
    const writes: [string, string, unknown][] = [
      ['POST', '/api/admin/products', { ...newLamp, title: 'Intruder Lamp', categoryId: apparelId }],
      ['PATCH', `/api/admin/products/${mug.id}`, { version: mug.version, title: 'Hacked Mug' }],
      ['DELETE', `/api/admin/products/${mug.id}?version=${mug.version}`, undefined],
      ['POST', `/api/admin/variants/${variant.id}/stock`, { delta: -1, reason: 'damaged' }],
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
    assert.deepEqual(await t.product('lantern-mug'), mug);
    assert.deepEqual(await search('intruder'), []);
  });
});
