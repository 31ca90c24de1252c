import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compressed, pickEncoding } from './compression.ts';

test('pickEncoding prefers brotli, honours q=0 and the * wildcard', () => {
  assert.equal(pickEncoding(undefined), null);
  assert.equal(pickEncoding(''), null);
  assert.equal(pickEncoding('gzip, deflate, br'), 'br');
  assert.equal(pickEncoding('gzip, deflate'), 'gzip');
  assert.equal(pickEncoding('br;q=0, gzip;q=0.5'), 'gzip');
  assert.equal(pickEncoding('BR ; Q=0.8'), 'br');
  assert.equal(pickEncoding('*'), 'br');
  assert.equal(pickEncoding('*;q=0, gzip'), 'gzip');
  assert.equal(pickEncoding('identity'), null);
  assert.equal(pickEncoding('gzip;q=0, br;q=0'), null);
});

test('compressed reads and compresses each file version once', async () => {
  let reads = 0;
  const read = async () => (reads++, Buffer.from('x'.repeat(10_000)));
  const first = compressed('/a.js', 'v1', 'br', read);
  assert.equal(compressed('/a.js', 'v1', 'br', read), first);
  assert.notEqual(compressed('/a.js', 'v2', 'br', read), first);
  assert.ok((await first).length < 100);
  assert.equal(reads, 2);
});
