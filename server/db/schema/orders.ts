import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Orders, their payment attempts, and the bookkeeping that makes money-moving requests safe to repeat:
 * processed webhook events and stored idempotent responses. Order lines are snapshots: later catalog
 * changes never alter what was bought.
 */

export const orders = sqliteTable(
  'orders',
  {
    id: text('id').primaryKey(),
    /** For people: `SL-10001`, from the `order_number` counter. */
    number: text('number').notNull().unique(),
    email: text('email').notNull(),
    /**
     * The customer account the order belongs to: placed while signed in, or a guest order with the same
     * email once that email was verified. Null again when the account is deleted (in the deleting transaction:
     * no foreign key, which SQLite cannot add to an existing table): the order stays for the books.
     */
    userId: text('user_id'),
    /** One order per cart: a second checkout of the same cart is refused. No foreign key: carts are purged. */
    cartId: text('cart_id').notNull().unique(),
    status: text('status', { enum: ['open', 'completed', 'cancelled'] }).notNull(),
    paymentStatus: text('payment_status', {
      enum: ['pending', 'paid', 'failed', 'refunded', 'partially_refunded'],
    }).notNull(),
    fulfillmentStatus: text('fulfillment_status', {
      enum: [
        'unfulfilled',
        'partially_shipped',
        'shipped',
        'in_transit',
        'out_for_delivery',
        'delivered',
        'exception',
        'returned',
      ],
    }).notNull(),
    /**
     * Where the order's units are: held (`reserved`), taken from stock (`committed`, once paid), given
     * back (`released`, payment failed or expired), or paid for after they were given back and no longer
     * there (`backordered`: someone must restock or refund).
     */
    stockState: text('stock_state', { enum: ['reserved', 'committed', 'released', 'backordered'] }).notNull(),
    currency: text('currency').notNull(),
    subtotal: integer('subtotal').notNull(),
    /** Everything the code took off, shipping included for a free-shipping code. */
    discountTotal: integer('discount_total').notNull(),
    shippingTotal: integer('shipping_total').notNull(),
    taxTotal: integer('tax_total').notNull(),
    total: integer('total').notNull(),
    taxIncluded: integer('tax_included', { mode: 'boolean' }).notNull(),
    /** The wire `CartDiscount` as it was at checkout, or null. */
    discount: text('discount', { mode: 'json' }),
    /** The code behind `discount` and, for once-per-customer codes, the lowercased email that used it. */
    discountCodeId: text('discount_code_id'),
    discountCustomer: text('discount_customer'),
    shippingMethodId: text('shipping_method_id').notNull(),
    shippingMethodName: text('shipping_method_name').notNull(),
    /** The wire `Address`. */
    shippingAddress: text('shipping_address', { mode: 'json' }).notNull(),
    /** SHA-256 of the access token handed to the browser that placed the order; the token itself is never stored. */
    accessTokenHash: text('access_token_hash').notNull(),
    /** The payment attempt the order waits on; events for older attempts cannot fail the order. */
    paymentSessionId: text('payment_session_id'),
    /** Unpaid orders past this time fail and release their stock (see the reservation sweep). */
    reservationExpiresAt: text('reservation_expires_at').notNull(),
    /**
     * When the sweep may ask the provider about this overdue order again: set with a growing delay while
     * the provider says the payment is still on its way or cannot be reached, so it is not asked every run.
     */
    nextCheckAt: text('next_check_at'),
    /** When the payment last failed: "Try again" is offered for a while after it, then the order is cancelled. */
    paymentFailedAt: text('payment_failed_at'),
    /**
     * Money that needs a person: a payment for the wrong amount or currency, one that arrived after the
     * order failed and its stock was gone, or a second capture. Null when all is well; the sweep leaves
     * a flagged order alone.
     */
    paymentIssue: text('payment_issue', {
      enum: ['amount_mismatch', 'currency_mismatch', 'paid_after_failure', 'duplicate_capture'],
    }),
    confirmationSentAt: text('confirmation_sent_at'),
    /** Claimed before each send, so two senders never mail the same confirmation. */
    confirmationClaimedAt: text('confirmation_claimed_at'),
    createdAt: text('created_at').notNull(),
    paidAt: text('paid_at'),
    /** The payment attempt whose money the order took; refunds of the order go back to it. */
    paidSessionId: text('paid_session_id'),
    cancelledAt: text('cancelled_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // Partial indexes: each order enters them only while the sweep may need it, so placing one writes less.
    index('orders_reservation_idx')
      .on(t.reservationExpiresAt, t.id)
      .where(sql`${t.paymentStatus} = 'pending'`),
    index('orders_retry_idx')
      .on(t.paymentFailedAt)
      .where(sql`${t.paymentStatus} = 'failed' AND ${t.status} = 'open'`),
    // The admin's order list: newest first, paged by (created_at, id).
    index('orders_created_idx').on(t.createdAt, t.id),
    // A buyer's orders by email, whatever its case: the review and return checks find guest orders this way.
    index('orders_email_idx').on(sql`lower(${t.email})`),
    // A customer's order history: newest first, paged by (created_at, id).
    index('orders_user_idx')
      .on(t.userId, t.createdAt, t.id)
      .where(sql`${t.userId} IS NOT NULL`),
    index('orders_unconfirmed_idx')
      .on(t.paidAt)
      .where(sql`${t.paymentStatus} = 'paid' AND ${t.confirmationSentAt} IS NULL`),
    // Sales reports: paid orders by the time they were paid, covering what the totals read.
    index('orders_paid_idx')
      .on(t.paidAt, t.paymentStatus, t.currency, t.total, t.id)
      .where(sql`${t.paidAt} IS NOT NULL`),
    check(
      'orders_totals_check',
      sql`${t.subtotal} >= 0 AND ${t.discountTotal} >= 0 AND ${t.shippingTotal} >= 0 AND ${t.taxTotal} >= 0 AND ${t.total} >= 0`,
    ),
  ],
);

export const orderLines = sqliteTable(
  'order_lines',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    productId: text('product_id').notNull(),
    /** No foreign key: an order outlives the variant it bought. Stock moves by this id while it exists. */
    variantId: text('variant_id').notNull(),
    kind: text('kind', { enum: ['standard', 'sticker'] }).notNull(),
    title: text('title').notNull(),
    variantTitle: text('variant_title').notNull(),
    sku: text('sku').notNull(),
    /** The wire `ProductImage`, or null. */
    image: text('image', { mode: 'json' }),
    unitPrice: integer('unit_price').notNull(),
    quantity: integer('quantity').notNull(),
    total: integer('total').notNull(),
    /** Units in shipments not cancelled; raised by a conditional update, so no unit ships twice. */
    shippedQuantity: integer('shipped_quantity').notNull().default(0),
    /** A custom sticker line's design, kept as long as the order is. */
    uploadId: text('upload_id'),
    /** A custom sticker line's specs and design as ordered (`StickerLineDetails` without its signed URL). */
    sticker: text('sticker', { mode: 'json' }),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId, t.position),
    // The sweep asks whether an order still needs an upload before it deletes one.
    index('order_lines_upload_idx')
      .on(t.uploadId)
      .where(sql`${t.uploadId} IS NOT NULL`),
    check('order_lines_quantity_check', sql`${t.quantity} > 0`),
  ],
);

/** Payment attempts: an order may have several (a failed payment can be retried). */
export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    provider: text('provider', { enum: ['stripe', 'test'] }).notNull(),
    sessionId: text('session_id').notNull().unique(),
    /** `processing`: the shopper finished but the money is not in yet (a bank debit). */
    status: text('status', { enum: ['open', 'processing', 'paid', 'failed'] }).notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    /** What the provider collected, once paid: it may differ from `amount` (a payment issue), and refunds are capped by it. */
    amountReceived: integer('amount_received'),
    /** Empty for an embedded session, which has no page of its own. */
    redirectUrl: text('redirect_url').notNull(),
    /** An embedded session's secret, handed to the browser that placed the order (and again on "continue to payment"). */
    clientSecret: text('client_secret'),
    successUrl: text('success_url').notNull(),
    cancelUrl: text('cancel_url').notNull(),
    expiresAt: text('expires_at').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('payments_order_idx').on(t.orderId)],
);

/** Webhook events already acted on, inserted in the same transaction as their effect: each acts once. */
export const webhookEvents = sqliteTable('webhook_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  sessionId: text('session_id').notNull(),
  receivedAt: text('received_at').notNull(),
});

/**
 * Answers to requests sent with an `Idempotency-Key`, so a retry gets the first answer instead of a
 * second order. `response` is null while the first request is still running.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the validated request: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status'),
    response: text('response'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** Named counters, such as the order number; incremented with one upsert. */
export const counters = sqliteTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

/**
 * Invoices: one per paid order, numbered from a gap-free yearly sequence (`INV-2026-000001`) in the same
 * transaction that marks the order paid, so a number is never skipped or given twice. The PDF is drawn
 * from the order on each download; the number and date never change.
 */
export const invoices = sqliteTable('invoices', {
  orderId: text('order_id')
    .primaryKey()
    .references(() => orders.id),
  number: text('number').notNull().unique(),
  issuedAt: text('issued_at').notNull(),
});
