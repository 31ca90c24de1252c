import * as z from 'zod/mini';
import { printable } from './address.ts';
import { LineQuantity } from './refund.ts';

export const RETURN_STATUSES = ['requested', 'approved', 'rejected', 'received', 'refunded'] as const;
export const ReturnStatus = z.enum(RETURN_STATUSES);
export type ReturnStatus = z.infer<typeof ReturnStatus>;

export const RETURN_REASONS = ['damaged', 'wrong_item', 'not_as_described', 'no_longer_needed', 'other'] as const;
export const ReturnReason = z.enum(RETURN_REASONS);
export type ReturnReason = z.infer<typeof ReturnReason>;

const Text = z.string().check(z.trim(), z.maxLength(1000), printable());

/** A customer's request to send lines of a delivered order back, and where the owner has taken it. */
export const ReturnRequest = z.object({
  id: z.string(),
  orderId: z.string(),
  status: ReturnStatus,
  reason: ReturnReason,
  note: z.nullable(z.string()),
  lines: z.array(LineQuantity),
  /** The owner's message with the approval or rejection. */
  message: z.nullable(z.string()),
  /** The owner accepted custom sticker lines back as an exception. */
  stickerException: z.boolean(),
  refundId: z.nullable(z.string()),
  createdAt: z.string(),
  decidedAt: z.nullable(z.string()),
  receivedAt: z.nullable(z.string()),
});
export type ReturnRequest = z.infer<typeof ReturnRequest>;

export const ReturnList = z.object({ items: z.array(ReturnRequest) });
export type ReturnList = z.infer<typeof ReturnList>;

/** `POST /api/orders/:orderId/returns`. */
export const CreateReturnBody = z.object({
  lines: z.array(LineQuantity).check(z.minLength(1), z.maxLength(200)),
  reason: ReturnReason,
  note: z.optional(Text),
});
export type CreateReturnBody = z.infer<typeof CreateReturnBody>;

/** The owner's decision: approve (optionally taking custom sticker lines back) or reject, with a message. */
export const DecideReturnBody = z.object({
  decision: z.enum(['approve', 'reject']),
  message: z.optional(Text),
  stickerException: z.optional(z.boolean()),
});
export type DecideReturnBody = z.infer<typeof DecideReturnBody>;

/** `POST /api/admin/orders/:orderId/returns/:returnId/refund`: the return's lines, restocked or not. */
export const RefundReturnBody = z.object({
  restock: z.optional(z.boolean()),
  /** Overrides the lines' share of what was paid (a restocking fee kept, say). */
  amount: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100_000_000))),
});
export type RefundReturnBody = z.infer<typeof RefundReturnBody>;

/** `GET /api/admin/returns`: the returns waiting for the owner, newest first. */
export const AdminReturnQuery = z.object({ status: z.optional(ReturnStatus) });
export type AdminReturnQuery = z.infer<typeof AdminReturnQuery>;
