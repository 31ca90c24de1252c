import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulDivHalfUp } from './rounding.ts';

test('rounds half up, once', () => {
  assert.equal(mulDivHalfUp(125, 1, 10), 13); // 12.5
  assert.equal(mulDivHalfUp(124, 1, 10), 12); // 12.4
  assert.equal(mulDivHalfUp(1000, 72_500, 1_000_000), 73); // 72.5 cents of tax
  assert.equal(mulDivHalfUp(999, 1000, 10_000), 100); // 99.9
  assert.equal(mulDivHalfUp(0, 5, 7), 0);
});

test('stays exact beyond what a double holds', () => {
  // 9e12 × 88 750 is about 8e17, past 2^53, where a double would lose the fraction.
  assert.equal(mulDivHalfUp(9_000_000_000_005, 88_750, 1_000_000), 798_750_000_000); // .44375 down
  assert.equal(mulDivHalfUp(9_000_000_000_006, 88_750, 1_000_000), 798_750_000_001); // .5325 up
});

test('refuses fractions, negatives and a zero denominator', () => {
  assert.throws(() => mulDivHalfUp(1.5, 1, 1), RangeError);
  assert.throws(() => mulDivHalfUp(-1, 1, 1), RangeError);
  assert.throws(() => mulDivHalfUp(1, 1, 0), RangeError);
});
