import * as z from 'zod/mini';
import { listOf, MAX_PAGE_SIZE } from './list.ts';
import { Money } from './money.ts';
import { FulfillmentStatus, Order, OrderStatus, PaymentStatus } from './order.ts';
import { printable } from './address.ts';
import { Upload } from './upload.ts';

/**
 * Money an order took that it cannot keep, flagged for a person to refund or investigate: another amount
 * or currency than the order's, a payment after the order had failed, or a second capture.
 */
export const PAYMENT_ISSUES = [
  'amount_mismatch',
  'currency_mismatch',
  'paid_after_failure',
  'duplicate_capture',
] as const;
export const PaymentIssue = z.enum(PAYMENT_ISSUES);
export type PaymentIssue = z.infer<typeof PaymentIssue>;

/** `GET /api/admin/orders`: newest first; `q` finds part of an order number or of a customer's email, in any case. */
export const AdminOrderQuery = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  // A NUL would end SQLite's LIKE pattern early and match every order; no number or email has control characters.
  q: z.optional(z.string().check(z.trim(), z.maxLength(200), printable())),
  status: z.optional(OrderStatus),
  paymentStatus: z.optional(PaymentStatus),
  fulfillmentStatus: z.optional(FulfillmentStatus),
});
export type AdminOrderQuery = z.infer<typeof AdminOrderQuery>;

/** One row of the admin's order list: the order's own fields as the order has them, and a few counts. */
export const AdminOrderSummary = z.object({
  ...z.pick(Order, {
    id: true,
    number: true,
    email: true,
    status: true,
    paymentStatus: true,
    fulfillmentStatus: true,
    createdAt: true,
    paidAt: true,
  }).shape,
  total: Money,
  /** Units across all lines. */
  itemCount: z.number().check(z.int()),
  /** How many custom-sticker designs the order carries. */
  designCount: z.number().check(z.int()),
  paymentIssue: z.nullable(PaymentIssue),
});
export type AdminOrderSummary = z.infer<typeof AdminOrderSummary>;

export const AdminOrderList = listOf(AdminOrderSummary);
export type AdminOrderList = z.infer<typeof AdminOrderList>;

/**
 * A design as the store owner needs it to print: the stored file's facts, its SHA-256 (to check the
 * download), and the order lines made from it. The original is
 * `GET /api/admin/orders/:orderId/uploads/:uploadId/file` (bearer token of an admin).
 */
export const AdminDesign = z.object({
  ...Upload.shape,
  sha256: z.string(),
  /**
   * The name to save the original under: `fileName` with the detected format's extension added when it
   * has another one, so a PNG sent as `invoice.html` is saved as `invoice.html.png` and opens as what it is.
   */
  downloadName: z.string().check(
    z.meta({
      description:
        'The name to save the original under: `fileName`, plus the detected format’s extension when it has another one (`invoice.html` → `invoice.html.png`).',
    }),
  ),
  lineIds: z.array(z.string()),
});
export type AdminDesign = z.infer<typeof AdminDesign>;

/** `GET /api/admin/orders/:id`: the order as the shopper sees it, plus what only the shop may see. */
export const AdminOrder = z.object({
  ...Order.shape,
  paymentIssue: z.nullable(PaymentIssue),
  designs: z.array(AdminDesign),
  /** What may still be refunded of the order's money (pending refunds count as given). */
  refundable: z.optional(Money),
  /** Money the order could not take (its payment issue) not yet refunded. */
  issueRefundable: z.optional(Money),
});
export type AdminOrder = z.infer<typeof AdminOrder>;
