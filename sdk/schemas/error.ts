import * as z from 'zod/mini';

/**
 * The stable list of error codes the API answers with. Adding a code is fine; renaming or
 * removing one breaks clients, so don't.
 */
export const ERROR_CODES = [
  'validation_failed',
  'bad_request',
  'headers_too_large',
  'request_timeout',
  'invalid_cursor',
  'invalid_json',
  'not_found',
  'route_not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'origin_not_allowed',
  'unauthorized',
  'invalid_credentials',
  'forbidden',
  'conflict',
  'out_of_stock',
  'cart_not_found',
  'cart_empty',
  'cart_completed',
  'discount_not_found',
  'discount_not_applicable',
  'discount_expired',
  'discount_used_up',
  'shipping_unavailable',
  'return_url_not_allowed',
  'idempotency_key_reused',
  'payment_not_retryable',
  'payment_unavailable',
  'test_gateway_disabled',
  'invalid_signature',
  'unsupported_file_type',
  'upload_too_large',
  'upload_interrupted',
  'empty_file',
  'invalid_file',
  'unsafe_file',
  'upload_not_found',
  'sticker_option_unavailable',
  'size_out_of_range',
  'order_not_shippable',
  'line_already_shipped',
  'invalid_tracking_number',
  'shipment_not_found',
  'shipment_cancelled',
  'tracking_unavailable',
  'rate_limited',
  'link_invalid',
  'review_exists',
  'review_not_allowed',
  'version_conflict',
  'handle_taken',
  'sku_taken',
  'stock_below_zero',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.record(z.string(), z.unknown())),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
