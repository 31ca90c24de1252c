import type { StickerPriceBreak } from '../data/stickers.ts';

/**
 * The sticker price formula, in integer minor units.
 *
 *   list(q) = q × billable area (in²) × rate of the break at or below q × material × shape × finish
 *
 * where quantities below the smallest break take its rate. Because the rate drops at each break, list()
 * drops there too (99 at the 50-rate can cost more than 100 at the 100-rate), so the price charged is
 *
 *   total(q) = min(list(q), list(b) for every break b above q)
 *
 * — never more than a larger quantity would cost — which makes the total never fall as the quantity
 * grows. Each list price is computed exactly (BigInt) and rounded once, half up, to the minor unit.
 */

/** 645.16 mm² in a square inch, times 100 so that it is an integer. */
const MM2_PER_SQ_IN_X100 = 64_516n;
const BP = 10_000n;
const MILLI = 1_000n;

export const MM_PER_INCH = 25.4;

export type StickerPriceInput = {
  /** Billable area in whole square millimetres (see `billableAreaMm2`). */
  areaMm2: number;
  /** Material, shape and finish factors, in basis points. */
  factorsBp: number[];
  /** Ascending, not empty. */
  breaks: readonly StickerPriceBreak[];
};

/** The area charged for: width × height rounded half up to a whole mm², and at least the shop's minimum. */
export function billableAreaMm2(widthMm: number, heightMm: number, minimumMm2: number): number {
  return Math.max(Math.floor(widthMm * heightMm + 0.5), minimumMm2);
}

/** The break whose rate prices `quantity`: the largest at or below it, or the smallest for fewer. */
export function breakFor(breaks: readonly StickerPriceBreak[], quantity: number): StickerPriceBreak {
  let chosen = breaks[0];
  if (!chosen) throw new RangeError('The sticker price table has no breaks.');
  for (const candidate of breaks) if (candidate.quantity <= quantity) chosen = candidate;
  return chosen;
}

/** quantity × area × rate × factors, exactly, rounded half up once. */
export function listTotal(input: StickerPriceInput, quantity: number, rateMilli: number): number {
  let numerator = BigInt(quantity) * BigInt(input.areaMm2) * BigInt(rateMilli) * 100n;
  let denominator = MILLI * MM2_PER_SQ_IN_X100;
  for (const factor of input.factorsBp) {
    numerator *= BigInt(factor);
    denominator *= BP;
  }
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

/** What `quantity` stickers cost: the list price, capped by the list price of every larger break. */
export function stickerTotal(input: StickerPriceInput, quantity: number): number {
  let total = listTotal(input, quantity, breakFor(input.breaks, quantity).rateMilli);
  for (const { quantity: breakQuantity, rateMilli } of input.breaks) {
    if (breakQuantity > quantity) total = Math.min(total, listTotal(input, breakQuantity, rateMilli));
  }
  return total;
}

/** What `quantity` would cost at the smallest break's rate: the "compare at" figure of a quote. */
export function smallestTierTotal(input: StickerPriceInput, quantity: number): number {
  return listTotal(input, quantity, breakFor(input.breaks, 0).rateMilli);
}

/** total ÷ quantity rounded half up, for display: the total is what is charged. */
export function unitPrice(total: number, quantity: number): number {
  return Math.floor((total * 2 + quantity) / (quantity * 2));
}
