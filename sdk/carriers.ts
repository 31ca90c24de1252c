/**
 * The carriers a shop ships with, their tracking-number formats and tracking pages. Apart from the wire
 * schemas (no zod here), so the admin's form checks a number with the server's own rule at no cost.
 */

export const CARRIERS = [
  'usps',
  'ups',
  'fedex',
  'dhl_express',
  'canada_post',
  'royal_mail',
  'australia_post',
  'other',
] as const;
export type Carrier = (typeof CARRIERS)[number];

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
  ups: {
    name: 'UPS',
    pattern: /^(1Z[0-9A-Z]{16}|T\d{10}|\d{9}|\d{26})$/,
    trackingUrl: 'https://www.ups.com/track?tracknum={number}',
  },
  fedex: {
    name: 'FedEx',
    pattern: /^(\d{12}|\d{15}|\d{20}|\d{22})$/,
    trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr={number}',
  },
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
  australia_post: {
    name: 'Australia Post',
    pattern: null,
    trackingUrl: 'https://auspost.com.au/mypost/track/#/details/{number}',
  },
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
