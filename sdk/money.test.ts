import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatMoney, formatUnitPrice } from './money.ts';

describe('formatMoney', () => {
  test('formats minor units in the currency’s own digits', () => {
    assert.equal(formatMoney({ amount: 1299, currency: 'USD' }, 'en-US'), '$12.99');
    assert.equal(formatMoney({ amount: 1299, currency: 'JPY' }, 'en-US'), '¥1,299');
  });
});

describe('formatUnitPrice', () => {
  test('is exact where the unit price is not a whole minor unit, to 4 fraction digits', () => {
    assert.equal(formatUnitPrice({ amount: 10345, currency: 'USD' }, 100, 'en-US'), '$1.0345');
    assert.equal(formatUnitPrice({ amount: 10000, currency: 'USD' }, 3, 'en-US'), '$33.3333');
    assert.equal(formatUnitPrice({ amount: 2878, currency: 'USD' }, 100, 'en-US'), '$0.2878');
    assert.equal(formatUnitPrice({ amount: 1001, currency: 'JPY' }, 2, 'en-US'), '¥500.5');
  });

  test('is the plain price where it divides evenly', () => {
    assert.equal(formatUnitPrice({ amount: 10300, currency: 'USD' }, 100, 'en-US'), '$1.03');
    assert.equal(formatUnitPrice({ amount: 2598, currency: 'USD' }, 2, 'en-US'), '$12.99');
    assert.match(formatUnitPrice({ amount: 1299, currency: 'EUR' }, 1, 'de-DE'), /^12,99\s€$/u);
  });
});
