import type { Database, Statement } from 'better-sqlite3';

/**
 * Adds a paid order to the bought-together counts: one more order for every ordered pair of distinct
 * products in it. Run inside the transaction that marks the order paid, so each order counts once.
 */
export class ProductPairStatements {
  readonly #record: Statement<{ orderId: string }>;

  constructor(sqlite: Database) {
    // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the join.
    this.#record = sqlite.prepare(`
      WITH bought AS (SELECT DISTINCT product_id FROM order_lines WHERE order_id = @orderId)
      INSERT INTO product_pairs (product_id, other_id, orders)
      SELECT a.product_id, b.product_id, 1 FROM bought a JOIN bought b ON a.product_id <> b.product_id WHERE true
      ON CONFLICT (product_id, other_id) DO UPDATE SET orders = orders + 1`);
  }

  record(orderId: string): void {
    this.#record.run({ orderId });
  }
}
