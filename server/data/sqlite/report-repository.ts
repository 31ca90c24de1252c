import type { Database, Statement } from 'better-sqlite3';
import type { ProductSales, ReportRepository, SalesHour, SalesWindow, StockRow } from '../reports.ts';

type WindowParams = { start: string; end: string; currency: string; shift: string };

/** Orders whose money the shop took (refunds are counted apart), paid in the window. */
const PAID_IN_WINDOW = `o.paid_at >= @start AND o.paid_at < @end AND o.currency = @currency
  AND o.payment_status IN ('paid', 'partially_refunded', 'refunded')`;

const STOCK_COLUMNS = `v.id AS variantId, v.product_id AS productId, p.title || CASE WHEN v.title = 'Default' THEN ''
  ELSE ' – ' || v.title END AS title, v.sku, v.stocked, v.reserved`;

/**
 * Reports on SQLite: aggregates in SQL, seeking `orders_paid_idx` (which covers the totals) for the window and
 * `order_lines_order_idx` for the lines, in two passes (the hours, the products); nothing is loaded order by order.
 */
export class SqliteReportRepository implements ReportRepository {
  readonly #orders: Statement<[WindowParams], { hour: string; orders: number; revenue: number }>;
  readonly #refunds: Statement<[WindowParams], { hour: string; refunds: number }>;
  readonly #products: Statement<[WindowParams], ProductSales>;
  readonly #low: Statement<[{ threshold: number; since: string; limit: number }], StockRow>;
  readonly #sold: Statement<[{ since: string; limit: number }], StockRow>;

  constructor(sqlite: Database) {
    const hour = (column: string) => `strftime('%Y-%m-%dT%H', ${column}, @shift)`;
    this.#orders = sqlite.prepare(`
      SELECT ${hour('o.paid_at')} AS hour, count(*) AS orders, sum(o.total) AS revenue
      FROM orders o INDEXED BY orders_paid_idx WHERE ${PAID_IN_WINDOW} GROUP BY hour`);
    this.#refunds = sqlite.prepare(`
      SELECT ${hour('r.created_at')} AS hour, sum(r.amount) AS refunds
      FROM refunds r WHERE r.created_at >= @start AND r.created_at < @end AND r.currency = @currency
        AND r.source = 'order' AND r.status != 'failed'
      GROUP BY hour`);
    this.#products = sqlite.prepare(`
      SELECT l.product_id AS productId, min(l.title) AS title, l.kind, sum(l.quantity) AS units, sum(l.total) AS sales
      FROM orders o INDEXED BY orders_paid_idx JOIN order_lines l ON l.order_id = o.id
      WHERE ${PAID_IN_WINDOW} GROUP BY l.product_id, l.kind`);
    const sold = `(SELECT coalesce(sum(l.quantity), 0) FROM order_lines l JOIN orders o ON o.id = l.order_id
      WHERE l.variant_id = v.id AND o.paid_at >= @since
        AND o.payment_status IN ('paid', 'partially_refunded', 'refunded'))`;
    this.#low = sqlite.prepare(`
      SELECT ${STOCK_COLUMNS}, ${sold} AS sold
      FROM variants v JOIN products p ON p.id = v.product_id
      WHERE p.kind = 'standard' AND v.stocked - v.reserved <= @threshold
      ORDER BY v.stocked - v.reserved, v.sku LIMIT @limit`);
    this.#sold = sqlite.prepare(`
      SELECT ${STOCK_COLUMNS}, s.sold
      FROM (SELECT l.variant_id, sum(l.quantity) AS sold
            FROM orders o INDEXED BY orders_paid_idx JOIN order_lines l ON l.order_id = o.id
            WHERE o.paid_at >= @since AND o.payment_status IN ('paid', 'partially_refunded', 'refunded')
              AND l.kind = 'standard'
            GROUP BY l.variant_id) s
      JOIN variants v ON v.id = s.variant_id JOIN products p ON p.id = v.product_id
      ORDER BY s.sold DESC, v.sku LIMIT @limit`);
  }

  #params(window: SalesWindow): WindowParams {
    return {
      start: window.start,
      end: window.end,
      currency: window.currency,
      shift: `+${window.shiftMinutes} minutes`,
    };
  }

  async salesByHour(window: SalesWindow): Promise<SalesHour[]> {
    const params = this.#params(window);
    const hours = new Map<string, SalesHour>();
    const at = (hour: string) => {
      let found = hours.get(hour);
      if (!found) hours.set(hour, (found = { hour, orders: 0, revenue: 0, refunds: 0 }));
      return found;
    };
    for (const row of this.#orders.all(params))
      Object.assign(at(row.hour), { orders: row.orders, revenue: row.revenue });
    for (const row of this.#refunds.all(params)) at(row.hour).refunds = row.refunds;
    return [...hours.values()].sort((a, b) => (a.hour < b.hour ? -1 : 1));
  }

  async productSales(window: SalesWindow): Promise<ProductSales[]> {
    return this.#products.all(this.#params(window));
  }

  async lowStock(threshold: number, since: string, limit: number): Promise<StockRow[]> {
    return this.#low.all({ threshold, since, limit });
  }

  async soldSince(since: string, limit: number): Promise<StockRow[]> {
    return this.#sold.all({ since, limit });
  }
}
