import type { Database } from 'better-sqlite3';
import type { OpenedSqlite } from '../../db/open.ts';
import type { CatalogAdminRepository, WriteContext } from '../catalog-admin.ts';
import type { CatalogVersion } from '../catalog-version.ts';
import { AdminProductReader } from './admin-product-read.ts';
import { AdminProductWrites } from './admin-product-writes.ts';
import { CategoryWrites } from './category-writes.ts';
import { StockLedger } from './stock-ledger.ts';

/**
 * The catalog's admin side on SQLite. Each write is one IMMEDIATE transaction (the write lock taken before
 * anything is read), holding the change, its ledger line and its audit entry; the catalog version is bumped
 * after it, even when it failed (a cache emptied needlessly costs one query, a stale one would mislead).
 */
export class SqliteCatalogAdminRepository implements CatalogAdminRepository {
  readonly #sqlite: Database;
  readonly #version: CatalogVersion;
  readonly #reader: AdminProductReader;
  readonly #products: AdminProductWrites;
  readonly #stock: StockLedger;
  readonly #categories: CategoryWrites;

  constructor(opened: OpenedSqlite, currency: string, version: CatalogVersion) {
    this.#sqlite = opened.sqlite;
    this.#version = version;
    this.#reader = new AdminProductReader(opened.sqlite, currency);
    this.#products = new AdminProductWrites(opened.sqlite, opened.db, this.#reader);
    this.#stock = new StockLedger(opened.sqlite);
    this.#categories = new CategoryWrites(opened.sqlite);
  }

  #write<T>(write: () => T): T {
    try {
      return this.#sqlite.transaction(write).immediate();
    } finally {
      this.#version.bump();
    }
  }

  async listProducts(...args: Parameters<CatalogAdminRepository['listProducts']>) {
    return this.#sqlite.transaction(() => this.#reader.listIds(...args).flatMap((id) => this.#reader.read(id) ?? []))();
  }

  async findProduct(productId: string) {
    return this.#sqlite.transaction(() => this.#reader.read(productId))();
  }

  async createProduct(...[product, context]: Parameters<CatalogAdminRepository['createProduct']>) {
    return this.#write(() => this.#products.create(product, context));
  }

  async updateProduct(...[id, version, change, context]: Parameters<CatalogAdminRepository['updateProduct']>) {
    return this.#write(() => this.#products.update(id, version, change, context));
  }

  async deleteProduct(productId: string, version: number, context: WriteContext) {
    return this.#write(() => this.#products.delete(productId, version, context));
  }

  async changeStock(...[variantId, change, context]: Parameters<CatalogAdminRepository['changeStock']>) {
    return this.#write(() => this.#stock.change(variantId, change, context));
  }

  async listStockMovements(variantId: string, afterId: number | null, limit: number) {
    return this.#stock.movements(variantId, afterId, limit);
  }

  async listLowStock(...args: Parameters<CatalogAdminRepository['listLowStock']>) {
    return this.#stock.lowStock(...args);
  }

  async listCategories() {
    return this.#categories.list();
  }

  async createCategory(...[fields, context]: Parameters<CatalogAdminRepository['createCategory']>) {
    return this.#write(() => this.#categories.create(fields, context));
  }

  async updateCategory(...[id, version, change, context]: Parameters<CatalogAdminRepository['updateCategory']>) {
    return this.#write(() => this.#categories.update(id, version, change, context));
  }

  async deleteCategory(categoryId: string, version: number, context: WriteContext) {
    this.#write(() => this.#categories.delete(categoryId, version, context));
  }

  async reorderCategories(...[order, context]: Parameters<CatalogAdminRepository['reorderCategories']>) {
    return this.#write(() => this.#categories.reorder(order, context));
  }
}
