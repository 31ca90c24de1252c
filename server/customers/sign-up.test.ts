import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Account, AccountSession } from '../../sdk/schemas/index.ts';
import { bearer, signInToken, testClock } from '../accounts/test-support/users.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { MAILS_PER_WINDOW } from './mail-throttle.ts';
import { mailedToken, mailsTo, PASSWORD, signUpBody } from './test-support/customers.ts';

const clock = testClock();
let server: TestServer;
before(async () => {
  server = await startTestServer({ start: { now: clock.now } });
});
after(() => server.close());

const HOUR = 60 * 60 * 1000;

describe('sign up', () => {
  test('a new email and a known one get the same answer; only the new one gets a verification link', async () => {
    const first = await server.send('/api/accounts', signUpBody('new@example.com'));
    assert.equal(first.status, 200, first.text);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    const again = await server.send(
      '/api/accounts',
      signUpBody(' NEW@example.com', { password: 'another long password' }),
    );
    assert.equal(again.status, 200);
    assert.equal(again.text, first.text, 'no enumeration');
    const mails = await mailsTo(server, 'new@example.com');
    assert.equal(mails.length, 2);
    assert.match(mails[0]?.text ?? '', /storelet_verify=svt_/);
    assert.match(mails[1]?.subject ?? '', /Your .* account/);
    assert.ok(!mails[1]?.text.includes('storelet_verify'), 'the second sign-up verifies nothing');

    // The first password stands; the account is unverified until the link is opened.
    const session = await server.send<AccountSession>('/api/sessions', {
      email: 'new@example.com',
      password: PASSWORD,
    });
    assert.equal(session.status, 201, session.text);
    assert.deepEqual([session.body.account.name, session.body.account.emailVerified], ['Ada Lovelace', false]);
    const addresses = await server.get<{ items: { isDefault: boolean; address: { city: string } }[] }>(
      '/api/account/addresses',
      bearer(session.body.token),
    );
    assert.deepEqual(
      addresses.body.items.map((item) => [item.address.city, item.isDefault]),
      [['Brooklyn', true]],
    );
  });

  test('the address is checked like the checkout does, and weak passwords are refused', async () => {
    const noState = await server.send<ErrorJson>(
      '/api/accounts',
      signUpBody('x1@example.com', {
        address: { name: 'A', line1: '1 St', city: 'NYC', postalCode: '10001', country: 'US' },
      }),
    );
    assert.equal(noState.status, 400, noState.text);
    assert.equal(noState.body.error.code, 'validation_failed');
    const badState = await server.send<ErrorJson>(
      '/api/accounts',
      signUpBody('x1@example.com', {
        address: { name: 'A', line1: '1 St', city: 'NYC', region: 'ZZ', postalCode: '1', country: 'US' },
      }),
    );
    assert.equal(badState.status, 400);
    const short = await server.send<ErrorJson>('/api/accounts', signUpBody('x1@example.com', { password: 'short' }));
    assert.equal(short.status, 400);
  });
});

describe('email verification', () => {
  test('the link verifies once; a second use, garbage and an expired link are 400 link_invalid', async () => {
    await server.send('/api/accounts', signUpBody('verify@example.com'));
    const token = await mailedToken(server, 'verify@example.com', 'storelet_verify');
    const verified = await server.send<Account>('/api/account/verification', { token });
    assert.equal(verified.status, 200, verified.text);
    assert.equal(verified.body.emailVerified, true);
    for (const body of [{ token }, { token: 'svt_nonsense' }, { token: `svt_${'A'.repeat(43)}` }]) {
      const response = await server.send<ErrorJson>('/api/account/verification', body);
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'link_invalid');
    }

    await server.send('/api/accounts', signUpBody('late@example.com'));
    const late = await mailedToken(server, 'late@example.com', 'storelet_verify');
    clock.advance(48 * HOUR + 1000);
    const expired = await server.send<ErrorJson>('/api/account/verification', { token: late });
    assert.equal(expired.status, 400);
    assert.equal(expired.body.error.code, 'link_invalid');
  });

  test('a signed-in customer can ask for a new link', async () => {
    await server.send('/api/accounts', signUpBody('resend@example.com'));
    const token = await signInToken(server, 'resend@example.com', PASSWORD);
    const none = await server.send<ErrorJson>('/api/account/verification/send', {});
    assert.equal(none.status, 401);
    const sent = await server.send('/api/account/verification/send', {}, bearer(token));
    assert.equal(sent.status, 200, sent.text);
    assert.equal((await mailsTo(server, 'resend@example.com')).length, 2);
    const link = await mailedToken(server, 'resend@example.com', 'storelet_verify');
    assert.equal((await server.send('/api/account/verification', { token: link })).status, 200);
  });

  test(`asking for more than ${MAILS_PER_WINDOW} links an hour is refused with 429, and no more mail goes out`, async () => {
    await server.send('/api/accounts', signUpBody('impatient@example.com'));
    const token = await signInToken(server, 'impatient@example.com', PASSWORD);
    const statuses: number[] = [];
    for (let index = 0; index < MAILS_PER_WINDOW; index++) {
      statuses.push((await server.send('/api/account/verification/send', {}, bearer(token))).status);
    }
    assert.deepEqual(
      statuses,
      Array.from({ length: MAILS_PER_WINDOW }, () => 200),
    );
    const refused = await server.send<ErrorJson>('/api/account/verification/send', {}, bearer(token));
    assert.deepEqual([refused.status, refused.body.error.code], [429, 'rate_limited']);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    // The sign-up's own mail and the links asked for.
    assert.equal((await mailsTo(server, 'impatient@example.com')).length, MAILS_PER_WINDOW + 1);
  });
});

describe('password reset', () => {
  test('an unknown email gets the same answer and no mail; the link sets the password once and signs out everywhere', async () => {
    await server.send('/api/accounts', signUpBody('reset@example.com'));
    const oldSession = await signInToken(server, 'reset@example.com', PASSWORD);
    const unknown = await server.send('/api/password-resets', { email: 'nobody@example.com' });
    const known = await server.send('/api/password-resets', { email: 'Reset@Example.com' });
    assert.equal(unknown.status, 200);
    assert.equal(unknown.text, known.text);
    assert.equal((await mailsTo(server, 'nobody@example.com')).length, 0);

    const token = await mailedToken(server, 'reset@example.com', 'storelet_reset');
    const reset = await server.send('/api/password-resets/confirm', { token, password: 'a brand new password' });
    assert.equal(reset.status, 204, reset.text);
    assert.equal((await server.get('/api/account', bearer(oldSession))).status, 401, 'the old session is signed out');
    const again = await server.send<ErrorJson>('/api/password-resets/confirm', {
      token,
      password: 'yet another password',
    });
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'link_invalid');
    assert.equal((await server.send('/api/sessions', { email: 'reset@example.com', password: PASSWORD })).status, 401);
    const fresh = await signInToken(server, 'reset@example.com', 'a brand new password');
    const me = await server.get<Account>('/api/account', bearer(fresh));
    assert.equal(me.body.emailVerified, true, 'opening the mailed link proved the address');
  });

  test('a reset link stops working after an hour', async () => {
    await server.send('/api/accounts', signUpBody('slow@example.com'));
    await server.send('/api/password-resets', { email: 'slow@example.com' });
    const token = await mailedToken(server, 'slow@example.com', 'storelet_reset');
    clock.advance(HOUR + 1000);
    const response = await server.send<ErrorJson>('/api/password-resets/confirm', {
      token,
      password: 'a brand new password',
    });
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'link_invalid');
  });

  test(`more than ${MAILS_PER_WINDOW} mails an hour for one address are refused, account or not`, async () => {
    for (const email of ['flood@example.com', 'reset@example.com']) {
      for (let index = 0; index < MAILS_PER_WINDOW; index++)
        assert.equal((await server.send('/api/password-resets', { email })).status, 200);
      const refused = await server.send<ErrorJson>('/api/password-resets', { email });
      assert.equal(refused.status, 429);
      assert.equal(refused.body.error.code, 'rate_limited');
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    }
    for (let index = 0; index < MAILS_PER_WINDOW; index++)
      await server.send('/api/accounts', signUpBody('many@example.com'));
    assert.equal((await server.send('/api/accounts', signUpBody('many@example.com'))).status, 429);
    clock.advance(HOUR + 1000);
    assert.equal(
      (await server.send('/api/password-resets', { email: 'flood@example.com' })).status,
      200,
      'a new hour, a new window',
    );
  });
});

describe('profile, password and deletion', () => {
  test('the name changes; a password change needs the current one and signs out the other sessions only', async () => {
    await server.send('/api/accounts', signUpBody('change@example.com'));
    const here = await signInToken(server, 'change@example.com', PASSWORD);
    const elsewhere = await signInToken(server, 'change@example.com', PASSWORD);
    const renamed = await server.send<Account>(
      '/api/account',
      { name: 'Ada King' },
      { method: 'PATCH', ...bearer(here) },
    );
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.name, 'Ada King');

    const wrong = await server.send<ErrorJson>(
      '/api/account/password',
      { currentPassword: 'not it', newPassword: 'the next password' },
      { method: 'PUT', ...bearer(here) },
    );
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.error.code, 'invalid_credentials');
    const changed = await server.send(
      '/api/account/password',
      { currentPassword: PASSWORD, newPassword: 'the next password' },
      { method: 'PUT', ...bearer(here) },
    );
    assert.equal(changed.status, 204, changed.text);
    assert.equal((await server.get('/api/account', bearer(here))).status, 200, 'this session stays');
    assert.equal((await server.get('/api/account', bearer(elsewhere))).status, 401, 'the others are signed out');
    await signInToken(server, 'change@example.com', 'the next password');
  });

  test('deleting needs the password, removes the account and its data, and the email can sign up again', async () => {
    await server.send('/api/accounts', signUpBody('leave@example.com'));
    const token = await signInToken(server, 'leave@example.com', PASSWORD);
    const wrong = await server.send('/api/account', { password: 'not it' }, { method: 'DELETE', ...bearer(token) });
    assert.equal(wrong.status, 401);
    const deleted = await server.send('/api/account', { password: PASSWORD }, { method: 'DELETE', ...bearer(token) });
    assert.equal(deleted.status, 204, deleted.text);
    assert.equal((await server.get('/api/account', bearer(token))).status, 401);
    const rows = server.sqlite
      .prepare("SELECT count(*) FROM users WHERE email_key = 'leave@example.com'")
      .pluck()
      .get();
    assert.equal(rows, 0);
    assert.equal(
      server.sqlite
        .prepare('SELECT count(*) FROM customer_addresses a LEFT JOIN users u ON u.id = a.user_id WHERE u.id IS NULL')
        .pluck()
        .get(),
      0,
    );
    assert.equal((await server.send('/api/sessions', { email: 'leave@example.com', password: PASSWORD })).status, 401);
  });
});
