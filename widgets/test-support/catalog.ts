import { createStorefront, type Product, type ProductSummary } from '../../sdk/index.ts';
import { apiUrl } from './test-server.ts';

/** Tests read the seeded catalog through the SDK, so they follow the seed data instead of hard-coding it. */
export const storefront = createStorefront({ apiUrl });

let summaries: Promise<ProductSummary[]> | undefined;
let details: Promise<Product[]> | undefined;

export function allProducts(): Promise<ProductSummary[]> {
  summaries ??= (async () => {
    const items: ProductSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await storefront.products.list({ limit: 100, ...(cursor ? { cursor } : {}) });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  })();
  return summaries;
}

/** The first seeded product, with variants, that `predicate` accepts; fails the test when none does. */
export async function findProduct(predicate: (product: Product) => boolean, what: string): Promise<Product> {
  details ??= allProducts().then((items) => Promise.all(items.map((item) => storefront.products.get(item.id))));
  const found = (await details).find(predicate);
  if (!found) throw new Error(`The seed catalog has no ${what}`);
  return found;
}

/** "$1,234.50" or "From $12.00" → 123450 / 1200: for comparing shown prices. */
export function shownAmount(text: string): number {
  return Number(text.replace(/[^0-9]/g, ''));
}
