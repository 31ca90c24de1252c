import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PageCache } from './page-cache.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (body: Uint8Array | undefined) => (body ? new TextDecoder().decode(body) : undefined);

test('keeps the most recently used entries up to its bound', () => {
  const cache = new PageCache({ maxEntries: 2 });
  assert.equal(cache.get('a', 0), undefined);
  cache.set('a', 0, bytes('A'));
  cache.set('b', 0, bytes('B'));
  assert.equal(text(cache.get('a', 0)), 'A');
  cache.set('c', 0, bytes('C'));
  assert.equal(cache.get('b', 0), undefined, 'b was least recently used');
  assert.equal(text(cache.get('a', 0)), 'A');
  assert.equal(text(cache.get('c', 0)), 'C');
  assert.equal(cache.size, 2);
});

test('a new catalog version empties it', () => {
  const cache = new PageCache({ maxEntries: 10 });
  cache.get('a', 0);
  cache.set('a', 0, bytes('A'));
  assert.equal(cache.get('a', 1), undefined);
  assert.equal(cache.size, 0);
});

test('a page produced under an old version is not stored', () => {
  const cache = new PageCache({ maxEntries: 10 });
  cache.get('a', 1);
  cache.set('a', 0, bytes('stale'));
  assert.equal(cache.get('a', 1), undefined);
});
