import * as z from 'zod/mini';
import { printable } from './address.ts';
import { Money } from './money.ts';
import { FulfillmentStatus, OrderStatus, PaymentStatus } from './order.ts';

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'));

/** `GET /api/admin/reports/sales`: `from` and `to` are days in the shop's time zone, both included. */
export const SalesReportQuery = z.object({
  from: Day,
  to: Day,
  interval: z.optional(z.enum(['day', 'week', 'month'])),
});
export type SalesReportQuery = z.infer<typeof SalesReportQuery>;

/** One bucket of the series: a day, a week (starting Monday) or a month, named by its first day. */
export const SalesBucket = z.object({
  start: z.string(),
  revenue: Money,
  orders: z.number().check(z.int()),
  refunds: Money,
});
export type SalesBucket = z.infer<typeof SalesBucket>;

export const TopProduct = z.object({
  productId: z.string(),
  title: z.string(),
  units: z.number().check(z.int()),
  revenue: Money,
});
export type TopProduct = z.infer<typeof TopProduct>;

/**
 * Paid orders by the time they were paid, in the shop's currency and time zone. `revenue` is what was paid
 * (tax and shipping included); `refunds` what was given back in the period (pending and succeeded);
 * `netRevenue` the difference; `units` the units of those orders. Lines' shares are of line totals (before the
 * order's discount).
 */
export const SalesReport = z.object({
  from: z.string(),
  to: z.string(),
  interval: z.enum(['day', 'week', 'month']),
  timeZone: z.string(),
  currency: z.string(),
  revenue: Money,
  refunds: Money,
  netRevenue: Money,
  orders: z.number().check(z.int()),
  averageOrderValue: Money,
  units: z.number().check(z.int()),
  topProducts: z.array(TopProduct),
  /** Line totals of custom stickers and of catalog products, and the stickers' share (0 to 1). */
  stickerSales: Money,
  catalogSales: Money,
  stickerShare: z.number(),
  series: z.array(SalesBucket),
});
export type SalesReport = z.infer<typeof SalesReport>;

export const StockReportQuery = z.object({
  /** Variants with this many units available or fewer are low; 5 when absent. */
  threshold: z.optional(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(100_000))),
  /** Days of sales that sell-through looks back over; 30 when absent. */
  days: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(366))),
});
export type StockReportQuery = z.infer<typeof StockReportQuery>;

export const StockReportRow = z.object({
  variantId: z.string(),
  productId: z.string(),
  title: z.string(),
  sku: z.string(),
  stocked: z.number().check(z.int()),
  reserved: z.number().check(z.int()),
  available: z.number().check(z.int()),
  /** Units sold (paid) in the period. */
  sold: z.number().check(z.int()),
  /** sold / (sold + stocked): the share of the units on hand over the period that sold. */
  sellThrough: z.number(),
});
export type StockReportRow = z.infer<typeof StockReportRow>;

/** `GET /api/admin/reports/stock`: low stock first (least available first), then the best sellers by sell-through. */
export const StockReport = z.object({
  threshold: z.number().check(z.int()),
  days: z.number().check(z.int()),
  lowStock: z.array(StockReportRow),
  sellThrough: z.array(StockReportRow),
});
export type StockReport = z.infer<typeof StockReport>;

/** `GET /api/admin/exports/orders`: the admin order list's filters, without paging. */
export const OrderExportQuery = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200), printable())),
  status: z.optional(OrderStatus),
  paymentStatus: z.optional(PaymentStatus),
  fulfillmentStatus: z.optional(FulfillmentStatus),
});
export type OrderExportQuery = z.infer<typeof OrderExportQuery>;
