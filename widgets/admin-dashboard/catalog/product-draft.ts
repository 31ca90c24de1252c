import type { AdminProduct, CreateProductBody, ProductStatus, VariantInput } from '../../../sdk/admin/index.ts';

/**
 * The product form's contents as typed, kept apart from the product read so that a refused save (a field error, a
 * 409 `version_conflict`) leaves everything the store owner wrote where it was. Prices are typed in major units.
 */
export type VariantDraft = {
  /** Stable across edits, for the rows' keys and labels' ids. */
  key: string;
  /** Set on a variant the server has; a new row has none. */
  id?: string;
  title: string;
  sku: string;
  price: string;
  compareAt: string;
  /** Units on hand of a new variant; an existing one's stock moves through the stock screen. */
  initialStock: string;
  options: Record<string, string>;
};

export type ProductDraft = {
  title: string;
  handle: string;
  description: string;
  categoryId: string;
  /** Comma-separated. */
  tags: string;
  status: ProductStatus;
  optionNames: string[];
  variants: VariantDraft[];
};

let keys = 0;
const nextKey = () => `v${++keys}`;

/** How many minor units a major unit of `currency` has (100 for USD, 1 for JPY). */
export function minorUnitsPer(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  return 10 ** (digits ?? 2);
}

const toMajor = (amount: number, currency: string) => String(amount / minorUnitsPer(currency));

/** Typed major units to minor units; what is not a number goes as NaN (null in JSON) for the server to name. */
function toMinor(typed: string, currency: string): number {
  const value = typed.trim() === '' ? Number.NaN : Number(typed.trim());
  return Math.round(value * minorUnitsPer(currency));
}

export function blankVariant(optionNames: readonly string[]): VariantDraft {
  return {
    key: nextKey(),
    title: '',
    sku: '',
    price: '',
    compareAt: '',
    initialStock: '0',
    options: Object.fromEntries(optionNames.map((name) => [name, ''])),
  };
}

export function blankDraft(categoryId: string): ProductDraft {
  return {
    title: '',
    handle: '',
    description: '',
    categoryId,
    tags: '',
    status: 'draft',
    optionNames: [],
    variants: [blankVariant([])],
  };
}

export function draftOf(product: AdminProduct): ProductDraft {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    categoryId: product.category.id,
    tags: product.tags.join(', '),
    status: product.status,
    optionNames: product.options.map((option) => option.name),
    variants: product.variants.map((variant) => ({
      key: nextKey(),
      id: variant.id,
      title: variant.title,
      sku: variant.sku,
      price: toMajor(variant.price.amount, variant.price.currency),
      compareAt: variant.compareAtPrice ? toMajor(variant.compareAtPrice.amount, variant.compareAtPrice.currency) : '',
      initialStock: '',
      options: { ...variant.options },
    })),
  };
}

function variantInput(variant: VariantDraft, optionNames: readonly string[], currency: string): VariantInput {
  const options = Object.fromEntries(optionNames.map((name) => [name, (variant.options[name] ?? '').trim()]));
  const common = {
    sku: variant.sku,
    title: variant.title,
    options,
    price: toMinor(variant.price, currency),
    compareAtPrice: variant.compareAt.trim() === '' ? null : toMinor(variant.compareAt, currency),
  };
  return variant.id
    ? { id: variant.id, ...common }
    : { ...common, initialStock: Number(variant.initialStock.trim() || '0') };
}

/** The product's options: each name with the values its variants use, in the order they first appear. */
function optionsOf(draft: ProductDraft): { name: string; values: string[] }[] {
  return draft.optionNames.map((name) => ({
    name,
    values: [...new Set(draft.variants.map((variant) => (variant.options[name] ?? '').trim()))].filter(Boolean),
  }));
}

/** The body of a create or, with the product's `version`, of an edit: every field, as the form holds it. */
export function productBody(draft: ProductDraft, currency: string): CreateProductBody {
  const handle = draft.handle.trim();
  return {
    title: draft.title,
    ...(handle ? { handle } : {}),
    description: draft.description,
    categoryId: draft.categoryId,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    status: draft.status,
    options: optionsOf(draft),
    variants: draft.variants.map((variant) => variantInput(variant, draft.optionNames, currency)),
  };
}
