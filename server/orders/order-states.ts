import type { FulfillmentStatus, OrderStatus } from '../../sdk/schemas/index.ts';
import { ApiError } from '../errors.ts';

/**
 * The order's `fulfillmentStatus` and `status` as the small state machines docs/architecture.md describes. Every
 * change (an admin entering tracking, a carrier's scan, closing an order) goes through `move…`, which
 * refuses an illegal move with 409 `conflict` rather than writing it. `paymentStatus` moves only inside
 * the settlement transaction (see payment-rules.ts).
 */

/**
 * Shipped → in transit → out for delivery → delivered. Carriers skip scans, so a later step may come
 * straight after an earlier one; any step in the carrier's hands may turn into an `exception`, from
 * which the parcel goes on or comes back. A delivered parcel may still be `returned`.
 */
const FULFILLMENT_MOVES: Record<FulfillmentStatus, readonly FulfillmentStatus[]> = {
  unfulfilled: ['partially_shipped', 'shipped'],
  partially_shipped: ['shipped', 'exception'],
  shipped: ['in_transit', 'out_for_delivery', 'delivered', 'exception'],
  in_transit: ['out_for_delivery', 'delivered', 'exception'],
  out_for_delivery: ['delivered', 'exception'],
  exception: ['in_transit', 'out_for_delivery', 'delivered', 'returned'],
  delivered: ['returned'],
  returned: [],
};

/** Open until it is completed (fulfilled) or cancelled; both are final. */
const STATUS_MOVES: Record<OrderStatus, readonly OrderStatus[]> = {
  open: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export class IllegalTransitionError extends ApiError {
  override name = 'IllegalTransitionError';
  constructor(field: 'fulfillmentStatus' | 'status', from: string, to: string) {
    super('conflict', 409, `An order's ${field} cannot go from ${from} to ${to}.`, { field, from, to });
  }
}

export function canMoveFulfillment(from: FulfillmentStatus, to: FulfillmentStatus): boolean {
  return FULFILLMENT_MOVES[from].includes(to);
}

/** Answers `to` when the move is legal; throws `IllegalTransitionError` otherwise. */
export function moveFulfillment(from: FulfillmentStatus, to: FulfillmentStatus): FulfillmentStatus {
  if (!canMoveFulfillment(from, to)) throw new IllegalTransitionError('fulfillmentStatus', from, to);
  return to;
}

export function canMoveStatus(from: OrderStatus, to: OrderStatus): boolean {
  return STATUS_MOVES[from].includes(to);
}

/** Answers `to` when the move is legal; throws `IllegalTransitionError` otherwise. */
export function moveStatus(from: OrderStatus, to: OrderStatus): OrderStatus {
  if (!canMoveStatus(from, to)) throw new IllegalTransitionError('status', from, to);
  return to;
}
