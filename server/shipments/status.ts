import type { FulfillmentStatus, TrackingStatus } from '../../sdk/schemas/index.ts';

/**
 * The tracking status machine. A parcel only moves forward (pre_transit → in_transit → out_for_delivery →
 * delivered), so a late or replayed update never undoes a newer one; `exception` may come and go at any
 * point before the end; `delivered` and `returned` are final. An update that may not move the status is
 * still kept in the timeline.
 */

const RANK: Record<TrackingStatus, number> = {
  unknown: 0,
  pre_transit: 1,
  in_transit: 2,
  exception: 2,
  out_for_delivery: 3,
  available_for_pickup: 3,
  delivered: 4,
  returned: 4,
};

export const FINAL_STATUSES: readonly TrackingStatus[] = ['delivered', 'returned'];

export function mayMove(from: TrackingStatus, to: TrackingStatus): boolean {
  if (from === to || FINAL_STATUSES.includes(from) || to === 'unknown') return false;
  if (to === 'exception' || from === 'exception' || to === 'returned') return true;
  return RANK[to] >= RANK[from];
}

/**
 * The order's fulfilment from its lines and its shipments not cancelled: unfulfilled before the first,
 * partially shipped while units wait, then the least advanced parcel speaks for the order (an exception
 * or a return on any parcel is shown first, since someone must act on it).
 */
export function orderFulfillment(
  lines: { quantity: number; shipped: number }[],
  parcels: TrackingStatus[],
): FulfillmentStatus {
  if (parcels.length === 0) return 'unfulfilled';
  if (lines.some((line) => line.shipped < line.quantity)) return 'partially_shipped';
  if (parcels.includes('exception')) return 'exception';
  if (parcels.includes('returned')) return 'returned';
  if (parcels.every((status) => status === 'delivered')) return 'delivered';
  const moving = parcels.filter((status) => status !== 'delivered');
  if (moving.some((status) => status === 'unknown' || status === 'pre_transit')) return 'shipped';
  if (moving.some((status) => status === 'in_transit')) return 'in_transit';
  return 'out_for_delivery';
}
