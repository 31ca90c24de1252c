import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { variants } from './catalog.ts';
import { discountCodes } from './rules.ts';

/**
 * Guest carts. The id is the bearer secret of the cart (it lives in the shopper's localStorage), so it
 * carries at least 128 random bits. Prices are never stored on a cart: every read prices it afresh.
 */
export const carts = sqliteTable(
  'carts',
  {
    id: text('id').primaryKey(),
    currency: text('currency').notNull(),
    /** Destination for estimates; checkout uses the address instead. */
    country: text('country'),
    region: text('region'),
    shippingMethodId: text('shipping_method_id'),
    discountCodeId: text('discount_code_id').references(() => discountCodes.id, { onDelete: 'set null' }),
    /** Set, once, by the transaction that turns the cart into an order; the cart is read-only afterwards. */
    completedOrderId: text('completed_order_id'),
    /**
     * The signed-in customer whose cart this is; null for a guest's. No foreign key (SQLite cannot add one
     * to an existing table with an action): deleting an account clears it in the same transaction.
     */
    userId: text('user_id'),
    /** Bumped by every change, so checkout can tell whether the cart moved while it was being priced. */
    version: integer('version').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Pushed forward by every change; an expired cart is gone for the shopper and purged by the sweep. */
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('carts_expires_idx').on(t.expiresAt), index('carts_user_idx').on(t.userId)],
);

export const cartLines = sqliteTable(
  'cart_lines',
  {
    /** Insertion order, which is the display order. */
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    /** A custom sticker line's design; null for a standard line. */
    uploadId: text('upload_id'),
    /** A custom sticker line's `StickerSpec` as chosen; the line is priced from the sticker tables of its version on every read. */
    sticker: text('sticker', { mode: 'json' }),
    /** The sticker tables' version the line was added at, which prices it; null (older lines): the current one. */
    stickerPriceVersion: integer('sticker_price_version'),
  },
  (t) => [
    // A standard variant has one line per cart; a sticker variant one line per design and spec.
    uniqueIndex('cart_lines_variant_idx')
      .on(t.cartId, t.variantId)
      .where(sql`${t.sticker} IS NULL`),
    check(
      'cart_lines_quantity_check',
      sql`${t.quantity} > 0 AND (${t.quantity} <= 999 OR (${t.sticker} IS NOT NULL AND ${t.quantity} <= 100000))`,
    ),
  ],
);
