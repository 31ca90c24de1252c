import * as z from 'zod/mini';
import { wholeNumber, withoutBlanks } from './product-query.ts';
import { ProductSummary } from './product.ts';

export const RECOMMENDATION_REASONS = ['bought_together', 'similar'] as const;

/** A product to suggest, why, and its only variant when one click can add it to a cart. */
export const Recommendation = z.extend(ProductSummary, {
  reason: z.enum(RECOMMENDATION_REASONS),
  /** The variant to add when the product has exactly one and needs no design; otherwise null. */
  variantId: z.nullable(z.string()),
});
export type Recommendation = z.infer<typeof Recommendation>;

/** Bought together first (by how many paid orders), then similar products; never sold out, at most `limit`. */
export const RecommendationList = z.object({ items: z.array(Recommendation) });
export type RecommendationList = z.infer<typeof RecommendationList>;

export const MAX_RECOMMENDATIONS = 24;
export const DEFAULT_RECOMMENDATIONS = 8;

export const RecommendationQuery = z.pipe(
  z.transform(withoutBlanks),
  z.strictObject({ limit: z.prefault(wholeNumber(1, MAX_RECOMMENDATIONS), DEFAULT_RECOMMENDATIONS) }),
);
export type RecommendationQuery = z.infer<typeof RecommendationQuery>;
