import type { Database, Statement } from 'better-sqlite3';
import type { OrderStatus, PaymentIssue, PaymentStatus } from '../../../sdk/schemas/index.ts';
import { OutOfStockError } from '../../carts/errors.ts';
import { isPaymentIssue, planSettlement } from '../../orders/payment-rules.ts';
import type { Settlement, SettlementAction, SettlementOutcome, StockState } from '../orders.ts';
import type { OrderPlacement } from './order-placement.ts';
import type { ProductPairStatements } from './product-pairs.ts';
import type { RedemptionStatements } from './redemptions.ts';
import type { StockStatements } from './stock.ts';

type OrderState = {
  id: string;
  status: OrderStatus;
  currency: string;
  payment_status: PaymentStatus;
  stock_state: StockState;
  total: number;
  payment_session_id: string | null;
};

/**
 * Gives a just-paid order its invoice number, inside the transaction that marks it paid: the yearly counter
 * moves only when that transaction commits, so the numbers have no gaps, and an order has one number for good.
 */
function invoiceIssuer(sqlite: Database): (orderId: string, at: string) => void {
  const hasInvoice = sqlite.prepare<[string], number>('SELECT 1 FROM invoices WHERE order_id = ?').pluck();
  const nextNumber = sqlite
    .prepare<[string], number>(
      `
      INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
    )
    .pluck();
  const insert = sqlite.prepare<[string, string, string]>(
    'INSERT INTO invoices (order_id, number, issued_at) VALUES (?, ?, ?)',
  );
  return (orderId, at) => {
    if (hasInvoice.get(orderId)) return;
    // The year of the payment, in UTC like every stored time.
    const year = at.slice(0, 4);
    const sequence = nextNumber.get(`invoice_${year}`) as number;
    insert.run(orderId, `INV-${year}-${String(sequence).padStart(6, '0')}`, at);
  };
}

/**
 * Applies a payment result in one transaction: records the webhook event (so it acts once), reads the
 * order, decides with `planSettlement`, and moves status, stock, discount use and the bought-together counts
 * together.
 */
export function settlementTransaction(
  sqlite: Database,
  stock: StockStatements,
  redemptions: RedemptionStatements,
  placement: OrderPlacement,
  pairs: ProductPairStatements,
): (settlement: Settlement) => SettlementOutcome {
  const recordEvent = sqlite.prepare(`
    INSERT INTO webhook_events (id, type, session_id, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`);
  const paymentOrder: Statement<[string], { order_id: string; status: string }> = sqlite.prepare(
    'SELECT order_id, status FROM payments WHERE session_id = ?',
  );
  const orderState: Statement<[string], OrderState> = sqlite.prepare(
    'SELECT id, status, currency, payment_status, stock_state, total, payment_session_id FROM orders WHERE id = ?',
  );
  // What was collected is kept: refunds of this attempt are capped by it.
  const paymentPaid = sqlite.prepare(
    `UPDATE payments SET status = 'paid', amount_received = coalesce(?, amount), updated_at = ? WHERE session_id = ?`,
  );
  const paymentFailed = sqlite.prepare(
    `UPDATE payments SET status = 'failed', updated_at = ? WHERE session_id = ? AND status IN ('open', 'processing')`,
  );
  const paymentProcessing = sqlite.prepare(
    `UPDATE payments SET status = 'processing', updated_at = ? WHERE session_id = ? AND status = 'open'`,
  );
  // The attempt that paid is kept: refunds of the order's money go back to it.
  const markPaid = sqlite.prepare(`
    UPDATE orders SET payment_status = 'paid', stock_state = ?, paid_at = ?, updated_at = ?,
      paid_session_id = coalesce(?, payment_session_id)
    WHERE id = ? AND payment_status IN ('pending', 'failed')`);
  const markFailed = sqlite.prepare(`
    UPDATE orders SET payment_status = 'failed', stock_state = 'released', payment_failed_at = ?, updated_at = ?
    WHERE id = ? AND payment_status = 'pending'`);
  // The first issue is kept: it is the one a person must look at first.
  const flagIssue: Statement<[PaymentIssue, string, string]> = sqlite.prepare(`
    UPDATE orders SET payment_issue = coalesce(payment_issue, ?), updated_at = ? WHERE id = ?`);
  const issueInvoice = invoiceIssuer(sqlite);
  // A savepoint: when the units are gone, only the attempt to take them is undone.
  const takeAgain = sqlite.transaction((orderId: string) => stock.take(placement.stockLines(orderId)));

  return sqlite.transaction((settlement: Settlement): SettlementOutcome => {
    const { at, sessionId } = settlement;
    if (settlement.eventId !== null && sessionId !== null) {
      if (recordEvent.run(settlement.eventId, settlement.eventType, sessionId, at).changes === 0)
        return { kind: 'duplicate_event' };
    }
    const attempt = sessionId !== null ? paymentOrder.get(sessionId) : undefined;
    const orderId = sessionId !== null ? attempt?.order_id : settlement.orderId;
    const order = orderId ? orderState.get(orderId) : undefined;
    if (!order) return { kind: 'unknown_order' };

    let action: SettlementAction = planSettlement(
      {
        paymentStatus: order.payment_status,
        cancelled: order.status === 'cancelled',
        currentAttempt: sessionId === null || order.payment_session_id === sessionId,
        attemptPaid: attempt?.status === 'paid',
        amountMatches: settlement.amount === order.total,
        currencyMatches: settlement.currency?.toUpperCase() === order.currency.toUpperCase(),
      },
      settlement.result,
    );
    // The attempt records what the provider says happened, even when the order cannot take the money.
    if (sessionId !== null) {
      if (settlement.result === 'paid') paymentPaid.run(settlement.amount, at, sessionId);
      else if (settlement.result === 'failed') paymentFailed.run(at, sessionId);
      else paymentProcessing.run(at, sessionId);
    }

    let stockState = order.stock_state;
    if (action === 'paid') {
      if (stockState === 'reserved') stock.commit(placement.stockLines(order.id));
      stockState = 'committed';
      if (markPaid.run(stockState, at, at, sessionId, order.id).changes === 1) {
        issueInvoice(order.id, at);
        pairs.record(order.id);
      }
    } else if (action === 'paid_late') {
      try {
        takeAgain(order.id);
        stockState = 'committed';
        placement.reinstateDiscount(order.id, at);
        if (markPaid.run(stockState, at, at, sessionId, order.id).changes === 1) {
          issueInvoice(order.id, at);
          pairs.record(order.id);
        }
      } catch (error) {
        if (!(error instanceof OutOfStockError)) throw error;
        // The order cannot be fulfilled as paid: it stays failed, and the money is flagged for a refund.
        action = 'paid_after_failure';
      }
    } else if (action === 'failed') {
      if (stockState === 'reserved') stock.release(placement.stockLines(order.id));
      stockState = 'released';
      redemptions.release(order.id);
      markFailed.run(at, at, order.id);
    }
    if (isPaymentIssue(action)) flagIssue.run(action, at, order.id);
    return { kind: 'settled', orderId: order.id, action, stockState };
  });
}
