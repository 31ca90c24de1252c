import type { ProductListParams, ProductSort } from '../../sdk/index.ts';
import { toMinorUnits } from '../shared/money-input.ts';
import { SORT_LABELS } from './grid-toolbar.ts';

/**
 * The server's limits on a product list query (sdk/schemas/product-query.ts and list.ts). Repeated here
 * because importing the schemas would bring zod into the browser bundle; the grid's tests check them
 * against the real server.
 */
const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 24;
const MAX_PRICE = 1_000_000_000;
const CATEGORY_HANDLE = /^[a-z0-9-]{1,80}$/;

/** What the grid's attributes and controls hold, as a host or a shopper set them. */
export type GridFilters = {
  query: string;
  category: string;
  sort: string;
  /** Major units. */
  minPrice: number | undefined;
  maxPrice: number | undefined;
  inStock: boolean;
  pageSize: number;
};

/** A page size the server accepts: whole, 1 to 100; anything unreadable gives the default. */
export function pageSizeOf(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(Math.round(value), 1), MAX_PAGE_SIZE);
}

export function isSort(value: string): value is ProductSort {
  return Object.hasOwn(SORT_LABELS, value);
}

/** The order the list really has: relevance only while searching, newest first otherwise, as the server does. */
export function effectiveSort(filters: Pick<GridFilters, 'sort' | 'query'>): ProductSort {
  const sort = isSort(filters.sort) ? filters.sort : 'relevance';
  return sort === 'relevance' && !filters.query.trim() ? 'newest' : sort;
}

/** Whether `category` could name a category at all; one that cannot is left out of the query. */
export function isCategoryHandle(category: string): boolean {
  return CATEGORY_HANDLE.test(category);
}

/** A typed price in minor units, or undefined when it is no price (NaN, negative); capped at the server's highest. */
function priceOf(major: number | undefined, currency: string): number | undefined {
  if (major === undefined || !Number.isFinite(major) || major < 0) return undefined;
  return Math.min(toMinorUnits(major, currency), MAX_PRICE);
}

/** The query the API gets: prices in minor units, empty or unusable filters left out. */
export function listParams(filters: GridFilters, currency: string): ProductListParams {
  const params: ProductListParams = {
    sort: isSort(filters.sort) ? filters.sort : 'relevance',
    limit: pageSizeOf(filters.pageSize),
  };
  const q = filters.query.trim();
  if (q) params.q = q;
  if (filters.category && isCategoryHandle(filters.category)) params.category = filters.category;
  let minPrice = priceOf(filters.minPrice, currency);
  let maxPrice = priceOf(filters.maxPrice, currency);
  // "From 50 to 10" means between the two: searched that way rather than refused.
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice)
    [minPrice, maxPrice] = [maxPrice, minPrice];
  if (minPrice) params.minPrice = minPrice;
  if (maxPrice !== undefined) params.maxPrice = maxPrice;
  if (filters.inStock) params.inStock = true;
  return params;
}
