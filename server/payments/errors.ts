import { ApiError } from '../errors.ts';

/**
 * Why taking a payment went wrong on the provider's side. These are not the shopper's fault, so they
 * reach `onError` as logged 500s; the orders code may catch them to release stock first.
 */
export type PaymentErrorCode =
  /** Our figures don't add up, or the provider computed a different total than the order's. */
  | 'amount_mismatch'
  /** The provider could not be reached or failed (network, 5xx, rate limit). Worth retrying. */
  | 'provider_unavailable'
  /** The provider refused the request (bad key, invalid parameters, unknown session). Retrying won't help. */
  | 'provider_rejected'
  /** The same idempotency key was used earlier with different parameters. */
  | 'idempotency_conflict'
  /** A correctly signed event that is not the shape a checkout-session event has. */
  | 'invalid_event';

export class PaymentProviderError extends Error {
  override name = 'PaymentProviderError';
  readonly code: PaymentErrorCode;

  constructor(code: PaymentErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * A webhook whose signature is missing, wrong or too old. It is the sender's fault, and the answer is
 * the API's documented 400 `invalid_signature`, so this one is an ApiError: a webhook route can let it
 * reach `onError` as is.
 */
export class InvalidSignatureError extends ApiError {
  override name = 'InvalidSignatureError';

  constructor(options?: { cause?: unknown }) {
    super('invalid_signature', 400, 'The webhook signature is missing, does not match, or is too old.');
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
