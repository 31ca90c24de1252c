import * as z from 'zod/mini';
import { Email, printable } from './address.ts';
import { ProductImage } from './product.ts';

/**
 * Shipments: parcels an order leaves in, each with a carrier, a tracking number, the lines (and
 * quantities) it holds and a timeline of tracking events. The carriers' tracking-number formats are
 * shared so the admin's form checks a number before it is sent, with the server's own rule.
 */

export const CARRIERS = ['usps', 'ups', 'fedex', 'dhl_express', 'canada_post', 'royal_mail', 'australia_post', 'other'] as const;
export const Carrier = z.enum(CARRIERS);
export type Carrier = z.infer<typeof Carrier>;

export type CarrierInfo = {
  name: string;
  /** The carrier's tracking-number formats; null where it has none we can check. */
  pattern: RegExp | null;
  /** The carrier's public tracking page, `{number}` replaced; null for `other`. */
  trackingUrl: string | null;
};

export const CARRIER_INFO: Record<Carrier, CarrierInfo> = {
  usps: {
    name: 'USPS',
    pattern: /^(9[1-5]\d{20}|9[1-5]\d{24}|82\d{8}|[A-Z]{2}\d{9}US)$/,
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={number}',
  },
  ups: { name: 'UPS', pattern: /^(1Z[0-9A-Z]{16}|T\d{10}|\d{9}|\d{26})$/, trackingUrl: 'https://www.ups.com/track?tracknum={number}' },
  fedex: { name: 'FedEx', pattern: /^(\d{12}|\d{15}|\d{20}|\d{22})$/, trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr={number}' },
  dhl_express: {
    name: 'DHL Express',
    pattern: /^\d{10}$/,
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?AWB={number}',
  },
  canada_post: {
    name: 'Canada Post',
    pattern: /^(\d{12}|\d{16}|[A-Z]{2}\d{9}CA)$/,
    trackingUrl: 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={number}',
  },
  royal_mail: {
    name: 'Royal Mail',
    pattern: /^[A-Z]{2}\d{9}GB$/,
    trackingUrl: 'https://www.royalmail.com/track-your-item#/tracking-results/{number}',
  },
  australia_post: { name: 'Australia Post', pattern: null, trackingUrl: 'https://auspost.com.au/mypost/track/#/details/{number}' },
  other: { name: 'Other carrier', pattern: null, trackingUrl: null },
};

/** Spaces and dashes people copy from labels are not part of a number; letters are compared in capitals. */
export function normalizeTrackingNumber(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase();
}

/** Whether `trackingNumber` (normalized) has a format `carrier` uses; any number for a carrier without a known format. */
export function matchesCarrierFormat(carrier: Carrier, trackingNumber: string): boolean {
  const pattern = CARRIER_INFO[carrier].pattern;
  return pattern === null || pattern.test(trackingNumber);
}

export function carrierTrackingUrl(carrier: Carrier, trackingNumber: string): string | null {
  const template = CARRIER_INFO[carrier].trackingUrl;
  return template ? template.replace('{number}', encodeURIComponent(trackingNumber)) : null;
}

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

export const SHIPMENT_ACTIONS = ['created', 'corrected', 'cancelled', 'event_added', 'refreshed', 'registered'] as const;

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
    .array(z.object({ lineId: z.string().check(z.maxLength(64)), quantity: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)) }))
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
