import { Hono } from 'hono';
import {
  AdminReview,
  AdminReviewList,
  AdminReviewQuery,
  ModerateReviewBody,
  ReviewSettings,
  ReviewSettingsBody,
} from '../../sdk/schemas/index.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { BAD_JSON_BODY, errorResponse, FORBIDDEN, UNAUTHORIZED } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { listReviewsForAdmin, moderateReview } from './moderation.ts';

const GUARDED = { 401: UNAUTHORIZED, 403: FORBIDDEN };

export const adminListReviewsRoute = defineRoute({
  method: 'get',
  path: '/admin/reviews',
  operationId: 'adminListReviews',
  tag: 'Admin',
  summary: 'Every review, newest first',
  query: AdminReviewQuery,
  queryDescriptions: {
    status: '`published`, `pending` (waiting for approval) or `hidden`.',
    rating: 'Only reviews with this many stars, 1 to 5.',
    productId: 'Only reviews of this product (`prod_…`).',
    limit: 'Page size.',
    cursor: '`nextCursor` of the previous page, with the same filters.',
  },
  security: 'bearer',
  responses: {
    200: { description: 'A page of reviews.', body: AdminReviewList },
    400: errorResponse('`validation_failed` or `invalid_cursor`.'),
    ...GUARDED,
  },
});

export const adminModerateReviewRoute = defineRoute({
  method: 'patch',
  path: '/admin/reviews/:reviewId',
  operationId: 'adminModerateReview',
  tag: 'Admin',
  summary: 'Publish or hide a review, or reply to it in public',
  description: 'A hidden review leaves the product’s list and average at once; `reply: null` removes the reply.',
  params: { reviewId: 'The review id (`rev_…`).' },
  body: ModerateReviewBody,
  security: 'bearer',
  responses: {
    200: { description: 'The review as it is now.', body: AdminReview },
    400: BAD_JSON_BODY,
    ...GUARDED,
    404: errorResponse('`not_found`: no review has this id.'),
  },
});

export const adminGetReviewSettingsRoute = defineRoute({
  method: 'get',
  path: '/admin/review-settings',
  operationId: 'adminGetReviewSettings',
  tag: 'Admin',
  summary: 'How new reviews are moderated',
  security: 'bearer',
  responses: { 200: { description: 'The settings.', body: ReviewSettings }, ...GUARDED },
});

export const adminPutReviewSettingsRoute = defineRoute({
  method: 'put',
  path: '/admin/review-settings',
  operationId: 'adminPutReviewSettings',
  tag: 'Admin',
  summary: 'Publish reviews at once, or hold them for approval',
  description: 'Applies to reviews written or edited from now on.',
  body: ReviewSettingsBody,
  security: 'bearer',
  responses: { 200: { description: 'The settings.', body: ReviewSettings }, 400: BAD_JSON_BODY, ...GUARDED },
});

export const ADMIN_REVIEW_ROUTES = [
  adminListReviewsRoute,
  adminModerateReviewRoute,
  adminGetReviewSettingsRoute,
  adminPutReviewSettingsRoute,
];

/** `/api/admin/reviews` and `/api/admin/review-settings`; the admin check is mounted on `/api/admin/*` by the app. */
export function adminReviewRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, adminListReviewsRoute, async (c, { query }) => c.json(await listReviewsForAdmin(shop, query), 200));
  mountRoute(app, adminModerateReviewRoute, async (c, { params, body }) =>
    c.json(await moderateReview(shop, params.reviewId, body), 200),
  );
  mountRoute(app, adminGetReviewSettingsRoute, async (c) =>
    c.json({ moderation: await shop.data.reviews.getModeration() }, 200),
  );
  mountRoute(app, adminPutReviewSettingsRoute, async (c, { body }) => {
    await shop.data.reviews.setModeration(body.moderation, shop.now().toISOString());
    return c.json({ moderation: body.moderation }, 200);
  });
  return app;
}
