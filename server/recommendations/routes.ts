import { Hono } from 'hono';
import { RecommendationList, RecommendationQuery, type Recommendation } from '../../sdk/schemas/index.ts';
import { PageCache } from '../cache/page-cache.ts';
import { findCart } from '../carts/service.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { errorResponse } from '../openapi/responses.ts';
import { productIdOf } from '../reviews/service.ts';
import type { Shop } from '../shop/shop.ts';

const LIMIT = { limit: 'At most this many products.' };

export const productRecommendationsRoute = defineRoute({
  method: 'get',
  path: '/products/:productId/recommendations',
  operationId: 'getProductRecommendations',
  tag: 'Catalog',
  summary: 'Products to suggest with this one',
  description:
    'Products bought together with it in paid orders (counted at payment), most often first, then products of the ' +
    'same category and tags. Never the product itself, never a sold-out product. Kept until the catalog next ' +
    'changes (a payment, a stock move, a review), like the product pages.',
  params: { productId: 'The product id (`prod_…`) or its URL handle.' },
  query: RecommendationQuery,
  queryDescriptions: LIMIT,
  responses: {
    200: { description: 'Suggestions, bought together first.', body: RecommendationList },
    400: errorResponse('`validation_failed`.'),
    404: errorResponse('`not_found`: no product has this id or handle.'),
  },
});

export const cartRecommendationsRoute = defineRoute({
  method: 'get',
  path: '/carts/:cartId/recommendations',
  operationId: 'getCartRecommendations',
  tag: 'Carts',
  summary: 'Products that go with a cart',
  description: 'What goes with the cart’s lines, as for a product, minus what is already in the cart. Never cached.',
  params: { cartId: 'The cart id.' },
  query: RecommendationQuery,
  queryDescriptions: LIMIT,
  responses: {
    200: { description: 'Suggestions, bought together first.', body: RecommendationList },
    400: errorResponse('`validation_failed`.'),
    404: errorResponse('`cart_not_found`.'),
  },
});

export const RECOMMENDATION_ROUTES = [productRecommendationsRoute, cartRecommendationsRoute];

/** `GET /api/products/:productId/recommendations` and `GET /api/carts/:cartId/recommendations`. */
export function recommendationRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Answers depend on stock, ratings and the bought-together counts, and every change to those (a payment
  // moves stock) bumps the catalog version: kept until then, as the product pages are.
  const cache = new PageCache<Recommendation[]>({ maxEntries: 2_000 });

  mountRoute(app, productRecommendationsRoute, async (c, { params, query }) => {
    const version = shop.data.catalog.version;
    const key = `${params.productId.slice(0, 120)}:${query.limit}`;
    let items = cache.get(key, version);
    if (!items) {
      const productId = await productIdOf(shop, params.productId);
      items = await shop.data.recommendations.recommend([productId], [productId], query.limit);
      cache.set(key, version, items);
    }
    return c.json({ items }, 200);
  });

  mountRoute(app, cartRecommendationsRoute, async (c, { params, query }) => {
    const { lines } = await findCart(shop, params.cartId);
    const inCart = [...new Set(lines.map((line) => line.productId))];
    const items = inCart.length === 0 ? [] : await shop.data.recommendations.recommend(inCart, inCart, query.limit);
    return c.json({ items }, 200, { 'Cache-Control': 'no-store' });
  });

  return app;
}
