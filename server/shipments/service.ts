import type {
  AddTrackingEventBody,
  AdminShipment,
  Carrier,
  CreateShipmentBody,
  UpdateShipmentBody,
} from '../../sdk/schemas/index.ts';
import { CARRIER_INFO, matchesCarrierFormat, normalizeTrackingNumber } from '../../sdk/schemas/index.ts';
import type { OrderRecord } from '../data/orders.ts';
import type { Actor, ShipmentRecord, TrackingUpdate } from '../data/shipments.ts';
import { newId } from '../data/ids.ts';
import { ValidationError } from '../errors.ts';
import { OrderNotFoundError } from '../orders/errors.ts';
import type { Shop } from '../shop/shop.ts';
import { queueShipmentEmail } from './emails.ts';
import {
  InvalidTrackingNumberError,
  ShipmentCancelledError,
  ShipmentNotFoundError,
  TrackingUnavailableError,
} from './errors.ts';
import type { TrackerSnapshot } from './provider.ts';
import { toAdminShipmentView } from './view.ts';

/** The owner's side of shipping: enter, correct and cancel parcels, record events by hand, ask the tracking service. */

const MAX_ID_LENGTH = 64;
const MINUTE_MS = 60_000;
/** The longest wait between two tries to register a shipment with an unreachable tracking service. */
const REGISTER_MAX_WAIT_MS = 6 * 60 * MINUTE_MS;

async function findOrder(shop: Shop, orderId: string): Promise<OrderRecord> {
  const order = orderId.length <= MAX_ID_LENGTH ? await shop.data.orders.findOrder(orderId) : null;
  if (!order) throw new OrderNotFoundError();
  return order;
}

async function findShipment(shop: Shop, orderId: string, shipmentId: string): Promise<ShipmentRecord> {
  const shipment =
    shipmentId.length <= MAX_ID_LENGTH ? await shop.data.shipments.findShipment(orderId, shipmentId) : null;
  if (!shipment) throw new ShipmentNotFoundError();
  return shipment;
}

function checkedNumber(carrier: Carrier, trackingNumber: string): string {
  const number = normalizeTrackingNumber(trackingNumber);
  if (!matchesCarrierFormat(carrier, number)) throw new InvalidTrackingNumberError(CARRIER_INFO[carrier].name);
  return number;
}

async function view(shop: Shop, order: OrderRecord, shipmentId: string): Promise<AdminShipment> {
  return toAdminShipmentView(await findShipment(shop, order.id, shipmentId), order, shop.settings);
}

/** A tracker's snapshot as an update of our shipment. */
export function snapshotUpdate(
  snapshot: TrackerSnapshot,
  fields: Pick<TrackingUpdate, 'eventId' | 'action' | 'actor' | 'at'>,
): TrackingUpdate {
  return {
    ...fields,
    status: snapshot.status,
    events: snapshot.events,
    estimatedDelivery: snapshot.estimatedDelivery,
    publicUrl: snapshot.publicUrl,
    trackerId: snapshot.trackerId,
  };
}

/** Applies an update and sends the delivery email when it delivered the parcel. */
export async function applyTracking(
  shop: Shop,
  shipment: Pick<ShipmentRecord, 'id' | 'orderId'>,
  update: TrackingUpdate,
) {
  const outcome = await shop.data.shipments.applyTracking(shipment.id, update);
  if (outcome.kind === 'applied' && outcome.delivered) queueShipmentEmail(shop, shipment, 'delivered');
  return outcome;
}

/**
 * Creates the tracking service's tracker for a shipment. When the service cannot be reached the
 * shipment stays as entered and is tried again later (waits doubling up to six hours), never lost.
 */
export async function registerShipment(shop: Shop, shipment: ShipmentRecord, actor: Actor): Promise<boolean> {
  try {
    const snapshot = await shop.tracking.register(shipment.carrier, shipment.trackingNumber);
    if (!snapshot) return true;
    const at = shop.now().toISOString();
    await applyTracking(shop, shipment, snapshotUpdate(snapshot, { eventId: null, action: 'registered', actor, at }));
    return true;
  } catch (error) {
    shop.log(`Could not register shipment ${shipment.id} with ${shop.tracking.name}; will try again`, error);
    const wait = Math.min(MINUTE_MS * 2 ** Math.min(shipment.registerAttempts, 10), REGISTER_MAX_WAIT_MS);
    await shop.data.shipments.deferRegistration(shipment.id, new Date(shop.now().getTime() + wait).toISOString());
    return false;
  }
}

export async function listAdminShipments(shop: Shop, orderId: string): Promise<AdminShipment[]> {
  const order = await findOrder(shop, orderId);
  return (await shop.data.shipments.listShipments(order.id)).map((shipment) =>
    toAdminShipmentView(shipment, order, shop.settings),
  );
}

/** `POST /api/admin/orders/:orderId/shipments`: the lines must be the order's, each named once. */
export async function createShipment(
  shop: Shop,
  orderId: string,
  body: CreateShipmentBody,
  actor: Actor,
): Promise<AdminShipment> {
  const order = await findOrder(shop, orderId);
  const trackingNumber = checkedNumber(body.carrier, body.trackingNumber);
  const lineIds = new Set(order.lines.map((line) => line.id));
  const seen = new Set<string>();
  const issues = body.lines.flatMap((line, index) => {
    if (!lineIds.has(line.lineId)) return [{ path: `lines.${index}.lineId`, message: 'is not a line of this order' }];
    if (seen.has(line.lineId)) return [{ path: `lines.${index}.lineId`, message: 'is named twice' }];
    seen.add(line.lineId);
    return [];
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const at = shop.now().toISOString();
  const manual = shop.tracking.name === 'manual';
  const created = await shop.data.shipments.createShipment({
    id: newId('shp'),
    orderId: order.id,
    carrier: body.carrier,
    trackingNumber,
    provider: shop.tracking.name,
    registerDueAt: manual ? null : at,
    lines: body.lines.map((line) => ({ orderLineId: line.lineId, quantity: line.quantity })),
    actor,
    at,
  });
  if (!manual) await registerShipment(shop, created, actor);
  queueShipmentEmail(shop, created, 'shipped');
  return view(shop, await findOrder(shop, orderId), created.id);
}

/** A number or carrier entered by mistake: the tracker and timeline start again under the new one. */
export async function correctShipment(
  shop: Shop,
  orderId: string,
  shipmentId: string,
  body: UpdateShipmentBody,
  actor: Actor,
): Promise<AdminShipment> {
  const order = await findOrder(shop, orderId);
  await findShipment(shop, order.id, shipmentId);
  const trackingNumber = checkedNumber(body.carrier, body.trackingNumber);
  const at = shop.now().toISOString();
  const manual = shop.tracking.name === 'manual';
  const corrected = await shop.data.shipments.correctShipment(order.id, shipmentId, {
    carrier: body.carrier,
    trackingNumber,
    provider: shop.tracking.name,
    registerDueAt: manual ? null : at,
    actor,
    at,
  });
  if (!manual) await registerShipment(shop, corrected, actor);
  return view(shop, await findOrder(shop, orderId), shipmentId);
}

export async function cancelShipment(
  shop: Shop,
  orderId: string,
  shipmentId: string,
  actor: Actor,
): Promise<AdminShipment> {
  const order = await findOrder(shop, orderId);
  await findShipment(shop, order.id, shipmentId);
  await shop.data.shipments.cancelShipment(order.id, shipmentId, actor, shop.now().toISOString());
  return view(shop, await findOrder(shop, orderId), shipmentId);
}

/** An event the admin records by hand: the manual provider's whole timeline, and "Mark delivered". */
export async function addTrackingEvent(
  shop: Shop,
  orderId: string,
  shipmentId: string,
  body: AddTrackingEventBody,
  actor: Actor,
): Promise<AdminShipment> {
  const order = await findOrder(shop, orderId);
  const shipment = await findShipment(shop, order.id, shipmentId);
  if (shipment.cancelledAt) throw new ShipmentCancelledError();
  const at = shop.now().toISOString();
  const occurredAt = body.occurredAt ? new Date(body.occurredAt).toISOString() : at;
  const message = body.message || defaultMessage(body.status);
  await applyTracking(shop, shipment, {
    eventId: null,
    status: body.status,
    events: [{ status: body.status, message, place: body.place || null, occurredAt, dedupeKey: newId('sev') }],
    action: 'event_added',
    actor,
    note: `${body.status}: ${message}`,
    at,
  });
  return view(shop, await findOrder(shop, orderId), shipmentId);
}

function defaultMessage(status: AddTrackingEventBody['status']): string {
  const words: Record<AddTrackingEventBody['status'], string> = {
    pre_transit: 'Label created',
    in_transit: 'In transit',
    out_for_delivery: 'Out for delivery',
    delivered: 'Delivered',
    available_for_pickup: 'Available for pickup',
    exception: 'Delivery problem',
    returned: 'Returned to sender',
    unknown: 'Update',
  };
  return words[status];
}

/** "Refresh tracking": asks the service now (registering first if that never worked). */
export async function refreshShipment(
  shop: Shop,
  orderId: string,
  shipmentId: string,
  actor: Actor,
): Promise<AdminShipment> {
  const order = await findOrder(shop, orderId);
  const shipment = await findShipment(shop, order.id, shipmentId);
  if (shipment.cancelledAt) throw new ShipmentCancelledError();
  if (shipment.provider === 'manual' || shop.tracking.name !== shipment.provider) {
    throw new ValidationError([], 'This shipment is tracked by hand: add its events instead.');
  }
  if (!shipment.trackerId) {
    if (!(await registerShipment(shop, shipment, actor))) throw new TrackingUnavailableError();
  } else {
    const snapshot = await shop.tracking.refresh(shipment.trackerId);
    await applyTracking(
      shop,
      shipment,
      snapshotUpdate(snapshot, { eventId: null, action: 'refreshed', actor, at: shop.now().toISOString() }),
    );
  }
  return view(shop, await findOrder(shop, orderId), shipmentId);
}
