import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { CreateOrderBody } from '../../sdk/schemas/index.ts';

/**
 * Checkouts through `POST /api/orders` with the test gateway: carts are prepared first, then `clients`
 * shoppers place them at once. There are fewer units than carts, so the run ends in a rush for the last
 * ones; afterwards the database must show exactly one reserved unit per order and nothing oversold.
 */
export type OrdersPlan = { carts: number; units: number; variants: number; clients: number };

export type OrdersResult = {
  placed: number;
  outOfStock: number;
  otherErrors: number;
  seconds: number;
  ordersPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  /** From the database after the run. */
  ordersInDatabase: number;
  unitsReserved: number;
  unitsStocked: number;
};

/** Gives `plan.variants` standard variants `units` units in all, and returns their ids. */
export function stockVariants(databaseFile: string, plan: OrdersPlan): string[] {
  const db = new Database(databaseFile);
  try {
    const ids = db
      .prepare(
        `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.kind = 'standard' ORDER BY v.id LIMIT ?`,
      )
      .pluck()
      .all(plan.variants) as string[];
    const each = Math.floor(plan.units / ids.length);
    const update = db.prepare('UPDATE variants SET stocked = ?, reserved = 0 WHERE id = ?');
    db.transaction(() =>
      ids.forEach((id, index) => update.run(index < plan.units % ids.length ? each + 1 : each, id)),
    )();
    return ids;
  } finally {
    db.close();
  }
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** Runs `task` over `items` with at most `concurrency` in flight. */
async function pool<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export async function prepareCarts(url: string, variantIds: string[], plan: OrdersPlan): Promise<string[]> {
  const cartIds: string[] = [];
  await pool([...Array(plan.carts).keys()], plan.clients, async (index) => {
    const cart = await post(`${url}/api/carts`, { country: 'US' });
    const id = (cart.json as { id: string }).id;
    const line = await post(`${url}/api/carts/${id}/lines`, {
      variantId: variantIds[index % variantIds.length],
      quantity: 1,
    });
    if (cart.status !== 201 || line.status !== 200)
      throw new Error(`preparing cart ${index}: ${cart.status} ${line.status}`);
    cartIds.push(id);
  });
  return cartIds;
}

function orderBody(url: string, cartId: string): CreateOrderBody {
  return {
    cartId,
    email: 'bench@example.com',
    shippingAddress: {
      name: 'Bench Shopper',
      line1: '1 Load Street',
      city: 'Brooklyn',
      region: 'NY',
      postalCode: '11201',
      country: 'US',
    },
    shippingMethod: 'ship_us_standard',
    returnUrl: `${url}/`,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function placeOrders(url: string, cartIds: string[], clients: number) {
  const latencies: number[] = [];
  const outcome = { placed: 0, outOfStock: 0, otherErrors: 0 };
  const started = performance.now();
  await pool(cartIds, clients, async (cartId) => {
    const sent = performance.now();
    const { status, json } = await post(`${url}/api/orders`, orderBody(url, cartId), {
      'idempotency-key': randomUUID(),
    });
    latencies.push(performance.now() - sent);
    if (status === 201) outcome.placed++;
    else if ((json as { error?: { code?: string } }).error?.code === 'out_of_stock') outcome.outOfStock++;
    else outcome.otherErrors++;
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    ...outcome,
    seconds,
    ordersPerSecond: Math.round(outcome.placed / seconds),
    latencyP50: Math.round(percentile(latencies, 50)),
    latencyP99: Math.round(percentile(latencies, 99)),
  };
}

/** What the database holds after the run; throws if a unit was oversold or an order lost its reservation. */
export function checkStock(databaseFile: string, variantIds: string[], placed: number) {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const marks = variantIds.map(() => '?').join(',');
    const ordersInDatabase = db.prepare('SELECT count(*) FROM orders').pluck().get() as number;
    const stock = db
      .prepare(`SELECT sum(stocked) AS stocked, sum(reserved) AS reserved FROM variants WHERE id IN (${marks})`)
      .get(...variantIds) as {
      stocked: number;
      reserved: number;
    };
    const ordered = db
      .prepare(`SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE variant_id IN (${marks})`)
      .pluck()
      .get(...variantIds) as number;
    const overstock = db.prepare('SELECT count(*) FROM variants WHERE reserved > stocked').pluck().get() as number;
    if (ordersInDatabase !== placed || ordered !== placed || stock.reserved !== placed || overstock > 0) {
      throw new Error(
        `stock check failed: ${placed} placed, ${ordersInDatabase} orders, ${ordered} units ordered, ${stock.reserved} reserved, ${overstock} oversold variants`,
      );
    }
    return { ordersInDatabase, unitsReserved: stock.reserved, unitsStocked: stock.stocked };
  } finally {
    db.close();
  }
}
