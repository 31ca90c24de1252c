import type Database from 'better-sqlite3';

/**
 * Orders written straight into the database, for report tests and the report benchmark: only what reports read
 * is chosen, the rest is filled in plausibly. Runs in one transaction.
 */

export type FixtureLine = {
  productId: string;
  variantId?: string;
  kind?: 'standard' | 'sticker';
  quantity: number;
  total: number;
};

export type FixtureOrder = {
  id: string;
  email?: string;
  paidAt: string | null;
  total: number;
  paymentStatus?: 'paid' | 'partially_refunded' | 'refunded' | 'pending' | 'failed';
  lines: FixtureLine[];
  refunds?: { amount: number; createdAt: string; status?: 'pending' | 'succeeded' | 'failed' }[];
};

const ADDRESS = JSON.stringify({
  name: 'A',
  line1: '1 Main St',
  city: 'Brooklyn',
  region: 'NY',
  postalCode: '11201',
  country: 'US',
});

export function insertOrders(sqlite: Database.Database, orders: readonly FixtureOrder[], currency = 'USD'): void {
  const order = sqlite.prepare(`
    INSERT INTO orders (id, number, email, cart_id, status, payment_status, fulfillment_status, stock_state, currency,
      subtotal, discount_total, shipping_total, tax_total, total, tax_included, shipping_method_id, shipping_method_name,
      shipping_address, access_token_hash, reservation_expires_at, created_at, paid_at, updated_at)
    VALUES (@id, @number, @email, @cartId, 'open', @paymentStatus, 'unfulfilled', 'committed', @currency,
      @total, 0, 0, 0, @total, 0, 'ship_fixture', 'Fixture', @address, 'x', @createdAt, @createdAt, @paidAt, @createdAt)`);
  const line = sqlite.prepare(`
    INSERT INTO order_lines (id, order_id, position, product_id, variant_id, kind, title, variant_title, sku, unit_price,
      quantity, total)
    VALUES (@id, @orderId, @position, @productId, @variantId, @kind, @title, 'Default', @sku, @unitPrice, @quantity, @total)`);
  const refund = sqlite.prepare(`
    INSERT INTO refunds (id, order_id, session_id, source, amount, currency, status, reason, restock, lines, created_at,
      updated_at)
    VALUES (@id, @orderId, 'fixture', 'order', @amount, @currency, @status, 'other', 0, '[]', @createdAt, @createdAt)`);
  sqlite.transaction(() => {
    orders.forEach((fixture, index) => {
      const createdAt = fixture.paidAt ?? '2026-01-01T00:00:00.000Z';
      order.run({
        id: fixture.id,
        number: `FX-${index + 1}-${fixture.id}`,
        email: fixture.email ?? 'fixture@example.com',
        cartId: `cart_fixture_${fixture.id}`,
        paymentStatus: fixture.paymentStatus ?? 'paid',
        currency,
        total: fixture.total,
        address: ADDRESS,
        createdAt,
        paidAt: fixture.paidAt,
      });
      fixture.lines.forEach((item, position) =>
        line.run({
          id: `${fixture.id}_l${position}`,
          orderId: fixture.id,
          position,
          productId: item.productId,
          variantId: item.variantId ?? `${item.productId}_v`,
          kind: item.kind ?? 'standard',
          title: `Product ${item.productId}`,
          sku: `${item.productId}-${fixture.id}-${position}`.toUpperCase(),
          unitPrice: Math.round(item.total / item.quantity),
          quantity: item.quantity,
          total: item.total,
        }),
      );
      fixture.refunds?.forEach((item, position) =>
        refund.run({
          id: `${fixture.id}_r${position}`,
          orderId: fixture.id,
          amount: item.amount,
          currency,
          status: item.status ?? 'succeeded',
          createdAt: item.createdAt,
        }),
      );
    });
  })();
}
