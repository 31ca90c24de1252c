import { ApiError } from '../errors.ts';

/** Unknown order, or a token that does not open it: one answer, so an order's existence does not leak. */
export class OrderNotFoundError extends ApiError {
  override name = 'OrderNotFoundError';
  constructor() {
    super('not_found', 404, 'The order was not found.');
  }
}

export class PaymentNotRetryableError extends ApiError {
  override name = 'PaymentNotRetryableError';
  constructor(paymentStatus: string) {
    super('payment_not_retryable', 409, 'Only an order whose payment failed can be paid again.', { paymentStatus });
  }
}

export class ReturnUrlNotAllowedError extends ApiError {
  override name = 'ReturnUrlNotAllowedError';
  constructor(origin: string) {
    super('return_url_not_allowed', 400, 'The return URL must be on this shop or on a site the shop allows.', {
      origin: origin.slice(0, 200),
    });
  }
}

export class IdempotencyKeyReusedError extends ApiError {
  override name = 'IdempotencyKeyReusedError';
  constructor() {
    super('idempotency_key_reused', 422, 'This Idempotency-Key was already used for a different request. Use a new key.');
  }
}

/** The same key is still being answered elsewhere (another instance, or a request that never finished). */
export class IdempotencyKeyInUseError extends ApiError {
  override name = 'IdempotencyKeyInUseError';
  constructor() {
    super('conflict', 409, 'A request with this Idempotency-Key is still being processed. Try again in a moment.');
  }
}

/** The payment provider failed before the shopper could pay; nothing was kept, so trying again is safe. */
export class PaymentUnavailableError extends ApiError {
  override name = 'PaymentUnavailableError';
  constructor() {
    super('internal_error', 502, 'Payment could not be started. Nothing was charged; please try again.');
  }
}
