import type { Database, Statement } from 'better-sqlite3';
import type { DueReviewRequest } from '../reviews.ts';

const PAID = `('paid', 'partially_refunded')`;

type DueRow = { id: string; email: string; ready_at: string };

/**
 * The bookkeeping of review-request emails: which paid orders are due, and a claim before each send. An order is
 * ready to review when its last live shipment is delivered and nothing of it is still to ship or on its way; in a
 * shop that has never recorded a shipment, at payment.
 */
export class ReviewRequestStatements {
  readonly #due: Statement<[{ from: string; to: string; staleBefore: string; limit: number }], DueRow>;
  readonly #claim: Statement<[{ orderId: string; at: string; staleBefore: string }]>;
  readonly #sent: Statement<[string, string]>;

  constructor(sqlite: Database) {
    // Orders that became ready in the window, never sent, and not claimed by a sender that may still be at it.
    this.#due = sqlite.prepare(`
      SELECT d.id, d.email, d.ready_at FROM (
        SELECT o.id, o.email, o.paid_at AS ready_at FROM orders o
        WHERE o.payment_status IN ${PAID} AND o.paid_at >= @from AND o.paid_at < @to
          AND NOT EXISTS (SELECT 1 FROM shipments)
        UNION ALL
        SELECT o.id, o.email, s.delivered_at AS ready_at FROM shipments s JOIN orders o ON o.id = s.order_id
        WHERE s.cancelled_at IS NULL AND s.delivered_at >= @from AND s.delivered_at < @to
          AND o.payment_status IN ${PAID} AND o.fulfillment_status NOT IN ('unfulfilled', 'partially_shipped')
          AND NOT EXISTS (
            SELECT 1 FROM shipments t WHERE t.order_id = o.id AND t.cancelled_at IS NULL AND t.id <> s.id
              AND (t.delivered_at IS NULL OR (t.delivered_at, t.id) > (s.delivered_at, s.id)))
      ) d LEFT JOIN review_requests q ON q.order_id = d.id
      WHERE q.order_id IS NULL OR (q.sent_at IS NULL AND q.claimed_at < @staleBefore)
      ORDER BY d.ready_at, d.id LIMIT @limit`);
    this.#claim = sqlite.prepare(`
      INSERT INTO review_requests (order_id, claimed_at, sent_at) VALUES (@orderId, @at, NULL)
      ON CONFLICT (order_id) DO UPDATE SET claimed_at = @at
      WHERE review_requests.sent_at IS NULL AND review_requests.claimed_at < @staleBefore`);
    this.#sent = sqlite.prepare('UPDATE review_requests SET sent_at = ? WHERE order_id = ?');
  }

  due(from: string, to: string, staleBefore: string, limit: number): DueReviewRequest[] {
    return this.#due
      .all({ from, to, staleBefore, limit })
      .map((row) => ({ orderId: row.id, email: row.email, readyAt: row.ready_at }));
  }

  claim(orderId: string, at: string, staleBefore: string): boolean {
    return this.#claim.run({ orderId, at, staleBefore }).changes > 0;
  }

  sent(orderId: string, at: string): void {
    this.#sent.run(at, orderId);
  }
}
