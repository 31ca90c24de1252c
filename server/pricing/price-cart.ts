import type { CartLineRecord } from '../data/carts.ts';
import type { DiscountCode, RulesRepository } from '../data/rules.ts';
import { customerKey } from '../discounts/customer-key.ts';
import { DiscountNotApplicableError } from '../discounts/errors.ts';
import { discountProblem, merchandiseDiscount } from '../discounts/evaluate.ts';
import type { ApiError } from '../errors.ts';
import { quoteShipping, type ShippingQuote } from '../shipping/quote.ts';
import { computeTax } from '../tax/tax.ts';

export type Destination = { country: string; region: string | null };

export type PricingInput = {
  lines: CartLineRecord[];
  currency: string;
  /** Null until the shopper names a country; then no shipping or tax is known. */
  destination: Destination | null;
  shippingMethodId: string | null;
  discountCodeId: string | null;
  /** At checkout: the shopper's email, for once-per-customer codes. */
  email?: string;
  now: Date;
};

export type PricedLine = CartLineRecord & { total: number };

export type PricedDiscount = {
  code: DiscountCode;
  /** Who uses a once-per-customer code (from the email, see `customerKey`); null for other codes or without an email. */
  customer: string | null;
  /** Why it takes nothing off now (expired, used up, minimum not met…), or null when it applies. */
  problem: ApiError | null;
  merchandise: number;
  shipping: number;
  /** merchandise + shipping: the figure shown as the discount. */
  amount: number;
};

export type PricedCart = {
  lines: PricedLine[];
  subtotal: number;
  discount: PricedDiscount | null;
  /** Every method offered for the destination and parcel; empty without a destination or lines. */
  shippingOptions: ShippingQuote[];
  /** The requested method when offered, else the first option; null when nothing can be shipped. */
  shipping: ShippingQuote | null;
  /** A method was asked for that is not offered here. */
  shippingMethodUnavailable: boolean;
  /** `unknown`: the destination does not settle the tax yet (no country, or no region where rates differ by region). */
  tax: { amount: number; included: boolean; unknown: boolean };
  total: number;
};

/** Region codes are compared in capitals, the way the tax rates store them. */
const regionKey = (region: string | null) => region?.trim().toUpperCase() || null;

async function priceDiscount(
  rules: RulesRepository,
  input: PricingInput,
  subtotal: number,
): Promise<Omit<PricedDiscount, 'shipping' | 'amount'> | null> {
  if (!input.discountCodeId) return null;
  const code = await rules.discountById(input.discountCodeId);
  if (!code) return null;
  const customer = code.oncePerCustomer && input.email ? customerKey(input.email) : null;
  let problem = discountProblem(code, { subtotal, currency: input.currency, now: input.now });
  if (!problem && customer && (await rules.hasRedeemed(code.id, customer))) {
    problem = new DiscountNotApplicableError(`The code ${code.code} can be used once per customer.`, {
      code: code.code,
      reason: 'already_used',
    });
  }
  return { code, customer, problem, merchandise: problem ? 0 : merchandiseDiscount(code, subtotal) };
}

/**
 * Prices a cart from the catalog and the shop's rules; nothing a client sent is taken as a price.
 * Order of work: line totals and subtotal; the code's merchandise discount; shipping for the parcel
 * (bands and free-above thresholds see the discounted subtotal); a free-shipping code; tax on what is
 * charged; the total. All integer minor units, each fraction rounded once, half up.
 */
export async function priceCart(rules: RulesRepository, input: PricingInput): Promise<PricedCart> {
  const lines = input.lines.map((line) => ({ ...line, total: line.lineTotal ?? line.unitPrice * line.quantity }));
  const subtotal = lines.reduce((sum, line) => sum + line.total, 0);
  const discount = await priceDiscount(rules, input, subtotal);
  const merchandise = subtotal - (discount?.merchandise ?? 0);

  const { destination } = input;
  let shippingOptions: ShippingQuote[] = [];
  if (destination && lines.length > 0) {
    const weightGrams = lines.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0);
    shippingOptions = quoteShipping(await rules.shippingMethods(destination.country), {
      subtotal: merchandise,
      weightGrams,
    });
  }
  const requested = input.shippingMethodId
    ? shippingOptions.find((quote) => quote.method.id === input.shippingMethodId)
    : undefined;
  const shipping = requested ?? shippingOptions[0] ?? null;
  const shippingPrice = shipping?.price ?? 0;
  const shippingDiscount = discount && !discount.problem && discount.code.kind === 'free_shipping' ? shippingPrice : 0;

  const region = destination && regionKey(destination.region);
  const rate = destination ? await rules.taxRate(destination.country, region) : null;
  const tax = computeTax(rate, { merchandise, shipping: shippingPrice - shippingDiscount });
  const taxUnknown = !destination || (!region && (await rules.hasRegionalTaxRates(destination.country)));
  const discountTotal = (discount?.merchandise ?? 0) + shippingDiscount;
  return {
    lines,
    subtotal,
    discount: discount ? { ...discount, shipping: shippingDiscount, amount: discountTotal } : null,
    shippingOptions,
    shipping,
    shippingMethodUnavailable: input.shippingMethodId !== null && !requested,
    tax: { ...tax, unknown: taxUnknown },
    total: subtotal - discountTotal + shippingPrice + (tax.included ? 0 : tax.amount),
  };
}
