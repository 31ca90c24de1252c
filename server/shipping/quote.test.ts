import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ShippingMethod } from '../data/rules.ts';
import { quoteShipping } from './quote.ts';

const method = (
  id: string,
  basis: ShippingMethod['basis'],
  freeAbove: number | null,
  rates: ShippingMethod['rates'],
): ShippingMethod => ({
  id,
  name: id,
  description: '',
  minDays: 1,
  maxDays: 3,
  basis,
  freeAbove,
  rates,
});

const standard = method('standard', 'subtotal', 7500, [
  { from: 0, to: 2500, price: 499 },
  { from: 2500, to: null, price: 699 },
]);
const express = method('express', 'weight', null, [
  { from: 0, to: 1000, price: 1499 },
  { from: 1000, to: 5000, price: 2499 },
]);

const prices = (subtotal: number, weightGrams: number) =>
  quoteShipping([standard, express], { subtotal, weightGrams }).map((quote) => [quote.method.id, quote.price]);

test('subtotal bands: from inclusive, to exclusive', () => {
  assert.deepEqual(prices(2499, 0), [
    ['standard', 499],
    ['express', 1499],
  ]);
  assert.deepEqual(prices(2500, 0), [
    ['standard', 699],
    ['express', 1499],
  ]);
});

test('weight bands, and no offer past the last band', () => {
  assert.deepEqual(prices(1000, 999), [
    ['standard', 499],
    ['express', 1499],
  ]);
  assert.deepEqual(prices(1000, 1000), [
    ['standard', 499],
    ['express', 2499],
  ]);
  assert.deepEqual(prices(1000, 5000), [['standard', 499]]);
});

test('free once the subtotal reaches the threshold', () => {
  assert.deepEqual(prices(7499, 0), [
    ['standard', 699],
    ['express', 1499],
  ]);
  assert.deepEqual(prices(7500, 0), [
    ['standard', 0],
    ['express', 1499],
  ]);
});
