import type { Carrier, SHIPMENT_ACTIONS, TRACKING_PROVIDERS, TrackingStatus } from '../../sdk/schemas/index.ts';

/** Shipments as stored: the lines each holds, its tracking timeline and its audit trail. Times are ISO 8601. */

export type TrackingProviderName = (typeof TRACKING_PROVIDERS)[number];
export type ShipmentActionName = (typeof SHIPMENT_ACTIONS)[number];

/** The admin who acted; null for the tracking service or the server itself. */
export type Actor = { id: string; email: string } | null;

export type ShipmentEventRecord = {
  id: string;
  status: TrackingStatus;
  message: string;
  place: string | null;
  occurredAt: string;
};

export type ShipmentActionRecord = {
  action: ShipmentActionName;
  actorEmail: string | null;
  note: string | null;
  at: string;
};

export type ShipmentRecord = {
  id: string;
  orderId: string;
  carrier: Carrier;
  trackingNumber: string;
  provider: TrackingProviderName;
  trackerId: string | null;
  registerDueAt: string | null;
  /** Failed tries to register it with the tracking service so far. */
  registerAttempts: number;
  status: TrackingStatus;
  estimatedDelivery: string | null;
  publicUrl: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  lines: { orderLineId: string; quantity: number }[];
  /** Oldest first. */
  events: ShipmentEventRecord[];
  actions: ShipmentActionRecord[];
};

export type NewShipment = {
  id: string;
  orderId: string;
  carrier: Carrier;
  trackingNumber: string;
  provider: TrackingProviderName;
  /** When to register it with the tracking service; null for the manual provider. */
  registerDueAt: string | null;
  lines: { orderLineId: string; quantity: number }[];
  actor: Actor;
  at: string;
};

export type NewTrackingEvent = Omit<ShipmentEventRecord, 'id'> & {
  /** Same key, same event: a provider resends its whole history with every update. */
  dedupeKey: string;
};

/** What a tracking update brings: from the provider (a webhook, a refresh) or from the admin (the manual provider). */
export type TrackingUpdate = {
  /** The provider's event id, recorded in the same transaction so a replayed webhook acts once; null otherwise. */
  eventId: string | null;
  status: TrackingStatus;
  events: NewTrackingEvent[];
  /** Left as it is when undefined. */
  estimatedDelivery?: string | null;
  publicUrl?: string | null;
  trackerId?: string;
  action: ShipmentActionName | null;
  actor: Actor;
  note?: string | null;
  at: string;
};

export type TrackingOutcome =
  { kind: 'duplicate_event' } | { kind: 'applied'; statusChanged: boolean; delivered: boolean };

export interface ShipmentRepository {
  /**
   * Records a shipment and raises each line's shipped units with a conditional update, in one transaction
   * with the order's new fulfilment status. Throws `OrderNotShippableError` for an unpaid or cancelled
   * order, `LineAlreadyShippedError` when a line has fewer units left than asked (nothing is recorded).
   */
  createShipment(shipment: NewShipment): Promise<ShipmentRecord>;
  listShipments(orderId: string): Promise<ShipmentRecord[]>;
  findShipment(orderId: string, shipmentId: string): Promise<ShipmentRecord | null>;
  findShipmentById(shipmentId: string): Promise<ShipmentRecord | null>;
  /** Shipments not cancelled with this tracker id (normally one). */
  findByTracker(trackerId: string): Promise<ShipmentRecord[]>;
  /** A new carrier or number: its tracker and timeline start again. Throws `ShipmentCancelledError`. */
  correctShipment(
    orderId: string,
    shipmentId: string,
    change: {
      carrier: Carrier;
      trackingNumber: string;
      provider: TrackingProviderName;
      registerDueAt: string | null;
      actor: Actor;
      at: string;
    },
  ): Promise<ShipmentRecord>;
  /** Cancels it once and gives its units back to their lines; throws `ShipmentCancelledError` when it already was. */
  cancelShipment(orderId: string, shipmentId: string, actor: Actor, at: string): Promise<ShipmentRecord>;
  /** Adds events, moves the status where the machine allows, and updates the order, in one transaction. */
  applyTracking(shipmentId: string, update: TrackingUpdate): Promise<TrackingOutcome>;
  /** The tracking service could not be reached: try again at `dueAt`. */
  deferRegistration(shipmentId: string, dueAt: string): Promise<void>;
  /** Shipments waiting to be registered with the tracking service, due at `now`. */
  dueRegistrations(now: string, limit: number): Promise<string[]>;
  /** Takes the right to send a shipment's email once; false when it was taken. `release` gives it back after a failure. */
  claimEmail(shipmentId: string, kind: 'shipped' | 'delivered', now: string): Promise<boolean>;
  releaseEmail(shipmentId: string, kind: 'shipped' | 'delivered'): Promise<void>;
}
