import type {
  AdminCategory,
  AdminProduct,
  DeleteProductResult,
  LowStockItem,
  ProductOption,
  ProductStatus,
  StockChangeResult,
  StockMovement,
  StockReason,
} from '../../sdk/schemas/index.ts';
import type { AuditActor } from './audit.ts';
import type { Keyset } from './cursor.ts';

/** Who made a change and when: every admin write is recorded in the audit log inside its own transaction. */
export type WriteContext = { actor: AuditActor; now: string };

/** A variant as it is to be stored: with `id`, an existing one of the product is changed; without, one is added. */
export type VariantWrite = {
  id?: string;
  sku: string;
  title: string;
  options: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  weightGrams: number;
  lowStockThreshold: number;
  imageIndex: number | null;
  /** Units on hand of an added variant. */
  initialStock: number;
};

export type ImageWrite = { url: string; alt: string; width: number; height: number };

export type ProductFields = {
  handle: string;
  title: string;
  description: string;
  categoryId: string;
  tags: string[];
  status: ProductStatus;
  options: ProductOption[];
};

export type NewAdminProduct = ProductFields & {
  variants: VariantWrite[];
  /** The handle was made from the title: when taken, the first free `handle-2`, `handle-3`… is used instead. */
  handleIsDerived: boolean;
};

/** The fields to replace; `variants` and `images` are whole new lists. */
export type ProductChange = Partial<ProductFields> & { variants?: VariantWrite[]; images?: ImageWrite[] };

/** A stock change by hand: a relative one, or a counted quantity set from the stock version read. */
export type StockChange = ({ delta: number } | { count: number; version: number }) & {
  reason: StockReason;
  note: string;
};

export type AdminProductFilter = { status: ProductStatus | null; search: string | null };

export type CategoryFields = { handle: string; name: string; description: string };

/**
 * The catalog as the store owner edits it. Every write checks the version it was made from (a stale one throws
 * `VersionConflictError` and changes nothing), writes its audit entry in the same transaction, and bumps the
 * catalog version so cached public pages are dropped at once.
 */
export interface CatalogAdminRepository {
  /** Products of every status, newest first, after `after` (created at, id). */
  listProducts(filter: AdminProductFilter, after: Keyset | null, limit: number): Promise<AdminProduct[]>;
  findProduct(productId: string): Promise<AdminProduct | null>;
  createProduct(product: NewAdminProduct, context: WriteContext): Promise<AdminProduct>;
  updateProduct(
    productId: string,
    version: number,
    change: ProductChange,
    context: WriteContext,
  ): Promise<AdminProduct>;
  /** Deletes the product, or archives it when any order bought it. */
  deleteProduct(productId: string, version: number, context: WriteContext): Promise<DeleteProductResult>;
  /** A variant's stock, changed by one conditional update: never below zero units on hand. */
  changeStock(variantId: string, change: StockChange, context: WriteContext): Promise<StockChangeResult>;
  /** The variant's ledger, newest first after movement `afterId`; null when the variant does not exist. */
  listStockMovements(variantId: string, afterId: number | null, limit: number): Promise<StockMovement[] | null>;
  /** Variants of products not archived whose available units are at or below their threshold, fewest first. */
  listLowStock(after: Keyset | null, limit: number): Promise<(LowStockItem & { sortKey: number })[]>;
  listCategories(): Promise<AdminCategory[]>;
  createCategory(category: CategoryFields, context: WriteContext): Promise<AdminCategory>;
  updateCategory(
    categoryId: string,
    version: number,
    change: Partial<CategoryFields>,
    context: WriteContext,
  ): Promise<AdminCategory>;
  /** Removes a category; its products move to the `uncategorized` one. */
  deleteCategory(categoryId: string, version: number, context: WriteContext): Promise<void>;
  /** Puts the categories in this order; every category must be named once, with its current version. */
  reorderCategories(order: { id: string; version: number }[], context: WriteContext): Promise<AdminCategory[]>;
}
