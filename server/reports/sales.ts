import type { SalesBucket, SalesReport, SalesReportQuery } from '../../sdk/schemas/index.ts';
import { money } from '../carts/view.ts';
import type { SalesHour } from '../data/reports.ts';
import { ValidationError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { addDays, bucketStart, localMidnight, zoneOffsetMinutes } from './zoned-time.ts';

/** A year and a bit: longer ranges go by month in several requests. */
const MAX_DAYS = 400;
const TOP_PRODUCTS = 10;

function checkRange(from: string, to: string): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (!Number.isFinite(days) || days < 1)
    throw new ValidationError([{ path: 'to', message: 'must be a valid date, on or after from' }]);
  if (days > MAX_DAYS) throw new ValidationError([{ path: 'to', message: `at most ${MAX_DAYS} days after from` }]);
  return days;
}

/**
 * `GET /api/admin/reports/sales`. The database sums by hour (shifted so no hour straddles a local midnight);
 * each hour is then put in its local day's bucket by walking the days' UTC starts alongside, so a year by day
 * is a few thousand rows folded, whatever the number of orders.
 */
export async function salesReport(shop: Shop, query: SalesReportQuery): Promise<SalesReport> {
  const { currency, timeZone } = shop.settings;
  const interval = query.interval ?? 'day';
  const days = checkRange(query.from, query.to);
  const starts = Array.from({ length: days + 1 }, (_, index) => addDays(query.from, index));
  const instants = starts.map((day) => localMidnight(day, timeZone));
  const shiftMinutes = (((zoneOffsetMinutes(instants[0] as number, timeZone) % 60) + 60) % 60) as number;
  const window = {
    start: new Date(instants[0] as number).toISOString(),
    end: new Date(instants[days] as number).toISOString(),
    currency,
    shiftMinutes,
  };
  const [hours, products] = await Promise.all([
    shop.data.reports.salesByHour(window),
    shop.data.reports.productSales(window),
  ]);

  const buckets = new Map<string, SalesHour>();
  for (const day of starts.slice(0, days)) {
    const start = bucketStart(day, interval);
    if (!buckets.has(start)) buckets.set(start, { hour: start, orders: 0, revenue: 0, refunds: 0 });
  }
  let dayIndex = 0;
  for (const row of hours) {
    const instant = Date.parse(`${row.hour}:00:00Z`) - shiftMinutes * 60_000;
    while (dayIndex < days - 1 && instant >= (instants[dayIndex + 1] as number)) dayIndex++;
    const bucket = buckets.get(bucketStart(starts[dayIndex] as string, interval));
    if (!bucket) continue;
    bucket.orders += row.orders;
    bucket.revenue += row.revenue;
    bucket.refunds += row.refunds;
  }

  const series: SalesBucket[] = [...buckets.values()].map((bucket) => ({
    start: bucket.hour,
    revenue: money(bucket.revenue, currency),
    orders: bucket.orders,
    refunds: money(bucket.refunds, currency),
  }));
  const sum = (pick: (bucket: SalesBucket) => number) => series.reduce((total, bucket) => total + pick(bucket), 0);
  const revenue = sum((bucket) => bucket.revenue.amount);
  const refunds = sum((bucket) => bucket.refunds.amount);
  const orders = sum((bucket) => bucket.orders);
  const stickerSales = products.filter((row) => row.kind === 'sticker').reduce((total, row) => total + row.sales, 0);
  const catalogSales = products.filter((row) => row.kind !== 'sticker').reduce((total, row) => total + row.sales, 0);
  const byProduct = new Map<string, { productId: string; title: string; units: number; sales: number }>();
  for (const row of products) {
    const found = byProduct.get(row.productId) ?? { productId: row.productId, title: row.title, units: 0, sales: 0 };
    found.units += row.units;
    found.sales += row.sales;
    byProduct.set(row.productId, found);
  }
  const topProducts = [...byProduct.values()]
    .sort((a, b) => b.sales - a.sales || b.units - a.units || (a.productId < b.productId ? -1 : 1))
    .slice(0, TOP_PRODUCTS)
    .map((row) => ({
      productId: row.productId,
      title: row.title,
      units: row.units,
      revenue: money(row.sales, currency),
    }));

  return {
    from: query.from,
    to: query.to,
    interval,
    timeZone,
    currency,
    revenue: money(revenue, currency),
    refunds: money(refunds, currency),
    netRevenue: money(revenue - refunds, currency),
    orders,
    averageOrderValue: money(orders > 0 ? Math.round(revenue / orders) : 0, currency),
    units: products.reduce((total, row) => total + row.units, 0),
    topProducts,
    stickerSales: money(stickerSales, currency),
    catalogSales: money(catalogSales, currency),
    stickerShare: stickerSales + catalogSales > 0 ? stickerSales / (stickerSales + catalogSales) : 0,
    series,
  };
}
