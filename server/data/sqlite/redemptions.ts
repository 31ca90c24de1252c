import type { Database, Statement } from 'better-sqlite3';
import { DiscountNotApplicableError, DiscountUsedUpError } from '../../discounts/errors.ts';

export type Redemption = { orderId: string; codeId: string; code: string; customer: string | null; at: string };

/**
 * Discount code usage, counted with a conditional update (`times_used < usage_limit`) and recorded per
 * order; a unique index on (code, customer) refuses a second use of a once-per-customer code. Call
 * inside a transaction: a refusal throws and rolls the rest back.
 */
export class RedemptionStatements {
  readonly #count: Statement<[string]>;
  readonly #countUnlimited: Statement<[string]>;
  readonly #record: Statement<[string, string, string | null, string]>;
  readonly #remove: Statement<[string], { discount_code_id: string }>;
  readonly #uncount: Statement<[string]>;

  constructor(sqlite: Database) {
    this.#count = sqlite.prepare(
      'UPDATE discount_codes SET times_used = times_used + 1 WHERE id = ? AND (usage_limit IS NULL OR times_used < usage_limit)',
    );
    this.#countUnlimited = sqlite.prepare('UPDATE discount_codes SET times_used = times_used + 1 WHERE id = ?');
    this.#record = sqlite.prepare(`
      INSERT INTO discount_redemptions (order_id, discount_code_id, customer, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT DO NOTHING`);
    this.#remove = sqlite.prepare('DELETE FROM discount_redemptions WHERE order_id = ? RETURNING discount_code_id');
    this.#uncount = sqlite.prepare('UPDATE discount_codes SET times_used = max(times_used - 1, 0) WHERE id = ?');
  }

  /** Uses the code for an order within its limits; throws the discount error that says why not. */
  redeem(redemption: Redemption): void {
    if (this.#count.run(redemption.codeId).changes === 0) throw new DiscountUsedUpError(redemption.code);
    if (this.#record.run(redemption.orderId, redemption.codeId, redemption.customer, redemption.at).changes === 0) {
      throw new DiscountNotApplicableError(`The code ${redemption.code} can be used once per customer.`, {
        code: redemption.code,
        reason: 'already_used',
      });
    }
  }

  /**
   * Records a use the shop already honoured (the order was paid after its redemption was released), even
   * past the limit: the shopper paid the discounted price.
   */
  reinstate(redemption: Redemption): void {
    if (this.#record.run(redemption.orderId, redemption.codeId, redemption.customer, redemption.at).changes > 0) {
      this.#countUnlimited.run(redemption.codeId);
    }
  }

  /** Gives the order's use of a code back, if it had one. */
  release(orderId: string): void {
    const removed = this.#remove.get(orderId);
    if (removed) this.#uncount.run(removed.discount_code_id);
  }
}
