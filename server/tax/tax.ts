import type { TaxRate } from '../data/rules.ts';
import { mulDivHalfUp } from '../pricing/rounding.ts';

/**
 * Tax on an order, computed once on its taxable total (not per line) and rounded half up.
 *
 * The store prices in one currency for every destination. A rate is either exclusive (US sales tax:
 * added on top of the prices) or inclusive (VAT: the prices shown already contain it, so the tax is the
 * part of them that belongs to the state and the total does not grow). Shipping is taxed where the
 * rate says so (`appliesToShipping`), as VAT and some US states do; a discount lowers the taxable amount.
 */
export type TaxableAmounts = {
  /** Merchandise after the discount. */
  merchandise: number;
  /** Shipping as charged, after a free-shipping code. */
  shipping: number;
};

export type TaxResult = { amount: number; included: boolean };

const PPM = 1_000_000;

export function computeTax(rate: TaxRate | null, taxable: TaxableAmounts): TaxResult {
  if (!rate || rate.ratePpm === 0) return { amount: 0, included: rate?.inclusive ?? false };
  const base = taxable.merchandise + (rate.appliesToShipping ? taxable.shipping : 0);
  // Inclusive: base = net × (1 + r), so the tax inside it is base × r / (1 + r).
  const amount = rate.inclusive
    ? mulDivHalfUp(base, rate.ratePpm, PPM + rate.ratePpm)
    : mulDivHalfUp(base, rate.ratePpm, PPM);
  return { amount, included: rate.inclusive };
}
