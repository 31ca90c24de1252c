import { Hono } from 'hono';
import {
  CreateReviewBody,
  HelpfulVote,
  HelpfulVoteBody,
  OwnReview,
  ReviewEligibility,
  ReviewerQuery,
  ReviewList,
  ReviewListQuery,
  UpdateReviewBody,
} from '../../sdk/schemas/index.ts';
import { optionalAccount } from '../auth/bearer.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { BAD_JSON_BODY, errorResponse, UNAUTHORIZED } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import {
  createReview,
  deleteReview,
  listReviews,
  productIdOf,
  reviewEligibility,
  updateReview,
  voteHelpful,
} from './service.ts';
import { voteLimiter } from './vote-limit.ts';

const PRODUCT = { productId: 'The product id (`prod_…`) or its URL handle.' };
const REVIEW = { ...PRODUCT, reviewId: 'The review id (`rev_…`).' };
const PROOF = {
  orderId: 'A paid order of the product (with `token`), for a shopper who is not signed in.',
  token: 'The order’s access token from checkout, or the signed token of an order or review-request email.',
};
const NOT_ALLOWED = errorResponse(
  '`review_not_allowed`: no paid order for this product is proven by the token or the account.',
);
const NOT_FOUND = errorResponse('`not_found`: no such product, or no review of it by this buyer.');
const WHO =
  'The author is a signed-in customer (`Authorization: Bearer`) whose email placed a paid order for the product, or ' +
  'whoever holds a paid order’s link (`orderId` and `token`). ';

export const listReviewsRoute = defineRoute({
  method: 'get',
  path: '/products/:productId/reviews',
  operationId: 'listReviews',
  tag: 'Reviews',
  summary: 'A product’s reviews, with its average and distribution',
  description: 'Published reviews only. `summary` counts every published review, not just the page.',
  params: PRODUCT,
  query: ReviewListQuery,
  queryDescriptions: {
    sort: '`newest`, `highest` or `lowest` stars (newest first among equals), or `helpful` (most votes).',
    limit: 'Page size.',
    cursor: '`nextCursor` of the previous page, with the same `sort`.',
  },
  responses: {
    200: { description: 'A page of reviews.', body: ReviewList },
    400: errorResponse('`validation_failed` or `invalid_cursor`.'),
    404: NOT_FOUND,
  },
});

export const reviewEligibilityRoute = defineRoute({
  method: 'get',
  path: '/products/:productId/reviews/eligibility',
  operationId: 'getReviewEligibility',
  tag: 'Reviews',
  summary: 'Whether the sender may review the product',
  description: `${WHO}Answers the sender’s own review when there is one (any status). Never cached.`,
  params: PRODUCT,
  query: ReviewerQuery,
  queryDescriptions: PROOF,
  security: 'bearer',
  responses: {
    200: { description: 'Eligible or why not.', body: ReviewEligibility },
    400: errorResponse('`validation_failed`.'),
    401: UNAUTHORIZED,
    404: NOT_FOUND,
  },
});

export const createReviewRoute = defineRoute({
  method: 'post',
  path: '/products/:productId/reviews',
  operationId: 'createReview',
  tag: 'Reviews',
  summary: 'Review a product (verified buyers, once)',
  description: `${WHO}Plain text within length limits. Published at once or held for approval, as the shop set.`,
  params: PRODUCT,
  query: ReviewerQuery,
  queryDescriptions: PROOF,
  body: CreateReviewBody,
  security: 'bearer',
  responses: {
    201: { description: 'The review, with its status.', body: OwnReview },
    400: BAD_JSON_BODY,
    401: UNAUTHORIZED,
    403: NOT_ALLOWED,
    404: NOT_FOUND,
    409: errorResponse('`review_exists`: this buyer already reviewed the product; `details.reviewId` is that review.'),
  },
});

export const updateReviewRoute = defineRoute({
  method: 'patch',
  path: '/products/:productId/reviews/:reviewId',
  operationId: 'updateReview',
  tag: 'Reviews',
  summary: 'Edit your review',
  description: `${WHO}Under approval moderation the edit waits for approval again; a hidden review stays hidden.`,
  params: REVIEW,
  query: ReviewerQuery,
  queryDescriptions: PROOF,
  body: UpdateReviewBody,
  security: 'bearer',
  responses: {
    200: { description: 'The review as it is now.', body: OwnReview },
    400: BAD_JSON_BODY,
    401: UNAUTHORIZED,
    403: NOT_ALLOWED,
    404: NOT_FOUND,
  },
});

export const deleteReviewRoute = defineRoute({
  method: 'delete',
  path: '/products/:productId/reviews/:reviewId',
  operationId: 'deleteReview',
  tag: 'Reviews',
  summary: 'Delete your review',
  params: REVIEW,
  query: ReviewerQuery,
  queryDescriptions: PROOF,
  security: 'bearer',
  responses: { 204: { description: 'Deleted.' }, 401: UNAUTHORIZED, 403: NOT_ALLOWED, 404: NOT_FOUND },
});

export const voteHelpfulRoute = defineRoute({
  method: 'post',
  path: '/reviews/:reviewId/helpful',
  operationId: 'voteReviewHelpful',
  tag: 'Reviews',
  summary: 'Say a review was helpful',
  description:
    'Once per visitor and review (a repeat answers `counted: false`); at most 30 votes a minute per network address.',
  params: { reviewId: 'The review id (`rev_…`).' },
  body: HelpfulVoteBody,
  responses: {
    200: { description: 'The review’s helpful count.', body: HelpfulVote },
    400: BAD_JSON_BODY,
    404: errorResponse('`not_found`: no published review has this id.'),
    429: errorResponse('`rate_limited`: too many votes from this address; `Retry-After` says when to try again.'),
  },
});

export const REVIEW_ROUTES = [
  listReviewsRoute,
  reviewEligibilityRoute,
  createReviewRoute,
  updateReviewRoute,
  deleteReviewRoute,
  voteHelpfulRoute,
];

const NO_STORE = { 'Cache-Control': 'no-store' };

/** `/api/products/:productId/reviews…` and `/api/reviews/:reviewId/helpful`. */
export function reviewRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const maybeSignedIn = optionalAccount(shop);
  const limitVotes = voteLimiter({ perMinute: 30, now: () => shop.now().getTime() });
  const proof = (c: { get(key: 'account'): AppEnv['Variables']['account'] }, order: ReviewerQuery) => ({
    account: c.get('account'),
    order,
  });

  mountRoute(app, listReviewsRoute, async (c, { params, query }) =>
    c.json(await listReviews(shop, await productIdOf(shop, params.productId), query), 200),
  );

  mountRoute(app, reviewEligibilityRoute, maybeSignedIn, async (c, { params, query }) =>
    c.json(await reviewEligibility(shop, await productIdOf(shop, params.productId), proof(c, query)), 200, NO_STORE),
  );

  mountRoute(app, createReviewRoute, maybeSignedIn, async (c, { params, query, body }) =>
    c.json(await createReview(shop, await productIdOf(shop, params.productId), proof(c, query), body), 201, NO_STORE),
  );

  mountRoute(app, updateReviewRoute, maybeSignedIn, async (c, { params, query, body }) => {
    const productId = await productIdOf(shop, params.productId);
    return c.json(await updateReview(shop, productId, params.reviewId, proof(c, query), body), 200, NO_STORE);
  });

  mountRoute(app, deleteReviewRoute, maybeSignedIn, async (c, { params, query }) => {
    await deleteReview(shop, await productIdOf(shop, params.productId), params.reviewId, proof(c, query));
    return c.body(null, 204, NO_STORE);
  });

  mountRoute(app, voteHelpfulRoute, async (c, { params, body }) => {
    limitVotes(c);
    return c.json(await voteHelpful(shop, params.reviewId, body.visitorId), 200, NO_STORE);
  });

  return app;
}
