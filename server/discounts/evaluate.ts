import type { DiscountCode } from '../data/rules.ts';
import { formatMoney } from '../email/format.ts';
import type { ApiError } from '../errors.ts';
import { mulDivHalfUp } from '../pricing/rounding.ts';
import { DiscountExpiredError, DiscountNotApplicableError, DiscountUsedUpError } from './errors.ts';

/**
 * The rules of a discount code, as pure functions of the code and the cart.
 *
 * - percentage: basis points of the merchandise subtotal, rounded half up;
 * - fixed_amount: off the merchandise subtotal, never more than it;
 * - free_shipping: the price of the chosen shipping method (taken off as a discount, so totals add up).
 * A code applies from `startsAt` (inclusive) until `endsAt` (exclusive), once the merchandise subtotal
 * reaches `minSubtotal`, while `timesUsed < usageLimit`. Once-per-customer is checked by email at
 * checkout, where the email is known.
 */

export type DiscountContext = { subtotal: number; currency: string; now: Date };

/** Why the code cannot be used on this cart now, or null when it can. */
export function discountProblem(code: DiscountCode, context: DiscountContext): ApiError | null {
  const now = context.now.toISOString();
  if (!code.active || (code.endsAt !== null && now >= code.endsAt)) return new DiscountExpiredError(code.code);
  if (code.startsAt !== null && now < code.startsAt) {
    return new DiscountNotApplicableError(`The code ${code.code} is not active yet.`, {
      code: code.code,
      reason: 'not_started',
    });
  }
  if (code.usageLimit !== null && code.timesUsed >= code.usageLimit) return new DiscountUsedUpError(code.code);
  if (context.subtotal < code.minSubtotal) {
    const minimum = formatMoney({ amount: code.minSubtotal, currency: context.currency }, 'en-US');
    return new DiscountNotApplicableError(`The code ${code.code} needs a subtotal of at least ${minimum}.`, {
      code: code.code,
      reason: 'min_subtotal',
      minSubtotal: { amount: code.minSubtotal, currency: context.currency },
    });
  }
  return null;
}

/** What the code takes off the merchandise; free shipping takes nothing off it. */
export function merchandiseDiscount(code: DiscountCode, subtotal: number): number {
  switch (code.kind) {
    case 'percentage':
      return mulDivHalfUp(subtotal, code.value, 10_000);
    case 'fixed_amount':
      return Math.min(code.value, subtotal);
    case 'free_shipping':
      return 0;
  }
}

/** The shop's own wording, or one made from the rules: "10% off orders of $20.00 or more". */
export function describeDiscount(code: DiscountCode, currency: string): string {
  if (code.description) return code.description;
  const money = (amount: number) => formatMoney({ amount, currency }, 'en-US');
  const what =
    code.kind === 'percentage'
      ? `${code.value / 100}% off`
      : code.kind === 'fixed_amount'
        ? `${money(code.value)} off`
        : 'Free shipping';
  return code.minSubtotal > 0 ? `${what} on orders of ${money(code.minSubtotal)} or more` : what;
}
