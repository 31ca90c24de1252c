import type { CatalogRepository, NewCatalog, NewProduct } from '../data/catalog.ts';
import { seedCategories, seedProducts } from './catalog-data.ts';
import type { SeedCategory, SeedProduct } from './types.ts';

export type SeedData = { categories: SeedCategory[]; products: SeedProduct[] };

/** Products are dated relative to this fixed day, so `newest` gives the same order on every machine and day. */
export const SEED_DATE = Date.UTC(2025, 5, 1);

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where the server serves seed images (see the `/media/seed/:file` route). */
export function seedImageUrl(file: string): string {
  return `/media/seed/${encodeURIComponent(file)}`;
}

function toNewProduct(product: SeedProduct): NewProduct {
  return {
    handle: product.handle,
    title: product.title,
    categoryHandle: product.categoryHandle,
    kind: product.kind,
    description: product.description,
    tags: product.tags,
    options: product.options,
    createdAt: new Date(SEED_DATE - product.addedDaysAgo * DAY_MS).toISOString(),
    variants: product.variants.map((variant) => ({
      sku: variant.sku,
      // "M / Navy": option values in the product's option order; a product without options has one "Default".
      title:
        product.options
          .map((option) => variant.options[option.name])
          .filter(Boolean)
          .join(' / ') || 'Default',
      options: variant.options,
      price: variant.price,
      compareAtPrice: variant.compareAtPrice ?? null,
      stocked: variant.stock,
      weightGrams: variant.weightGrams,
      imageIndex: variant.imageIndex ?? null,
    })),
    images: product.images.map((image) => ({
      url: seedImageUrl(image.file),
      alt: image.alt,
      width: image.width,
      height: image.height,
    })),
  };
}

/** Seed data in the repository's terms: dates resolved, image files turned into served URLs. */
export function catalogFromSeed(data: SeedData): NewCatalog {
  return {
    categories: data.categories.map((category) => ({ ...category })),
    products: data.products.map(toNewProduct),
  };
}

/** The example shop's catalog. */
export function exampleSeed(): SeedData {
  return { categories: seedCategories, products: seedProducts };
}

/** Loads seed data (by default the example shop) in one transaction: every product or none. */
export async function seedCatalog(repo: CatalogRepository, data: SeedData = exampleSeed()): Promise<void> {
  await repo.insertCatalog(catalogFromSeed(data));
}
