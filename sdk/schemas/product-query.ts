import * as z from 'zod/mini';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list.ts';

export const PRODUCT_SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'name_asc', 'name_desc'] as const;
export const ProductSort = z.enum(PRODUCT_SORTS);
export type ProductSort = z.infer<typeof ProductSort>;

const minorUnits = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000));

/**
 * Query of `GET /api/products`. Prices are minor units. Without `q`, `relevance` falls back to
 * newest first.
 */
export const ProductListQuery = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  category: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,80}$/, 'must be a category handle'))),
  minPrice: z.optional(minorUnits),
  maxPrice: z.optional(minorUnits),
  inStock: z.optional(z.stringbool()),
  sort: z._default(ProductSort, 'relevance'),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)), DEFAULT_PAGE_SIZE),
  cursor: z.optional(z.string().check(z.maxLength(512))),
});
export type ProductListQuery = z.infer<typeof ProductListQuery>;
/** What a caller passes: every field optional, numbers as numbers. */
export type ProductListParams = {
  q?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort?: ProductSort;
  limit?: number;
  cursor?: string;
};
