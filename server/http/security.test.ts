import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../app.ts';
import { resolveConfig } from '../config.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

const ALLOWED = 'https://shop.example.com';
const OTHER = 'https://evil.example.net';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: 'none', config: { allowedOrigins: [ALLOWED] } });
});
after(() => server.close());

describe('CORS', () => {
  test('a configured origin may read API answers, the request id, Retry-After and Content-Disposition', async () => {
    const { headers } = await server.get('/api/products', { headers: { origin: ALLOWED } });
    assert.equal(headers.get('access-control-allow-origin'), ALLOWED);
    const exposed = (headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    assert.deepEqual(exposed.sort(), ['content-disposition', 'retry-after', 'x-request-id']);
    assert.match(headers.get('vary') ?? '', /Origin/);
  });

  test('an error answer exposes the same headers, so a widget can read how long a 429 asks it to wait', async () => {
    const { status, headers } = await server.send(
      '/api/sessions',
      { email: 'nobody@example.com', password: 'x' },
      { headers: { origin: ALLOWED } },
    );
    assert.equal(status, 401);
    assert.equal(headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(headers.get('access-control-expose-headers') ?? '', /Retry-After/i);
  });

  test('any other origin gets no CORS grant', async () => {
    const { status, headers } = await server.get('/api/products', { headers: { origin: OTHER } });
    assert.equal(status, 200);
    assert.equal(headers.get('access-control-allow-origin'), null);
    assert.match(headers.get('vary') ?? '', /Origin/);
  });

  test("the server's own origin is always allowed", async () => {
    const { headers } = await server.get('/api/categories', { headers: { origin: server.url } });
    assert.equal(headers.get('access-control-allow-origin'), server.url);
  });

  test('preflight: methods and headers for a configured origin only', async () => {
    const ask = (origin: string) =>
      server.get('/api/products', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await ask(ALLOWED);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Content-Type/i);
    const refused = await ask(OTHER);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.equal(refused.headers.get('access-control-allow-methods'), null);
  });

  test('a write from another origin is refused before it runs', async () => {
    const response = await server.get<ErrorJson>('/api/products', { method: 'POST', headers: { origin: OTHER } });
    assert.equal(response.status, 403);
    assert.equal(response.body.error.code, 'origin_not_allowed');
    const allowed = await server.get<ErrorJson>('/api/products', { method: 'POST', headers: { origin: ALLOWED } });
    assert.equal(allowed.body.error.code, 'method_not_allowed');
  });

  test("behind a TLS proxy, the origin of PUBLIC_URL is the shop's own (checked through app.request)", async () => {
    const app = createApp({ config: resolveConfig({ publicUrl: 'https://shop.example.org' }), data: server.data });
    const write = (origin: string) =>
      app.request('http://10.0.0.5:3000/api/carts', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{',
      });
    const own = await write('https://shop.example.org');
    assert.equal(own.headers.get('access-control-allow-origin'), 'https://shop.example.org');
    assert.equal(((await own.json()) as ErrorJson).error.code, 'invalid_json', 'past the origin guard');
    assert.equal(((await (await write(OTHER)).json()) as ErrorJson).error.code, 'origin_not_allowed');
  });
});

describe('secure headers', () => {
  test('API answers, errors included: no sniffing, nothing loads or frames, same-origin resource', async () => {
    for (const path of ['/api/products', '/api/nope', '/api/products?limit=0']) {
      const { headers } = await server.get(path);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'", path);
      assert.equal(headers.get('cross-origin-resource-policy'), 'same-origin', path);
      assert.equal(headers.get('x-powered-by'), null);
      assert.equal(headers.get('strict-transport-security'), null, 'no HSTS outside production');
    }
  });

  test('pages the server renders get the document headers too, and a CSP that pins the base URL', async () => {
    for (const path of ['/api/docs', '/dev/outbox']) {
      const { status, headers } = await server.get(path);
      assert.equal(status, 200, path);
      assert.equal(headers.get('x-frame-options'), 'SAMEORIGIN', path);
      assert.equal(headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(headers.get('cross-origin-opener-policy'), 'same-origin', path);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', path);
      const csp = headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'; style-src 'unsafe-inline'/, path);
      assert.match(csp, /base-uri 'none'/, path);
    }
  });

  test('production adds HSTS (checked without a socket, through app.request)', async () => {
    const app = createApp({ config: resolveConfig({ production: true }), data: server.data });
    const response = await app.request('/api/health');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(response.headers.get('x-request-id'));
  });
});
