import type { ShippingMethod } from '../data/rules.ts';

/** A method offered for a parcel, at its price for that parcel. */
export type ShippingQuote = { method: ShippingMethod; price: number };

/** What a parcel is measured by: its discounted merchandise subtotal (minor units) and its weight (grams). */
export type Parcel = { subtotal: number; weightGrams: number };

/**
 * Prices each method for a parcel from its bands (`from` inclusive, `to` exclusive), by subtotal or
 * weight as the method says. A method with a free-above threshold costs nothing once the subtotal
 * reaches it. A method with no band for the parcel (too heavy, say) is not offered.
 */
export function quoteShipping(methods: readonly ShippingMethod[], parcel: Parcel): ShippingQuote[] {
  const quotes: ShippingQuote[] = [];
  for (const method of methods) {
    const measure = method.basis === 'weight' ? parcel.weightGrams : parcel.subtotal;
    const band = method.rates.find((rate) => measure >= rate.from && (rate.to === null || measure < rate.to));
    if (!band) continue;
    const free = method.freeAbove !== null && parcel.subtotal >= method.freeAbove;
    quotes.push({ method, price: free ? 0 : band.price });
  }
  return quotes;
}
