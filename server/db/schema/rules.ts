import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The shop's pricing rules: tax rates, shipping zones with their methods and rate bands, and discount
 * codes. Amounts are integer minor units of the store currency; timestamps ISO 8601 UTC text.
 */

/**
 * One rate per destination. `region` is '' for a country-wide rate (not NULL, so the unique index holds);
 * a regional rate wins over the country-wide one, and rates never stack.
 */
export const taxRates = sqliteTable(
  'tax_rates',
  {
    /** Never reused (AUTOINCREMENT): the audit log names a rate by it after the rate is gone. */
    id: integer('id').primaryKey({ autoIncrement: true }),
    country: text('country').notNull(),
    region: text('region').notNull().default(''),
    name: text('name').notNull(),
    /** Parts per million, so 8.875 % is exactly 88 750 (basis points cannot hold it). */
    ratePpm: integer('rate_ppm').notNull(),
    /** Prices shown to this destination already include the tax (VAT style); the included part is extracted. */
    inclusive: integer('inclusive', { mode: 'boolean' }).notNull().default(false),
    /** Whether shipping is taxed too, as it is for VAT and in some US states. */
    appliesToShipping: integer('applies_to_shipping', { mode: 'boolean' }).notNull().default(false),
    /** The edit version: bumped by each edit, which must name the version it read. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('tax_rates_destination_idx').on(t.country, t.region),
    check('tax_rates_rate_check', sql`${t.ratePpm} >= 0 AND ${t.ratePpm} <= 1000000`),
  ],
);

/** A group of destinations with the same shipping methods; one zone may be the rest of the world. */
export const shippingZones = sqliteTable('shipping_zones', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  restOfWorld: integer('rest_of_world', { mode: 'boolean' }).notNull().default(false),
  /** The edit version of the zone with its countries, methods and bands, which are edited as one. */
  version: integer('version').notNull().default(1),
});

/** Each country belongs to at most one zone. */
export const shippingZoneCountries = sqliteTable('shipping_zone_countries', {
  country: text('country').primaryKey(),
  zoneId: text('zone_id')
    .notNull()
    .references(() => shippingZones.id, { onDelete: 'cascade' }),
});

export const shippingMethods = sqliteTable(
  'shipping_methods',
  {
    /** Stable and readable (`ship_us_standard`): carts and orders refer to it. */
    id: text('id').primaryKey(),
    zoneId: text('zone_id')
      .notNull()
      .references(() => shippingZones.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    minDays: integer('min_days').notNull(),
    maxDays: integer('max_days').notNull(),
    /** What the rate bands measure: the discounted merchandise subtotal, or the parcel's weight in grams. */
    basis: text('basis', { enum: ['subtotal', 'weight'] }).notNull(),
    /** Free when the discounted merchandise subtotal reaches this amount; null: never free. */
    freeAbove: integer('free_above'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    index('shipping_methods_zone_idx').on(t.zoneId, t.position),
    check('shipping_methods_days_check', sql`${t.minDays} <= ${t.maxDays}`),
  ],
);

/** Price bands: `from` inclusive, `to` exclusive (null: no upper bound). No band for a value: not offered. */
export const shippingRates = sqliteTable(
  'shipping_rates',
  {
    id: integer('id').primaryKey(),
    methodId: text('method_id')
      .notNull()
      .references(() => shippingMethods.id, { onDelete: 'cascade' }),
    from: integer('from_value').notNull().default(0),
    to: integer('to_value'),
    price: integer('price').notNull(),
  },
  (t) => [
    index('shipping_rates_method_idx').on(t.methodId, t.from),
    check(
      'shipping_rates_band_check',
      sql`${t.from} >= 0 AND (${t.to} IS NULL OR ${t.to} > ${t.from}) AND ${t.price} >= 0`,
    ),
  ],
);

export const discountCodes = sqliteTable(
  'discount_codes',
  {
    id: text('id').primaryKey(),
    /** As the shop owner wrote it; matched case-insensitively. */
    code: text('code').notNull(),
    kind: text('kind', { enum: ['percentage', 'fixed_amount', 'free_shipping'] }).notNull(),
    /** Percentage: basis points (1000 = 10 %). Fixed amount: minor units. Free shipping: unused (0). */
    value: integer('value').notNull().default(0),
    description: text('description').notNull().default(''),
    /** The merchandise subtotal a cart needs before the code applies. */
    minSubtotal: integer('min_subtotal').notNull().default(0),
    startsAt: text('starts_at'),
    endsAt: text('ends_at'),
    /** Redemptions allowed in all; null: unlimited. Counted by `times_used` with a conditional update. */
    usageLimit: integer('usage_limit'),
    timesUsed: integer('times_used').notNull().default(0),
    oncePerCustomer: integer('once_per_customer', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    /** The edit version; redemptions count `times_used` without bumping it, so they never make an edit stale. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('discount_codes_code_idx').on(sql`${t.code} COLLATE NOCASE`),
    check(
      'discount_codes_value_check',
      sql`${t.value} >= 0 AND (${t.kind} <> 'percentage' OR ${t.value} <= 10000) AND ${t.minSubtotal} >= 0 AND ${t.timesUsed} >= 0`,
    ),
  ],
);

/**
 * One row per order that used a code. `customer` is the lowercased email for once-per-customer codes and
 * null otherwise; the unique index then refuses a second use by the same customer, even under a race.
 */
export const discountRedemptions = sqliteTable(
  'discount_redemptions',
  {
    orderId: text('order_id').notNull(),
    discountCodeId: text('discount_code_id')
      .notNull()
      .references(() => discountCodes.id, { onDelete: 'cascade' }),
    customer: text('customer'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId] }),
    uniqueIndex('discount_redemptions_customer_idx').on(t.discountCodeId, t.customer),
  ],
);
