import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AdminCategory, AdminProduct, AuditLogPage } from '../../../sdk/schemas/index.ts';
import { startAdminTestServer, type AdminTestServer } from './test-support/admin-server.ts';

/** Every catalog write is in the audit log with who, what, before and after; a refused one leaves nothing there. */
let t: AdminTestServer;

before(async () => {
  t = await startAdminTestServer();
});
after(() => t.server.close());

const entries = async (query: string) =>
  (await t.server.get<AuditLogPage>(`/api/admin/audit-log?${query}`, t.admin)).body.items;

test('product, stock and category writes are audited; refused ones are not', async () => {
  const mug = await t.product('lantern-mug');
  const edited = await t.write<AdminProduct>('PATCH', `/api/admin/products/${mug.id}`, {
    version: mug.version,
    title: 'Lantern Cup',
  });
  assert.equal(edited.status, 200, edited.text);
  // Refused: stale, and a customer's.
  assert.equal(
    (await t.write('PATCH', `/api/admin/products/${mug.id}`, { version: mug.version, title: 'Stale' })).status,
    409,
  );
  const byCustomer = await t.server.get(`/api/admin/products/${mug.id}`, {
    method: 'PATCH',
    headers: { ...t.customer.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ version: mug.version + 1, title: 'Customer' }),
  });
  assert.equal(byCustomer.status, 403);

  const productLog = await entries(`entity=product&entityId=${mug.id}`);
  assert.equal(productLog.length, 1);
  const [entry] = productLog;
  assert.deepEqual([entry?.action, entry?.actor.email], ['product.update', 'owner@example.com']);
  assert.equal((entry?.before as AdminProduct).title, 'Lantern Mug');
  assert.equal((entry?.after as AdminProduct).title, 'Lantern Cup');

  const variantId = mug.variants[0]!.id;
  assert.equal(
    (await t.write('POST', `/api/admin/variants/${variantId}/stock`, { delta: 2, reason: 'received' })).status,
    200,
  );
  assert.equal(
    (await t.write('POST', `/api/admin/variants/${variantId}/stock`, { delta: -10_000, reason: 'damaged' })).status,
    409,
  );
  const stockLog = await entries(`entity=stock&entityId=${variantId}`);
  assert.deepEqual(
    stockLog.map((stock) => [
      stock.action,
      (stock.before as { stocked: number }).stocked,
      (stock.after as { stocked: number }).stocked,
    ]),
    [['stock.adjust', mug.variants[0]!.stock.stocked, mug.variants[0]!.stock.stocked + 2]],
  );

  const created = await t.write<AdminCategory>('POST', '/api/admin/categories', { name: 'Lighting' });
  const categoryLog = await entries(`entity=category&entityId=${created.body.id}`);
  assert.deepEqual(
    categoryLog.map((category) => [category.action, category.before, (category.after as AdminCategory).name]),
    [['category.create', null, 'Lighting']],
  );
});
