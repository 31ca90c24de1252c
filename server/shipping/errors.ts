import { ApiError } from '../errors.ts';

export class ShippingUnavailableError extends ApiError {
  override name = 'ShippingUnavailableError';
  constructor(message: string, details: { shippingMethod?: string; country?: string | null; available?: string[] }) {
    super('shipping_unavailable', 409, message, details);
  }
}

/** A zone that would take a country, a method id or the rest of the world from another zone. */
export class ShippingZoneConflictError extends ApiError {
  override name = 'ShippingZoneConflictError';
  constructor(message: string, details: { country?: string; methodId?: string; zoneId: string }) {
    super('conflict', 409, message, details);
  }
}
