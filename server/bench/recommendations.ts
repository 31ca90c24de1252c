import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { ProductPairStatements } from '../data/sqlite/product-pairs.ts';

/**
 * The recommendation figures: paid orders written straight into the database (their checkout is measured
 * elsewhere), each then added to the bought-together counts exactly as a payment does, timed one by one;
 * then the recommendation route under load, its latencies measured by the client.
 */

export type PairCost = { orders: number; pairs: number; meanMicros: number; p95Micros: number };
export type LatencyResult = {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

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

/**
 * Writes `count` paid orders of 1 to 4 distinct products each, drawn with a skew (a few products sell a lot,
 * most rarely), then records each in the bought-together counts as a payment would. Answers the products
 * by popularity (most ordered first) and the per-payment cost.
 */
export function seedPaidOrders(databaseFile: string, count: number): { popular: string[]; cost: PairCost } {
  const db = new Database(databaseFile);
  try {
    const products = db
      .prepare(
        `
      SELECT p.id, v.id AS variant FROM products p JOIN variants v ON v.product_id = p.id AND v.position = 0
      WHERE p.kind = 'standard' ORDER BY p.id`,
      )
      .all() as { id: string; variant: string }[];
    const next = random(42);
    const pick = () => products[Math.floor(products.length * next() ** 3)]!;
    const at = new Date().toISOString();
    const insertOrder = db.prepare(`
      INSERT INTO orders (id, number, email, cart_id, status, payment_status, fulfillment_status, stock_state, currency,
        subtotal, discount_total, shipping_total, tax_total, total, tax_included, shipping_method_id, shipping_method_name,
        shipping_address, access_token_hash, reservation_expires_at, created_at, paid_at, updated_at)
      VALUES (?, ?, ?, ?, 'open', 'paid', 'unfulfilled', 'committed', 'USD', 1000, 0, 0, 0, 1000, 0, 'ship_us_standard',
        'Standard', '{"name":"Bench Buyer"}', '', ?, ?, ?, ?)`);
    const insertLine = db.prepare(`
      INSERT INTO order_lines (id, order_id, position, product_id, variant_id, kind, title, variant_title, sku, unit_price, quantity, total)
      VALUES (?, ?, ?, ?, ?, 'standard', 'Bench product', 'Default', 'SKU', 1000, 1, 1000)`);
    const ids: string[] = [];
    db.transaction(() => {
      for (let index = 0; index < count; index++) {
        const id = `ord_bench${index}`;
        ids.push(id);
        insertOrder.run(id, `SL-B${index}`, `buyer${index}@example.com`, `cart_bench${index}`, at, at, at, at);
        const lines = new Map<string, string>();
        const size = 1 + Math.floor(next() * 4);
        while (lines.size < size) {
          const product = pick();
          lines.set(product.id, product.variant);
        }
        [...lines].forEach(([productId, variantId], position) =>
          insertLine.run(`oli_bench${index}_${position}`, id, position, productId, variantId),
        );
      }
    })();

    const pairs = new ProductPairStatements(db);
    const micros: number[] = [];
    // In the server the upserts join the transaction that marks the order paid, whose commit is paid anyway:
    // what they add is their own work, timed here inside one transaction.
    db.transaction(() => {
      for (const id of ids) {
        const start = performance.now();
        pairs.record(id);
        micros.push((performance.now() - start) * 1000);
      }
    })();
    micros.sort((a, b) => a - b);
    const popular = db
      .prepare(
        `
      SELECT product_id FROM order_lines WHERE order_id LIKE 'ord_bench%' GROUP BY product_id ORDER BY count(*) DESC`,
      )
      .pluck()
      .all() as string[];
    const pairCount = (db.prepare('SELECT count(*) FROM product_pairs').pluck().get() as number) ?? 0;
    return {
      popular,
      cost: {
        orders: count,
        pairs: pairCount,
        meanMicros: micros.reduce((a, b) => a + b, 0) / micros.length,
        p95Micros: percentile(micros, 0.95),
      },
    };
  } finally {
    db.close();
  }
}

/** `clients` shoppers asking for `paths` in turn, each waiting for its answer: latencies as the client sees them. */
export async function measureLatency(
  url: string,
  paths: string[],
  options: { clients: number; requests: number; headers?: Record<string, string> },
): Promise<LatencyResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (sent < options.requests) {
        const path = paths[sent++ % paths.length]!;
        const start = performance.now();
        const response = await fetch(url + path, { headers: options.headers }).catch(() => null);
        if (!response?.ok) errors++;
        await response?.arrayBuffer();
        latencies.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50: ms(percentile(latencies, 0.5)),
    p95: ms(percentile(latencies, 0.95)),
    p99: ms(percentile(latencies, 0.99)),
    errors,
  };
}
