// The admin SDK (storelet/admin) against a real server, in Node, every response checked against the
// shared wire schemas: signing in and out, and a 401 signing the client out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAdminClient, type AdminClient } from '../../sdk/admin/index.ts';
import { StoreletAuthError, StoreletRateLimitError, memoryStorage } from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { ensureAdmin } from '../accounts/ensure-admin.ts';
import { createUser } from '../accounts/test-support/users.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

const ADMIN = { email: 'owner@example.com', password: 'a long admin password' };

describe('admin SDK against a real server', () => {
  let server: TestServer;
  const client = (): AdminClient => createAdminClient({ apiUrl: server.url, storage: memoryStorage(), validateResponses, retries: 0 });

  before(async () => {
    server = await startTestServer({ seed: 'none' });
    await ensureAdmin(server.data, ADMIN);
    await createUser(server.data, 'shopper@example.com', 'a shopper password', 'customer');
  });
  after(() => server?.close());

  it('signs in, knows the account, and signs out on the server', async () => {
    const admin = client();
    const account = await admin.signIn(ADMIN);
    assert.equal(account.role, 'admin');
    assert.deepEqual(await admin.account(), account);
    assert.deepEqual(admin.$session.get(), { status: 'signed-in', account });
    await admin.signOut();
    assert.deepEqual(admin.$session.get(), { status: 'signed-out' });
    assert.equal(await admin.account(), null);
  });

  it('refuses a wrong password with invalid_credentials, then rate limits with the wait in seconds', async () => {
    const admin = client();
    const email = 'guessed@example.com';
    await assert.rejects(admin.signIn({ email, password: 'nope' }), (error: unknown) => {
      return error instanceof StoreletAuthError && error.status === 401 && error.code === 'invalid_credentials';
    });
    for (let i = 0; i < 4; i++) await admin.signIn({ email, password: 'nope' }).catch(() => undefined);
    await assert.rejects(admin.signIn({ email, password: 'nope' }), (error: unknown) => {
      assert.ok(error instanceof StoreletRateLimitError, String(error));
      assert.ok(error.retryAfter !== undefined && error.retryAfter > 0 && error.retryAfter <= 60, `retryAfter ${error.retryAfter}`);
      return true;
    });
  });

  it('a token ended elsewhere answers 401, and the client then says signed out', async () => {
    const storage = memoryStorage();
    const same = createAdminClient({ apiUrl: server.url, storage, validateResponses });
    await same.signIn(ADMIN);
    // A second client on the same stored token (another tab) signs out; the first finds out on its next call.
    const other = createAdminClient({ apiUrl: server.url, storage: { ...storage, removeItem: () => undefined } });
    await other.signOut();
    assert.equal(await same.account(), null);
    assert.deepEqual(same.$session.get(), { status: 'signed-out' });
  });
});
