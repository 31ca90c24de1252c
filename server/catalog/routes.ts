import { Hono, type Context } from 'hono';
import {
  CategoryList,
  CategoryListQuery,
  MAX_PAGE_SIZE,
  Product,
  ProductList,
  ProductListQuery,
} from '../../sdk/schemas/index.ts';
import { PageCache } from '../cache/page-cache.ts';
import { compressNow, MIN_BYTES, pickEncoding, type Encoding } from '../http/compression.ts';
import { requestHeader } from '../http/headers.ts';
import type { CatalogRepository } from '../data/catalog.ts';
import { NotFoundError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { errorResponse } from '../openapi/responses.ts';

export type CatalogRoutesOptions = {
  catalog: CatalogRepository;
  /** Most serialized pages kept in memory (products lists and product details together). */
  cacheEntries?: number;
};

const utf8 = new TextEncoder();
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };
// Answers differ by Origin (CORS) and, for pages worth compressing, by Accept-Encoding.
const COMPRESSIBLE_HEADERS = { ...JSON_HEADERS, Vary: 'Origin, Accept-Encoding' };

/** A serialized answer, and its compressed forms once a client asked for them. */
type Page = { body: Uint8Array<ArrayBuffer>; encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>> };

/** Longest id or handle worth looking up; anything longer cannot exist, and should not fill the cache. */
const MAX_ID_LENGTH = 120;

/**
 * The page-cache key of a validated query: the parsed values in a fixed order, so spellings that mean
 * the same page (`inStock=0` or none, `limit=24` or none, parameters reordered) share one entry.
 */
function listKey(query: ProductListQuery): string {
  const { q, category, minPrice, maxPrice, inStock, sort, limit, cursor } = query;
  return `list:${JSON.stringify([q || null, category ?? null, minPrice ?? null, maxPrice ?? null, inStock === true, sort, limit, cursor ?? null])}`;
}

/** The page as the client accepts it: a 24-product page is about 12 KB of JSON and 2 KB compressed. */
function json(c: Context<AppEnv>, page: Page): Response {
  if (page.body.length < MIN_BYTES) return c.body(page.body, 200, JSON_HEADERS);
  const encoding = pickEncoding(requestHeader(c, 'accept-encoding'));
  if (!encoding) return c.body(page.body, 200, COMPRESSIBLE_HEADERS);
  const packed = (page.encoded[encoding] ??= compressNow(page.body, encoding));
  return c.body(packed, 200, { ...COMPRESSIBLE_HEADERS, 'Content-Encoding': encoding });
}

export const listProductsRoute = defineRoute({
  method: 'get',
  path: '/products',
  operationId: 'listProducts',
  tag: 'Catalog',
  summary: 'List and search products',
  description:
    'One page of products. `q` runs a ranked full-text search over title, tags, category, option values ' +
    '(colours, sizes) and description (each word stemmed and prefix-matched, all words required). Follow ' +
    '`nextCursor` for the next page; it is null on the last. An empty parameter counts as absent; a parameter ' +
    'not listed here is refused with `validation_failed`.',
  query: ProductListQuery,
  queryDescriptions: {
    q: 'Search words. Punctuation is ignored; an empty value means no search.',
    category: 'A category handle.',
    minPrice:
      "Lowest product price to include, in minor units (inclusive). Compared with the product's lowest variant price.",
    maxPrice:
      "Highest product price to include, in minor units (inclusive). Compared with the product's lowest variant price. " +
      'Not below `minPrice`.',
    inStock:
      '`true` (or 1, yes, on): only products with at least one variant available. `false` or absent: no stock filter.',
    sort: '`relevance` needs `q`; without it the list is newest first. Price sorts use the lowest variant price.',
    limit: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
    cursor: '`nextCursor` of the previous page, with the same `sort` and `q`. Other filters should stay the same too.',
  },
  // A repeated request finds its page without parsing again, which is a good part of a cached answer's cost.
  memoizeQuery: true,
  responses: {
    200: { description: 'A page of product summaries.', body: ProductList },
    400: errorResponse('`validation_failed` with the offending fields, or `invalid_cursor`.'),
  },
});

export const getProductRoute = defineRoute({
  method: 'get',
  path: '/products/:idOrHandle',
  operationId: 'getProduct',
  tag: 'Catalog',
  summary: 'Get one product',
  description:
    'A product with its images, options, variants, prices and stock. A handle the product had before it was renamed ' +
    'still finds it: the answer is the product itself, whose `handle` is the current one (for a canonical link or a ' +
    'redirect on the host page). Draft and archived products are not found.',
  params: { idOrHandle: 'The product id (`prod_…`), its URL handle, or a handle it had before.' },
  responses: {
    200: { description: 'The product.', body: Product },
    404: errorResponse('`not_found`: no active product has this id or handle, now or before.'),
  },
});

export const listCategoriesRoute = defineRoute({
  method: 'get',
  path: '/categories',
  operationId: 'listCategories',
  tag: 'Catalog',
  summary: 'List categories',
  description:
    'Every category in display order, with the number of products in each. The whole list is one page, so ' +
    '`nextCursor` is null. It takes no query parameters: any parameter is refused with `validation_failed`.',
  query: CategoryListQuery,
  responses: {
    200: { description: 'All categories.', body: CategoryList },
    400: errorResponse('`validation_failed`: a query parameter was given.'),
  },
});

export const CATALOG_ROUTES = [listProductsRoute, getProductRoute, listCategoriesRoute];

/** `GET /api/products`, `GET /api/products/:idOrHandle` and `GET /api/categories`, answered from a page cache. */
export function catalogRoutes(options: CatalogRoutesOptions): Hono<AppEnv> {
  const { catalog } = options;
  const cache = new PageCache<Page>({ maxEntries: options.cacheEntries ?? 500 });
  const app = new Hono<AppEnv>();

  /** The cached body for `key`, or `produce()`'s, stored under the catalog version read before producing it. */
  async function cached(key: string, produce: () => Promise<unknown>): Promise<Page> {
    const version = catalog.version;
    let page = cache.get(key, version);
    if (page === undefined) {
      page = { body: utf8.encode(JSON.stringify(await produce())), encoded: {} };
      cache.set(key, version, page);
    }
    return page;
  }

  // The memoized query of a repeated query string is the same object each time: so is its page key.
  const keysByQuery = new WeakMap<ProductListQuery, string>();

  mountRoute(app, listProductsRoute, async (c, { query }) => {
    let key = keysByQuery.get(query);
    if (key === undefined) keysByQuery.set(query, (key = listKey(query)));
    return json(c, await cached(key, () => catalog.listProducts(query)));
  });

  mountRoute(app, getProductRoute, async (c, { params: { idOrHandle } }) => {
    const body = await cached(`product:${idOrHandle}`, async () => {
      const product = idOrHandle.length <= MAX_ID_LENGTH ? await catalog.getProduct(idOrHandle) : null;
      if (!product) throw new NotFoundError('The product', { idOrHandle: idOrHandle.slice(0, MAX_ID_LENGTH) });
      return product;
    });
    return json(c, body);
  });

  mountRoute(app, listCategoriesRoute, async (c) =>
    json(c, await cached('categories', async () => ({ items: await catalog.listCategories(), nextCursor: null }))),
  );

  return app;
}
