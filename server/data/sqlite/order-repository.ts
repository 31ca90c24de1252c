import type { Statement } from 'better-sqlite3';
import type { CatalogVersion } from '../catalog-version.ts';
import type {
  DueCursor,
  DueReservation,
  IdempotencyScope,
  IdempotentAnswer,
  IdempotentResponse,
  InvoiceRecord,
  NewOrder,
  NewPayment,
  OrderListCursor,
  OrderListFilter,
  OrderRecord,
  OrderRepository,
  OrderSummaryRecord,
  PaymentRecord,
  Settlement,
  SettlementOutcome,
} from '../orders.ts';
import type { OpenedSqlite } from '../../db/open.ts';
import { OrderListStatements } from './order-list.ts';
import { OrderPlacement } from './order-placement.ts';
import {
  LINE_COLUMNS,
  ORDER_COLUMNS,
  PAYMENT_COLUMNS,
  toOrder,
  toPayment,
  type LineRow,
  type OrderRow,
  type PaymentRow,
} from './order-rows.ts';
import { settlementTransaction } from './order-settlement.ts';
import { ProductPairStatements } from './product-pairs.ts';
import { RedemptionStatements } from './redemptions.ts';
import { StockStatements } from './stock.ts';

type DueRow = {
  id: string;
  payment_session_id: string | null;
  provider: DueReservation['provider'];
  reservation_expires_at: string;
};
type DueParams = { now: string; afterAt: string; afterId: string; limit: number };

/** Orders on SQLite: the write transactions live in order-placement.ts and order-settlement.ts. */
export class SqliteOrderRepository implements OrderRepository {
  readonly #placement: OrderPlacement;
  readonly #settle: (settlement: Settlement) => SettlementOutcome;
  readonly #order: Statement<[string], OrderRow>;
  readonly #byNumber: Statement<[string], { id: string; email: string }>;
  readonly #lines: Statement<[string], LineRow>;
  readonly #readOrder: (id: string) => OrderRecord | null;
  readonly #list: OrderListStatements;
  readonly #invoice: Statement<[string], { number: string; issued_at: string }>;
  readonly #payment: Statement<[string], PaymentRow>;
  readonly #idempotent: Statement<
    [string, string],
    { request_hash: string; response_status: number | null; response: string | null }
  >;
  readonly #due: Statement<[DueParams], DueRow>;
  readonly #defer: Statement<[string, string]>;
  readonly #cancelAbandoned: Statement<[string, string]>;
  readonly #claim: Statement<[{ id: string; now: string; staleBefore: string }]>;
  readonly #sent: Statement<[string, string]>;
  readonly #unsent: Statement<[string, number], { id: string }>;
  readonly #claimKey: Statement<[string, string, string, string]>;
  readonly #storeAnswer: Statement<[number, string, string, string]>;
  readonly #releaseKey: Statement<[string, string]>;
  readonly #replaceToken: Statement<[string, string]>;
  readonly #purgeKeys: Statement<[string]>;
  readonly #purgeEvents: Statement<[string]>;

  constructor(opened: OpenedSqlite, version: CatalogVersion) {
    const { sqlite } = opened;
    const stock = new StockStatements(sqlite, version);
    const redemptions = new RedemptionStatements(sqlite);
    this.#placement = new OrderPlacement(sqlite, stock, redemptions);
    this.#settle = settlementTransaction(
      sqlite,
      stock,
      redemptions,
      this.#placement,
      new ProductPairStatements(sqlite),
    );
    this.#order = sqlite.prepare(`SELECT ${ORDER_COLUMNS} FROM orders WHERE id = ?`);
    this.#byNumber = sqlite.prepare('SELECT id, email FROM orders WHERE number = ?');
    this.#lines = sqlite.prepare(`SELECT ${LINE_COLUMNS} FROM order_lines WHERE order_id = ? ORDER BY position`);
    this.#readOrder = sqlite.transaction((id: string) => {
      const row = this.#order.get(id);
      return row ? toOrder(row, this.#lines.all(id)) : null;
    });
    this.#list = new OrderListStatements(sqlite);
    this.#invoice = sqlite.prepare('SELECT number, issued_at FROM invoices WHERE order_id = ?');
    this.#payment = sqlite.prepare(`SELECT ${PAYMENT_COLUMNS} FROM payments WHERE session_id = ?`);
    this.#idempotent = sqlite.prepare(
      'SELECT request_hash, response_status, response FROM idempotency_keys WHERE scope = ? AND key = ?',
    );
    this.#due = sqlite.prepare(`
      SELECT o.id, o.payment_session_id, p.provider, o.reservation_expires_at
      FROM orders o LEFT JOIN payments p ON p.session_id = o.payment_session_id
      WHERE o.payment_status = 'pending' AND o.reservation_expires_at <= @now
        AND (o.reservation_expires_at > @afterAt OR (o.reservation_expires_at = @afterAt AND o.id > @afterId))
        AND o.payment_issue IS NULL AND (o.next_check_at IS NULL OR o.next_check_at <= @now)
        AND (p.status IS NULL OR p.status IN ('open', 'processing'))
      ORDER BY o.reservation_expires_at, o.id LIMIT @limit`);
    this.#defer = sqlite.prepare(`UPDATE orders SET next_check_at = ? WHERE id = ? AND payment_status = 'pending'`);
    this.#cancelAbandoned = sqlite.prepare(`
      UPDATE orders SET status = 'cancelled', updated_at = ?
      WHERE payment_status = 'failed' AND status = 'open' AND payment_failed_at < ?`);
    this.#claim = sqlite.prepare(`
      UPDATE orders SET confirmation_claimed_at = @now
      WHERE id = @id AND payment_status = 'paid' AND confirmation_sent_at IS NULL
        AND (confirmation_claimed_at IS NULL OR confirmation_claimed_at < @staleBefore)`);
    this.#sent = sqlite.prepare('UPDATE orders SET confirmation_sent_at = ? WHERE id = ?');
    this.#unsent = sqlite.prepare(`
      SELECT id FROM orders WHERE payment_status = 'paid' AND confirmation_sent_at IS NULL AND paid_at < ? LIMIT ?`);
    this.#claimKey = sqlite.prepare(`
      INSERT INTO idempotency_keys (scope, key, request_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`);
    this.#storeAnswer = sqlite.prepare(
      'UPDATE idempotency_keys SET response_status = ?, response = ? WHERE scope = ? AND key = ?',
    );
    this.#releaseKey = sqlite.prepare('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND response IS NULL');
    this.#replaceToken = sqlite.prepare('UPDATE orders SET access_token_hash = ? WHERE id = ?');
    this.#purgeKeys = sqlite.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
    this.#purgeEvents = sqlite.prepare('DELETE FROM webhook_events WHERE received_at < ?');
  }

  async placeOrder(order: NewOrder): Promise<{ number: string }> {
    return { number: this.#placement.place(order) };
  }

  async abandonOrder(orderId: string, idempotency: IdempotencyScope | null): Promise<void> {
    this.#placement.abandon(orderId, idempotency);
  }

  async recordPayment(payment: NewPayment, answer: IdempotentAnswer | null): Promise<void> {
    this.#placement.recordPayment(payment, answer);
  }

  async reopenForPayment(
    orderId: string,
    reopen: { reservationExpiresAt: string; failedAfter: string; now: string },
  ): Promise<void> {
    this.#placement.reopen(orderId, reopen);
  }

  async settlePayment(settlement: Settlement): Promise<SettlementOutcome> {
    return this.#settle(settlement);
  }

  async findOrder(id: string): Promise<OrderRecord | null> {
    return this.#readOrder(id);
  }

  async findOrderIdByNumber(number: string): Promise<{ id: string; email: string } | null> {
    return this.#byNumber.get(number) ?? null;
  }

  async findInvoice(orderId: string): Promise<InvoiceRecord | null> {
    const row = this.#invoice.get(orderId);
    return row ? { number: row.number, issuedAt: row.issued_at } : null;
  }

  async listOrders(
    filter: OrderListFilter,
    after: OrderListCursor | null,
    limit: number,
  ): Promise<OrderSummaryRecord[]> {
    return this.#list.list(filter, after, limit);
  }

  async findPayment(sessionId: string): Promise<PaymentRecord | null> {
    const row = this.#payment.get(sessionId);
    return row ? toPayment(row) : null;
  }

  async idempotentResponse(scope: string, key: string): Promise<IdempotentResponse | null> {
    const row = this.#idempotent.get(scope, key);
    return row ? { requestHash: row.request_hash, status: row.response_status, response: row.response } : null;
  }

  async claimIdempotencyKey(scope: IdempotencyScope, now: string): Promise<boolean> {
    return this.#claimKey.run(scope.scope, scope.key, scope.requestHash, now).changes > 0;
  }

  async storeIdempotentAnswer(answer: IdempotentAnswer): Promise<void> {
    this.#storeAnswer.run(answer.status, answer.response, answer.scope.scope, answer.scope.key);
  }

  async releaseIdempotencyKey(scope: IdempotencyScope): Promise<void> {
    this.#releaseKey.run(scope.scope, scope.key);
  }

  async replaceAccessToken(orderId: string, accessTokenHash: string): Promise<void> {
    this.#replaceToken.run(accessTokenHash, orderId);
  }

  async dueReservations(now: string, after: DueCursor | null, limit: number): Promise<DueReservation[]> {
    const rows = this.#due.all({
      now,
      afterAt: after?.reservationExpiresAt ?? '',
      afterId: after?.orderId ?? '',
      limit,
    });
    return rows.map((row) => ({
      orderId: row.id,
      sessionId: row.payment_session_id,
      provider: row.provider,
      reservationExpiresAt: row.reservation_expires_at,
    }));
  }

  async deferCheck(orderId: string, nextCheckAt: string): Promise<void> {
    this.#defer.run(nextCheckAt, orderId);
  }

  async cancelAbandoned(failedBefore: string, now: string): Promise<number> {
    return this.#cancelAbandoned.run(now, failedBefore).changes;
  }

  async claimConfirmation(orderId: string, now: string, staleBefore: string): Promise<boolean> {
    return this.#claim.run({ id: orderId, now, staleBefore }).changes > 0;
  }

  async markConfirmationSent(orderId: string, now: string): Promise<void> {
    this.#sent.run(now, orderId);
  }

  async unsentConfirmations(paidBefore: string, limit: number): Promise<string[]> {
    return this.#unsent.all(paidBefore, limit).map((row) => row.id);
  }

  async purge(before: { idempotencyKeys: string; webhookEvents: string }): Promise<void> {
    this.#purgeKeys.run(before.idempotencyKeys);
    this.#purgeEvents.run(before.webhookEvents);
  }
}
