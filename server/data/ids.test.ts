import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCartId, newCartId, newId } from './ids.ts';

test('ids: a prefix and 16 symbols; cart ids 26 symbols (130 random bits), as they are bearer secrets', () => {
  assert.match(newId('ord'), /^ord_[0-9a-hjkmnp-tv-z]{16}$/);
  const cart = newCartId();
  assert.match(cart, /^cart_[0-9a-hjkmnp-tv-z]{26}$/);
  assert.ok(isCartId(cart));
  for (const other of ['cart_', `${cart}x`, cart.toUpperCase(), `cart_${'i'.repeat(26)}`, newId('ord')])
    assert.equal(isCartId(other), false, other);
});

test('ids do not repeat, across many refills of the random pool', () => {
  const seen = new Set<string>();
  for (let index = 0; index < 20_000; index++) seen.add(newCartId());
  assert.equal(seen.size, 20_000);
});
