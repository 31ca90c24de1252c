import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StoreletAuthError, StoreletNotFoundError, StoreletRateLimitError } from '../errors.ts';
import type { Account } from '../schemas/account.ts';
import { memoryStorage, scopedKey } from '../storage.ts';
import { validateResponses } from '../validate.ts';
import { createAdminClient } from './admin-client.ts';

// The client's own logic (token kept and sent, forgotten on sign-out and on a 401) against a recording
// fetch; server/contract/sdk-admin.test.ts runs it against a real server.
const account: Account = {
  id: 'usr_1',
  email: 'owner@example.com',
  name: null,
  role: 'admin',
  emailVerified: false,
  createdAt: '2026-01-01T00:00:00Z',
};
const later = new Date(Date.now() + 3_600_000).toISOString();
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const failure = (status: number, code: string, details?: Record<string, unknown>) =>
  json(status, { error: { code, message: code, details } });

function recordingAdmin(answer: (request: Request) => Response | Promise<Response>, storage = memoryStorage()) {
  const requests: Request[] = [];
  const admin = createAdminClient({
    apiUrl: 'https://shop.test',
    storage,
    retries: 0,
    validateResponses,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request.clone());
      return answer(request);
    },
  });
  return { admin, requests, storage };
}

const signedIn = (request: Request) =>
  new URL(request.url).pathname === '/api/sessions' ? json(201, { token: 'tok_1', expiresAt: later, account }) : null;

describe('admin client', () => {
  it('signs in, keeps the token scoped by shop, and sends it as a bearer token', async () => {
    const { admin, requests, storage } = recordingAdmin(
      (request) => signedIn(request) ?? json(200, { items: [], nextCursor: null }),
    );
    assert.deepEqual(admin.$session.get(), { status: 'signed-out' });
    assert.deepEqual(await admin.signIn({ email: 'owner@example.com', password: 'secret' }), account);
    assert.deepEqual(admin.$session.get(), { status: 'signed-in', account });
    assert.deepEqual(await requests[0]!.json(), { email: 'owner@example.com', password: 'secret' });
    assert.match(storage.getItem(scopedKey('https://shop.test', 'admin-session')) ?? '', /tok_1/);

    await admin.orders.list({ q: 'ada', paymentStatus: 'paid', limit: 10 });
    const list = requests[1]!;
    assert.equal(list.headers.get('authorization'), 'Bearer tok_1');
    assert.equal(new URL(list.url).pathname, '/api/admin/orders');
    assert.deepEqual(Object.fromEntries(new URL(list.url).searchParams), {
      q: 'ada',
      paymentStatus: 'paid',
      limit: '10',
    });
  });

  it('starts signed in from a kept token, and learns whose it is from the server', async () => {
    const storage = memoryStorage();
    storage.setItem(
      scopedKey('https://shop.test', 'admin-session'),
      JSON.stringify({ token: 'tok_kept', expiresAt: later }),
    );
    const { admin, requests } = recordingAdmin(() => json(200, account), storage);
    assert.deepEqual(admin.$session.get(), { status: 'signed-in', account: null });
    assert.deepEqual(await admin.account(), account);
    assert.equal(requests[0]!.headers.get('authorization'), 'Bearer tok_kept');
    assert.deepEqual(admin.$session.get(), { status: 'signed-in', account });
  });

  it('treats an expired kept token as signed out, without asking the server', async () => {
    const storage = memoryStorage();
    storage.setItem(
      scopedKey('https://shop.test', 'admin-session'),
      JSON.stringify({ token: 'old', expiresAt: '2020-01-01T00:00:00Z' }),
    );
    const { admin, requests } = recordingAdmin(() => json(200, account), storage);
    assert.deepEqual(admin.$session.get(), { status: 'signed-out' });
    assert.equal(await admin.account(), null);
    assert.equal(requests.length, 0);
  });

  it('a 401 on any call forgets the token and says signed out; a 403 keeps the session', async () => {
    let status = 403;
    const { admin, storage } = recordingAdmin(
      (request) => signedIn(request) ?? failure(status, status === 401 ? 'unauthorized' : 'forbidden'),
    );
    await admin.signIn({ email: 'owner@example.com', password: 'secret' });
    await assert.rejects(
      admin.orders.get('ord_1'),
      (error: unknown) => error instanceof StoreletAuthError && error.code === 'forbidden',
    );
    assert.equal(admin.$session.get().status, 'signed-in');
    status = 401;
    await assert.rejects(admin.orders.list(), StoreletAuthError);
    assert.deepEqual(admin.$session.get(), { status: 'signed-out' });
    assert.equal(storage.getItem(scopedKey('https://shop.test', 'admin-session')), null);
  });

  it('passes a rate limit on sign-in through with its wait', async () => {
    const { admin } = recordingAdmin(() => failure(429, 'rate_limited', { retryAfter: 600 }));
    await assert.rejects(admin.signIn({ email: 'owner@example.com', password: 'x' }), (error: unknown) => {
      assert.ok(error instanceof StoreletRateLimitError);
      assert.equal(error.retryAfter, 600);
      return true;
    });
    assert.equal(admin.$session.get().status, 'signed-out');
  });

  it('signs out on the server, and forgets the token even when the server cannot be reached', async () => {
    const online = recordingAdmin((request) => signedIn(request) ?? new Response(null, { status: 204 }));
    await online.admin.signIn({ email: 'owner@example.com', password: 'secret' });
    await online.admin.signOut();
    const sent = online.requests[1]!;
    assert.equal(sent.method, 'DELETE');
    assert.equal(new URL(sent.url).pathname, '/api/sessions/current');
    assert.equal(sent.headers.get('authorization'), 'Bearer tok_1');
    assert.equal(online.admin.$session.get().status, 'signed-out');

    let down = false;
    const offline = recordingAdmin((request) => {
      if (down) throw new TypeError('fetch failed');
      return signedIn(request)!;
    });
    await offline.admin.signIn({ email: 'owner@example.com', password: 'secret' });
    down = true;
    await offline.admin.signOut();
    assert.equal(offline.admin.$session.get().status, 'signed-out');
    assert.equal(offline.storage.getItem(scopedKey('https://shop.test', 'admin-session')), null);
  });

  it('downloads a design as a Blob with the bearer token, and turns an error answer into a typed error', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 45]);
    const { admin, requests } = recordingAdmin((request) => {
      if (signedIn(request)) return signedIn(request)!;
      if (new URL(request.url).pathname.endsWith('/upl_gone/file')) return failure(404, 'upload_not_found');
      return new Response(bytes, { headers: { 'content-type': 'application/pdf' } });
    });
    await admin.signIn({ email: 'owner@example.com', password: 'secret' });
    const blob = await admin.orders.downloadDesign('ord 1', 'upl_1');
    assert.deepEqual(new Uint8Array(await blob.arrayBuffer()), bytes);
    assert.equal(blob.type, 'application/pdf');
    assert.equal(new URL(requests[1]!.url).pathname, '/api/admin/orders/ord%201/uploads/upl_1/file');
    assert.equal(requests[1]!.headers.get('authorization'), 'Bearer tok_1');
    await assert.rejects(admin.orders.downloadDesign('ord_1', 'upl_gone'), (error: unknown) => {
      return error instanceof StoreletNotFoundError && error.code === 'upload_not_found';
    });
  });
});
