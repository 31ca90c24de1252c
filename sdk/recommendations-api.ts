import type { CallOptions } from './catalog.ts';
import type { Http } from './http.ts';
import type { RecommendationList } from './schemas/recommendation.ts';

export type RecommendationsApi = {
  /** Bought together with the product, then similar products; never itself, never sold out. */
  forProduct(productId: string, limit?: number, options?: CallOptions): Promise<RecommendationList>;
  /** What goes with a cart's lines, minus what is in it. */
  forCart(cartId: string, limit?: number, options?: CallOptions): Promise<RecommendationList>;
};

export function recommendationsApi(http: Http): RecommendationsApi {
  const get = (path: string, limit: number | undefined, options: CallOptions) =>
    http.request('get', path, 'recommendationList', { searchParams: { limit }, ...options });
  return {
    forProduct: (productId, limit, options = {}) =>
      get(`products/${encodeURIComponent(productId)}/recommendations`, limit, options),
    forCart: (cartId, limit, options = {}) =>
      get(`carts/${encodeURIComponent(cartId)}/recommendations`, limit, options),
  };
}
