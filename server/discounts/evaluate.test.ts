import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiscountCode } from '../data/rules.ts';
import { describeDiscount, discountProblem, merchandiseDiscount } from './evaluate.ts';

const code = (overrides: Partial<DiscountCode>): DiscountCode => ({
  id: 'disc_1',
  code: 'TEST',
  kind: 'percentage',
  value: 1000,
  description: '',
  minSubtotal: 0,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  timesUsed: 0,
  oncePerCustomer: false,
  active: true,
  ...overrides,
});

const context = (subtotal: number, now = '2025-06-01T12:00:00.000Z') => ({
  subtotal,
  currency: 'USD',
  now: new Date(now),
});

test('amounts: percentage rounds half up, fixed is capped at the subtotal, free shipping takes nothing off merchandise', () => {
  assert.equal(merchandiseDiscount(code({ value: 1000 }), 1995), 200); // 199.5
  assert.equal(merchandiseDiscount(code({ value: 1250 }), 1000), 125);
  assert.equal(merchandiseDiscount(code({ kind: 'fixed_amount', value: 500 }), 2000), 500);
  assert.equal(merchandiseDiscount(code({ kind: 'fixed_amount', value: 500 }), 300), 300);
  assert.equal(merchandiseDiscount(code({ kind: 'free_shipping', value: 0 }), 5000), 0);
});

test('dates: starts inclusive, ends exclusive', () => {
  const window = code({ startsAt: '2025-06-01T00:00:00.000Z', endsAt: '2025-07-01T00:00:00.000Z' });
  assert.equal(discountProblem(window, context(100, '2025-06-01T00:00:00.000Z')), null);
  assert.equal(discountProblem(window, context(100, '2025-05-31T23:59:59.999Z'))?.code, 'discount_not_applicable');
  assert.equal(discountProblem(window, context(100, '2025-07-01T00:00:00.000Z'))?.code, 'discount_expired');
  assert.equal(discountProblem(code({ active: false }), context(100))?.code, 'discount_expired');
});

test('minimum subtotal and usage limit', () => {
  const minimum = code({ minSubtotal: 2000 });
  assert.equal(discountProblem(minimum, context(2000)), null);
  const refusal = discountProblem(minimum, context(1999));
  assert.equal(refusal?.code, 'discount_not_applicable');
  assert.match(refusal?.message ?? '', /\$20\.00/);
  assert.equal(discountProblem(code({ usageLimit: 1, timesUsed: 0 }), context(100)), null);
  assert.equal(discountProblem(code({ usageLimit: 1, timesUsed: 1 }), context(100))?.code, 'discount_used_up');
});

test('descriptions', () => {
  assert.equal(describeDiscount(code({ minSubtotal: 2000 }), 'USD'), '10% off on orders of $20.00 or more');
  assert.equal(describeDiscount(code({ kind: 'fixed_amount', value: 500 }), 'USD'), '$5.00 off');
  assert.equal(describeDiscount(code({ kind: 'free_shipping', value: 0 }), 'USD'), 'Free shipping');
  assert.equal(describeDiscount(code({ description: 'Welcome!' }), 'USD'), 'Welcome!');
});
