import * as z from 'zod/mini';
import { Email, printable } from './address.ts';
import { CARRIERS } from '../carriers.ts';
import { ProductImage } from './product.ts';

/**
 * Shipments: parcels an order leaves in, each with a carrier, a tracking number, the lines (and
 * quantities) it holds and a timeline of tracking events.
 */

export const Carrier = z.enum(CARRIERS);
export type Carrier = z.infer<typeof Carrier>;

/** Where a parcel is, in the words tracking services share (EasyPost's, AfterShip's map onto them). */
export const TRACKING_STATUSES = [
  'pre_transit',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'available_for_pickup',
  'exception',
  'returned',
  'unknown',
] as const;
export const TrackingStatus = z.enum(TRACKING_STATUSES);
export type TrackingStatus = z.infer<typeof TrackingStatus>;

export const TrackingEvent = z.object({
  id: z.string(),
  status: TrackingStatus,
  message: z.string(),
  /** "Brooklyn, NY, US", or null when the carrier named no place. */
  place: z.nullable(z.string()),
  occurredAt: z.string(),
});
export type TrackingEvent = z.infer<typeof TrackingEvent>;

export const ShipmentLine = z.object({
  lineId: z.string(),
  title: z.string(),
  variantTitle: z.string(),
  quantity: z.number().check(z.int()),
  image: z.nullable(ProductImage),
  /** A custom sticker's design thumbnail (a signed URL), or null. */
  designPreviewUrl: z.nullable(z.string()),
});
export type ShipmentLine = z.infer<typeof ShipmentLine>;

export const Shipment = z.object({
  id: z.string(),
  orderId: z.string(),
  carrier: Carrier,
  carrierName: z.string(),
  trackingNumber: z.string(),
  /** The tracking service's public page when it has one, else the carrier's; null for an unknown carrier. */
  trackingUrl: z.nullable(z.string()),
  status: TrackingStatus,
  /** The carrier's estimate (ISO 8601), or null. */
  estimatedDelivery: z.nullable(z.string()),
  shippedAt: z.string(),
  deliveredAt: z.nullable(z.string()),
  lines: z.array(ShipmentLine),
  /** Oldest first. */
  events: z.array(TrackingEvent),
});
export type Shipment = z.infer<typeof Shipment>;

export const ShipmentList = z.object({ items: z.array(Shipment) });
export type ShipmentList = z.infer<typeof ShipmentList>;

export const SHIPMENT_ACTIONS = [
  'created',
  'corrected',
  'cancelled',
  'event_added',
  'refreshed',
  'registered',
] as const;

/** Something a person (or the tracking service) did to a shipment: who, when, and a few words. */
export const ShipmentAction = z.object({
  action: z.enum(SHIPMENT_ACTIONS),
  /** The admin's email; null for the tracking service or the server itself. */
  actor: z.nullable(z.string()),
  at: z.string(),
  note: z.nullable(z.string()),
});
export type ShipmentAction = z.infer<typeof ShipmentAction>;

export const TRACKING_PROVIDERS = ['manual', 'easypost'] as const;

export const AdminShipment = z.object({
  ...Shipment.shape,
  provider: z.enum(TRACKING_PROVIDERS),
  /** False while the tracking service could not be reached: the shipment is registered with it later. */
  registered: z.boolean(),
  cancelledAt: z.nullable(z.string()),
  history: z.array(ShipmentAction),
});
export type AdminShipment = z.infer<typeof AdminShipment>;

export const AdminShipmentList = z.object({ items: z.array(AdminShipment) });
export type AdminShipmentList = z.infer<typeof AdminShipmentList>;

const TrackingNumber = z.string().check(z.trim(), z.minLength(4), z.maxLength(64), printable());

export const CreateShipmentBody = z.object({
  carrier: Carrier,
  trackingNumber: TrackingNumber,
  lines: z
    .array(
      z.object({
        lineId: z.string().check(z.maxLength(64)),
        quantity: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
      }),
    )
    .check(z.minLength(1), z.maxLength(200)),
});
export type CreateShipmentBody = z.infer<typeof CreateShipmentBody>;

/** A correction of a number or carrier entered by mistake. */
export const UpdateShipmentBody = z.object({ carrier: Carrier, trackingNumber: TrackingNumber });
export type UpdateShipmentBody = z.infer<typeof UpdateShipmentBody>;

/** An event the admin records by hand (the manual provider): "Mark delivered" is one with `delivered`. */
export const AddTrackingEventBody = z.object({
  status: TrackingStatus,
  message: z.optional(z.string().check(z.trim(), z.maxLength(500), printable())),
  place: z.optional(z.string().check(z.trim(), z.maxLength(200), printable())),
  /** When it happened; now when absent. */
  occurredAt: z.optional(z.iso.datetime({ offset: true })),
});
export type AddTrackingEventBody = z.infer<typeof AddTrackingEventBody>;

export const OrderLookupBody = z.object({
  number: z.string().check(z.trim(), z.minLength(1), z.maxLength(40), printable()),
  email: Email,
});
export type OrderLookupBody = z.infer<typeof OrderLookupBody>;

/** The order found by number and email, and a token that opens it (as the emailed link's does) for a day. */
export const OrderLookupResult = z.object({ orderId: z.string(), token: z.string(), expiresAt: z.string() });
export type OrderLookupResult = z.infer<typeof OrderLookupResult>;
