import type { Database, Statement } from 'better-sqlite3';
import type { LineQuantity, PaymentStatus } from '../../../sdk/schemas/index.ts';
import { OrderNotFoundError } from '../../orders/errors.ts';
import { OrderNotCancellableError, ReturnNotAllowedError } from '../../refunds/errors.ts';
import { canMoveRefund, checkRefund, refundedStatus } from '../../refunds/refund-rules.ts';
import type { CatalogVersion } from '../catalog-version.ts';
import type {
  NewRefund,
  RefundRecord,
  Refundable,
  RefundRepository,
  RefundUpdate,
  RefundUpdateOutcome,
} from '../refunds.ts';
import { RedemptionStatements } from './redemptions.ts';
import { REFUND_COLUMNS, toRefund, type RefundRow } from './refund-rows.ts';
import { StockStatements } from './stock.ts';

type OrderState = {
  id: string;
  status: string;
  payment_status: PaymentStatus;
  fulfillment_status: string;
  stock_state: string;
  total: number;
  currency: string;
  paid_session: string | null;
  shipped: number;
};

type LineState = { id: string; quantity: number; variant_id: string; is_sticker: number };

/** Money that is the order's: only once it took a payment. */
const MONEY_IN: ReadonlySet<PaymentStatus> = new Set(['paid', 'partially_refunded', 'refunded']);

/**
 * Refunds and cancellations on SQLite. Every check and its write share one transaction, and better-sqlite3
 * runs transactions one at a time, so two refunds sent at once are checked one after the other.
 */
export class SqliteRefundRepository implements RefundRepository {
  readonly #create: (refund: NewRefund) => RefundRecord;
  readonly #update: (update: RefundUpdate) => RefundUpdateOutcome;
  readonly #refundable: (orderId: string) => Refundable;
  readonly #cancel: (orderId: string, at: string) => { paymentStatus: PaymentStatus };
  readonly #byId: Statement<[string], RefundRow>;
  readonly #byOrder: Statement<[string], RefundRow>;

  constructor(sqlite: Database, version: CatalogVersion) {
    const stock = new StockStatements(sqlite, version);
    const redemptions = new RedemptionStatements(sqlite);
    const orderState: Statement<[string], OrderState> = sqlite.prepare(`
      SELECT o.id, o.status, o.payment_status, o.fulfillment_status, o.stock_state, o.total, o.currency,
        CASE WHEN o.payment_status IN ('paid', 'partially_refunded', 'refunded')
          THEN coalesce(o.paid_session_id, o.payment_session_id) END AS paid_session,
        (SELECT coalesce(sum(l.shipped_quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS shipped
      FROM orders o WHERE o.id = ?`);
    const lineStates: Statement<[string], LineState> = sqlite.prepare(
      'SELECT id, quantity, variant_id, sticker IS NOT NULL AS is_sticker FROM order_lines WHERE order_id = ?',
    );
    const refundedOrder = sqlite
      .prepare<[string], number>(
        `
        SELECT coalesce(sum(amount), 0) FROM refunds WHERE order_id = ? AND source = 'order' AND status != 'failed'`,
      )
      .pluck();
    const heldLines = sqlite
      .prepare<[string], string>(
        `SELECT lines FROM refunds WHERE order_id = ? AND source = 'order' AND status != 'failed'`,
      )
      .pluck();
    const restockedLines = sqlite
      .prepare<[string], string>('SELECT lines FROM refunds WHERE order_id = ? AND restock = 1')
      .pluck();
    // Money the order did not take: every paid attempt but the one that paid it, less what went back of each.
    const issueMoney: Statement<[{ orderId: string; paid: string | null }], { session_id: string; left: number }> =
      sqlite.prepare(`
        SELECT p.session_id, coalesce(p.amount_received, p.amount) - coalesce((
          SELECT sum(r.amount) FROM refunds r
          WHERE r.session_id = p.session_id AND r.source = 'payment_issue' AND r.status != 'failed'), 0) AS left
        FROM payments p
        WHERE p.order_id = @orderId AND p.status = 'paid' AND (@paid IS NULL OR p.session_id != @paid)
        ORDER BY left DESC`);
    const insert = sqlite.prepare(`
      INSERT INTO refunds (id, order_id, session_id, source, amount, currency, status, reason, note, restock, lines,
        return_id, created_at, updated_at)
      VALUES (@id, @orderId, @sessionId, @source, @amount, @currency, 'pending', @reason, @note, @restock, @lines,
        @returnId, @at, @at)`);
    const restock = sqlite.prepare('UPDATE variants SET stocked = stocked + ? WHERE id = ?');
    const setPaymentStatus = sqlite.prepare(`
      UPDATE orders SET payment_status = ?, updated_at = ?
      WHERE id = ? AND payment_status IN ('paid', 'partially_refunded', 'refunded')`);
    const settleReturn = sqlite.prepare(`
      UPDATE returns SET status = 'refunded', refund_id = ?, updated_at = ?
      WHERE id = ? AND order_id = ? AND status IN ('approved', 'received')`);
    // A failed refund gives its return back to the step before, so it can be refunded again.
    const reopenReturn = sqlite.prepare(`
      UPDATE returns SET status = CASE WHEN received_at IS NULL THEN 'approved' ELSE 'received' END, refund_id = NULL,
        updated_at = ?
      WHERE id = ? AND refund_id = ?`);
    const recordEvent = sqlite.prepare(`
      INSERT INTO webhook_events (id, type, session_id, received_at) VALUES (?, 'refund', ?, ?) ON CONFLICT DO NOTHING`);
    const byProviderId: Statement<[string], RefundRow> = sqlite.prepare(
      `SELECT ${REFUND_COLUMNS} FROM refunds WHERE provider_refund_id = ?`,
    );
    const setStatus = sqlite.prepare(`
      UPDATE refunds SET status = @status, failure_reason = coalesce(@failureReason, failure_reason),
        provider_refund_id = coalesce(provider_refund_id, @providerRefundId), updated_at = @at
      WHERE id = @id`);
    const nextNumber = sqlite
      .prepare<[string], number>(
        `
        INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
      )
      .pluck();
    const setCreditNote = sqlite.prepare(
      'UPDATE refunds SET credit_note_number = ? WHERE id = ? AND credit_note_number IS NULL',
    );
    const cancel = sqlite.prepare(`
      UPDATE orders SET status = 'cancelled', cancelled_at = @at, stock_state = 'released', updated_at = @at,
        payment_status = CASE WHEN payment_status = 'pending' THEN 'failed' ELSE payment_status END,
        payment_failed_at = CASE WHEN payment_status = 'pending' THEN @at ELSE payment_failed_at END
      WHERE id = @id AND status = 'open'`);
    this.#byId = sqlite.prepare(`SELECT ${REFUND_COLUMNS} FROM refunds WHERE id = ?`);
    this.#byOrder = sqlite.prepare(`SELECT ${REFUND_COLUMNS} FROM refunds WHERE order_id = ? ORDER BY created_at, id`);

    const readOrder = (orderId: string): OrderState => {
      const order = orderState.get(orderId);
      if (!order) throw new OrderNotFoundError();
      return order;
    };
    /** Units per line, summed over the refunds' `lines` JSON. */
    const unitsIn = (rows: string[]): Map<string, number> => {
      const units = new Map<string, number>();
      for (const row of rows)
        for (const line of JSON.parse(row) as LineQuantity[])
          units.set(line.lineId, (units.get(line.lineId) ?? 0) + line.quantity);
      return units;
    };
    const orderStatus = (order: OrderState, at: string) => {
      if (MONEY_IN.has(order.payment_status))
        setPaymentStatus.run(refundedStatus(order.total, refundedOrder.get(order.id) ?? 0), at, order.id);
    };

    this.#refundable = sqlite.transaction((orderId: string): Refundable => {
      const order = readOrder(orderId);
      const issue = issueMoney.all({ orderId, paid: order.paid_session }).reduce((sum, row) => sum + row.left, 0);
      const orderLeft = MONEY_IN.has(order.payment_status) ? order.total - (refundedOrder.get(orderId) ?? 0) : 0;
      return { order: Math.max(orderLeft, 0), issue };
    });

    this.#create = sqlite.transaction((refund: NewRefund): RefundRecord => {
      const order = readOrder(refund.orderId);
      const lines = lineStates.all(refund.orderId);
      const held = unitsIn(heldLines.all(refund.orderId));
      const issue =
        refund.source === 'payment_issue'
          ? issueMoney.all({ orderId: order.id, paid: order.paid_session })[0]
          : undefined;
      const remaining =
        refund.source === 'order' ? order.total - (refundedOrder.get(order.id) ?? 0) : Math.max(issue?.left ?? 0, 0);
      const amount = checkRefund(
        {
          paymentStatus: order.payment_status,
          remaining,
          lines: new Map(lines.map((line) => [line.id, { quantity: line.quantity, refunded: held.get(line.id) ?? 0 }])),
        },
        refund,
      );
      const sessionId = refund.source === 'order' ? order.paid_session : (issue?.session_id ?? null);
      if (!sessionId) throw new Error(`Order ${order.id} has no paid attempt to refund.`);
      insert.run({
        id: refund.id,
        orderId: order.id,
        sessionId,
        source: refund.source,
        amount,
        currency: order.currency,
        reason: refund.reason,
        note: refund.note,
        restock: refund.restock ? 1 : 0,
        lines: JSON.stringify(refund.lines),
        returnId: refund.returnId,
        at: refund.at,
      });
      // Units are put back only when they had left stock, and never for sticker lines, which hold none.
      if (refund.restock && order.stock_state === 'committed') {
        const variants = new Map(lines.filter((line) => !line.is_sticker).map((line) => [line.id, line.variant_id]));
        version.bump();
        for (const line of refund.lines) {
          const variantId = variants.get(line.lineId);
          if (variantId) restock.run(line.quantity, variantId);
        }
      }
      if (refund.returnId && settleReturn.run(refund.id, refund.at, refund.returnId, order.id).changes === 0)
        throw new ReturnNotAllowedError('illegal_move', { returnId: refund.returnId });
      if (refund.source === 'order') orderStatus(order, refund.at);
      return toRefund(this.#byId.get(refund.id) as RefundRow);
    });

    this.#update = sqlite.transaction((update: RefundUpdate): RefundUpdateOutcome => {
      if (
        update.eventId !== null &&
        recordEvent.run(update.eventId, update.providerRefundId ?? '', update.at).changes === 0
      )
        return { kind: 'duplicate_event' };
      const row =
        (update.refundId !== null ? this.#byId.get(update.refundId) : undefined) ??
        (update.providerRefundId !== null ? byProviderId.get(update.providerRefundId) : undefined);
      if (!row) return { kind: 'unknown_refund' };
      const changed = canMoveRefund(row.status, update.status);
      setStatus.run({
        id: row.id,
        status: changed ? update.status : row.status,
        failureReason: changed ? update.failureReason : null,
        providerRefundId: update.providerRefundId,
        at: update.at,
      });
      if (changed && update.status === 'succeeded') {
        const year = update.at.slice(0, 4);
        const sequence = nextNumber.get(`credit_note_${year}`) as number;
        setCreditNote.run(`CN-${year}-${String(sequence).padStart(6, '0')}`, row.id);
      }
      if (changed && row.source === 'order') orderStatus(readOrder(row.order_id), update.at);
      if (changed && update.status === 'failed' && row.return_id) reopenReturn.run(update.at, row.return_id, row.id);
      return { kind: 'updated', refund: toRefund(this.#byId.get(row.id) as RefundRow), changed };
    });

    this.#cancel = sqlite.transaction((orderId: string, at: string) => {
      const order = readOrder(orderId);
      if (order.status !== 'open') throw new OrderNotCancellableError('closed', order.status);
      if (order.shipped > 0 || order.fulfillment_status !== 'unfulfilled')
        throw new OrderNotCancellableError('shipped', order.fulfillment_status);
      const lines = lineStates.all(orderId).filter((line) => !line.is_sticker);
      if (order.stock_state === 'reserved') {
        stock.release(lines.map((line) => ({ variantId: line.variant_id, quantity: line.quantity })));
      } else if (order.stock_state === 'committed') {
        // Units a refund put back already are not put back twice.
        const restocked = unitsIn(restockedLines.all(orderId));
        version.bump();
        for (const line of lines) {
          const units = line.quantity - (restocked.get(line.id) ?? 0);
          if (units > 0) restock.run(units, line.variant_id);
        }
      }
      redemptions.release(orderId);
      cancel.run({ id: orderId, at });
      return { paymentStatus: order.payment_status };
    });
  }

  async createRefund(refund: NewRefund): Promise<RefundRecord> {
    return this.#create(refund);
  }

  async updateRefund(update: RefundUpdate): Promise<RefundUpdateOutcome> {
    return this.#update(update);
  }

  async findRefund(refundId: string): Promise<RefundRecord | null> {
    const row = this.#byId.get(refundId);
    return row ? toRefund(row) : null;
  }

  async listRefunds(orderId: string): Promise<RefundRecord[]> {
    return this.#byOrder.all(orderId).map(toRefund);
  }

  async refundable(orderId: string): Promise<Refundable> {
    return this.#refundable(orderId);
  }

  async cancelOrder(orderId: string, at: string): Promise<{ paymentStatus: PaymentStatus }> {
    return this.#cancel(orderId, at);
  }
}
