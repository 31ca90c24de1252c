import type { Database, Statement } from 'better-sqlite3';
import type { PaymentStatus } from '../../../sdk/schemas/index.ts';
import { OutOfStockError } from '../../carts/errors.ts';
import { planSettlement } from '../../orders/payment-rules.ts';
import type { Settlement, SettlementOutcome, StockState } from '../orders.ts';
import type { OrderPlacement } from './order-placement.ts';
import type { RedemptionStatements } from './redemptions.ts';
import type { StockStatements } from './stock.ts';

type OrderState = {
  id: string;
  payment_status: PaymentStatus;
  stock_state: StockState;
  total: number;
  payment_session_id: string | null;
};

/**
 * Applies a payment result in one transaction: records the webhook event (so it acts once), reads the
 * order, decides with `planSettlement`, and moves status, stock and discount use together.
 */
export function settlementTransaction(
  sqlite: Database,
  stock: StockStatements,
  redemptions: RedemptionStatements,
  placement: OrderPlacement,
): (settlement: Settlement) => SettlementOutcome {
  const recordEvent = sqlite.prepare(`
    INSERT INTO webhook_events (id, type, session_id, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`);
  const paymentOrder: Statement<[string], { order_id: string }> = sqlite.prepare('SELECT order_id FROM payments WHERE session_id = ?');
  const orderState: Statement<[string], OrderState> = sqlite.prepare(
    'SELECT id, payment_status, stock_state, total, payment_session_id FROM orders WHERE id = ?',
  );
  const paymentPaid = sqlite.prepare(`UPDATE payments SET status = 'paid', updated_at = ? WHERE session_id = ?`);
  const paymentFailed = sqlite.prepare(
    `UPDATE payments SET status = 'failed', updated_at = ? WHERE session_id = ? AND status IN ('open', 'processing')`,
  );
  const paymentProcessing = sqlite.prepare(
    `UPDATE payments SET status = 'processing', updated_at = ? WHERE session_id = ? AND status = 'open'`,
  );
  const markPaid = sqlite.prepare(`
    UPDATE orders SET payment_status = 'paid', stock_state = ?, paid_at = ?, updated_at = ?
    WHERE id = ? AND payment_status IN ('pending', 'failed')`);
  const markFailed = sqlite.prepare(`
    UPDATE orders SET payment_status = 'failed', stock_state = 'released', updated_at = ?
    WHERE id = ? AND payment_status = 'pending'`);
  // A savepoint: when the units are gone, only the attempt to take them is undone.
  const takeAgain = sqlite.transaction((orderId: string) => stock.take(placement.stockLines(orderId)));

  return sqlite.transaction((settlement: Settlement): SettlementOutcome => {
    const { at, sessionId } = settlement;
    if (settlement.eventId !== null && sessionId !== null) {
      if (recordEvent.run(settlement.eventId, settlement.eventType, sessionId, at).changes === 0) return { kind: 'duplicate_event' };
    }
    const orderId = sessionId !== null ? paymentOrder.get(sessionId)?.order_id : settlement.orderId;
    const order = orderId ? orderState.get(orderId) : undefined;
    if (!order) return { kind: 'unknown_order' };

    const action = planSettlement(
      {
        paymentStatus: order.payment_status,
        currentAttempt: sessionId === null || order.payment_session_id === sessionId,
        amountMatches: settlement.amount === order.total,
      },
      settlement.result,
    );
    if (sessionId !== null && action !== 'amount_mismatch') {
      if (settlement.result === 'paid') paymentPaid.run(at, sessionId);
      else if (settlement.result === 'failed') paymentFailed.run(at, sessionId);
      else paymentProcessing.run(at, sessionId);
    }

    let stockState = order.stock_state;
    if (action === 'paid') {
      if (stockState === 'reserved') stock.commit(placement.stockLines(order.id));
      stockState = 'committed';
      markPaid.run(stockState, at, at, order.id);
    } else if (action === 'paid_late') {
      try {
        takeAgain(order.id);
        stockState = 'committed';
      } catch (error) {
        if (!(error instanceof OutOfStockError)) throw error;
        stockState = 'backordered';
      }
      placement.reinstateDiscount(order.id, at);
      markPaid.run(stockState, at, at, order.id);
    } else if (action === 'failed') {
      if (stockState === 'reserved') stock.release(placement.stockLines(order.id));
      stockState = 'released';
      redemptions.release(order.id);
      markFailed.run(at, order.id);
    }
    return { kind: 'settled', orderId: order.id, action, stockState };
  });
}
