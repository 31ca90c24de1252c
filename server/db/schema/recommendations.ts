import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * How many paid orders held both products, in both directions (a→b and b→a), so "bought together with a"
 * reads one index range. Added to in the transaction that marks an order paid, never recomputed.
 */
export const productPairs = sqliteTable(
  'product_pairs',
  {
    productId: text('product_id').notNull(),
    otherId: text('other_id').notNull(),
    orders: integer('orders').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.otherId] }),
    index('product_pairs_rank_idx').on(t.productId, t.orders, t.otherId),
  ],
);
