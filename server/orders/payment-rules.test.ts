import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PaymentStatus } from '../../sdk/schemas/index.ts';
import type { PaymentResult, SettlementAction } from '../data/orders.ts';
import { planSettlement, type SettlementState } from './payment-rules.ts';

const plan = (paymentStatus: PaymentStatus, result: PaymentResult, overrides: Partial<SettlementState> = {}) =>
  planSettlement(
    {
      paymentStatus,
      cancelled: false,
      currentAttempt: true,
      attemptPaid: false,
      amountMatches: true,
      currencyMatches: true,
      ...overrides,
    },
    result,
  );

test('money in counts once; a second capture is flagged, never dropped', () => {
  const cases: [PaymentStatus, SettlementAction][] = [
    ['pending', 'paid'],
    ['failed', 'paid_late'],
    ['paid', 'duplicate_capture'],
    ['refunded', 'duplicate_capture'],
    ['partially_refunded', 'duplicate_capture'],
  ];
  for (const [status, action] of cases) assert.equal(plan(status, 'paid'), action, status);
  assert.equal(plan('pending', 'paid', { currentAttempt: false }), 'paid', 'even from an older attempt');
  assert.equal(plan('paid', 'paid', { attemptPaid: true }), 'none', 'the same attempt again is news we had');
});

test('a cancelled order takes no payment: it is flagged for a refund', () => {
  assert.equal(plan('failed', 'paid', { cancelled: true }), 'paid_after_failure');
});

test('a wrong amount or currency is never payment', () => {
  assert.equal(plan('pending', 'paid', { amountMatches: false }), 'amount_mismatch');
  assert.equal(plan('pending', 'paid', { currencyMatches: false }), 'currency_mismatch');
  assert.equal(plan('failed', 'paid', { currencyMatches: false }), 'currency_mismatch');
  assert.equal(plan('paid', 'paid', { attemptPaid: true, amountMatches: false }), 'none');
});

test('failure fails only a pending order, and only for the attempt it waits on', () => {
  assert.equal(plan('pending', 'failed'), 'failed');
  assert.equal(plan('pending', 'failed', { currentAttempt: false }), 'none');
  assert.equal(plan('paid', 'failed'), 'none');
  assert.equal(plan('failed', 'failed'), 'none');
});

test('a payment on its way changes only the current attempt of a pending order', () => {
  assert.equal(plan('pending', 'processing'), 'processing');
  assert.equal(plan('pending', 'processing', { currentAttempt: false }), 'none');
  assert.equal(plan('paid', 'processing'), 'none');
});
