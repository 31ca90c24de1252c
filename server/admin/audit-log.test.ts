import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AuditLogPage } from '../../sdk/schemas/index.ts';
import { bearer, createUser, signInToken } from '../accounts/test-support/users.ts';
import { insertAuditEntry } from '../data/sqlite/audit-log.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/** The log's reading side. Its entries are written by the repositories whose edits they record; their tests check that. */
let server: TestServer;
let admin: RequestInit;
const actor = { id: 'usr_owner', email: 'owner@example.com' };

before(async () => {
  server = await startTestServer();
  await createUser(server.data, 'owner@example.com', 'a long admin password', 'admin');
  admin = bearer(await signInToken(server, 'owner@example.com', 'a long admin password'));
  for (let index = 0; index < 5; index++) {
    const entityId = index % 2 === 0 ? 'prod_even' : 'prod_odd';
    const entry = {
      actor,
      action: 'product.update',
      entity: 'product' as const,
      entityId,
      before: { n: index },
      after: { n: index + 1 },
    };
    insertAuditEntry(server.sqlite, entry, `2026-12-0${index + 1}T10:00:00.000Z`);
  }
  insertAuditEntry(
    server.sqlite,
    { actor, action: 'category.create', entity: 'category', entityId: 'cat_new', before: null, after: { name: 'New' } },
    '2026-12-06T10:00:00.000Z',
  );
});
after(() => server.close());

test('the log is read newest first, in pages, with before and after as they were', async () => {
  const first = await server.get<AuditLogPage>('/api/admin/audit-log?limit=4', admin);
  assert.equal(first.status, 200);
  assert.deepEqual(
    first.body.items.map((entry) => entry.at.slice(0, 10)),
    ['2026-12-06', '2026-12-05', '2026-12-04', '2026-12-03'],
  );
  assert.deepEqual(first.body.items[0], {
    ...first.body.items[0],
    actor,
    action: 'category.create',
    entity: 'category',
    before: null,
    after: { name: 'New' },
  });
  assert.ok(first.body.nextCursor);
  const second = await server.get<AuditLogPage>(`/api/admin/audit-log?limit=4&cursor=${first.body.nextCursor}`, admin);
  assert.deepEqual(
    second.body.items.map((entry) => [entry.at.slice(0, 10), entry.before]),
    [
      ['2026-12-02', { n: 1 }],
      ['2026-12-01', { n: 0 }],
    ],
  );
  assert.equal(second.body.nextCursor, null);
});

test('filters by kind of record and by record', async () => {
  const products = await server.get<AuditLogPage>('/api/admin/audit-log?entity=product&entityId=prod_odd', admin);
  assert.deepEqual(
    products.body.items.map((entry) => entry.after),
    [{ n: 4 }, { n: 2 }],
  );
  const categories = await server.get<AuditLogPage>('/api/admin/audit-log?entity=category', admin);
  assert.deepEqual(
    categories.body.items.map((entry) => entry.entityId),
    ['cat_new'],
  );
});

test('a cursor made for other filters, or an unknown kind of record, is refused', async () => {
  const first = await server.get<AuditLogPage>('/api/admin/audit-log?limit=1', admin);
  const moved = await server.get<ErrorJson>(
    `/api/admin/audit-log?entity=product&cursor=${first.body.nextCursor}`,
    admin,
  );
  assert.equal(moved.status, 400);
  assert.equal(moved.body.error.code, 'invalid_cursor');
  const unknown = await server.get<ErrorJson>('/api/admin/audit-log?entity=orders', admin);
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.error.code, 'validation_failed');
});

test('only an admin reads the log', async () => {
  assert.equal((await server.get<ErrorJson>('/api/admin/audit-log')).status, 401);
  await createUser(server.data, 'shopper@example.com', 'a long customer password');
  const shopper = bearer(await signInToken(server, 'shopper@example.com', 'a long customer password'));
  const refused = await server.get<ErrorJson>('/api/admin/audit-log', shopper);
  assert.equal(refused.status, 403);
  assert.equal(refused.body.error.code, 'forbidden');
});
