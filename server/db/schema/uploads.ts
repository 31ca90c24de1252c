import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Uploaded designs. The bytes live in the upload store under a key made from `sha256` (so identical files
 * share one blob); this row says who uploaded it and what it is. No foreign key to the cart: an ordered
 * design must outlive the cart, which the sweep purges.
 */
export const uploads = sqliteTable(
  'uploads',
  {
    id: text('id').primaryKey(),
    cartId: text('cart_id').notNull(),
    sha256: text('sha256').notNull(),
    /** Cleaned for display; never used as a path. */
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** Whether a PNG thumbnail was made and stored. */
    hasPreview: integer('has_preview', { mode: 'boolean' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('uploads_cart_idx').on(t.cartId), index('uploads_sha_idx').on(t.sha256)],
);
