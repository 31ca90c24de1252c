import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ERROR_CODES } from '../../sdk/schemas/index.ts';
import { MAX_JSON_BODY_BYTES } from '../app.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Issues = { path: string; message: string }[];

async function issuesOf(query: string): Promise<Issues> {
  const response = await server.get<ErrorJson>(`/api/products?${query}`);
  assert.equal(response.status, 400, `${query}: ${response.text}`);
  assert.equal(response.body.error.code, 'validation_failed');
  assert.equal(typeof response.body.error.message, 'string');
  return response.body.error.details?.issues as Issues;
}

describe('400 validation_failed names the fields', () => {
  const cases: [string, string[]][] = [
    ['limit=0', ['limit']],
    ['limit=abc', ['limit']],
    ['limit=1.5', ['limit']],
    ['limit=1e309', ['limit']],
    ['minPrice=-1', ['minPrice']],
    ['maxPrice=99999999999999999999', ['maxPrice']],
    ['sort=bogus', ['sort']],
    ['category=../x', ['category']],
    ['category=Home', ['category']],
    ['inStock=maybe', ['inStock']],
    ['limit=0&sort=bogus&minPrice=-1', ['sort', 'minPrice', 'limit']],
    ['limit=1&limit=2', ['limit']],
  ];
  for (const [query, paths] of cases) {
    test(query, async () => {
      const issues = await issuesOf(query);
      assert.deepEqual([...new Set(issues.map((issue) => issue.path))].sort(), [...paths].sort());
      assert.ok(issues.every((issue) => issue.message.length > 0));
    });
  }

  test('unknown parameters are refused, each named, a long name cut short', async () => {
    assert.deepEqual((await issuesOf('utm_source=x&_=123')).map((issue) => issue.path).sort(), ['_', 'utm_source']);
    assert.deepEqual(
      (await issuesOf(`${'a'.repeat(5000)}=1`)).map((issue) => issue.path),
      ['a'.repeat(100)],
    );
  });
});

describe('nothing a client sends produces a 500', () => {
  test('odd query strings', async () => {
    const queries = [
      'q=%',
      'q=%E0%A4%A',
      'q=%00',
      'q=%FF%FE',
      'q[]=a',
      'q[a]=b',
      '=&&&',
      'cursor=%00',
      'cursor=====',
      `q=${'%F0%9F%8E%89'.repeat(60)}`,
      'minPrice=1000000000',
      'maxPrice=0',
      'limit=+5',
      'sort=',
      'inStock=',
      'q=a&q=b',
      `${'a'.repeat(5000)}=1`,
    ];
    for (const query of queries) {
      const response = await server.get(`/api/products?${query}`);
      assert.ok(response.status === 200 || response.status === 400, `${query}: ${response.status} ${response.text}`);
      assert.ok(response.headers.get('content-type')?.includes('application/json'));
    }
  });

  test('odd paths', async () => {
    for (const path of [
      '/api/products/%',
      '/api/products/%E0%A4',
      '/api//products',
      '/api/products/a/b',
      '/%',
      '/api/%00',
    ]) {
      const response = await server.get<ErrorJson>(path);
      assert.ok(response.status < 500, `${path}: ${response.status}`);
    }
  });
});

describe('routing errors', () => {
  test('an unknown route is 404 route_not_found', async () => {
    for (const path of ['/api/nope', '/api', '/nope']) {
      const response = await server.get<ErrorJson>(path);
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'route_not_found');
    }
  });

  test('a known route with another method is 405 with Allow', async () => {
    const response = await server.get<ErrorJson>('/api/products', { method: 'DELETE' });
    assert.equal(response.status, 405);
    assert.equal(response.body.error.code, 'method_not_allowed');
    assert.match(response.headers.get('allow') ?? '', /GET/);
  });

  test('a body over the limit is 413 payload_too_large', async () => {
    const response = await server.get<ErrorJson>('/api/products', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(MAX_JSON_BODY_BYTES + 1),
    });
    assert.equal(response.status, 413);
    assert.equal(response.body.error.code, 'payload_too_large');
  });

  test('every code in an error body is on the documented list', async () => {
    for (const path of ['/api/nope', '/api/products?limit=0', '/api/products/nope', '/api/products?cursor=x']) {
      const { body } = await server.get<ErrorJson>(path);
      assert.ok((ERROR_CODES as readonly string[]).includes(body.error.code), body.error.code);
    }
  });
});

describe('X-Request-Id', () => {
  test('on every response, errors included', async () => {
    for (const path of ['/api/products', '/api/nope', '/api/products?limit=0', '/api/health']) {
      assert.match((await server.get(path)).headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    }
  });

  test("a caller's plain id is kept, anything else replaced", async () => {
    const kept = await server.get('/api/health', { headers: { 'x-request-id': 'trace-123' } });
    assert.equal(kept.headers.get('x-request-id'), 'trace-123');
    const replaced = await server.get('/api/health', { headers: { 'x-request-id': 'bad id <script>' } });
    assert.notEqual(replaced.headers.get('x-request-id'), 'bad id <script>');
  });
});
