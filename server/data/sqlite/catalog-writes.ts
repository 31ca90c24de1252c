import { max } from 'drizzle-orm';
import type { SqliteDb } from '../../db/open.ts';
import { categories, productImages, products, variants } from '../../db/schema.ts';
import { titleSortKey } from '../../db/title-sort-key.ts';
import type { NewCatalog } from '../catalog.ts';
import { newId } from '../ids.ts';

/**
 * Writes a batch of categories and products in one transaction. Prices on products (min/max) and the
 * full-text index are filled in by triggers as the rows go in.
 */
export function insertCatalogSync(db: SqliteDb, catalog: NewCatalog): void {
  db.transaction((tx) => {
    const categoryIds = new Map(
      tx
        .select({ id: categories.id, handle: categories.handle })
        .from(categories)
        .all()
        .map((row) => [row.handle, row.id]),
    );
    const [{ top } = { top: null }] = tx
      .select({ top: max(categories.position) })
      .from(categories)
      .all();
    let position = (top ?? -1) + 1;
    for (const category of catalog.categories) {
      const id = newId('cat');
      tx.insert(categories)
        .values({ id, ...category, position: position++ })
        .run();
      categoryIds.set(category.handle, id);
    }

    for (const product of catalog.products) {
      const categoryId = categoryIds.get(product.categoryHandle);
      if (!categoryId) throw new Error(`Product ${product.handle} names unknown category ${product.categoryHandle}`);
      if (product.variants.length === 0) throw new Error(`Product ${product.handle} has no variants`);
      for (const { sku, imageIndex } of product.variants) {
        if (imageIndex != null && !(imageIndex >= 0 && imageIndex < product.images.length)) {
          throw new Error(`Variant ${sku} shows image ${imageIndex}, which product ${product.handle} does not have`);
        }
      }
      const productId = newId('prod');
      tx.insert(products)
        .values({
          id: productId,
          handle: product.handle,
          title: product.title,
          sortName: titleSortKey(product.title),
          kind: product.kind,
          categoryId,
          description: product.description,
          tags: product.tags,
          options: product.options,
          createdAt: product.createdAt,
        })
        .run();
      tx.insert(variants)
        .values(
          product.variants.map((variant, index) => ({ id: newId('var'), productId, position: index, ...variant })),
        )
        .run();
      if (product.images.length > 0) {
        tx.insert(productImages)
          .values(product.images.map((image, index) => ({ productId, position: index, ...image })))
          .run();
      }
    }
  });
}
