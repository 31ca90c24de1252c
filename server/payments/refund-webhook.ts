import * as z from 'zod';
import { PaymentProviderError } from './errors.ts';
import { REFUND_EVENT_TYPES, type ProviderRefund, type RefundEvent } from './provider.ts';
import { constructVerifiedEvent, type VerifyWebhookOptions } from './webhook.ts';

/** The fields of a Stripe Refund that refunds read. */
const StripeRefund = z.object({
  id: z.string(),
  object: z.literal('refund'),
  status: z.string().nullish(),
  failure_reason: z.string().nullish(),
  metadata: z.object({ refundId: z.string().optional() }).nullish(),
});

const RefundObjectEvent = z.object({
  id: z.string(),
  type: z.enum(['refund.created', 'refund.updated', 'refund.failed']),
  data: z.object({ object: StripeRefund }),
});

/** A Charge carries its refunds as a list (when the account's API version still includes them). */
const ChargeRefundedEvent = z.object({
  id: z.string(),
  type: z.literal('charge.refunded'),
  data: z.object({
    object: z.object({ refunds: z.object({ data: z.array(StripeRefund) }).nullish() }),
  }),
});

const REFUND_TYPES: ReadonlySet<string> = new Set(REFUND_EVENT_TYPES);

/** Stripe's refund statuses in ours: `requires_action` waits on the customer, `canceled` never paid out. */
export function refundStatus(status: string | null | undefined): ProviderRefund['status'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending';
}

const toRefund = (refund: z.infer<typeof StripeRefund>): RefundEvent['refunds'][number] => ({
  providerRefundId: refund.id,
  refundId: refund.metadata?.refundId ?? null,
  status: refundStatus(refund.status),
  failureReason: refund.failure_reason ?? null,
});

/**
 * Verifies a webhook like `verifyPaymentWebhook` and reduces a refund event (`charge.refunded`, `refund.*`) to
 * the refunds it tells about. Null for a genuine event of another type; throws `InvalidSignatureError` for a bad
 * signature and `invalid_event` for a signed refund event of the wrong shape.
 */
export function verifyRefundWebhook(
  rawBody: string,
  signatureHeader: string | undefined,
  webhookSecret: string,
  options: VerifyWebhookOptions = {},
): RefundEvent | null {
  const { envelope, event } = constructVerifiedEvent(rawBody, signatureHeader, webhookSecret, options);
  if (!REFUND_TYPES.has(envelope.type)) return null;
  const byRefund = RefundObjectEvent.safeParse(event);
  if (byRefund.success)
    return { id: byRefund.data.id, type: byRefund.data.type, refunds: [toRefund(byRefund.data.data.object)] };
  const byCharge = ChargeRefundedEvent.safeParse(event);
  if (byCharge.success) {
    const refunds = byCharge.data.data.object.refunds?.data ?? [];
    return { id: byCharge.data.id, type: 'charge.refunded', refunds: refunds.map(toRefund) };
  }
  throw new PaymentProviderError('invalid_event', `Event ${envelope.id} is not a refund event.`);
}
