import type { Money, Product, ProductImage, ProductKind, ProductSummary, Variant } from '../../../sdk/schemas/index.ts';
import { stockState } from '../catalog.ts';
import type { ListRow } from './product-list-sql.ts';

/** Raw rows as SQLite returns them, and their mapping to wire shapes. */

export type SummaryRow = Omit<ListRow, 'sort_key'>;
export type DetailRow = SummaryRow & { description: string; tags: string; options: string };

export type VariantRow = {
  id: string;
  sku: string;
  title: string;
  options: string;
  price: number;
  compare_at_price: number | null;
  available: number;
  image_index: number | null;
};

export type ImageRow = { url: string; alt: string; width: number; height: number };

export function money(amount: number, currency: string): Money {
  return { amount, currency };
}

function compareAt(compareAtPrice: number | null, price: number, currency: string): Money | null {
  // A "was" price only means something when it is higher than the price.
  return compareAtPrice !== null && compareAtPrice > price ? money(compareAtPrice, currency) : null;
}

function firstImage(row: SummaryRow): ProductImage | null {
  if (row.image_url === null) return null;
  return { url: row.image_url, alt: row.image_alt ?? '', width: row.image_width ?? 0, height: row.image_height ?? 0 };
}

/** The average of `count` ratings adding up to `total`, to two decimals; null without any. */
export function averageRating(total: number, count: number): number | null {
  return count > 0 ? Math.round((total / count) * 100) / 100 : null;
}

export function toSummary(row: SummaryRow, currency: string): ProductSummary {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    kind: row.kind as ProductKind,
    category: { id: row.category_id, handle: row.category_handle, name: row.category_name },
    price: money(row.price_min, currency),
    priceMax: money(row.price_max, currency),
    compareAtPrice: compareAt(row.compare_at, row.price_min, currency),
    image: firstImage(row),
    stockState: stockState(row.available),
    createdAt: row.created_at,
    rating: averageRating(row.rating_total, row.review_count),
    reviewCount: row.review_count,
  };
}

export function toVariant(row: VariantRow, currency: string): Variant {
  const available = Math.max(0, row.available);
  return {
    id: row.id,
    sku: row.sku,
    title: row.title,
    options: JSON.parse(row.options) as Record<string, string>,
    price: money(row.price, currency),
    compareAtPrice: compareAt(row.compare_at_price, row.price, currency),
    stock: { state: stockState(available), available },
    imageIndex: row.image_index,
  };
}

export function toProduct(row: DetailRow, variants: VariantRow[], images: ImageRow[], currency: string): Product {
  return {
    ...toSummary(row, currency),
    description: row.description,
    tags: JSON.parse(row.tags) as string[],
    images: images.map((image) => ({ ...image })),
    options: JSON.parse(row.options) as Product['options'],
    variants: variants.map((variant) => toVariant(variant, currency)),
  };
}
