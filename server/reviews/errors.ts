import { ApiError, NotFoundError } from '../errors.ts';

/** 403: whoever asks has no paid order for the product (or nothing that proves one). */
export class ReviewNotAllowedError extends ApiError {
  override name = 'ReviewNotAllowedError';
  constructor() {
    super('review_not_allowed', 403, 'Only a customer with a paid order for this product can review it.');
  }
}

/** 409: one review per buyer and product; edit the one there is instead. */
export class ReviewExistsError extends ApiError {
  override name = 'ReviewExistsError';
  constructor(reviewId: string) {
    super('review_exists', 409, 'You have already reviewed this product. Edit your review instead.', { reviewId });
  }
}

/** Another buyer's review answers like one that does not exist. */
export class ReviewNotFoundError extends NotFoundError {
  override name = 'ReviewNotFoundError';
  constructor() {
    super('The review');
  }
}
