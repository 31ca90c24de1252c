import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { exampleSeed } from '../seed/seed.ts';
import { rawGet, startTestServer, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: exampleSeed() });
});
after(() => server.close());

test('catalog pages go out compressed as the client accepts, the same JSON either way', async () => {
  const path = '/api/products?limit=24';
  const plain = await rawGet(server.url, path);
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.match(plain.headers.get('vary') ?? '', /Accept-Encoding/);
  assert.match(plain.headers.get('vary') ?? '', /Origin/, 'CORS answers still vary by Origin');
  const items = (JSON.parse(plain.body) as { items: unknown[] }).items;
  assert.equal(items.length, 24);

  for (const [accept, encoding, decode] of [
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
  ] as const) {
    // Twice: the second answer comes from the page kept compressed.
    for (let round = 0; round < 2; round++) {
      const packed = await rawGet(server.url, path, { 'accept-encoding': accept });
      assert.equal(packed.headers.get('content-encoding'), encoding);
      assert.equal(decode(packed.bytes).toString(), plain.body);
      assert.ok(
        packed.bytes.length < plain.bytes.length / 3,
        `${encoding}: ${packed.bytes.length} of ${plain.bytes.length} bytes`,
      );
    }
  }
});

test('a small answer is sent as it is', async () => {
  const empty = await rawGet(server.url, '/api/products?q=zzzzqqqq', { 'accept-encoding': 'br' });
  assert.equal(empty.status, 200);
  assert.equal(empty.headers.get('content-encoding'), null);
  assert.deepEqual(JSON.parse(empty.body), { items: [], nextCursor: null });
});
