import * as z from 'zod/mini';
import { printable } from './address.ts';
import { Money } from './money.ts';

/** Why money went back; `order_cancelled` is set by a cancellation, `returned` by a return's refund. */
export const REFUND_REASONS = [
  'requested_by_customer',
  'returned',
  'damaged',
  'wrong_item',
  'duplicate',
  'fraudulent',
  'order_cancelled',
  'other',
] as const;
export const RefundReason = z.enum(REFUND_REASONS);
export type RefundReason = z.infer<typeof RefundReason>;

export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const RefundStatus = z.enum(REFUND_STATUSES);
export type RefundStatus = z.infer<typeof RefundStatus>;

/** `order`: the order's own money; `payment_issue`: money the order could not take (a second capture, a late payment). */
export const RefundSource = z.enum(['order', 'payment_issue']);
export type RefundSource = z.infer<typeof RefundSource>;

const Quantity = z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000));
const Note = z.string().check(z.trim(), z.maxLength(1000), printable());

/** Units of one order line. */
export const LineQuantity = z.object({ lineId: z.string().check(z.maxLength(64)), quantity: Quantity });
export type LineQuantity = z.infer<typeof LineQuantity>;

export const Refund = z.object({
  id: z.string(),
  amount: Money,
  status: RefundStatus,
  source: RefundSource,
  reason: RefundReason,
  note: z.nullable(z.string()),
  /** The units refunded; empty for a refund by amount. */
  lines: z.array(LineQuantity),
  restock: z.boolean(),
  /** The return this refund settles, if any. */
  returnId: z.nullable(z.string()),
  /** Why the provider refused it, when it failed. */
  failureReason: z.nullable(z.string()),
  /** The credit note's number (`CN-2026-000001`) once the refund succeeded. */
  creditNoteNumber: z.nullable(z.string()),
  createdAt: z.string(),
});
export type Refund = z.infer<typeof Refund>;

export const RefundList = z.object({ items: z.array(Refund) });
export type RefundList = z.infer<typeof RefundList>;

/**
 * `POST /api/admin/orders/:orderId/refunds`: by `lines` (their share of what was paid), by `amount`, or both
 * (`amount` then overrides the lines' share, say to keep a restocking fee). `shipping` adds the shipping paid.
 */
export const CreateRefundBody = z.object({
  lines: z.optional(z.array(LineQuantity).check(z.maxLength(200))),
  /** Minor units of the order's currency. */
  amount: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100_000_000))),
  shipping: z.optional(z.boolean()),
  /** Put the refunded units back in stock (never custom sticker lines, which hold no stock). */
  restock: z.optional(z.boolean()),
  reason: z.optional(RefundReason),
  note: z.optional(Note),
  /** `payment_issue` refunds money the order could not take; `amount` is then optional (all of it). */
  source: z.optional(RefundSource),
});
export type CreateRefundBody = z.infer<typeof CreateRefundBody>;

/** `POST /api/admin/orders/:orderId/cancel`. */
export const CancelOrderBody = z.object({
  reason: z.optional(Note),
  /** Email the customer (the default). */
  notifyCustomer: z.optional(z.boolean()),
});
export type CancelOrderBody = z.infer<typeof CancelOrderBody>;
