import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { orders } from './orders.ts';

/**
 * Money given back, and goods coming back. A refund is written `pending` in the transaction that checks it
 * fits what was paid (so parallel refunds can never add up to more), then moved by the provider's answer and
 * its webhooks. A return is the customer's request to send lines back, decided and received by the owner.
 */

export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;

export const refunds = sqliteTable(
  'refunds',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** The payment attempt whose money goes back. */
    sessionId: text('session_id').notNull(),
    /** `order`: the order's own money; `payment_issue`: money the order could not take (a second capture…). */
    source: text('source', { enum: ['order', 'payment_issue'] }).notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: REFUND_STATUSES }).notNull(),
    reason: text('reason').notNull(),
    note: text('note'),
    restock: integer('restock', { mode: 'boolean' }).notNull(),
    /** `[{ lineId, quantity }]`: the units refunded; empty for a refund by amount. */
    lines: text('lines', { mode: 'json' }).notNull(),
    /** The provider's refund (`re_…`); null until it answered. */
    providerRefundId: text('provider_refund_id').unique(),
    returnId: text('return_id'),
    failureReason: text('failure_reason'),
    /** `CN-2026-000001`, from a gap-free yearly sequence, given when the refund succeeds. */
    creditNoteNumber: text('credit_note_number').unique(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('refunds_order_idx').on(t.orderId), index('refunds_created_idx').on(t.createdAt, t.status)],
);

export const RETURN_STATUSES = ['requested', 'approved', 'rejected', 'received', 'refunded'] as const;

export const returns = sqliteTable(
  'returns',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    status: text('status', { enum: RETURN_STATUSES }).notNull(),
    reason: text('reason').notNull(),
    note: text('note'),
    /** `[{ lineId, quantity }]`. */
    lines: text('lines', { mode: 'json' }).notNull(),
    /** The owner's message with an approval or a rejection. */
    message: text('message'),
    /** The owner accepted custom sticker lines back, which are otherwise not returnable. */
    stickerException: integer('sticker_exception', { mode: 'boolean' }).notNull().default(false),
    refundId: text('refund_id'),
    createdAt: text('created_at').notNull(),
    decidedAt: text('decided_at'),
    receivedAt: text('received_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('returns_order_idx').on(t.orderId), index('returns_status_idx').on(t.status, t.createdAt)],
);
