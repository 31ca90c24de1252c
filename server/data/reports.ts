/**
 * Sales and stock figures, computed by the database over indexed columns. Times are UTC ISO strings; the
 * service folds the hourly rows into the shop's days, weeks or months.
 */

export type SalesWindow = {
  /** Inclusive start and exclusive end, UTC. */
  start: string;
  end: string;
  currency: string;
  /**
   * Minutes added to each time before it is cut into hours, so an hour never straddles a local midnight in a
   * zone whose offset is not whole hours (India: 30).
   */
  shiftMinutes: number;
};

/** One shifted hour (`2026-03-01T17`) of sales: paid orders and their totals, and refunds made. */
export type SalesHour = { hour: string; orders: number; revenue: number; refunds: number };

export type ProductSales = {
  productId: string;
  title: string;
  kind: 'standard' | 'sticker';
  units: number;
  sales: number;
};

export type StockRow = {
  variantId: string;
  productId: string;
  title: string;
  sku: string;
  stocked: number;
  reserved: number;
  sold: number;
};

export interface ReportRepository {
  salesByHour(window: SalesWindow): Promise<SalesHour[]>;
  /** Every product sold in the window, by line totals. */
  productSales(window: SalesWindow): Promise<ProductSales[]>;
  /** Catalog variants with `threshold` or fewer available, least first, and their units sold since `since`. */
  lowStock(threshold: number, since: string, limit: number): Promise<StockRow[]>;
  /** Catalog variants that sold since `since`, with their stock. */
  soldSince(since: string, limit: number): Promise<StockRow[]>;
}
