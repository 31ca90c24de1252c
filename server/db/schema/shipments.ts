import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { orderLines, orders } from './orders.ts';

/**
 * Parcels: the lines each holds, the tracking timeline, and who did what. A cancelled shipment stays
 * (with `cancelled_at`) so its history can be read; its units may ship again.
 */

const TRACKING_STATUSES = [
  'pre_transit',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'available_for_pickup',
  'exception',
  'returned',
  'unknown',
] as const;

export const shipments = sqliteTable(
  'shipments',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    carrier: text('carrier').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    /** The tracking provider at the time it was entered: `manual` or `easypost`. */
    provider: text('provider', { enum: ['manual', 'easypost'] }).notNull(),
    /** The provider's tracker (`trk_…`); null for the manual provider, or until the provider could be reached. */
    trackerId: text('tracker_id'),
    /** Null once registered (or for the manual provider); otherwise when to try the provider again. */
    registerDueAt: text('register_due_at'),
    registerAttempts: integer('register_attempts').notNull().default(0),
    status: text('status', { enum: TRACKING_STATUSES }).notNull(),
    estimatedDelivery: text('estimated_delivery'),
    /** The tracking service's public page for the parcel, when it gives one. */
    publicUrl: text('public_url'),
    deliveredAt: text('delivered_at'),
    cancelledAt: text('cancelled_at'),
    /** Claimed before sending, so each email goes once. */
    shippedEmailAt: text('shipped_email_at'),
    deliveredEmailAt: text('delivered_email_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('shipments_order_idx').on(t.orderId, t.createdAt),
    index('shipments_tracker_idx').on(t.trackerId),
    index('shipments_register_idx')
      .on(t.registerDueAt)
      .where(sql`${t.registerDueAt} IS NOT NULL`),
    // Review requests go out some days after delivery: found by when parcels arrived.
    index('shipments_delivered_idx')
      .on(t.deliveredAt)
      .where(sql`${t.deliveredAt} IS NOT NULL AND ${t.cancelledAt} IS NULL`),
  ],
);

export const shipmentLines = sqliteTable(
  'shipment_lines',
  {
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    orderLineId: text('order_line_id')
      .notNull()
      .references(() => orderLines.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
  },
  (t) => [uniqueIndex('shipment_lines_pk').on(t.shipmentId, t.orderLineId)],
);

/** The timeline. `dedupe_key` makes a provider's event, sent again in every later update, count once. */
export const shipmentEvents = sqliteTable(
  'shipment_events',
  {
    id: text('id').primaryKey(),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    status: text('status', { enum: TRACKING_STATUSES }).notNull(),
    message: text('message').notNull(),
    place: text('place'),
    occurredAt: text('occurred_at').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('shipment_events_dedupe_idx').on(t.shipmentId, t.dedupeKey),
    index('shipment_events_time_idx').on(t.shipmentId, t.occurredAt),
  ],
);

/** Who did what to a shipment, and when: the admin's audit trail. */
export const shipmentActions = sqliteTable(
  'shipment_actions',
  {
    id: text('id').primaryKey(),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    action: text('action', {
      enum: ['created', 'corrected', 'cancelled', 'event_added', 'refreshed', 'registered'],
    }).notNull(),
    /** The admin's user id and email at the time; null for the tracking service or the server. */
    actorId: text('actor_id'),
    actorEmail: text('actor_email'),
    note: text('note'),
    at: text('at').notNull(),
  },
  (t) => [index('shipment_actions_shipment_idx').on(t.shipmentId, t.at)],
);
