import { ApiError } from '../errors.ts';

export class TaxRateExistsError extends ApiError {
  override name = 'TaxRateExistsError';
  constructor(destination: string, existingId: string) {
    super('conflict', 409, `${destination} has a tax rate already: edit that one.`, { destination, existingId });
  }
}
