import type { Database, Statement } from 'better-sqlite3';
import type { ProductKind, Recommendation } from '../../../sdk/schemas/index.ts';
import type { RecommendationRepository } from '../recommendations.ts';
import { SUMMARY_COLUMNS, SUMMARY_JOINS, type ListRow } from './product-list-sql.ts';
import { toSummary } from './rows.ts';

type Params = { ids: string; exclude: string; limit: number };
type Pick = { id: string };
type Row = Omit<ListRow, 'sort_key'> & { only_variant: string | null };

const AVAILABLE = `p.status = 'active' AND EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND v.stocked - v.reserved > 0)`;

/**
 * Products like the source ones: same category counts as two shared tags; among equals, the better rated,
 * then the newer. A tag is found in a product's JSON array by its quoted form (parsing every product's tags
 * costs far more). `inCategory` reads only the source categories' products, through their index.
 */
function similarSql(inCategory: boolean): string {
  return `
    WITH src AS MATERIALIZED (SELECT category_id, tags FROM products WHERE id IN (SELECT value FROM json_each(@ids))),
    src_tags AS MATERIALIZED (SELECT DISTINCT json_quote(t.value) AS quoted FROM src, json_each(src.tags) t)
    SELECT c.id FROM (
      SELECT p.id, p.rating_total * 1.0 / max(p.review_count, 1) AS rating, p.created_at,
        2 * (p.category_id IN (SELECT category_id FROM src))
          + (SELECT count(*) FROM src_tags WHERE instr(p.tags, quoted) > 0) AS score
      FROM products p WHERE p.status = 'active' ${inCategory ? 'AND p.category_id IN (SELECT category_id FROM src)' : ''}) c
    WHERE c.score > 0 AND c.id NOT IN (SELECT value FROM json_each(@exclude))
      AND EXISTS (SELECT 1 FROM variants v WHERE v.product_id = c.id AND v.stocked - v.reserved > 0)
    ORDER BY c.score DESC, c.rating DESC, c.created_at DESC, c.id LIMIT @limit`;
}

/**
 * Recommendations on SQLite. The ids go in as JSON arrays (`json_each`), so one prepared statement
 * serves a product page (one id) and a cart (several).
 */
export class SqliteRecommendationRepository implements RecommendationRepository {
  readonly #together: Statement<[Params], Pick>;
  readonly #togetherWithOne: Statement<[Params], Pick>;
  readonly #similarInCategory: Statement<[Params], Pick>;
  readonly #similarAnywhere: Statement<[Params], Pick>;
  readonly #summaries: Statement<[string], Row>;
  readonly #currency: string;

  constructor(sqlite: Database, currency: string) {
    this.#currency = currency;
    this.#together = sqlite.prepare(`
      SELECT pp.other_id AS id FROM product_pairs pp JOIN products p ON p.id = pp.other_id
      WHERE pp.product_id IN (SELECT value FROM json_each(@ids))
        AND pp.other_id NOT IN (SELECT value FROM json_each(@exclude)) AND ${AVAILABLE}
      GROUP BY pp.other_id ORDER BY sum(pp.orders) DESC, pp.other_id DESC LIMIT @limit`);
    // One product (a product page): its partners straight off the rank index, best first, stopping at the limit.
    this.#togetherWithOne = sqlite.prepare(`
      SELECT pp.other_id AS id FROM product_pairs pp
      WHERE pp.product_id = (SELECT value FROM json_each(@ids)) AND pp.other_id NOT IN (SELECT value FROM json_each(@exclude))
        AND EXISTS (SELECT 1 FROM variants v WHERE v.product_id = pp.other_id AND v.stocked - v.reserved > 0)
        AND EXISTS (SELECT 1 FROM products p WHERE p.id = pp.other_id AND p.status = 'active')
      ORDER BY pp.orders DESC, pp.other_id DESC LIMIT @limit`);
    this.#similarInCategory = sqlite.prepare(similarSql(true));
    this.#similarAnywhere = sqlite.prepare(similarSql(false));
    this.#summaries = sqlite.prepare(`
      SELECT ${SUMMARY_COLUMNS},
        (SELECT CASE WHEN count(*) = 1 THEN min(v.id) END FROM variants v WHERE v.product_id = p.id) AS only_variant
      FROM products p ${SUMMARY_JOINS} WHERE p.id IN (SELECT value FROM json_each(?)) AND p.status = 'active'`);
  }

  async recommend(productIds: string[], exclude: string[], limit: number): Promise<Recommendation[]> {
    const ids = JSON.stringify(productIds);
    const together = (productIds.length === 1 ? this.#togetherWithOne : this.#together)
      .all({ ids, exclude: JSON.stringify(exclude), limit })
      .map((row) => row.id);
    const similar: string[] = [];
    // The same category first, through its index; the whole catalog only when that cannot fill the list.
    for (const statement of [this.#similarInCategory, this.#similarAnywhere]) {
      const wanted = limit - together.length - similar.length;
      if (wanted <= 0) break;
      const skip = JSON.stringify([...exclude, ...together, ...similar]);
      similar.push(...statement.all({ ids, exclude: skip, limit: wanted }).map((row) => row.id));
    }
    const rows = new Map(this.#summaries.all(JSON.stringify([...together, ...similar])).map((row) => [row.id, row]));
    const pick =
      (reason: Recommendation['reason']) =>
      (id: string): Recommendation[] => {
        const row = rows.get(id);
        if (!row) return [];
        // A custom sticker needs a design before it can go in a cart: never one click.
        const variantId = (row.kind as ProductKind) === 'standard' ? row.only_variant : null;
        return [{ ...toSummary(row, this.#currency), reason, variantId }];
      };
    return [...together.flatMap(pick('bought_together')), ...similar.flatMap(pick('similar'))];
  }
}
