import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SalesReport, StockReport } from '../../sdk/schemas/index.ts';
import { adminAuth } from '../shipments/test-support/ship.ts';
import { cartWith, checkout, payWithTestGateway } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { insertOrders } from './test-support/sales-fixture.ts';

/**
 * Sales figures against a fixture computed by hand, in New York time (UTC−5 in January): an order paid at 04:30 UTC
 * on the 5th belongs to the 4th; one at 04:59 UTC on the 13th to the 12th; one at 05:00 UTC on the 13th to the 13th.
 */

let server: TestServer;
let auth: RequestInit;

before(async () => {
  server = await startTestServer({ config: { timeZone: 'America/New_York' } });
  auth = await adminAuth(server);
  insertOrders(server.sqlite, [
    { id: 'a', paidAt: '2026-01-05T04:30:00.000Z', total: 1000, lines: [{ productId: 'A', quantity: 2, total: 800 }] },
    {
      id: 'b',
      paidAt: '2026-01-05T05:30:00.000Z',
      total: 2500,
      lines: [
        { productId: 'A', quantity: 1, total: 400 },
        { productId: 'S', kind: 'sticker', quantity: 100, total: 1800 },
      ],
    },
    {
      id: 'c',
      paidAt: '2026-01-06T15:00:00.000Z',
      total: 3000,
      paymentStatus: 'partially_refunded',
      lines: [{ productId: 'B', quantity: 3, total: 2700 }],
      refunds: [{ amount: 500, createdAt: '2026-01-06T16:00:00.000Z' }],
    },
    {
      id: 'g',
      paidAt: '2026-01-06T20:00:00.000Z',
      total: 1200,
      paymentStatus: 'refunded',
      lines: [{ productId: 'A', quantity: 3, total: 1200 }],
      refunds: [
        { amount: 1200, createdAt: '2026-01-08T10:00:00.000Z' },
        { amount: 300, createdAt: '2026-01-08T11:00:00.000Z', status: 'failed' },
      ],
    },
    { id: 'f', paidAt: '2026-01-12T10:00:00.000Z', total: 700, lines: [{ productId: 'B', quantity: 1, total: 700 }] },
    { id: 'h', paidAt: '2026-01-13T04:59:00.000Z', total: 100, lines: [{ productId: 'B', quantity: 1, total: 100 }] },
    { id: 'i', paidAt: '2026-01-13T05:00:00.000Z', total: 9999, lines: [{ productId: 'B', quantity: 9, total: 9999 }] },
    {
      id: 'p',
      paidAt: null,
      total: 5000,
      paymentStatus: 'pending',
      lines: [{ productId: 'A', quantity: 5, total: 5000 }],
    },
    {
      id: 'x',
      paidAt: null,
      total: 5000,
      paymentStatus: 'failed',
      lines: [{ productId: 'A', quantity: 5, total: 5000 }],
    },
  ]);
});
after(() => server.close());

const sales = (query: string) => server.get<SalesReport & ErrorJson>(`/api/admin/reports/sales?${query}`, auth);
const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('GET /api/admin/reports/sales', () => {
  test('by day, in the shop’s time zone', async () => {
    const response = await sales('from=2026-01-04&to=2026-01-12');
    assert.equal(response.status, 200, response.text);
    assert.ok(SalesReport.safeParse(response.body).success);
    const report = response.body;
    assert.deepEqual(
      [report.revenue, report.orders, report.averageOrderValue, report.refunds, report.netRevenue, report.units],
      [usd(8500), 6, usd(1417), usd(1700), usd(6800), 111],
    );
    assert.deepEqual(
      report.series.map((bucket) => [bucket.start, bucket.orders, bucket.revenue.amount, bucket.refunds.amount]),
      [
        ['2026-01-04', 1, 1000, 0],
        ['2026-01-05', 1, 2500, 0],
        ['2026-01-06', 2, 4200, 500],
        ['2026-01-07', 0, 0, 0],
        ['2026-01-08', 0, 0, 1200],
        ['2026-01-09', 0, 0, 0],
        ['2026-01-10', 0, 0, 0],
        ['2026-01-11', 0, 0, 0],
        ['2026-01-12', 2, 800, 0],
      ],
    );
    assert.deepEqual(
      report.topProducts.map((product) => [product.productId, product.units, product.revenue.amount]),
      [
        ['B', 5, 3500],
        ['A', 6, 2400],
        ['S', 100, 1800],
      ],
    );
    assert.deepEqual([report.stickerSales, report.catalogSales], [usd(1800), usd(5900)]);
    assert.equal(report.stickerShare, 1800 / 7700);
    assert.equal(report.timeZone, 'America/New_York');
  });

  test('by week (from Monday) and by month', async () => {
    const weeks = await sales('from=2026-01-04&to=2026-01-12&interval=week');
    assert.deepEqual(
      weeks.body.series.map((bucket) => [bucket.start, bucket.orders, bucket.revenue.amount, bucket.refunds.amount]),
      [
        ['2025-12-29', 1, 1000, 0],
        ['2026-01-05', 3, 6700, 1700],
        ['2026-01-12', 2, 800, 0],
      ],
    );
    const months = await sales('from=2026-01-01&to=2026-01-31&interval=month');
    assert.deepEqual(
      months.body.series.map((bucket) => [bucket.start, bucket.orders, bucket.revenue.amount]),
      [['2026-01-01', 7, 18499]],
    );
  });

  test('bad ranges are a 400 naming the field', async () => {
    for (const query of [
      'from=2026-01-10&to=2026-01-01',
      'from=2026-13-01&to=2026-01-01',
      'from=2025-01-01&to=2026-12-31',
    ]) {
      const response = await sales(query);
      assert.deepEqual([response.status, response.body.error.code], [400, 'validation_failed'], query);
    }
  });
});

describe('GET /api/admin/reports/stock', () => {
  test('low stock, least first, and sell-through of what sold', async () => {
    const result = await checkout(server, (await cartWith(server, [['low-stock-lamp', 2]])).id);
    await payWithTestGateway(result, 'approve');
    const response = await server.get<StockReport>('/api/admin/reports/stock?threshold=4', auth);
    assert.equal(response.status, 200, response.text);
    assert.ok(StockReport.safeParse(response.body).success);
    const low = response.body.lowStock.map((row) => [row.sku, row.available]);
    assert.deepEqual(low.slice(0, 3), [
      ['SOLD-OUT-VASE-0', 0],
      ['WOOL-SOCKS-0', 0],
      ['LOW-STOCK-LAMP-0', 1],
    ]);
    const lamp = response.body.sellThrough.find((row) => row.sku === 'LOW-STOCK-LAMP-0');
    assert.deepEqual([lamp?.sold, lamp?.stocked, lamp?.sellThrough], [2, 1, 2 / 3]);
  });
});
