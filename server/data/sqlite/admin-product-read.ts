import type { Database, Statement } from 'better-sqlite3';
import type { AdminProduct, AdminStock, ProductStatus } from '../../../sdk/schemas/index.ts';
import type { AdminProductFilter } from '../catalog-admin.ts';
import type { Keyset } from '../cursor.ts';
import { money } from './rows.ts';

/** Reading products as the store owner sees them: any status, raw prices, stock with its reserved units. */

type ProductRow = {
  id: string;
  handle: string;
  title: string;
  description: string;
  status: ProductStatus;
  tags: string;
  options: string;
  version: number;
  created_at: string;
  updated_at: string | null;
  category_id: string;
  category_handle: string;
  category_name: string;
  has_orders: number;
};

export type StockRow = {
  stocked: number;
  reserved: number;
  low_stock_threshold: number;
  stock_version: number;
};

type VariantRow = StockRow & {
  id: string;
  sku: string;
  title: string;
  options: string;
  price: number;
  compare_at_price: number | null;
  weight_grams: number;
  image_index: number | null;
};

type ImageRow = { url: string; alt: string; width: number; height: number };

type ListParams = {
  status: string | null;
  search: string | null;
  afterKey: string | null;
  afterId: string | null;
  limit: number;
};

const PRODUCT_COLUMNS = `
  p.id, p.handle, p.title, p.description, p.status, p.tags, p.options, p.version, p.created_at, p.updated_at,
  c.id AS category_id, c.handle AS category_handle, c.name AS category_name,
  EXISTS (SELECT 1 FROM order_lines l WHERE l.product_id = p.id) AS has_orders`;

export const STOCK_COLUMNS = 'v.stocked, v.reserved, v.low_stock_threshold, v.stock_version';

export function toAdminStock(row: StockRow): AdminStock {
  return {
    stocked: row.stocked,
    reserved: row.reserved,
    available: Math.max(0, row.stocked - row.reserved),
    lowStockThreshold: row.low_stock_threshold,
    version: row.stock_version,
  };
}

/** Prepared reads of admin products; `read` is meant to run inside the caller's transaction. */
export class AdminProductReader {
  readonly #product: Statement<[string], ProductRow>;
  readonly #variants: Statement<[string], VariantRow>;
  readonly #images: Statement<[string], ImageRow>;
  readonly #formerHandles: Statement<[string], { handle: string }>;
  readonly #list: Statement<[ListParams], { id: string }>;
  readonly #currency: string;

  constructor(sqlite: Database, currency: string) {
    this.#currency = currency;
    this.#product = sqlite.prepare(`
      SELECT ${PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id WHERE p.id = ?`);
    this.#variants = sqlite.prepare(`
      SELECT v.id, v.sku, v.title, v.options, v.price, v.compare_at_price, v.weight_grams, v.image_index, ${STOCK_COLUMNS}
      FROM variants v WHERE v.product_id = ? ORDER BY v.position`);
    this.#images = sqlite.prepare(
      'SELECT url, alt, width, height FROM product_images WHERE product_id = ? ORDER BY position',
    );
    this.#formerHandles = sqlite.prepare('SELECT handle FROM product_handles WHERE product_id = ? ORDER BY handle');
    // `search` is matched with instr on lowercased text: no LIKE wildcards to escape.
    this.#list = sqlite.prepare(`
      SELECT p.id FROM products p
      WHERE (@status IS NULL OR p.status = @status)
        AND (@search IS NULL OR instr(lower(p.title), @search) > 0 OR instr(p.handle, @search) > 0
          OR EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND instr(lower(v.sku), @search) > 0))
        AND (@afterKey IS NULL OR (p.created_at, p.id) < (@afterKey, @afterId))
      ORDER BY p.created_at DESC, p.id DESC LIMIT @limit`);
  }

  read(productId: string): AdminProduct | null {
    const row = this.#product.get(productId);
    if (!row) return null;
    const currency = this.#currency;
    return {
      id: row.id,
      handle: row.handle,
      formerHandles: this.#formerHandles.all(row.id).map((former) => former.handle),
      title: row.title,
      description: row.description,
      status: row.status,
      category: { id: row.category_id, handle: row.category_handle, name: row.category_name },
      tags: JSON.parse(row.tags) as string[],
      options: JSON.parse(row.options) as AdminProduct['options'],
      images: this.#images.all(row.id).map((image) => ({ ...image })),
      variants: this.#variants.all(row.id).map((variant) => ({
        id: variant.id,
        sku: variant.sku,
        title: variant.title,
        options: JSON.parse(variant.options) as Record<string, string>,
        price: money(variant.price, currency),
        compareAtPrice: variant.compare_at_price === null ? null : money(variant.compare_at_price, currency),
        weightGrams: variant.weight_grams,
        imageIndex: variant.image_index,
        stock: toAdminStock(variant),
      })),
      hasOrders: row.has_orders === 1,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at ?? row.created_at,
    };
  }

  listIds(filter: AdminProductFilter, after: Keyset | null, limit: number): string[] {
    return this.#list
      .all({
        status: filter.status,
        search: filter.search === null ? null : filter.search.toLowerCase(),
        afterKey: after === null ? null : String(after.key),
        afterId: after?.id ?? null,
        limit,
      })
      .map((row) => row.id);
  }
}
