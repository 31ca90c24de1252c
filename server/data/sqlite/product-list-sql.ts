import type { ProductSort } from '../../../sdk/schemas/index.ts';

/**
 * SQL for one product-list page. A query has one of a few fixed shapes (sort × searching × after a
 * cursor); each shape's SQL is built once and prepared once per database. Filters are written as
 * `(@x IS NULL OR …)` so absent filters need no extra shapes, while the cursor condition is only present
 * in the `after` shapes, so the planner can seek the sort index to it instead of scanning from the start.
 */
export type ListShape = { sort: ProductSort; search: boolean; after: boolean };

type Order = { key: string; desc: boolean; keyKind: 'string' | 'number' };

/**
 * bm25 column weights in products_fts column order: title, tags, category name, option values, description.
 * Option values weigh little: "navy" in a title says more about a product than one of its colours does.
 */
const BM25 = 'bm25(products_fts, 10.0, 5.0, 3.0, 1.5, 1.0)';

// `h` is the hits (search) or page row, `p` the product: both aliases exist in the inner and outer query.
const ORDERS: Record<ProductSort, Order> = {
  // bm25 scores are negative, better matches lower: ascending puts the best first.
  relevance: { key: 'h.rank', desc: false, keyKind: 'number' },
  newest: { key: 'p.created_at', desc: true, keyKind: 'string' },
  price_asc: { key: 'p.price_min', desc: false, keyKind: 'number' },
  price_desc: { key: 'p.price_min', desc: true, keyKind: 'number' },
  name_asc: { key: 'p.sort_name', desc: false, keyKind: 'string' },
  name_desc: { key: 'p.sort_name', desc: true, keyKind: 'string' },
  // Best average first; products without a review count as 0 and come last.
  rating: { key: 'p.rating_total * 1.0 / max(p.review_count, 1)', desc: true, keyKind: 'number' },
};

/** The order a list really uses: relevance means nothing without a search, so it falls back to newest. */
export function effectiveSort(sort: ProductSort, search: boolean): ProductSort {
  return sort === 'relevance' && !search ? 'newest' : sort;
}

export function sortKeyKind(sort: ProductSort): 'string' | 'number' {
  return ORDERS[sort].keyKind;
}

/** Named parameters every shape binds (unused ones are ignored by SQLite when absent from the SQL). */
export type ListParams = {
  match: string | null;
  category: string | null;
  minPrice: number | null;
  maxPrice: number | null;
  inStock: 1 | null;
  afterKey: string | number | null;
  afterId: string | null;
  limit: number;
};

export type ListRow = {
  id: string;
  handle: string;
  title: string;
  kind: string;
  price_min: number;
  price_max: number;
  created_at: string;
  category_id: string;
  category_handle: string;
  category_name: string;
  compare_at: number | null;
  available: number;
  image_url: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  review_count: number;
  rating_total: number;
  sort_key: string | number;
};

/** Summary columns of a product `p` in category `c` with first image `i`: shared by list and detail queries. */
export const SUMMARY_COLUMNS = `
  p.id, p.handle, p.title, p.kind, p.price_min, p.price_max, p.created_at, p.review_count, p.rating_total,
  c.id AS category_id, c.handle AS category_handle, c.name AS category_name,
  (SELECT v.compare_at_price FROM variants v WHERE v.product_id = p.id ORDER BY v.price, v.position LIMIT 1) AS compare_at,
  (SELECT total(max(v.stocked - v.reserved, 0)) FROM variants v WHERE v.product_id = p.id) AS available,
  i.url AS image_url, i.alt AS image_alt, i.width AS image_width, i.height AS image_height`;

export const SUMMARY_JOINS = `
  JOIN categories c ON c.id = p.category_id
  LEFT JOIN product_images i ON i.product_id = p.id AND i.position = 0`;

export function productListSql(shape: ListShape): string {
  const order = ORDERS[shape.sort];
  if (shape.sort === 'relevance' && !shape.search) throw new Error('relevance needs a search; use effectiveSort()');
  const dir = order.desc ? 'DESC' : 'ASC';
  const orderBy = `${order.key} ${dir}, p.id ${dir}`;
  const hits = shape.search
    ? `hits AS (SELECT rowid AS seq, ${BM25} AS rank FROM products_fts WHERE products_fts MATCH @match),`
    : '';
  return `
WITH ${hits}
page AS (
  SELECT p.seq, ${shape.search ? 'h.rank' : 'NULL'} AS rank, ${order.key} AS sort_key
  FROM products p ${shape.search ? 'JOIN hits h ON h.seq = p.seq' : ''}
  WHERE p.status = 'active'
    AND (@category IS NULL OR p.category_id = (SELECT id FROM categories WHERE handle = @category))
    AND (@minPrice IS NULL OR p.price_min >= @minPrice)
    AND (@maxPrice IS NULL OR p.price_min <= @maxPrice)
    AND (@inStock IS NULL OR EXISTS (
      SELECT 1 FROM variants v WHERE v.product_id = p.id AND v.stocked - v.reserved > 0))
    ${shape.after ? `AND (${order.key}, p.id) ${order.desc ? '<' : '>'} (@afterKey, @afterId)` : ''}
  ORDER BY ${orderBy}
  LIMIT @limit
)
SELECT ${SUMMARY_COLUMNS}, h.sort_key
FROM page h JOIN products p ON p.seq = h.seq ${SUMMARY_JOINS}
ORDER BY ${orderBy}`;
}
