import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FULFILLMENT_STATUSES, ORDER_STATUSES, type FulfillmentStatus } from '../../sdk/schemas/index.ts';
import {
  canMoveFulfillment,
  canMoveStatus,
  IllegalTransitionError,
  moveFulfillment,
  moveStatus,
} from './order-states.ts';

test('a parcel moves forward, may skip scans, and may turn into an exception and come back', () => {
  const path: FulfillmentStatus[] = [
    'unfulfilled',
    'shipped',
    'in_transit',
    'out_for_delivery',
    'delivered',
    'returned',
  ];
  for (let index = 1; index < path.length; index++) {
    const [from, to] = [path[index - 1], path[index]] as [FulfillmentStatus, FulfillmentStatus];
    assert.equal(moveFulfillment(from, to), to);
  }
  assert.ok(canMoveFulfillment('shipped', 'delivered'), 'a carrier may skip scans');
  assert.ok(canMoveFulfillment('in_transit', 'exception'));
  assert.ok(canMoveFulfillment('exception', 'in_transit'));
  assert.ok(canMoveFulfillment('exception', 'returned'));
});

test('illegal parcel moves are refused with 409 conflict naming them', () => {
  const refused: [FulfillmentStatus, FulfillmentStatus][] = [
    ['unfulfilled', 'delivered'],
    ['unfulfilled', 'in_transit'],
    ['delivered', 'in_transit'],
    ['out_for_delivery', 'shipped'],
    ['returned', 'shipped'],
    ['shipped', 'shipped'],
  ];
  for (const [from, to] of refused) {
    assert.throws(
      () => moveFulfillment(from, to),
      (error: unknown) =>
        error instanceof IllegalTransitionError &&
        error.status === 409 &&
        error.code === 'conflict' &&
        JSON.stringify(error.details) === JSON.stringify({ field: 'fulfillmentStatus', from, to }),
      `${from} → ${to}`,
    );
  }
  assert.ok(
    FULFILLMENT_STATUSES.every((status) => !canMoveFulfillment('returned', status)),
    'returned is final',
  );
});

test('an order is open until completed or cancelled, both final', () => {
  assert.equal(moveStatus('open', 'completed'), 'completed');
  assert.equal(moveStatus('open', 'cancelled'), 'cancelled');
  for (const from of ['completed', 'cancelled'] as const) {
    for (const to of ORDER_STATUSES) {
      assert.equal(canMoveStatus(from, to), false, `${from} → ${to}`);
      assert.throws(() => moveStatus(from, to), IllegalTransitionError);
    }
  }
  assert.throws(() => moveStatus('open', 'open'), IllegalTransitionError);
});
