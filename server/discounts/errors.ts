import { ApiError, type ErrorDetails } from '../errors.ts';

/** Refusals of a discount code. State-based ones are 409: the request was fine, the code is not usable now. */

export class DiscountNotFoundError extends ApiError {
  override name = 'DiscountNotFoundError';
  constructor(code: string) {
    super('discount_not_found', 404, `The code ${code} is not valid.`, { code });
  }
}

export class DiscountExpiredError extends ApiError {
  override name = 'DiscountExpiredError';
  constructor(code: string, message = `The code ${code} has expired.`) {
    super('discount_expired', 409, message, { code });
  }
}

export class DiscountUsedUpError extends ApiError {
  override name = 'DiscountUsedUpError';
  constructor(code: string) {
    super('discount_used_up', 409, `The code ${code} has been used up.`, { code });
  }
}

export class DiscountNotApplicableError extends ApiError {
  override name = 'DiscountNotApplicableError';
  constructor(message: string, details: ErrorDetails) {
    super('discount_not_applicable', 409, message, details);
  }
}

export class DiscountCodeExistsError extends ApiError {
  override name = 'DiscountCodeExistsError';
  constructor(code: string) {
    super('conflict', 409, `The code ${code} exists already.`, { code });
  }
}
