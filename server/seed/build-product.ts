import { buildGallery, planShots } from './gallery.ts';
import type { SeedProduct, SeedVariant } from './types.ts';

/** Extra price/weight for a particular option value, e.g. XL costs more and 15oz mugs weigh more. */
export type ValueAdjustment = { price?: number; grams?: number };

export type ProductSpec = {
  handle: string;
  title: string;
  categoryHandle: string;
  kind?: SeedProduct['kind'];
  description: string;
  tags: string[];
  addedDaysAgo: number;
  /** SKU prefix; each variant appends its option value codes. */
  sku: string;
  /** Option name to values, in display order. Omit for a single-variant product. */
  options?: Record<string, string[]>;
  price: number;
  compareAtPrice?: number;
  weightGrams: number;
  adjust?: Record<string, ValueAdjustment>;
  /** One number for every variant, or one per option combination in cartesian order (first option outermost). */
  stock: number | number[];
  imageCount: number;
};

/** Turns an option value into a SKU fragment: "Heather Grey" → "HEATHER-GREY", "50x70cm" → "50X70CM". */
export function skuCode(value: string): string {
  return value
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function combinations(options: readonly { name: string; values: string[] }[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (combos, option) => combos.flatMap((combo) => option.values.map((value) => ({ ...combo, [option.name]: value }))),
    [{}],
  );
}

/** Expands a compact spec into a SeedProduct with one variant per option combination. */
export function buildProduct(spec: ProductSpec): SeedProduct {
  const options = Object.entries(spec.options ?? {}).map(([name, values]) => ({ name, values }));
  const colours = spec.options?.['Colour'] ?? [];
  const shots = planShots(spec.imageCount, colours);
  const combos = combinations(options);
  if (Array.isArray(spec.stock) && spec.stock.length !== combos.length) {
    throw new Error(`${spec.handle}: ${spec.stock.length} stock entries for ${combos.length} variants`);
  }
  const variants = combos.map((combo, i): SeedVariant => {
    const values = Object.values(combo);
    const extraPrice = values.reduce((sum, value) => sum + (spec.adjust?.[value]?.price ?? 0), 0);
    const extraGrams = values.reduce((sum, value) => sum + (spec.adjust?.[value]?.grams ?? 0), 0);
    const variant: SeedVariant = {
      sku: [spec.sku, ...values.map(skuCode)].join('-'),
      options: combo,
      price: spec.price + extraPrice,
      stock: Array.isArray(spec.stock) ? (spec.stock[i] ?? 0) : spec.stock,
      weightGrams: spec.weightGrams + extraGrams,
    };
    if (spec.compareAtPrice !== undefined) variant.compareAtPrice = spec.compareAtPrice + extraPrice;
    const shot = shots.findIndex((planned) => planned.view === 'front' && planned.colour === combo['Colour']);
    if (shot >= 0) variant.imageIndex = shot;
    return variant;
  });
  return {
    handle: spec.handle,
    title: spec.title,
    categoryHandle: spec.categoryHandle,
    kind: spec.kind ?? 'standard',
    description: spec.description,
    tags: spec.tags,
    options,
    variants,
    images: buildGallery(spec.handle, spec.title, spec.imageCount, colours),
    addedDaysAgo: spec.addedDaysAgo,
  };
}
