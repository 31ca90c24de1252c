import type { AdminReview, AdminReviewList, AdminReviewQuery, ModerateReviewBody } from '../../sdk/schemas/index.ts';
import { decodeCursor, encodeCursor } from '../data/cursor.ts';
import type { Shop } from '../shop/shop.ts';
import { ReviewNotFoundError } from './errors.ts';
import { toAdminReview } from './view.ts';

/** The admin's side of reviews: every status, newest first, filtered by status, stars and product. */
export async function listReviewsForAdmin(shop: Shop, query: AdminReviewQuery): Promise<AdminReviewList> {
  const filter = { status: query.status, rating: query.rating, productId: query.productId };
  const scope = { sort: 'admin_reviews' as const, q: JSON.stringify(filter) };
  const after = query.cursor ? decodeCursor(query.cursor, scope, 'string') : null;
  const rows = await shop.data.reviews.listForAdmin(filter, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toAdminReview),
    nextCursor: rows.length > query.limit && last ? encodeCursor(scope, { key: last.createdAt, id: last.id }) : null,
  };
}

/** Publish or hide a review and set or remove the shop's reply; the product's rating follows at once. */
export async function moderateReview(shop: Shop, reviewId: string, body: ModerateReviewBody): Promise<AdminReview> {
  const change = {
    ...(body.status ? { status: body.status } : {}),
    ...(body.reply !== undefined ? { reply: body.reply } : {}),
  };
  const review =
    reviewId.length <= 64 ? await shop.data.reviews.moderate(reviewId, change, shop.now().toISOString()) : null;
  if (!review) throw new ReviewNotFoundError();
  const product = await shop.data.catalog.getProduct(review.productId);
  return toAdminReview({ ...review, productTitle: product?.title ?? '', productHandle: product?.handle ?? '' });
}
