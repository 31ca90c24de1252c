import type { Database, Statement } from 'better-sqlite3';
import type { DueReviewRequest } from '../reviews.ts';

type DueRow = { id: string; email: string; paid_at: string };

/** The bookkeeping of review-request emails: which paid orders are due, and a claim before each send. */
export class ReviewRequestStatements {
  readonly #due: Statement<[{ from: string; to: string; staleBefore: string; limit: number }], DueRow>;
  readonly #claim: Statement<[{ orderId: string; at: string; staleBefore: string }]>;
  readonly #sent: Statement<[string, string]>;

  constructor(sqlite: Database) {
    // Orders paid in the window, never sent, and not claimed by a sender that may still be at it.
    this.#due = sqlite.prepare(`
      SELECT o.id, o.email, o.paid_at FROM orders o LEFT JOIN review_requests q ON q.order_id = o.id
      WHERE o.payment_status IN ('paid', 'partially_refunded') AND o.paid_at >= @from AND o.paid_at < @to
        AND (q.order_id IS NULL OR (q.sent_at IS NULL AND q.claimed_at < @staleBefore))
      ORDER BY o.paid_at, o.id LIMIT @limit`);
    this.#claim = sqlite.prepare(`
      INSERT INTO review_requests (order_id, claimed_at, sent_at) VALUES (@orderId, @at, NULL)
      ON CONFLICT (order_id) DO UPDATE SET claimed_at = @at
      WHERE review_requests.sent_at IS NULL AND review_requests.claimed_at < @staleBefore`);
    this.#sent = sqlite.prepare('UPDATE review_requests SET sent_at = ? WHERE order_id = ?');
  }

  due(from: string, to: string, staleBefore: string, limit: number): DueReviewRequest[] {
    return this.#due.all({ from, to, staleBefore, limit }).map((row) => ({ orderId: row.id, email: row.email, paidAt: row.paid_at }));
  }

  claim(orderId: string, at: string, staleBefore: string): boolean {
    return this.#claim.run({ orderId, at, staleBefore }).changes > 0;
  }

  sent(orderId: string, at: string): void {
    this.#sent.run(at, orderId);
  }
}
