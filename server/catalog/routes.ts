import { Hono, type Context } from 'hono';
import { CategoryListQuery, ProductListQuery } from '../../sdk/schemas/index.ts';
import { PageCache } from '../cache/page-cache.ts';
import { compressNow, MIN_BYTES, pickEncoding, type Encoding } from '../http/compression.ts';
import { requestHeader } from '../http/headers.ts';
import type { CatalogRepository } from '../data/catalog.ts';
import { NotFoundError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { parseQuery } from '../validate.ts';

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

/** Query strings remembered with their page keys; past this the memory starts over (it is only a shortcut). */
const MAX_KNOWN_QUERY_STRINGS = 2_000;

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

  // Query strings already validated, to the page key they parse to: a repeated request finds its page
  // without parsing again, which is a good part of a cached answer's cost. Refused queries never get in.
  const keysByQueryString = new Map<string, string>();

  app.get('/products', async (c) => {
    const url = c.req.url;
    const queryString = url.slice(url.indexOf('?') + 1 || url.length);
    const known = keysByQueryString.get(queryString);
    const hit = known === undefined ? undefined : cache.get(known, catalog.version);
    if (hit) return json(c, hit);
    const query = parseQuery(c, ProductListQuery);
    const key = listKey(query);
    if (keysByQueryString.size >= MAX_KNOWN_QUERY_STRINGS) keysByQueryString.clear();
    keysByQueryString.set(queryString, key);
    return json(c, await cached(key, () => catalog.listProducts(query)));
  });

  app.get('/products/:idOrHandle', async (c) => {
    const idOrHandle = c.req.param('idOrHandle');
    const body = await cached(`product:${idOrHandle}`, async () => {
      const product = idOrHandle.length <= MAX_ID_LENGTH ? await catalog.getProduct(idOrHandle) : null;
      if (!product) throw new NotFoundError('The product', { idOrHandle: idOrHandle.slice(0, MAX_ID_LENGTH) });
      return product;
    });
    return json(c, body);
  });

  app.get('/categories', async (c) => {
    parseQuery(c, CategoryListQuery);
    return json(c, await cached('categories', async () => ({ items: await catalog.listCategories(), nextCursor: null })));
  });

  return app;
}
