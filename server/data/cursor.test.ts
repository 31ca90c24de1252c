import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidCursorError } from '../errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

test('a cursor round-trips within its scope', () => {
  const scope = { sort: 'price_asc' as const, q: undefined };
  const cursor = encodeCursor(scope, { key: 1299, id: 'prod_abc' });
  assert.match(cursor, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(decodeCursor(cursor, scope, 'number'), { key: 1299, id: 'prod_abc' });
});

test('a long search makes a short cursor', () => {
  const scope = { sort: 'relevance' as const, q: 'ü'.repeat(200) };
  const cursor = encodeCursor(scope, { key: -3.25, id: 'prod_abc' });
  assert.ok(cursor.length < 120);
  assert.deepEqual(decodeCursor(cursor, scope, 'number'), { key: -3.25, id: 'prod_abc' });
});

test('another sort, another search, a wrong key type or garbage are refused', () => {
  const cursor = encodeCursor({ sort: 'newest', q: 'mug' }, { key: '2025-01-01T00:00:00.000Z', id: 'prod_abc' });
  assert.throws(() => decodeCursor(cursor, { sort: 'name_asc', q: 'mug' }, 'string'), InvalidCursorError);
  assert.throws(() => decodeCursor(cursor, { sort: 'newest', q: 'cup' }, 'string'), InvalidCursorError);
  assert.throws(() => decodeCursor(cursor, { sort: 'newest', q: undefined }, 'string'), InvalidCursorError);
  assert.throws(() => decodeCursor(cursor, { sort: 'newest', q: 'mug' }, 'number'), InvalidCursorError);
  const infinite = Buffer.from('{"s":"price_asc","h":"","k":1e999,"i":"x"}').toString('base64url');
  assert.throws(() => decodeCursor(infinite, { sort: 'price_asc', q: undefined }, 'number'), InvalidCursorError);
  for (const garbage of ['', '!!!', 'e30', Buffer.from('null').toString('base64url')]) {
    assert.throws(() => decodeCursor(garbage, { sort: 'newest', q: undefined }, 'string'), InvalidCursorError, garbage);
  }
});
