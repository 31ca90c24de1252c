/**
 * Every table, one file per domain. drizzle-kit reads this module to generate migrations; the server
 * opens the database with it. Hand-written SQL (full-text search, triggers) lives in the migrations.
 */
export * from './schema/catalog.ts';
export * from './schema/rules.ts';
export * from './schema/carts.ts';
export * from './schema/orders.ts';
export * from './schema/stickers.ts';
export * from './schema/uploads.ts';
export * from './schema/accounts.ts';
export * from './schema/shipments.ts';
export * from './schema/reviews.ts';
export * from './schema/recommendations.ts';
export * from './schema/audit.ts';
export * from './schema/refunds.ts';
