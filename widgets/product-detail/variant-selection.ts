import type { Product, Variant } from '../../sdk/index.ts';

/** Option name to chosen value, e.g. `{ Size: "M", Colour: "Navy" }`. */
export type Selection = Record<string, string>;

/** How a value looks in the picker given the other chosen options. */
export type ValueState = 'available' | 'sold_out' | 'unavailable';

function matches(variant: Variant, selection: Selection, except?: string): boolean {
  return Object.entries(selection).every(([name, value]) => name === except || variant.options[name] === value);
}

/** The first variant a shopper can buy, else the first one. */
export function defaultVariant(product: Product): Variant | undefined {
  return product.variants.find((variant) => variant.stock.state !== 'sold_out') ?? product.variants[0];
}

export function findVariant(product: Product, selection: Selection): Variant | undefined {
  return product.variants.find((variant) => matches(variant, selection));
}

/**
 * Whether picking `value` for `name`, keeping the other choices, leads to a variant that exists
 * and has stock. A combination no variant has is "unavailable"; one at zero stock is "sold_out".
 */
export function valueState(product: Product, selection: Selection, name: string, value: string): ValueState {
  const candidates = product.variants.filter(
    (variant) => variant.options[name] === value && matches(variant, selection, name),
  );
  if (candidates.length === 0) return 'unavailable';
  return candidates.some((variant) => variant.stock.state !== 'sold_out') ? 'available' : 'sold_out';
}

/**
 * The variant after the shopper picks `value` for `name`. When that combination does not exist,
 * the other options move to the variant that keeps most of them, preferring one in stock.
 */
export function selectValue(product: Product, selection: Selection, name: string, value: string): Variant | undefined {
  const exact = findVariant(product, { ...selection, [name]: value });
  if (exact) return exact;
  const score = (variant: Variant) =>
    Object.entries(selection).filter(([other, chosen]) => other !== name && variant.options[other] === chosen).length *
      2 +
    (variant.stock.state === 'sold_out' ? 0 : 1);
  let best: Variant | undefined;
  for (const variant of product.variants) {
    if (variant.options[name] === value && (!best || score(variant) > score(best))) best = variant;
  }
  return best;
}
