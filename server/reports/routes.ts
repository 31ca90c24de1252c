import { Hono } from 'hono';
import {
  OrderExportQuery,
  SalesReport,
  SalesReportQuery,
  StockReport,
  StockReportQuery,
} from '../../sdk/schemas/index.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { ordersCsv } from './orders-csv.ts';
import { salesReport } from './sales.ts';
import { stockReport } from './stock.ts';

export const salesReportRoute = defineRoute({
  method: 'get',
  path: '/admin/reports/sales',
  operationId: 'salesReport',
  tag: 'Admin',
  summary: 'Sales by day, week or month',
  description:
    'Paid orders by when they were paid, in the shop’s currency and time zone (`SHOP_TIME_ZONE`): revenue (what was ' +
    'paid, tax and shipping included), orders, average order value, refunds made in the period, units, the ten best ' +
    'products by line totals, and custom stickers’ share of line totals. Weeks start on Monday. At most 400 days.',
  security: 'bearer',
  query: SalesReportQuery,
  queryDescriptions: {
    from: 'The first day, `YYYY-MM-DD`, in the shop’s time zone.',
    to: 'The last day, included.',
    interval: '`day` (the default), `week` or `month`.',
  },
  responses: {
    200: { description: 'The report, one bucket per interval in the range (empty ones included).', body: SalesReport },
    400: errorResponse('`validation_failed`: a date that is not one, `to` before `from`, or over 400 days.'),
    ...ADMIN_ONLY,
  },
});

export const stockReportRoute = defineRoute({
  method: 'get',
  path: '/admin/reports/stock',
  operationId: 'stockReport',
  tag: 'Admin',
  summary: 'Low stock and sell-through',
  description:
    'Catalog variants with `threshold` or fewer units available (least first), and the variants sold in the last ' +
    '`days`, by sell-through: units sold ÷ (units sold + units on hand). Custom stickers hold no stock and are left out.',
  security: 'bearer',
  query: StockReportQuery,
  responses: { 200: { description: 'Up to 100 rows in each list.', body: StockReport }, ...ADMIN_ONLY },
});

export const exportOrdersRoute = defineRoute({
  method: 'get',
  path: '/admin/exports/orders',
  operationId: 'exportOrders',
  tag: 'Admin',
  summary: 'Orders as CSV',
  description:
    'The admin list’s filters (`q`, `status`, `paymentStatus`, `fulfillmentStatus`), newest first, streamed. Cells a ' +
    'spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) are prefixed ' +
    "with `'`. Amounts are decimals in the order’s currency.",
  security: 'bearer',
  query: OrderExportQuery,
  responses: { 200: { description: 'UTF-8 CSV with a header row.', body: { contentType: 'text/csv' } }, ...ADMIN_ONLY },
});

export const REPORT_ROUTES = [salesReportRoute, stockReportRoute, exportOrdersRoute];

/** `/api/admin/reports/*` and `/api/admin/exports/orders`; `requireAdmin` runs before them (see app.ts). */
export function reportRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, salesReportRoute, async (c, { query }) => c.json(await salesReport(shop, query)));
  mountRoute(app, stockReportRoute, async (c, { query }) => c.json(await stockReport(shop, query)));
  mountRoute(app, exportOrdersRoute, (c, { query }) => {
    const day = shop.now().toISOString().slice(0, 10);
    return c.body(ordersCsv(shop, query), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="orders-${day}.csv"`,
    });
  });
  return app;
}
