import type { Database } from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { AdminProduct, DeleteProductResult } from '../../../sdk/schemas/index.ts';
import {
  HandleTakenError,
  ProductNotFoundError,
  SkuTakenError,
  VariantReservedError,
} from '../../catalog/admin/errors.ts';
import type { SqliteDb } from '../../db/open.ts';
import { productImages, products, variants } from '../../db/schema.ts';
import { titleSortKey } from '../../db/title-sort-key.ts';
import { ValidationError, VersionConflictError } from '../../errors.ts';
import type { ImageWrite, NewAdminProduct, ProductChange, VariantWrite, WriteContext } from '../catalog-admin.ts';
import { newId } from '../ids.ts';
import type { AdminProductReader } from './admin-product-read.ts';
import { insertAuditEntry } from './audit-log.ts';
import { claimVersion } from './edit-version.ts';
import { recordMovement } from './stock-ledger.ts';

/**
 * A product's admin writes, each meant to run inside one transaction of the caller's: a refusal thrown
 * anywhere rolls back the change and its audit entry together.
 */
export class AdminProductWrites {
  readonly #sqlite: Database;
  readonly #db: SqliteDb;
  readonly #reader: AdminProductReader;

  constructor(sqlite: Database, db: SqliteDb, reader: AdminProductReader) {
    this.#sqlite = sqlite;
    this.#db = db;
    this.#reader = reader;
  }

  #read(productId: string): AdminProduct {
    const product = this.#reader.read(productId);
    if (!product) throw new ProductNotFoundError();
    return product;
  }

  #requireCategory(categoryId: string): void {
    const found = this.#sqlite.prepare('SELECT 1 FROM categories WHERE id = ?').get(categoryId);
    if (!found) throw new ValidationError([{ path: 'categoryId', message: 'no category has this id' }]);
  }

  /** Refuses a handle another product has now or had before; a product may take back one of its own. */
  #claimHandle(handle: string, productId: string): void {
    if (!this.#handleFree(handle, productId)) throw new HandleTakenError(handle);
    this.#sqlite.prepare('DELETE FROM product_handles WHERE handle = ?').run(handle);
  }

  #handleFree(handle: string, productId: string): boolean {
    const owners = this.#sqlite
      .prepare<[string, string], { id: string }>(
        'SELECT id FROM products WHERE handle = ? UNION ALL SELECT product_id FROM product_handles WHERE handle = ?',
      )
      .all(handle, handle);
    return owners.every((row) => row.id === productId);
  }

  /** A handle made from a title, numbered when another product has (or had) it: `tote`, `tote-2`, `tote-3`… */
  #freeHandle(base: string, productId: string): string {
    let handle = base;
    for (let n = 2; !this.#handleFree(handle, productId); n++)
      handle = `${base.slice(0, 80 - String(n).length - 1)}-${n}`;
    return handle;
  }

  #insertVariant(productId: string, position: number, variant: VariantWrite, context: WriteContext): void {
    const id = newId('var');
    this.#db
      .insert(variants)
      .values({ ...variantColumns(variant), id, productId, position, stocked: variant.initialStock })
      .run();
    if (variant.initialStock > 0) {
      recordMovement(
        this.#sqlite,
        {
          variantId: id,
          delta: variant.initialStock,
          stockedAfter: variant.initialStock,
          reason: 'received',
          note: 'Stock of the new variant',
        },
        context,
      );
    }
  }

  create(product: NewAdminProduct, context: WriteContext): AdminProduct {
    this.#requireCategory(product.categoryId);
    const id = newId('prod');
    const handle = product.handleIsDerived ? this.#freeHandle(product.handle, id) : product.handle;
    this.#claimHandle(handle, id);
    guardSkus(() => {
      this.#db
        .insert(products)
        .values({
          id,
          handle,
          title: product.title,
          sortName: titleSortKey(product.title),
          categoryId: product.categoryId,
          description: product.description,
          tags: product.tags,
          options: product.options,
          status: product.status,
          createdAt: context.now,
          updatedAt: context.now,
        })
        .run();
      product.variants.forEach((variant, position) => this.#insertVariant(id, position, variant, context));
    });
    const after = this.#read(id);
    audit(this.#sqlite, context, 'product.create', id, null, after);
    return after;
  }

  update(productId: string, version: number, change: ProductChange, context: WriteContext): AdminProduct {
    const before = this.#read(productId);
    claimVersion(
      this.#sqlite,
      { table: 'products', column: 'version' },
      productId,
      version,
      'The product',
      () => new ProductNotFoundError(),
    );
    const { variants: variantList, images, ...fields } = change;
    if (fields.categoryId !== undefined) this.#requireCategory(fields.categoryId);
    if (fields.handle !== undefined && fields.handle !== before.handle) {
      this.#claimHandle(fields.handle, productId);
      this.#sqlite
        .prepare('INSERT INTO product_handles (handle, product_id) VALUES (?, ?)')
        .run(before.handle, productId);
    }
    this.#db
      .update(products)
      .set({
        ...fields,
        ...(fields.title === undefined ? {} : { sortName: titleSortKey(fields.title) }),
        updatedAt: context.now,
      })
      .where(eq(products.id, productId))
      .run();
    if (images) this.#replaceImages(productId, images);
    if (variantList) guardSkus(() => this.#replaceVariants(before, variantList, context));
    const after = this.#read(productId);
    const action =
      fields.status && fields.status !== before.status ? `product.${statusAction(fields.status)}` : 'product.update';
    audit(this.#sqlite, context, action, productId, before, after);
    return after;
  }

  #replaceImages(productId: string, images: ImageWrite[]): void {
    this.#db.delete(productImages).where(eq(productImages.productId, productId)).run();
    if (images.length > 0) {
      this.#db
        .insert(productImages)
        .values(images.map((image, position) => ({ ...image, productId, position })))
        .run();
    }
  }

  #replaceVariants(before: AdminProduct, list: VariantWrite[], context: WriteContext): void {
    const kept = new Set(list.flatMap((variant) => (variant.id ? [variant.id] : [])));
    for (const variant of before.variants) {
      if (kept.has(variant.id)) continue;
      if (variant.stock.reserved > 0) throw new VariantReservedError(variant.id, variant.stock.reserved);
      this.#db.delete(variants).where(eq(variants.id, variant.id)).run();
    }
    // Kept variants' SKUs are cleared first, so two variants may swap SKUs without a passing collision.
    for (const variant of list) {
      if (variant.id)
        this.#db
          .update(variants)
          .set({ sku: `\u0000${variant.id}` })
          .where(eq(variants.id, variant.id))
          .run();
    }
    list.forEach((variant, position) => {
      if (variant.id) {
        this.#db
          .update(variants)
          .set({ ...variantColumns(variant), position })
          .where(eq(variants.id, variant.id))
          .run();
      } else {
        this.#insertVariant(before.id, position, variant, context);
      }
    });
  }

  delete(productId: string, version: number, context: WriteContext): DeleteProductResult {
    const before = this.#read(productId);
    if (before.version !== version) throw new VersionConflictError('The product', before.version);
    if (before.hasOrders) {
      // Its orders keep pointing at it: the product leaves the shop but stays on record.
      this.#sqlite
        .prepare("UPDATE products SET status = 'archived', version = version + 1, updated_at = ? WHERE id = ?")
        .run(context.now, productId);
      const after = this.#read(productId);
      audit(this.#sqlite, context, 'product.archive', productId, before, after);
      return { outcome: 'archived', product: after };
    }
    this.#db.delete(products).where(eq(products.id, productId)).run();
    audit(this.#sqlite, context, 'product.delete', productId, before, null);
    return { outcome: 'deleted', product: null };
  }
}

function variantColumns(variant: VariantWrite) {
  return {
    sku: variant.sku,
    title: variant.title,
    options: variant.options,
    price: variant.price,
    compareAtPrice: variant.compareAtPrice,
    weightGrams: variant.weightGrams,
    lowStockThreshold: variant.lowStockThreshold,
    imageIndex: variant.imageIndex,
  };
}

function statusAction(status: string): string {
  return status === 'archived' ? 'archive' : status === 'active' ? 'activate' : 'unpublish';
}

function audit(
  sqlite: Database,
  context: WriteContext,
  action: string,
  id: string,
  before: unknown,
  after: unknown,
): void {
  insertAuditEntry(
    sqlite,
    { actor: context.actor, action, entity: 'product', entityId: id, before, after },
    context.now,
  );
}

/** Runs `write`, turning a duplicate SKU into 409 `sku_taken`. */
function guardSkus(write: () => void): void {
  try {
    write();
  } catch (error) {
    if (
      error instanceof Error &&
      'code' in error &&
      error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
      error.message.includes('variants.sku')
    ) {
      throw new SkuTakenError();
    }
    throw error;
  }
}
