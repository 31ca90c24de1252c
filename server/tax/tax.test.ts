import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TaxRate } from '../data/rules.ts';
import { computeTax } from './tax.ts';

const rate = (ratePpm: number, inclusive: boolean, appliesToShipping: boolean): TaxRate => ({
  name: 'Tax',
  ratePpm,
  inclusive,
  appliesToShipping,
});

test('exclusive: added on the merchandise, shipping only when the rate says so', () => {
  assert.deepEqual(computeTax(rate(72_500, false, false), { merchandise: 4000, shipping: 699 }), {
    amount: 290,
    included: false,
  });
  // 8.875 % of 4000 + 699 = 417.03… → 417
  assert.deepEqual(computeTax(rate(88_750, false, true), { merchandise: 4000, shipping: 699 }), {
    amount: 417,
    included: false,
  });
});

test('inclusive: the part of the price that is tax', () => {
  // 20 % VAT inside 12 000: 12 000 × 0.2 / 1.2 = 2000
  assert.deepEqual(computeTax(rate(200_000, true, true), { merchandise: 10_000, shipping: 2000 }), {
    amount: 2000,
    included: true,
  });
  // 19 % inside 1000: 159.66… → 160
  assert.deepEqual(computeTax(rate(190_000, true, false), { merchandise: 1000, shipping: 500 }), {
    amount: 160,
    included: true,
  });
});

test('half up at the boundary: 7.25 % of 1000 is 72.5 → 73', () => {
  assert.equal(computeTax(rate(72_500, false, false), { merchandise: 1000, shipping: 0 }).amount, 73);
});

test('no rate, or a zero rate, is no tax', () => {
  assert.deepEqual(computeTax(null, { merchandise: 1000, shipping: 100 }), { amount: 0, included: false });
  assert.deepEqual(computeTax(rate(0, true, true), { merchandise: 1000, shipping: 100 }), {
    amount: 0,
    included: true,
  });
});
