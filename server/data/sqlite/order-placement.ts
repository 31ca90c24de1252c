import type { Database, Statement } from 'better-sqlite3';
import { CartCompletedError, CartNotFoundError } from '../../carts/errors.ts';
import { PaymentNotRetryableError } from '../../orders/errors.ts';
import {
  CartChangedError,
  IdempotencyKeyTakenError,
  type IdempotencyScope,
  type IdempotentAnswer,
  type NewOrder,
  type NewPayment,
} from '../orders.ts';
import type { RedemptionStatements } from './redemptions.ts';
import type { StockLine, StockStatements } from './stock.ts';

type OrderParams = {
  id: string;
  number: string;
  email: string;
  userId: string | null;
  cartId: string;
  currency: string;
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  taxIncluded: number;
  discount: string | null;
  discountCodeId: string | null;
  discountCustomer: string | null;
  shippingMethodId: string;
  shippingMethodName: string;
  shippingAddress: string;
  accessTokenHash: string;
  reservationExpiresAt: string;
  now: string;
};

type Reopen = { reservationExpiresAt: string; failedAfter: string; now: string };

type RetryState = {
  payment_status: string;
  status: string;
  payment_failed_at: string | null;
  payment_issue: string | null;
};

type RedeemedRow = {
  id: string;
  discount_code_id: string | null;
  discount_customer: string | null;
  discount: string | null;
};

/**
 * The transactions that open an order and its payment attempts. Each is all-or-nothing: a refused
 * stock reservation or discount use rolls back the order, the cart's completion and the key.
 */
export class OrderPlacement {
  /** Answers the new order's number. */
  readonly place: (order: NewOrder) => string;
  readonly abandon: (orderId: string, idempotency: IdempotencyScope | null) => void;
  readonly recordPayment: (payment: NewPayment, answer: IdempotentAnswer | null) => void;
  readonly reopen: (orderId: string, reopen: Reopen) => void;
  /** The units an order holds, for the settlement transaction. */
  readonly stockLines: (orderId: string) => StockLine[];
  /** Records the order's code use again without limits (used by a late payment). */
  readonly reinstateDiscount: (orderId: string, now: string) => void;

  constructor(sqlite: Database, stock: StockStatements, redemptions: RedemptionStatements) {
    const claimKey = sqlite.prepare(`
      INSERT INTO idempotency_keys (scope, key, request_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`);
    const completeCart = sqlite.prepare(`
      UPDATE carts SET completed_order_id = @orderId, version = version + 1, updated_at = @now
      WHERE id = @cartId AND completed_order_id IS NULL AND version = @version AND expires_at > @now`);
    const cartState: Statement<[string], { completed_order_id: string | null; expires_at: string }> = sqlite.prepare(
      'SELECT completed_order_id, expires_at FROM carts WHERE id = ?',
    );
    const nextNumber: Statement<[], { value: number }> = sqlite.prepare(`
      INSERT INTO counters (name, value) VALUES ('order_number', 10001)
      ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`);
    const insertOrder: Statement<[OrderParams]> = sqlite.prepare(`
      INSERT INTO orders (id, number, email, user_id, cart_id, status, payment_status, fulfillment_status, stock_state, currency,
        subtotal, discount_total, shipping_total, tax_total, total, tax_included, discount, discount_code_id,
        discount_customer, shipping_method_id, shipping_method_name, shipping_address, access_token_hash,
        reservation_expires_at, created_at, updated_at)
      VALUES (@id, @number, @email, @userId, @cartId, 'open', 'pending', 'unfulfilled', 'reserved', @currency,
        @subtotal, @discountTotal, @shippingTotal, @taxTotal, @total, @taxIncluded, @discount, @discountCodeId,
        @discountCustomer, @shippingMethodId, @shippingMethodName, @shippingAddress, @accessTokenHash,
        @reservationExpiresAt, @now, @now)`);
    const insertLine = sqlite.prepare(`
      INSERT INTO order_lines (id, order_id, position, product_id, variant_id, kind, title, variant_title, sku, image,
        unit_price, quantity, total, upload_id, sticker)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // Custom sticker lines are printed to order: they never hold stock.
    const stockLines: Statement<[string], { variantId: string; quantity: number }> = sqlite.prepare(
      'SELECT variant_id AS variantId, quantity FROM order_lines WHERE order_id = ? AND sticker IS NULL',
    );
    const orderState: Statement<[string], { stock_state: string; cart_id: string }> = sqlite.prepare(
      'SELECT stock_state, cart_id FROM orders WHERE id = ?',
    );
    const reopenCart = sqlite.prepare('UPDATE carts SET completed_order_id = NULL, version = version + 1 WHERE id = ?');
    const deleteOrder = sqlite.prepare('DELETE FROM orders WHERE id = ?');
    const forgetKey = sqlite.prepare('DELETE FROM idempotency_keys WHERE scope = ? AND key = ?');
    const insertPayment: Statement<[NewPayment]> = sqlite.prepare(`
      INSERT INTO payments (id, order_id, provider, session_id, status, amount, currency, redirect_url, client_secret,
        success_url, cancel_url, expires_at, created_at, updated_at)
      VALUES (@id, @orderId, @provider, @sessionId, 'open', @amount, @currency, @redirectUrl, @clientSecret,
        @successUrl, @cancelUrl, @expiresAt, @createdAt, @createdAt)`);
    const setSession = sqlite.prepare(`
      UPDATE orders SET payment_session_id = ?, updated_at = ? WHERE id = ? AND payment_status = 'pending'`);
    const storeAnswer = sqlite.prepare(
      'UPDATE idempotency_keys SET response_status = ?, response = ? WHERE scope = ? AND key = ?',
    );
    const reopenOrder: Statement<[{ id: string } & Reopen]> = sqlite.prepare(`
      UPDATE orders SET payment_status = 'pending', stock_state = 'reserved', payment_session_id = NULL,
        reservation_expires_at = @reservationExpiresAt, next_check_at = NULL, updated_at = @now
      WHERE id = @id AND payment_status = 'failed' AND status = 'open' AND payment_issue IS NULL
        AND payment_failed_at >= @failedAfter`);
    const retryState: Statement<[string], RetryState> = sqlite.prepare(
      'SELECT payment_status, status, payment_failed_at, payment_issue FROM orders WHERE id = ?',
    );
    const redeemed: Statement<[string], RedeemedRow> = sqlite.prepare(
      'SELECT id, discount_code_id, discount_customer, discount FROM orders WHERE id = ?',
    );

    /** Why the cart could not be completed, as the error the caller should see. */
    const cartRefusal = (cartId: string, now: string): Error => {
      const cart = cartState.get(cartId);
      if (!cart || cart.expires_at <= now) return new CartNotFoundError();
      if (cart.completed_order_id) return new CartCompletedError(cart.completed_order_id);
      return new CartChangedError(`Cart ${cartId} changed while it was being checked out.`);
    };

    const redeemAgain = (orderId: string, now: string, honoured: boolean) => {
      const row = redeemed.get(orderId);
      if (!row?.discount_code_id || !row.discount) return;
      const { code } = JSON.parse(row.discount) as { code: string };
      const redemption = { orderId, codeId: row.discount_code_id, code, customer: row.discount_customer, at: now };
      if (honoured) redemptions.reinstate(redemption);
      else redemptions.redeem(redemption);
    };
    this.reinstateDiscount = (orderId, now) => redeemAgain(orderId, now, true);

    this.place = sqlite.transaction((order: NewOrder): string => {
      const now = order.createdAt;
      if (order.idempotency) {
        const { scope, key, requestHash } = order.idempotency;
        if (claimKey.run(scope, key, requestHash, now).changes === 0) throw new IdempotencyKeyTakenError(key);
      }
      if (
        completeCart.run({ orderId: order.id, cartId: order.cartId, version: order.cartVersion, now }).changes === 0
      ) {
        throw cartRefusal(order.cartId, now);
      }
      const number = `SL-${(nextNumber.get() as { value: number }).value}`;
      insertOrder.run({
        id: order.id,
        number,
        email: order.email,
        userId: order.userId,
        cartId: order.cartId,
        currency: order.currency,
        subtotal: order.totals.subtotal,
        discountTotal: order.totals.discount,
        shippingTotal: order.totals.shipping,
        taxTotal: order.totals.tax,
        total: order.totals.total,
        taxIncluded: order.totals.taxIncluded ? 1 : 0,
        discount: order.discount ? JSON.stringify(order.discount.snapshot) : null,
        discountCodeId: order.discount?.codeId ?? null,
        discountCustomer: order.discount?.customer ?? null,
        shippingMethodId: order.shippingMethod.id,
        shippingMethodName: order.shippingMethod.name,
        shippingAddress: JSON.stringify(order.shippingAddress),
        accessTokenHash: order.accessTokenHash,
        reservationExpiresAt: order.reservationExpiresAt,
        now,
      });
      order.lines.forEach((line, position) => {
        insertLine.run(
          line.id,
          order.id,
          position,
          line.productId,
          line.variantId,
          line.kind,
          line.title,
          line.variantTitle,
          line.sku,
          line.image ? JSON.stringify(line.image) : null,
          line.unitPrice,
          line.quantity,
          line.total,
          line.sticker?.upload.id ?? null,
          line.sticker ? JSON.stringify(line.sticker) : null,
        );
      });
      stock.reserve(order.lines.filter((line) => !line.sticker));
      if (order.discount) {
        redemptions.redeem({
          orderId: order.id,
          codeId: order.discount.codeId,
          code: order.discount.snapshot.code,
          customer: order.discount.customer,
          at: now,
        });
      }
      return number;
    });

    this.abandon = sqlite.transaction((orderId: string, idempotency: IdempotencyScope | null) => {
      const order = orderState.get(orderId);
      if (!order) return;
      if (order.stock_state === 'reserved') stock.release(stockLines.all(orderId));
      redemptions.release(orderId);
      reopenCart.run(order.cart_id);
      deleteOrder.run(orderId);
      if (idempotency) forgetKey.run(idempotency.scope, idempotency.key);
    });

    this.recordPayment = sqlite.transaction((payment: NewPayment, answer: IdempotentAnswer | null) => {
      insertPayment.run(payment);
      setSession.run(payment.sessionId, payment.createdAt, payment.orderId);
      if (answer) storeAnswer.run(answer.status, answer.response, answer.scope.scope, answer.scope.key);
    });

    /** Why an order did not reopen, as the caller should see it. */
    const retryRefusal = (orderId: string): PaymentNotRetryableError => {
      const order = retryState.get(orderId);
      const paymentStatus = order?.payment_status ?? 'unknown';
      if (!order || paymentStatus !== 'failed') return new PaymentNotRetryableError(paymentStatus, 'not_failed');
      if (order.payment_issue !== null) return new PaymentNotRetryableError(paymentStatus, 'payment_issue');
      if (order.status !== 'open') return new PaymentNotRetryableError(paymentStatus, 'cancelled');
      return new PaymentNotRetryableError(paymentStatus, 'retry_window_passed');
    };

    this.reopen = sqlite.transaction((orderId: string, reopen: Reopen) => {
      if (reopenOrder.run({ id: orderId, ...reopen }).changes === 0) throw retryRefusal(orderId);
      stock.reserve(stockLines.all(orderId));
      redeemAgain(orderId, reopen.now, false);
    });

    this.stockLines = (orderId) => stockLines.all(orderId);
  }
}
