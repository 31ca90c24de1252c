// The admin SDK's catalog calls (storelet/admin `catalog.*`) against a real server, every answer checked against the
// shared wire schemas: products, photos, stock and categories, and the typed errors of a stale edit and a refusal.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createAdminClient, type AdminClient } from '../../sdk/admin/index.ts';
import { StoreletConflictError, memoryStorage } from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

const ADMIN = { email: 'owner@example.com', password: 'a long admin password' };

/** Every method of the catalog API, so one added without a call here fails the count below. */
const METHODS = {
  products: ['addImage', 'create', 'delete', 'get', 'list', 'update'],
  stock: ['change', 'low', 'movements'],
  categories: ['create', 'delete', 'list', 'reorder', 'update'],
};

describe('admin SDK: the catalog', () => {
  let server: TestServer;
  let admin: AdminClient;

  before(async () => {
    server = await startTestServer({ config: { admin: ADMIN } });
    admin = createAdminClient({ apiUrl: server.url, storage: memoryStorage(), validateResponses, retries: 0 });
    await admin.signIn(ADMIN);
  });
  after(() => server?.close());

  it('has exactly the methods checked here', () => {
    for (const [group, names] of Object.entries(METHODS)) {
      assert.deepEqual(Object.keys(admin.catalog[group as keyof typeof METHODS]).sort(), names, group);
    }
  });

  it('categories: create, rename, reorder, list, remove', async () => {
    const created = await admin.catalog.categories.create({ name: 'Lighting' });
    const renamed = await admin.catalog.categories.update(created.id, { version: created.version, name: 'Lamps' });
    assert.equal(renamed.name, 'Lamps');
    const all = await admin.catalog.categories.list();
    const order = [...all.items].reverse().map(({ id, version }) => ({ id, version }));
    const reordered = await admin.catalog.categories.reorder({ categories: order });
    assert.deepEqual(
      reordered.items.map((category) => category.id),
      order.map((entry) => entry.id),
    );
    const lamps = reordered.items.find((category) => category.id === created.id)!;
    assert.equal(await admin.catalog.categories.delete(created.id, lamps.version), undefined);
    assert.ok(!(await admin.catalog.categories.list()).items.some((category) => category.id === created.id));
  });

  it('products and stock: create, read, edit, add a photo, move stock, delete; a stale edit is a typed 409', async () => {
    const home = (await admin.catalog.categories.list()).items.find((category) => category.handle === 'home')!;
    const product = await admin.catalog.products.create({
      title: 'Desk Lamp',
      categoryId: home.id,
      variants: [{ sku: 'DESK-LAMP', title: 'Default', options: {}, price: 4200, initialStock: 2 }],
    });
    assert.equal((await admin.catalog.products.get(product.id)).handle, 'desk-lamp');
    assert.deepEqual(
      (await admin.catalog.products.list({ q: 'desk lamp' })).items.map((item) => item.id),
      [product.id],
    );
    const active = await admin.catalog.products.update(product.id, { version: product.version, status: 'active' });
    await assert.rejects(
      admin.catalog.products.update(product.id, { version: product.version, title: 'Stale' }),
      (error: unknown) =>
        error instanceof StoreletConflictError && error.status === 409 && error.code === 'version_conflict',
    );
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const photo = new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' });
    const pictured = await admin.catalog.products.addImage(product.id, photo, { version: active.version, alt: 'Lamp' });
    assert.deepEqual([pictured.images.length, pictured.images[0]?.alt], [1, 'Lamp']);

    const variantId = product.variants[0]!.id;
    const moved = await admin.catalog.stock.change(variantId, { delta: -1, reason: 'damaged', note: 'Dropped' });
    assert.equal(moved.stock.stocked, 1);
    const ledger = await admin.catalog.stock.movements(variantId, { limit: 10 });
    assert.deepEqual(
      ledger.items.map((movement) => movement.reason),
      ['damaged', 'received'],
    );
    const low = await admin.catalog.stock.low({ limit: 100 });
    assert.ok(low.items.some((item) => item.variantId === variantId));

    const deleted = await admin.catalog.products.delete(product.id, pictured.version);
    assert.deepEqual(deleted, { outcome: 'deleted', product: null });
  });
});
