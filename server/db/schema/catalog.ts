import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The catalog tables. Prices are integer minor units in the store currency. JSON columns hold small
 * value lists that are always read whole (tags, option names and values).
 * The full-text index `products_fts` and the triggers that keep it and the denormalized prices in sync
 * live in hand-written migrations (see ../migrations/*_catalog_search*.sql): drizzle cannot describe them.
 */

export const categories = sqliteTable('categories', {
  id: text('id').primaryKey(),
  handle: text('handle').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** Display order of the category list. */
  position: integer('position').notNull().default(0),
  /** Bumped by each admin edit; an edit names the version it read (a stale one is refused). */
  version: integer('version').notNull().default(1),
});

export const products = sqliteTable(
  'products',
  {
    /**
     * Integer key for the full-text index's rowid. A table without an INTEGER PRIMARY KEY may have its
     * rowids renumbered by VACUUM, which would silently detach the index; the public id is `id`.
     */
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    handle: text('handle').notNull().unique(),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['standard', 'sticker'] })
      .notNull()
      .default('standard'),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id),
    description: text('description').notNull().default(''),
    tags: text('tags', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    options: text('options', { mode: 'json' })
      .$type<{ name: string; values: string[] }[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Lowest and highest variant price, kept in sync by triggers on variants; filters and sorts use them. */
    priceMin: integer('price_min').notNull().default(0),
    priceMax: integer('price_max').notNull().default(0),
    /** ISO 8601 UTC timestamp; text sorts chronologically because every value has the same format. */
    createdAt: text('created_at').notNull(),
    /**
     * The title as the name sorts compare it (see ../title-sort-key.ts): written with the title, and by
     * the migration that added it. SQLite's NOCASE would fold ASCII letters only and keep leading quotes.
     */
    sortName: text('sort_name').notNull().default(''),
    /** Published reviews and the sum of their stars, kept by the review transactions (server/reviews). */
    reviewCount: integer('review_count').notNull().default(0),
    ratingTotal: integer('rating_total').notNull().default(0),
    /** Only `active` products are in the public catalog and search; `archived` ones keep their orders' history. */
    status: text('status', { enum: ['draft', 'active', 'archived'] })
      .notNull()
      .default('active'),
    /** Bumped by each admin edit of the product, its variants or images; an edit names the version it read. */
    version: integer('version').notNull().default(1),
    /** ISO 8601 UTC timestamp of the last admin edit; `created_at` until there is one. */
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('products_price_idx').on(t.priceMin, t.id),
    index('products_created_idx').on(t.createdAt, t.id),
    index('products_sort_name_idx').on(t.sortName, t.id),
    index('products_category_idx').on(t.categoryId),
  ],
);

export const productImages = sqliteTable(
  'product_images',
  {
    id: integer('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    url: text('url').notNull(),
    alt: text('alt').notNull().default(''),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
  },
  (t) => [uniqueIndex('product_images_position_idx').on(t.productId, t.position)],
);

/**
 * Sellable units. Stock follows Medusa's model: `stocked` units on hand, `reserved` units held by open
 * orders; available = stocked − reserved. Reservations are conditional updates on these two columns.
 */
export const variants = sqliteTable(
  'variants',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    sku: text('sku').notNull().unique(),
    title: text('title').notNull(),
    options: text('options', { mode: 'json' })
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'`),
    price: integer('price').notNull(),
    compareAtPrice: integer('compare_at_price'),
    stocked: integer('stocked').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    weightGrams: integer('weight_grams').notNull().default(0),
    /** Position in the product's images of the picture showing this variant (its colour), if there is one. */
    imageIndex: integer('image_index'),
    /** Available units at or below this count put the variant on the admin's low-stock list. */
    lowStockThreshold: integer('low_stock_threshold').notNull().default(5),
    /** Bumped by each stock change made by hand; setting a counted quantity names the version it read. */
    stockVersion: integer('stock_version').notNull().default(1),
  },
  (t) => [
    index('variants_product_idx').on(t.productId, t.position),
    check('variants_price_check', sql`${t.price} >= 0`),
    check('variants_stock_check', sql`${t.stocked} >= 0 AND ${t.reserved} >= 0`),
  ],
);

/**
 * Handles a product had before it was renamed: links to the old URL keep finding the product. A handle is
 * either one product's current handle or one product's former one, never both (the repository keeps it so).
 */
export const productHandles = sqliteTable('product_handles', {
  handle: text('handle').primaryKey(),
  productId: text('product_id')
    .notNull()
    .references(() => products.id, { onDelete: 'cascade' }),
});

/**
 * The stock ledger: every change made by hand to a variant's units on hand, with why, by whom and when.
 * No foreign key on the variant: the history outlives a deleted variant.
 */
export const stockMovements = sqliteTable(
  'stock_movements',
  {
    id: integer('id').primaryKey(),
    variantId: text('variant_id').notNull(),
    /** Units added (positive) or taken away (negative). */
    delta: integer('delta').notNull(),
    /** Units on hand after the change. */
    stockedAfter: integer('stocked_after').notNull(),
    reason: text('reason', { enum: ['received', 'count', 'damaged', 'returned'] }).notNull(),
    note: text('note').notNull().default(''),
    actorId: text('actor_id').notNull(),
    actorEmail: text('actor_email').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('stock_movements_variant_idx').on(t.variantId, t.id)],
);
