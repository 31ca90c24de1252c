import { performance } from 'node:perf_hooks';
import { ProductListQuery } from '../../sdk/schemas/index.ts';
import { openDataStore } from '../data/store.ts';
import { generateBenchProducts } from '../seed/bench-data.ts';
import { seedCategories } from '../seed/catalog-data.ts';
import { seedCatalog } from '../seed/seed.ts';

/**
 * Ranked full-text search at scale: a catalog of 100,000 products, searched with queries that each ask a page the
 * page cache has not seen. Server time is the repository's own, in this process; over HTTP the client's latency.
 */

export type Percentiles = { count: number; p50: number; p95: number; p99: number };

const WORDS = ['organic', 'mug', 'poster', 'cotton', 'tote', 'notebook', 'sticker', 'print', 'linen', 'ceramic'];
const PAIRS = ['organic cotton', 'ceramic mug', 'linen tote', 'vinyl sticker', 'recycled paper', 'wool beanie'];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Distinct searches: one and two words, alone, with a price floor, or in stock only; `count` of them. */
export function searchQueries(count: number): Record<string, string>[] {
  const terms = [...WORDS, ...PAIRS];
  return Array.from({ length: count }, (_, index): Record<string, string> => {
    const q = terms[index % terms.length] as string;
    const round = Math.floor(index / terms.length);
    if (round === 0) return { q, limit: '24' };
    if (round % 2 === 1) return { q, limit: '24', minPrice: String((round * 137) % 4_000) };
    return { q, limit: '24', inStock: 'true', minPrice: String((round * 53) % 2_000) };
  });
}

export async function seedLargeCatalog(databaseUrl: string, products: number): Promise<number> {
  const started = performance.now();
  const data = await openDataStore({ databaseUrl, currency: 'USD' });
  try {
    await seedCatalog(data.catalog, { categories: seedCategories, products: generateBenchProducts(products) });
  } finally {
    await data.close();
  }
  return (performance.now() - started) / 1000;
}

/** Each query once through the catalog repository, timed alone: what a cache miss costs the server. */
export async function searchServerTimes(databaseUrl: string, queries: Record<string, string>[]): Promise<Percentiles> {
  const data = await openDataStore({ databaseUrl, currency: 'USD' });
  const times: number[] = [];
  try {
    // A few first, untimed: the first statements compile and the file's pages come into memory.
    for (const query of queries.slice(0, 20)) await data.catalog.listProducts(ProductListQuery.parse(query));
    for (const query of queries) {
      const parsed = ProductListQuery.parse(query);
      const start = performance.now();
      await data.catalog.listProducts(parsed);
      times.push(performance.now() - start);
    }
  } finally {
    await data.close();
  }
  times.sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value * 100) / 100;
  return {
    count: times.length,
    p50: ms(percentile(times, 0.5)),
    p95: ms(percentile(times, 0.95)),
    p99: ms(percentile(times, 0.99)),
  };
}

export const searchPath = (query: Record<string, string>) => `/api/products?${new URLSearchParams(query)}`;
