import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TRACKING_STATUSES } from '../../sdk/schemas/index.ts';
import { mapEasyPostStatus, readTracker } from './easypost.ts';
import { mayMove, orderFulfillment } from './status.ts';

test('a parcel moves forward only; exceptions come and go; delivered and returned are final', () => {
  assert.ok(
    mayMove('pre_transit', 'in_transit') && mayMove('in_transit', 'delivered') && mayMove('pre_transit', 'delivered'),
  );
  assert.ok(!mayMove('out_for_delivery', 'in_transit') && !mayMove('in_transit', 'pre_transit'));
  assert.ok(
    mayMove('out_for_delivery', 'exception') && mayMove('exception', 'in_transit') && mayMove('exception', 'returned'),
  );
  for (const status of TRACKING_STATUSES) {
    assert.ok(!mayMove('delivered', status) && !mayMove('returned', status), `nothing after the end: ${status}`);
    assert.ok(!mayMove(status, 'unknown'), `unknown never replaces a known status: ${status}`);
  }
});

test('the order follows its parcels', () => {
  const all = [{ quantity: 2, shipped: 2 }];
  assert.equal(orderFulfillment([{ quantity: 2, shipped: 0 }], []), 'unfulfilled');
  assert.equal(orderFulfillment([{ quantity: 2, shipped: 1 }], ['delivered']), 'partially_shipped');
  assert.equal(orderFulfillment(all, ['pre_transit', 'in_transit']), 'shipped');
  assert.equal(orderFulfillment(all, ['delivered', 'in_transit']), 'in_transit');
  assert.equal(orderFulfillment(all, ['delivered', 'out_for_delivery']), 'out_for_delivery');
  assert.equal(orderFulfillment(all, ['delivered', 'available_for_pickup']), 'out_for_delivery');
  assert.equal(orderFulfillment(all, ['delivered', 'delivered']), 'delivered');
  assert.equal(orderFulfillment(all, ['delivered', 'exception']), 'exception');
  assert.equal(orderFulfillment(all, ['delivered', 'returned']), 'returned');
});

test('EasyPost’s statuses map onto ours, and a Tracker becomes a snapshot', () => {
  assert.deepEqual(
    [
      'pre_transit',
      'in_transit',
      'out_for_delivery',
      'delivered',
      'available_for_pickup',
      'return_to_sender',
      'failure',
      'cancelled',
      'error',
      'unknown',
      'new_one',
      7,
    ].map(mapEasyPostStatus),
    [
      'pre_transit',
      'in_transit',
      'out_for_delivery',
      'delivered',
      'available_for_pickup',
      'returned',
      'exception',
      'exception',
      'exception',
      'unknown',
      'unknown',
      'unknown',
    ],
  );
  const snapshot = readTracker({
    id: 'trk_1',
    status: 'in_transit',
    est_delivery_date: '2026-06-05T00:00:00Z',
    public_url: 'https://track.easypost.com/abc',
    tracking_details: [
      {
        message: 'Shipped',
        status: 'in_transit',
        datetime: '2026-06-02T10:00:00Z',
        tracking_location: { city: 'Memphis', state: 'TN', country: 'US', zip: '38101' },
      },
      { message: 'No time', status: 'in_transit', datetime: null },
      'not an object',
    ],
  });
  assert.deepEqual(
    [snapshot.trackerId, snapshot.status, snapshot.estimatedDelivery, snapshot.publicUrl, snapshot.events.length],
    ['trk_1', 'in_transit', '2026-06-05T00:00:00.000Z', 'https://track.easypost.com/abc', 1],
  );
  assert.deepEqual(snapshot.events[0]?.place, 'Memphis, TN, US');
  assert.equal(
    readTracker({ id: 'trk_2', public_url: 'javascript:alert(1)' }).publicUrl,
    null,
    'only an https page is linked',
  );
  assert.throws(() => readTracker({ id: 'shp_1' }));
});
