import type { NotRetryableReason } from '../data/orders.ts';
import { ApiError } from '../errors.ts';

/** Unknown order, or a token that does not open it: one answer, so an order's existence does not leak. */
export class OrderNotFoundError extends ApiError {
  override name = 'OrderNotFoundError';
  constructor() {
    super('not_found', 404, 'The order was not found.');
  }
}

const NOT_RETRYABLE: Record<NotRetryableReason, string> = {
  not_failed: 'This order is paid, or its payment is under way: it cannot be paid again.',
  retry_window_passed: 'This order can no longer be paid. Please check out again.',
  cancelled: 'This order was cancelled. Please check out again.',
  payment_issue: 'This order has a payment under review. Please contact the shop.',
};

/** `details.reason` says why, so a client can offer to check out again instead. */
export class PaymentNotRetryableError extends ApiError {
  override name = 'PaymentNotRetryableError';
  constructor(paymentStatus: string, reason: NotRetryableReason = 'not_failed') {
    super('payment_not_retryable', 409, NOT_RETRYABLE[reason], { paymentStatus, reason });
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
    super(
      'idempotency_key_reused',
      422,
      'This Idempotency-Key was already used for a different request. Use a new key.',
    );
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
    super('payment_unavailable', 502, 'Payment could not be started. Nothing was charged; please try again.');
  }
}
