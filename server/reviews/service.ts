import { createHash } from 'node:crypto';
import type {
  CreateReviewBody,
  OwnReview,
  ReviewEligibility,
  ReviewList,
  ReviewListQuery,
  ReviewStatus,
  UpdateReviewBody,
} from '../../sdk/schemas/index.ts';
import { UnauthorizedError } from '../accounts/errors.ts';
import { decodeCursor, encodeCursor } from '../data/cursor.ts';
import { newId } from '../data/ids.ts';
import type { ReviewRecord } from '../data/reviews.ts';
import { NotFoundError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { ReviewExistsError, ReviewNotAllowedError, ReviewNotFoundError } from './errors.ts';
import { authorKeyOf, findBuyer, type ReviewerProof } from './reviewer.ts';
import { toOwnReview, toRatingSummary, toReview } from './view.ts';

/** The product's id from an id or handle, or 404. */
export async function productIdOf(shop: Shop, idOrHandle: string): Promise<string> {
  const id = idOrHandle.length <= 120 ? await shop.data.reviews.resolveProduct(idOrHandle) : null;
  if (!id) throw new NotFoundError('The product', { productId: idOrHandle.slice(0, 120) });
  return id;
}

/** A page of published reviews, with the average and distribution over all of them. */
export async function listReviews(shop: Shop, productId: string, query: ReviewListQuery): Promise<ReviewList> {
  const scope = { sort: `reviews_${query.sort}` as const, q: productId };
  const after = query.cursor ? decodeCursor(query.cursor, scope, 'string') : null;
  const page = await shop.data.reviews.listPublished(productId, query.sort, after, query.limit + 1);
  const hasMore = page.rows.length > query.limit;
  const rows = page.rows.slice(0, query.limit);
  const last = rows.at(-1);
  const lastKey = page.keys[rows.length - 1];
  return {
    items: rows.map(toReview),
    nextCursor: hasMore && last && lastKey !== undefined ? encodeCursor(scope, { key: lastKey, id: last.id }) : null,
    summary: toRatingSummary(page.counts),
  };
}

/** Whether the sender may review the product; never an error for a shopper who simply cannot. */
export async function reviewEligibility(
  shop: Shop,
  productId: string,
  proof: ReviewerProof,
): Promise<ReviewEligibility> {
  try {
    const buyer = await findBuyer(shop, productId, proof);
    const own = await shop.data.reviews.findByAuthor(productId, buyer.authorKey);
    if (own) return { eligible: false, reason: 'reviewed', authorName: own.authorName, review: toOwnReview(own) };
    return { eligible: true, reason: 'eligible', authorName: buyer.authorName, review: null };
  } catch (error) {
    if (error instanceof UnauthorizedError)
      return { eligible: false, reason: 'sign_in_required', authorName: null, review: null };
    if (error instanceof ReviewNotAllowedError)
      return { eligible: false, reason: 'not_purchased', authorName: null, review: null };
    throw error;
  }
}

/** A new review's status: as the owner set moderation; an author's edit of a hidden review keeps it hidden. */
async function statusFor(shop: Shop, current: ReviewStatus | null): Promise<ReviewStatus> {
  if (current === 'hidden') return 'hidden';
  return (await shop.data.reviews.getModeration()) === 'approve' ? 'pending' : 'published';
}

export async function createReview(
  shop: Shop,
  productId: string,
  proof: ReviewerProof,
  body: CreateReviewBody,
): Promise<OwnReview> {
  const buyer = await findBuyer(shop, productId, proof);
  const at = shop.now().toISOString();
  const review: ReviewRecord = {
    id: newId('rev'),
    productId,
    ...buyer,
    ...body,
    status: await statusFor(shop, null),
    helpfulCount: 0,
    reply: null,
    repliedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  if (!(await shop.data.reviews.create(review))) {
    const existing = await shop.data.reviews.findByAuthor(productId, buyer.authorKey);
    throw new ReviewExistsError(existing?.id ?? '');
  }
  return toOwnReview(review);
}

/** The sender's own review, or 404 (another buyer's review is not theirs to see as their own). */
async function ownReview(
  shop: Shop,
  productId: string,
  reviewId: string,
  proof: ReviewerProof,
): Promise<{ review: ReviewRecord; authorKey: string }> {
  const authorKey = await authorKeyOf(shop, proof);
  const review = reviewId.length <= 64 ? await shop.data.reviews.find(reviewId) : null;
  if (!review || review.productId !== productId || review.authorKey !== authorKey) throw new ReviewNotFoundError();
  return { review, authorKey };
}

export async function updateReview(
  shop: Shop,
  productId: string,
  reviewId: string,
  proof: ReviewerProof,
  body: UpdateReviewBody,
): Promise<OwnReview> {
  const { review, authorKey } = await ownReview(shop, productId, reviewId, proof);
  const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
  const updated = await shop.data.reviews.update(
    review.id,
    authorKey,
    changes,
    await statusFor(shop, review.status),
    shop.now().toISOString(),
  );
  if (!updated) throw new ReviewNotFoundError();
  return toOwnReview(updated);
}

export async function deleteReview(
  shop: Shop,
  productId: string,
  reviewId: string,
  proof: ReviewerProof,
): Promise<void> {
  const { review, authorKey } = await ownReview(shop, productId, reviewId, proof);
  if (!(await shop.data.reviews.delete(review.id, authorKey))) throw new ReviewNotFoundError();
}

/** One helpful vote per visitor: the visitor's id is kept only as its hash. */
export async function voteHelpful(shop: Shop, reviewId: string, visitorId: string) {
  const voterKey = createHash('sha256').update(visitorId).digest('base64url');
  const result =
    reviewId.length <= 64 ? await shop.data.reviews.vote(reviewId, voterKey, shop.now().toISOString()) : null;
  if (!result) throw new ReviewNotFoundError();
  return result;
}
