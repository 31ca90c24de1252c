import { ApiError } from '../errors.ts';

export class ShippingUnavailableError extends ApiError {
  override name = 'ShippingUnavailableError';
  constructor(message: string, details: { shippingMethod?: string; country?: string | null; available?: string[] }) {
    super('shipping_unavailable', 409, message, details);
  }
}
