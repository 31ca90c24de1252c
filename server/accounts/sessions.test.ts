import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Account, AccountSession } from '../../sdk/schemas/index.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { MAX_FAILURES } from './throttle.ts';
import { bearer, createUser, signInToken, testClock } from './test-support/users.ts';

const clock = testClock();
let server: TestServer;
const PASSWORD = 'correct horse battery';
before(async () => {
  server = await startTestServer({ seed: 'none', rules: 'none', start: { now: clock.now } });
  await createUser(server.data, 'Grace@Example.com', PASSWORD);
});
after(() => server.close());

const HOUR = 60 * 60 * 1000;
/** More than the hashing queue's 2 slots and fewer than its 32 places, so none is refused for load. */
const PARALLEL_TRIES = 20;

describe('POST /api/sessions', () => {
  test('signs in with any spelling of the email; the token opens GET /api/account', async () => {
    const response = await server.send<AccountSession>('/api/sessions', {
      email: '  grace@EXAMPLE.com ',
      password: PASSWORD,
    });
    assert.equal(response.status, 201, response.text);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.ok(AccountSession.safeParse(response.body).success);
    const { token, expiresAt, account } = response.body;
    assert.match(token, /^sst_[\w-]{43}$/);
    assert.equal(Date.parse(expiresAt) - clock.now().getTime(), 30 * 24 * HOUR, 'a customer session lasts 30 days');
    assert.deepEqual([account.email, account.role, account.name], ['Grace@Example.com', 'customer', null]);

    const me = await server.get<Account>('/api/account', bearer(token));
    assert.equal(me.status, 200, me.text);
    assert.equal(me.headers.get('cache-control'), 'no-store');
    assert.deepEqual(me.body, account);
    assert.ok(!('passwordHash' in me.body) && !me.text.includes('scrypt'));
  });

  test('an unknown email and a wrong password get the identical 401', async () => {
    const unknown = await server.send<ErrorJson>('/api/sessions', { email: 'nobody@example.com', password: PASSWORD });
    const wrong = await server.send<ErrorJson>('/api/sessions', {
      email: 'grace@example.com',
      password: 'not the password',
    });
    assert.equal(unknown.status, 401);
    assert.equal(wrong.status, 401);
    assert.equal(unknown.body.error.code, 'invalid_credentials');
    assert.equal(unknown.text, wrong.text);
    assert.equal(wrong.headers.get('cache-control'), 'no-store');
  });

  test('bad bodies are 400 validation_failed', async () => {
    for (const body of [
      {},
      { email: 'grace@example.com' },
      { email: 'not-an-email', password: 'x' },
      { email: 'grace@example.com', password: '' },
    ]) {
      const response = await server.send<ErrorJson>('/api/sessions', body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error.code, 'validation_failed');
    }
  });

  test('the database holds neither the token nor the password', async () => {
    const token = await signInToken(server, 'grace@example.com', PASSWORD);
    const dump = JSON.stringify([
      server.sqlite.prepare('SELECT * FROM users').all(),
      server.sqlite.prepare('SELECT * FROM sessions').all(),
    ]);
    assert.ok(!dump.includes(token) && !dump.includes(token.slice(4)), 'no raw token');
    assert.ok(!dump.includes(PASSWORD), 'no plain password');
    const hash = server.sqlite.prepare('SELECT password_hash FROM users').pluck().get() as string;
    assert.match(hash, /^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });
});

describe('session tokens', () => {
  test('GET /api/account without, with a garbage or with an expired token is 401 unauthorized', async () => {
    const token = await signInToken(server, 'grace@example.com', PASSWORD);
    for (const init of [
      {},
      bearer('sst_garbage'),
      bearer(`sst_${'A'.repeat(43)}`),
      { headers: { authorization: token } },
    ]) {
      const response = await server.get<ErrorJson>('/api/account', init);
      assert.equal(response.status, 401);
      assert.equal(response.body.error.code, 'unauthorized');
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
    }
    clock.advance(30 * 24 * HOUR - 1000);
    assert.equal((await server.get('/api/account', bearer(token))).status, 200, 'still valid a second before');
    clock.advance(1000);
    const expired = await server.get<ErrorJson>('/api/account', bearer(token));
    assert.equal(expired.status, 401);
    assert.equal(expired.body.error.code, 'unauthorized');
  });

  test('DELETE /api/sessions/current signs that session out, and only it', async () => {
    const first = await signInToken(server, 'grace@example.com', PASSWORD);
    const second = await signInToken(server, 'grace@example.com', PASSWORD);
    const out = await server.get('/api/sessions/current', { method: 'DELETE', ...bearer(first) });
    assert.equal(out.status, 204);
    assert.equal((await server.get('/api/account', bearer(first))).status, 401);
    assert.equal((await server.get('/api/account', bearer(second))).status, 200);
    assert.equal((await server.get('/api/sessions/current', { method: 'DELETE', ...bearer(first) })).status, 401);
  });
});

describe('sign-in throttle', () => {
  test('after 5 failures even the right password gets 429 with retryAfter; the lock doubles, and a success resets it', async () => {
    await createUser(server.data, 'linus@example.com', PASSWORD);
    const attempt = (password: string) =>
      server.send<ErrorJson>('/api/sessions', { email: 'linus@example.com', password });
    const refusals = [];
    for (let i = 0; i < 5; i++) {
      const refused = await attempt('wrong password');
      assert.equal(refused.status, 401, `failure ${i + 1}`);
      refusals.push(refused.body.error.details);
    }
    // Each refusal says how many tries are left; the one that locks says for how long.
    assert.deepEqual(refusals, [
      { attemptsLeft: 4 },
      { attemptsLeft: 3 },
      { attemptsLeft: 2 },
      { attemptsLeft: 1 },
      { attemptsLeft: 0, retryAfter: 60 },
    ]);
    const locked = await attempt(PASSWORD);
    assert.equal(locked.status, 429);
    assert.equal(locked.body.error.code, 'rate_limited');
    assert.equal(locked.body.error.details?.retryAfter, 60);
    assert.equal(locked.headers.get('retry-after'), '60');
    assert.equal(locked.headers.get('cache-control'), 'no-store');

    clock.advance(60_000);
    assert.equal((await attempt('wrong again')).status, 401, 'tried again once the lock is over');
    const longer = await attempt(PASSWORD);
    assert.equal(longer.status, 429);
    assert.equal(longer.body.error.details?.retryAfter, 120, 'the sixth failure locks for two minutes');

    clock.advance(120_000);
    assert.equal((await attempt(PASSWORD)).status, 201, 'the right password after the lock');
    assert.equal((await attempt('wrong')).status, 401, 'the count started again');
    assert.equal((await attempt(PASSWORD)).status, 201);
  });

  test(`of ${PARALLEL_TRIES} wrong tries sent at once, only ${MAX_FAILURES} are checked; the rest get 429`, async () => {
    await createUser(server.data, 'barbara@example.com', PASSWORD);
    for (const email of ['barbara@example.com', 'phantom@example.com']) {
      const tries = Array.from({ length: PARALLEL_TRIES }, (_, i) =>
        server.send<ErrorJson>('/api/sessions', { email, password: `guess ${i}` }),
      );
      const statuses = (await Promise.all(tries)).map((response) => response.status);
      assert.equal(statuses.filter((status) => status === 401).length, MAX_FAILURES, `${email}: ${statuses.join(' ')}`);
      assert.equal(statuses.filter((status) => status === 429).length, PARALLEL_TRIES - MAX_FAILURES);
    }
    clock.advance(60_000);
    assert.equal(
      (await server.send('/api/sessions', { email: 'barbara@example.com', password: PASSWORD })).status,
      201,
    );
  });

  test('the right password as the fifth try still signs in, and the count starts again', async () => {
    await createUser(server.data, 'margaret@example.com', PASSWORD);
    const attempt = (password: string) =>
      server.send<ErrorJson>('/api/sessions', { email: 'margaret@example.com', password });
    for (let i = 0; i < MAX_FAILURES - 1; i++) assert.equal((await attempt('wrong password')).status, 401);
    assert.equal((await attempt(PASSWORD)).status, 201);
    for (let i = 0; i < MAX_FAILURES; i++)
      assert.equal((await attempt('wrong password')).status, 401, `failure ${i + 1} after the success`);
    assert.equal((await attempt(PASSWORD)).status, 429);
  });

  test('an email no account has is locked the same way', async () => {
    const attempt = () => server.send<ErrorJson>('/api/sessions', { email: 'ghost@example.com', password: 'whatever' });
    for (let i = 0; i < 5; i++) assert.equal((await attempt()).status, 401);
    assert.equal((await attempt()).status, 429);
  });

  test('the lock grows up to an hour', async () => {
    const { lockMs } = await import('./throttle.ts');
    assert.deepEqual(
      [4, 5, 6, 7, 10, 11, 50].map((failures) => lockMs(failures) / 60_000),
      [0, 1, 2, 4, 32, 60, 60],
    );
  });
});

describe('the sweep', () => {
  test('forgets expired sessions and keeps live ones', async () => {
    const token = await signInToken(server, 'grace@example.com', PASSWORD);
    const count = () =>
      server.sqlite
        .prepare('SELECT count(*) FROM sessions WHERE expires_at <= ?')
        .pluck()
        .get(clock.now().toISOString()) as number;
    clock.advance(31 * 24 * HOUR);
    assert.ok(count() >= 1);
    const fresh = await signInToken(server, 'grace@example.com', PASSWORD);
    assert.ok((await server.sweep()).sessionsPurged >= 1);
    assert.equal(count(), 0);
    assert.equal((await server.get('/api/account', bearer(token))).status, 401);
    assert.equal((await server.get('/api/account', bearer(fresh))).status, 200);
  });
});
