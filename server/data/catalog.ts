import type {
  Category,
  Product,
  ProductKind,
  ProductList,
  ProductListQuery,
  StockState,
} from '../../sdk/schemas/index.ts';

/** A category to create. */
export type NewCategory = { handle: string; name: string; description: string };

export type NewVariant = {
  sku: string;
  title: string;
  options: Record<string, string>;
  /** Minor units. */
  price: number;
  compareAtPrice: number | null;
  stocked: number;
  weightGrams: number;
  /** Index in the product's `images` of the picture showing this variant; none by default. */
  imageIndex?: number | null;
};

export type NewImage = { url: string; alt: string; width: number; height: number };

/** A product to create, with its variants and images in display order. */
export type NewProduct = {
  handle: string;
  title: string;
  /** A category created in the same call or already stored. */
  categoryHandle: string;
  kind: ProductKind;
  description: string;
  tags: string[];
  options: { name: string; values: string[] }[];
  variants: NewVariant[];
  images: NewImage[];
  /** ISO 8601 UTC timestamp. */
  createdAt: string;
};

export type NewCatalog = { categories: NewCategory[]; products: NewProduct[] };

/**
 * Every catalog query, behind one async interface so a PostgreSQL implementation can stand beside the
 * SQLite one without routes or services changing. Reads answer in wire shapes; writes bump `version`.
 */
export interface CatalogRepository {
  /** Bumped by every catalog write made through this repository; response caches compare it. */
  readonly version: number;
  /** One page of products. Throws `InvalidCursorError` when `query.cursor` does not belong to this query. */
  listProducts(query: ProductListQuery): Promise<ProductList>;
  /** A product by id (`prod_…`) or URL handle, or null. */
  getProduct(idOrHandle: string): Promise<Product | null>;
  /** Every category with the number of products in it, in display order. */
  listCategories(): Promise<Category[]>;
  /** Creates categories and products in one transaction: all of them or none. */
  insertCatalog(catalog: NewCatalog): Promise<void>;
  countProducts(): Promise<number>;
}

/** Units at or below this count (and above zero) show as low stock. */
export const LOW_STOCK_THRESHOLD = 5;

/** The shopper-facing state of a number of available units. */
export function stockState(available: number): StockState {
  if (available <= 0) return 'sold_out';
  return available <= LOW_STOCK_THRESHOLD ? 'low_stock' : 'in_stock';
}
