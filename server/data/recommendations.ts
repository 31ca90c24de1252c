import type { Recommendation } from '../../sdk/schemas/index.ts';

/** Suggestions for products: bought together (kept at payment), then similar ones. */
export interface RecommendationRepository {
  /**
   * Up to `limit` products to suggest with `productIds`: first those most often in the same paid orders,
   * then those sharing their category or tags. Never one of `exclude`, never a sold-out product.
   */
  recommend(productIds: string[], exclude: string[], limit: number): Promise<Recommendation[]>;
}
