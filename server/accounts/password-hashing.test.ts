import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { PasswordHashingBusyError } from './errors.ts';
import { HASHES_AT_ONCE, HASHES_WAITING, hashPassword, passwordHashing, verifyPassword } from './password.ts';
import { createUser } from './test-support/users.ts';

let server: TestServer;
const PASSWORD = 'correct horse battery';
before(async () => {
  server = await startTestServer({ seed: 'none', rules: 'none' });
  await createUser(server.data, 'ada@example.com', PASSWORD);
});
after(() => server.close());

/** Takes every hashing slot and every place in the queue until `release()`. */
function fillHashing() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held = Array.from({ length: HASHES_AT_ONCE + HASHES_WAITING }, () => passwordHashing.run(() => gate));
  assert.equal(passwordHashing.waiting, HASHES_WAITING);
  return async () => {
    release();
    await Promise.all(held);
  };
}

describe('password hashing is bounded process-wide', () => {
  test('with every slot taken and the queue full, a sign-in is refused at once with 429 and Retry-After: 1', async () => {
    const release = fillHashing();
    try {
      for (const email of ['ada@example.com', 'nobody@example.com']) {
        const response = await server.send<ErrorJson>('/api/sessions', { email, password: PASSWORD });
        assert.equal(response.status, 429, `${email}: ${response.text}`);
        assert.equal(response.body.error.code, 'rate_limited');
        assert.deepEqual(response.body.error.details, { retryAfter: 1 });
        assert.equal(response.headers.get('retry-after'), '1');
        assert.equal(response.headers.get('cache-control'), 'no-store');
      }
      assert.equal(passwordHashing.waiting, HASHES_WAITING, 'the refused sign-ins took no place in the queue');
      assert.equal(server.sqlite.prepare('SELECT count(*) FROM sign_in_throttle').pluck().get(), 0, 'and cost no try');
    } finally {
      await release();
    }
    const response = await server.send('/api/sessions', { email: 'ada@example.com', password: PASSWORD });
    assert.equal(response.status, 201, 'once the queue drains, the right password signs in');
  });

  test('hashing a new password and checking one are refused the same way', async () => {
    const stored = await hashPassword(PASSWORD);
    const release = fillHashing();
    try {
      await assert.rejects(hashPassword(PASSWORD), PasswordHashingBusyError);
      await assert.rejects(verifyPassword(PASSWORD, stored), PasswordHashingBusyError);
      await assert.rejects(verifyPassword(PASSWORD, null), PasswordHashingBusyError);
    } finally {
      await release();
    }
    assert.equal(await verifyPassword(PASSWORD, stored), true);
  });
});
