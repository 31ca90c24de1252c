// The SDK's transport against real HTTP servers on loopback: what is retried, what times out, and
// what an answer that is not the API's JSON becomes.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { StoreletApiError, StoreletNetworkError, StoreletNotFoundError } from './errors.ts';
import { createHttp } from './http.ts';

const servers: Server[] = [];
after(() => servers.forEach((server) => server.closeAllConnections?.() ?? server.close()));

/** A server answering with `handler`, and the requests it saw. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, count: number) => void) {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    handler(req, res, seen.length);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('createHttp', () => {
  it('a success that is not JSON (apiUrl names the host page) is an invalid_response error, not undefined', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>My site</title>');
    });
    const http = createHttp({ apiUrl: url, retries: 0 });
    await assert.rejects(http.request('get', 'products', 'productList'), (error: unknown) => {
      assert.ok(error instanceof StoreletApiError);
      assert.equal(error.code, 'invalid_response');
      assert.match(error.message, /apiUrl/);
      return true;
    });
  });

  it('retries a read after 5xx, with backoff, until it succeeds', async () => {
    const { url, seen } = await serve((_req, res, count) =>
      count < 3
        ? json(res, 503, { error: { code: 'unavailable', message: 'busy' } })
        : json(res, 200, { items: [], nextCursor: null }),
    );
    const page = await createHttp({ apiUrl: url }).request('get', 'products', 'productList');
    assert.deepEqual(page, { items: [], nextCursor: null });
    assert.deepEqual(seen, ['GET /api/products', 'GET /api/products', 'GET /api/products']);
  });

  it('retries a read whose connection dropped, and honours a short Retry-After', async () => {
    const { url, seen } = await serve((req, res, count) => {
      if (count === 1) return req.socket.destroy();
      if (count === 2) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
        return res.end(JSON.stringify({ error: { code: 'rate_limited', message: 'slow down' } }));
      }
      json(res, 200, { items: [], nextCursor: null });
    });
    const started = Date.now();
    await createHttp({ apiUrl: url }).request('get', 'products', 'productList', {
      searchParams: { q: 'mug', cursor: undefined },
    });
    assert.deepEqual(seen, ['GET /api/products?q=mug', 'GET /api/products?q=mug', 'GET /api/products?q=mug']);
    assert.ok(Date.now() - started < 1_500, 'one 0.3 s backoff and no wait for Retry-After: 0');
  });

  it('a call cancelled while it waits to retry stops there', async () => {
    const { url, seen } = await serve((_req, res) =>
      json(res, 503, { error: { code: 'unavailable', message: 'busy' } }),
    );
    const controller = new AbortController();
    const pending = createHttp({ apiUrl: url }).request('get', 'products', 'productList', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('gone')), 100);
    await assert.rejects(pending, /gone/);
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(seen.length, 1);
  });

  it('sends JSON, the bearer token and the idempotency key', async () => {
    let received: { headers: Record<string, string | string[] | undefined>; body: string } | undefined;
    const { url } = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received = { headers: req.headers, body };
        json(res, 201, { id: 'cart_1' });
      });
    });
    const http = createHttp({ apiUrl: `${url}/`, getToken: () => 'tok_1' });
    await http.request('post', '/carts', 'cart', { json: { country: 'US' }, idempotencyKey: 'key-1' });
    assert.equal(received?.body, '{"country":"US"}');
    assert.equal(received?.headers['content-type'], 'application/json');
    assert.equal(received?.headers['authorization'], 'Bearer tok_1');
    assert.equal(received?.headers['idempotency-key'], 'key-1');
  });

  it("an error answer becomes the typed error with the shop's code, message and request id, and a 404 is not retried", async () => {
    const { url, seen } = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'req_42' });
      res.end(JSON.stringify({ error: { code: 'not_found', message: 'No such product.', details: { id: 'mug' } } }));
    });
    await assert.rejects(createHttp({ apiUrl: url }).request('get', 'products/mug', 'product'), (error: unknown) => {
      assert.ok(error instanceof StoreletNotFoundError);
      assert.deepEqual(
        [error.code, error.message, error.requestId, error.details],
        ['not_found', 'No such product.', 'req_42', { id: 'mug' }],
      );
      return true;
    });
    assert.equal(seen.length, 1);
  });

  it("a read still failing after its retries is the last answer's typed error", async () => {
    const { url, seen } = await serve((_req, res, count) => {
      res.writeHead(503, { 'content-type': 'application/json', 'x-request-id': `req_${count}`, 'retry-after': '0' });
      res.end(JSON.stringify({ error: { code: 'internal_error', message: `busy ${count}` } }));
    });
    await assert.rejects(createHttp({ apiUrl: url }).request('get', 'products', 'productList'), (error: unknown) => {
      assert.ok(error instanceof StoreletApiError);
      assert.deepEqual([error.status, error.message, error.requestId], [503, 'busy 3', 'req_3']);
      return true;
    });
    assert.equal(seen.length, 3);
  });

  it('never retries a write', async () => {
    const { url, seen } = await serve((_req, res) =>
      json(res, 503, { error: { code: 'unavailable', message: 'busy' } }),
    );
    await assert.rejects(
      createHttp({ apiUrl: url }).request('post', 'carts', 'cart', { json: {} }),
      (error: unknown) => {
        assert.ok(error instanceof StoreletApiError);
        assert.deepEqual([error.status, error.code, error.message], [503, 'unavailable', 'busy']);
        return true;
      },
    );
    assert.equal(seen.length, 1);
  });

  it('a read that times out fails once with code timeout, without retrying', async () => {
    const { url, seen } = await serve(() => undefined);
    const started = Date.now();
    await assert.rejects(
      createHttp({ apiUrl: url, timeout: 200 }).request('get', 'products', 'productList'),
      (error: unknown) => {
        assert.ok(error instanceof StoreletNetworkError);
        assert.equal(error.code, 'timeout');
        return true;
      },
    );
    assert.equal(seen.length, 1);
    assert.ok(Date.now() - started < 2_000);
  });

  it('a cancelled call rejects with the reason its caller gave', async () => {
    const { url } = await serve(() => undefined);
    const controller = new AbortController();
    const reason = new Error('the shopper left the page');
    const pending = createHttp({ apiUrl: url }).request('get', 'products', 'productList', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 50);
    await assert.rejects(pending, (error: unknown) => error === reason);
  });

  it('an unreachable server is a network_error', async () => {
    const { url } = await serve((_req, res) => json(res, 200, {}));
    servers.at(-1)?.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await assert.rejects(
      createHttp({ apiUrl: url, retries: 0 }).request('get', 'products', 'productList'),
      (error: unknown) => {
        assert.ok(error instanceof StoreletNetworkError);
        assert.equal(error.code, 'network_error');
        return true;
      },
    );
  });
});
