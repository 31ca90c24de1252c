import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PaymentStatus } from '../../sdk/schemas/index.ts';
import type { PaymentResult, SettlementAction } from '../data/orders.ts';
import { planSettlement } from './payment-rules.ts';

const plan = (paymentStatus: PaymentStatus, result: PaymentResult, currentAttempt = true, amountMatches = true) =>
  planSettlement({ paymentStatus, currentAttempt, amountMatches }, result);

test('money in wins, once', () => {
  const cases: [PaymentStatus, SettlementAction][] = [
    ['pending', 'paid'],
    ['failed', 'paid_late'],
    ['paid', 'none'],
    ['refunded', 'none'],
    ['partially_refunded', 'none'],
  ];
  for (const [status, action] of cases) assert.equal(plan(status, 'paid'), action, status);
  assert.equal(plan('pending', 'paid', false), 'paid', 'even from an older attempt');
});

test('a wrong amount is never payment', () => {
  assert.equal(plan('pending', 'paid', true, false), 'amount_mismatch');
  assert.equal(plan('paid', 'paid', true, false), 'none');
});

test('failure fails only a pending order, and only for the attempt it waits on', () => {
  assert.equal(plan('pending', 'failed'), 'failed');
  assert.equal(plan('pending', 'failed', false), 'none');
  assert.equal(plan('paid', 'failed'), 'none');
  assert.equal(plan('failed', 'failed'), 'none');
});

test('a payment on its way changes only the current attempt of a pending order', () => {
  assert.equal(plan('pending', 'processing'), 'processing');
  assert.equal(plan('pending', 'processing', false), 'none');
  assert.equal(plan('paid', 'processing'), 'none');
});
