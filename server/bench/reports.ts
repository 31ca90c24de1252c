import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ensureAdmin } from '../accounts/ensure-admin.ts';
import { openDataStore } from '../data/store.ts';
import { insertOrders, type FixtureOrder } from '../reports/test-support/sales-fixture.ts';
import { serveInChild } from './load.ts';
import { measureLatency, type LatencyResult } from './recommendations.ts';

/**
 * The sales-report figures: a year of paid orders written straight into a database of their own, then the
 * report routes over HTTP, one client waiting for each answer, latencies as it sees them; and the CSV export
 * of every order, streamed.
 */

export type ReportBench = {
  orders: number;
  lines: number;
  rows: { what: string; result: LatencyResult }[];
  csv: { seconds: number; megabytes: number; rows: number };
};

const ADMIN = { email: 'bench-owner@example.com', password: 'a long bench password' };

/** A deterministic generator (mulberry32), so every run seeds the same orders. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `count` orders paid through 2025, 1 to 4 lines of 500 products (one in eight a custom sticker), 5% refunded in part. */
function yearOfOrders(count: number): FixtureOrder[] {
  const next = random(7);
  const start = Date.UTC(2025, 0, 1);
  const year = 365 * 86_400_000;
  return Array.from({ length: count }, (_, index) => {
    const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const product = Math.floor(500 * next() ** 2);
      const quantity = 1 + Math.floor(next() * 3);
      return {
        productId: `prod_bench${product}`,
        kind: product % 8 === 0 ? ('sticker' as const) : ('standard' as const),
        quantity,
        total: quantity * (500 + product * 10),
      };
    });
    const total = lines.reduce((sum, line) => sum + line.total, 0) + 699;
    const paidAt = new Date(start + Math.floor(next() * year)).toISOString();
    const refunded = next() < 0.05;
    return {
      id: `ord_report${index}`,
      paidAt,
      total,
      paymentStatus: refunded ? ('partially_refunded' as const) : ('paid' as const),
      lines,
      refunds: refunded ? [{ amount: Math.floor(total / 2), createdAt: paidAt }] : [],
    };
  });
}

export async function benchReports(dir: string, count: number): Promise<ReportBench> {
  const databaseUrl = join(dir, 'reports.db');
  const data = await openDataStore({ databaseUrl, currency: 'USD' });
  await ensureAdmin(data, ADMIN);
  await data.close();
  const db = new Database(databaseUrl);
  const orders = yearOfOrders(count);
  insertOrders(db, orders);
  db.pragma('optimize');
  db.close();

  const server = await serveInChild({ BENCH_MODE: 'shop', BENCH_DB: databaseUrl, BENCH_OUTBOX: join(dir, 'outbox') });
  try {
    const session = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const { token } = (await session.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    const once = (path: string, requests = 20) => measureLatency(server.url, [path], { clients: 1, requests, headers });
    const sales = (interval: string) => `/api/admin/reports/sales?from=2025-01-01&to=2025-12-31&interval=${interval}`;
    const rows = [
      { what: 'sales, a year by day', result: await once(sales('day')) },
      { what: 'sales, a year by week', result: await once(sales('week')) },
      { what: 'sales, a year by month', result: await once(sales('month')) },
      { what: 'sales, one month by day', result: await once('/api/admin/reports/sales?from=2025-06-01&to=2025-06-30') },
      { what: 'stock (low stock and 30-day sell-through)', result: await once('/api/admin/reports/stock') },
    ];
    const started = performance.now();
    const csv = await fetch(`${server.url}/api/admin/exports/orders`, { headers });
    const text = await csv.text();
    return {
      orders: count,
      lines: orders.reduce((sum, order) => sum + order.lines.length, 0),
      rows,
      csv: {
        seconds: (performance.now() - started) / 1000,
        megabytes: Buffer.byteLength(text) / 1_048_576,
        rows: text.split('\r\n').length - 2,
      },
    };
  } finally {
    await server.stop();
  }
}

/** The section of BENCHMARKS.md. */
export function reportSection(bench: ReportBench): string {
  const row = ({ what, result: r }: ReportBench['rows'][number]) =>
    `| ${what} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`;
  return `## Sales reports and the orders export

${bench.orders.toLocaleString('en-US')} orders paid through 2025 (${bench.lines.toLocaleString('en-US')} lines of 500 products, one in
eight a custom sticker; 5% partly refunded), written into a database of their own. One client asks each report in turn
and waits for its answer; latencies in ms as it sees them. Target: p95 under 100 ms for a year by day. The database
sums by hour over \`orders_paid_idx\` (which covers the totals) and the lines by their order; the server folds the
hours into the shop's days.

| request | requests | p50 | p95 | p99 | errors |
| --- | ---: | ---: | ---: | ---: | ---: |
${bench.rows.map(row).join('\n')}

\`GET /api/admin/exports/orders\` (every order, streamed 500 at a time): ${bench.csv.rows.toLocaleString('en-US')} rows,
${bench.csv.megabytes.toFixed(1)} MB in ${bench.csv.seconds.toFixed(1)} s.
`;
}
