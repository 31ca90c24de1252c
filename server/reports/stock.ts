import type { StockReport, StockReportQuery, StockReportRow } from '../../sdk/schemas/index.ts';
import type { StockRow } from '../data/reports.ts';
import type { Shop } from '../shop/shop.ts';

const ROWS = 100;

function toRow(row: StockRow): StockReportRow {
  const onHand = row.sold + row.stocked;
  return {
    ...row,
    available: row.stocked - row.reserved,
    sellThrough: onHand > 0 ? row.sold / onHand : 0,
  };
}

/** `GET /api/admin/reports/stock`: what runs low, and what sells through its stock fastest over the last `days`. */
export async function stockReport(shop: Shop, query: StockReportQuery): Promise<StockReport> {
  const threshold = query.threshold ?? 5;
  const days = query.days ?? 30;
  const since = new Date(shop.now().getTime() - days * 86_400_000).toISOString();
  const [low, sold] = await Promise.all([
    shop.data.reports.lowStock(threshold, since, ROWS),
    shop.data.reports.soldSince(since, ROWS),
  ]);
  return {
    threshold,
    days,
    lowStock: low.map(toRow),
    sellThrough: sold.map(toRow).sort((a, b) => b.sellThrough - a.sellThrough || (a.sku < b.sku ? -1 : 1)),
  };
}
