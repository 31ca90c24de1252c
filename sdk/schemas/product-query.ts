import * as z from 'zod/mini';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list.ts';

export const PRODUCT_SORTS = [
  'relevance',
  'price_asc',
  'price_desc',
  'newest',
  'name_asc',
  'name_desc',
  'rating',
] as const;
export const ProductSort = z.enum(PRODUCT_SORTS);
export type ProductSort = z.infer<typeof ProductSort>;

/** Highest price a filter may name, in minor units. */
export const MAX_PRICE_FILTER = 1_000_000_000;

/**
 * Query-string digits as a number. Only plain digits: `Number()` would also take `0x10`, `1e2`
 * or ` 5`, which the API documents as not integers. Written as a transform in front of the number
 * schema so that the OpenAPI document still describes the parameter as an integer.
 */
export function wholeNumber(min: number, max: number) {
  const digits = z.transform((value: unknown, payload) => {
    if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
    // A number arrives only from a default below or a caller on the server, never from a query string.
    if (typeof value === 'number') return value;
    payload.issues.push({ code: 'custom', message: 'must be a whole number', input: value });
    return z.NEVER;
  });
  return z.pipe(digits, z.number().check(z.int(), z.minimum(min), z.maximum(max)));
}

/** An empty parameter (`?maxPrice=`, as an emptied form field sends) means the parameter is absent. */
export function withoutBlanks(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== ''));
}

const minorUnits = wholeNumber(0, MAX_PRICE_FILTER);

const ProductListFields = z
  .strictObject({
    q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    category: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,80}$/, 'must be a category handle'))),
    minPrice: z.optional(minorUnits),
    maxPrice: z.optional(minorUnits),
    inStock: z.optional(z.stringbool()),
    sort: z._default(ProductSort, 'relevance'),
    // A prefault goes through the transform like a sent value; the OpenAPI document shows it as the default.
    limit: z.prefault(wholeNumber(1, MAX_PAGE_SIZE), DEFAULT_PAGE_SIZE),
    cursor: z.optional(z.string().check(z.maxLength(512))),
  })
  .check(
    z.refine(
      (query) => query.minPrice === undefined || query.maxPrice === undefined || query.minPrice <= query.maxPrice,
      {
        message: 'must not be above the maximum price',
        path: ['minPrice'],
      },
    ),
  );

/**
 * Query of `GET /api/products`. Prices are minor units. Without `q`, `relevance` falls back to
 * newest first. Empty parameters count as absent; parameters it does not name are refused.
 */
export const ProductListQuery = z.pipe(z.transform(withoutBlanks), ProductListFields);
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
