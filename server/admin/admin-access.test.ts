import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ensureAdmin } from '../accounts/ensure-admin.ts';
import { bearer, createUser, signInToken, testClock } from '../accounts/test-support/users.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

const clock = testClock();
let server: TestServer;
let adminToken: string;
let customerToken: string;
before(async () => {
  server = await startTestServer({ seed: 'none', rules: 'none', start: { now: clock.now } });
  await ensureAdmin(server.data, { email: 'owner@example.com', password: 'a long admin password' });
  await createUser(server.data, 'shopper@example.com', 'a shopper password');
  adminToken = await signInToken(server, 'owner@example.com', 'a long admin password');
  customerToken = await signInToken(server, 'shopper@example.com', 'a shopper password');
});
after(() => server.close());

// Every admin route, and one that does not exist: the check comes before routing, so it tells nothing either.
const PATHS = [
  '/api/admin/orders',
  '/api/admin/orders/ord_x',
  '/api/admin/orders/ord_x/uploads/upl_x/file',
  '/api/admin/nothing',
];

async function refused(init: RequestInit, status: number, code: string): Promise<void> {
  for (const path of PATHS) {
    const response = await server.get<ErrorJson>(path, init);
    assert.equal(response.status, status, path);
    assert.equal(response.body.error.code, code, path);
    assert.equal(response.headers.get('cache-control'), 'no-store', path);
    if (status === 401) assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer /, path);
  }
}

describe('/api/admin/*', () => {
  test('is 401 unauthorized without a token or with a garbage one', async () => {
    await refused({}, 401, 'unauthorized');
    await refused(bearer('sst_garbage'), 401, 'unauthorized');
    await refused({ headers: { authorization: 'Basic b3duZXI6cGFzcw==' } }, 401, 'unauthorized');
  });

  test("is 403 forbidden with a customer's token", async () => {
    await refused(bearer(customerToken), 403, 'forbidden');
  });

  test("answers an admin's token", async () => {
    const response = await server.get('/api/admin/orders', bearer(adminToken));
    assert.equal(response.status, 200, response.text);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal((await server.get('/api/admin/nothing', bearer(adminToken))).status, 404);
  });

  test('no answer may be cached: 200, 400, 404, 401 and 403 all say no-store', async () => {
    const cases: [string, RequestInit, number][] = [
      ['/api/admin/orders', bearer(adminToken), 200],
      ['/api/admin/orders?limit=0', bearer(adminToken), 400],
      ['/api/admin/orders/ord_nothing', bearer(adminToken), 404],
      ['/api/admin/nothing', bearer(adminToken), 404],
      ['/api/admin/orders', {}, 401],
      ['/api/admin/orders', bearer(customerToken), 403],
    ];
    for (const [path, init, status] of cases) {
      const response = await server.get(path, init);
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get('cache-control'), 'no-store', `${status} ${path}`);
    }
  });

  test('an admin made a customer again loses access at once', async () => {
    const user = await server.data.accounts.findUserByEmailKey('owner@example.com');
    assert.ok(user);
    await server.data.accounts.updateUser(user.id, {
      role: 'customer',
      passwordHash: user.passwordHash,
      updatedAt: clock.now().toISOString(),
    });
    assert.equal((await server.get('/api/admin/orders', bearer(adminToken))).status, 403);
    await ensureAdmin(server.data, { email: 'owner@example.com', password: 'a long admin password' });
    assert.equal(
      (await server.get('/api/admin/orders', bearer(adminToken))).status,
      200,
      'the same password keeps the session',
    );
  });

  test('an admin session ends after 12 hours', async () => {
    const token = await signInToken(server, 'owner@example.com', 'a long admin password');
    clock.advance(12 * 60 * 60 * 1000 - 1000);
    assert.equal((await server.get('/api/admin/orders', bearer(token))).status, 200);
    clock.advance(1000);
    await refused(bearer(token), 401, 'unauthorized');
  });
});
