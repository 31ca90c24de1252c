import { sql } from 'drizzle-orm';
import { check, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Custom-sticker price tables (see server/stickers/price.ts for how they combine). Factors are basis
 * points (10 000 = ×1.00); rates are thousandths of a minor unit per square inch, so a rate of 12 100
 * is 12.1 cents per square inch. The admin issue edits these rows; the server seeds defaults when empty.
 */

export const stickerMaterials = sqliteTable(
  'sticker_materials',
  {
    code: text('code').primaryKey(),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    factorBp: integer('factor_bp').notNull(),
    /** The finishes this material can take, e.g. `["gloss","matte"]`. */
    finishes: text('finishes', { mode: 'json' }).$type<string[]>().notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [check('sticker_materials_factor_check', sql`${t.factorBp} > 0`)],
);

export const stickerShapes = sqliteTable(
  'sticker_shapes',
  {
    code: text('code').primaryKey(),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    factorBp: integer('factor_bp').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [check('sticker_shapes_factor_check', sql`${t.factorBp} > 0`)],
);

export const stickerFinishes = sqliteTable(
  'sticker_finishes',
  {
    code: text('code').primaryKey(),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    factorBp: integer('factor_bp').notNull(),
  },
  (t) => [check('sticker_finishes_factor_check', sql`${t.factorBp} > 0`)],
);

/** The rate from `quantity` up to the next break. The smallest break's rate also prices anything below it. */
export const stickerPriceBreaks = sqliteTable(
  'sticker_price_breaks',
  {
    quantity: integer('quantity').primaryKey(),
    rateMilli: integer('rate_milli').notNull(),
    /** Shown as a standard tier in the configurator and the quote's break table. */
    tier: integer('tier', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [check('sticker_price_breaks_check', sql`${t.quantity} > 0 AND ${t.rateMilli} > 0`)],
);

export const stickerSizePresets = sqliteTable('sticker_size_presets', {
  id: integer('id').primaryKey(),
  position: integer('position').notNull().default(0),
  label: text('label').notNull(),
  width: real('width').notNull(),
  height: real('height').notNull(),
  unit: text('unit', { enum: ['in', 'mm'] }).notNull(),
});

/** One row (id 1): the limits every quote is checked against. */
export const stickerSettings = sqliteTable(
  'sticker_settings',
  {
    id: integer('id').primaryKey(),
    minSideMm: real('min_side_mm').notNull(),
    maxSideMm: real('max_side_mm').notNull(),
    maxQuantity: integer('max_quantity').notNull(),
    /** Smaller stickers are billed as this area: cutting and handling cost the same below it. */
    minBillableAreaMm2: integer('min_billable_area_mm2').notNull(),
    /** The edit version of the whole set of tables; a cart's sticker line keeps the version it was added at. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check(
      'sticker_settings_check',
      sql`${t.minSideMm} > 0 AND ${t.maxSideMm} >= ${t.minSideMm} AND ${t.maxQuantity} > 0 AND ${t.minBillableAreaMm2} >= 0`,
    ),
  ],
);

/**
 * Each version of the tables an edit replaced, whole, so that sticker lines already in carts keep the price
 * they were quoted at: an edit applies to new quotes only.
 */
export const stickerPriceVersions = sqliteTable('sticker_price_versions', {
  version: integer('version').primaryKey(),
  /** The `StickerPriceTables` as they were. */
  tables: text('tables', { mode: 'json' }).notNull(),
  createdAt: text('created_at').notNull(),
});
