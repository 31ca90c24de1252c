import type { Statement } from 'better-sqlite3';
import type { Category, Product, ProductList, ProductListQuery } from '../../../sdk/schemas/index.ts';
import type { OpenedSqlite } from '../../db/open.ts';
import type { CatalogRepository, NewCatalog } from '../catalog.ts';
import { CatalogVersion } from '../catalog-version.ts';
import { decodeCursor, encodeCursor, type Keyset } from '../cursor.ts';
import { toFtsQuery } from '../search-terms.ts';
import { insertCatalogSync } from './catalog-writes.ts';
import {
  effectiveSort,
  productListSql,
  sortKeyKind,
  SUMMARY_COLUMNS,
  SUMMARY_JOINS,
  type ListParams,
  type ListRow,
  type ListShape,
} from './product-list-sql.ts';
import { toProduct, toSummary, type DetailRow, type ImageRow, type VariantRow } from './rows.ts';

type CategoryRow = { id: string; handle: string; name: string; description: string; product_count: number };

const DETAIL_SQL = (where: string) => `
  SELECT p.description, p.tags, p.options, ${SUMMARY_COLUMNS}
  FROM products p ${SUMMARY_JOINS}
  WHERE ${where}`;

/**
 * The catalog on SQLite. Statements are prepared once per database (list statements lazily, one per
 * query shape) because building and preparing SQL per request costs more than running it.
 */
export class SqliteCatalogRepository implements CatalogRepository {
  readonly #version: CatalogVersion;
  readonly #sqlite: OpenedSqlite['sqlite'];
  readonly #db: OpenedSqlite['db'];
  readonly #currency: string;
  readonly #listStatements = new Map<string, Statement<[ListParams], ListRow>>();
  readonly #byId: Statement<[string], DetailRow>;
  readonly #byHandle: Statement<[{ key: string }], DetailRow>;
  readonly #variants: Statement<[string], VariantRow>;
  readonly #images: Statement<[string], ImageRow>;
  readonly #categories: Statement<[], CategoryRow>;
  readonly #count: Statement<[], { n: number }>;
  readonly #readProduct: (idOrHandle: string) => Product | null;

  /** `version` is shared with the repositories that move stock, so their writes empty page caches too. */
  constructor(opened: OpenedSqlite, currency: string, version = new CatalogVersion()) {
    this.#version = version;
    this.#sqlite = opened.sqlite;
    this.#db = opened.db;
    this.#currency = currency;
    const sqlite = this.#sqlite;
    // Only active products are public. A former handle finds its product, answered with its current handle.
    this.#byId = sqlite.prepare(DETAIL_SQL("p.id = ? AND p.status = 'active'"));
    this.#byHandle = sqlite.prepare(
      DETAIL_SQL(`p.id = coalesce((SELECT id FROM products WHERE handle = @key),
        (SELECT product_id FROM product_handles WHERE handle = @key)) AND p.status = 'active'`),
    );
    this.#variants = sqlite.prepare(`
      SELECT id, sku, title, options, price, compare_at_price, stocked - reserved AS available, image_index
      FROM variants WHERE product_id = ? ORDER BY position`);
    this.#images = sqlite.prepare(
      'SELECT url, alt, width, height FROM product_images WHERE product_id = ? ORDER BY position',
    );
    this.#categories = sqlite.prepare(`
      SELECT c.id, c.handle, c.name, c.description,
        (SELECT count(*) FROM products p WHERE p.category_id = c.id AND p.status = 'active') AS product_count
      FROM categories c ORDER BY c.position, c.name, c.id`);
    this.#count = sqlite.prepare('SELECT count(*) AS n FROM products');
    // One read transaction, so the product, its variants and its images come from the same snapshot.
    this.#readProduct = sqlite.transaction((key: string) => {
      // Handles are lowercase letters, digits and dashes, so an underscore-prefixed id cannot be a handle.
      const row = key.startsWith('prod_') ? this.#byId.get(key) : this.#byHandle.get({ key });
      if (!row) return null;
      return toProduct(row, this.#variants.all(row.id), this.#images.all(row.id), this.#currency);
    });
  }

  get version(): number {
    return this.#version.value;
  }

  #listStatement(shape: ListShape): Statement<[ListParams], ListRow> {
    const key = `${shape.sort}:${shape.search}:${shape.after}`;
    let statement = this.#listStatements.get(key);
    if (!statement) {
      statement = this.#sqlite.prepare<[ListParams], ListRow>(productListSql(shape));
      this.#listStatements.set(key, statement);
    }
    return statement;
  }

  async listProducts(query: ProductListQuery): Promise<ProductList> {
    const q = query.q || undefined;
    const match = q === undefined ? null : toFtsQuery(q);
    const search = match !== null;
    const sort = effectiveSort(query.sort, search);
    const scope = { sort: query.sort, q };
    const after: Keyset | null = query.cursor ? decodeCursor(query.cursor, scope, sortKeyKind(sort)) : null;
    // A query made only of punctuation searches for nothing, so it finds nothing (rather than everything).
    if (q !== undefined && !search) return { items: [], nextCursor: null };

    const rows = this.#listStatement({ sort, search, after: after !== null }).all({
      match,
      category: query.category ?? null,
      minPrice: query.minPrice ?? null,
      maxPrice: query.maxPrice ?? null,
      inStock: query.inStock ? 1 : null,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      // One extra row tells whether another page follows without a second query.
      limit: query.limit + 1,
    });
    const hasMore = rows.length > query.limit;
    const pageRows = hasMore ? rows.slice(0, query.limit) : rows;
    const last = pageRows.at(-1);
    return {
      items: pageRows.map((row) => toSummary(row, this.#currency)),
      nextCursor: hasMore && last ? encodeCursor(scope, { key: last.sort_key, id: last.id }) : null,
    };
  }

  async getProduct(idOrHandle: string): Promise<Product | null> {
    return this.#readProduct(idOrHandle);
  }

  async listCategories(): Promise<Category[]> {
    return this.#categories.all().map((row) => ({
      id: row.id,
      handle: row.handle,
      name: row.name,
      description: row.description,
      productCount: row.product_count,
    }));
  }

  async insertCatalog(catalog: NewCatalog): Promise<void> {
    try {
      insertCatalogSync(this.#db, catalog);
    } finally {
      // Bumped even on failure: a cache emptied needlessly costs one query; a stale one would mislead.
      this.#version.bump();
    }
  }

  async countProducts(): Promise<number> {
    return this.#count.get()?.n ?? 0;
  }
}
