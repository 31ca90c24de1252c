import * as z from 'zod/mini';
import { listOf, MAX_PAGE_SIZE } from './list.ts';
import { wholeNumber, withoutBlanks } from './product-query.ts';
import { REVIEW_REPLY_MAX } from './review-limits.ts';
import { Review, ReviewModeration, ReviewStatus } from './review.ts';

/** A review as the shop's admin sees it: any status, with who wrote it and for which order. */
export const AdminReview = z.extend(Review, {
  status: ReviewStatus,
  authorEmail: z.string(),
  orderId: z.string(),
  productTitle: z.string(),
  productHandle: z.string(),
});
export type AdminReview = z.infer<typeof AdminReview>;

export const AdminReviewList = listOf(AdminReview);
export type AdminReviewList = z.infer<typeof AdminReviewList>;

export const AdminReviewQuery = z.pipe(
  z.transform(withoutBlanks),
  z.strictObject({
    status: z.optional(ReviewStatus),
    rating: z.optional(wholeNumber(1, 5)),
    productId: z.optional(z.string().check(z.maxLength(64))),
    limit: z.prefault(wholeNumber(1, MAX_PAGE_SIZE), 25),
    cursor: z.optional(z.string().check(z.maxLength(512))),
  }),
);
export type AdminReviewQuery = z.infer<typeof AdminReviewQuery>;
export type AdminReviewParams = {
  status?: ReviewStatus;
  rating?: number;
  productId?: string;
  limit?: number;
  cursor?: string;
};

/** Publish or hide a review, and set or remove (null) the shop's public reply. */
export const ModerateReviewBody = z.strictObject({
  status: z.optional(z.enum(['published', 'hidden'])),
  reply: z.optional(
    z.nullable(z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(REVIEW_REPLY_MAX))),
  ),
});
export type ModerateReviewBody = z.infer<typeof ModerateReviewBody>;

export const ReviewSettings = z.object({
  /** `publish`: a review shows at once; `approve`: it waits until an admin publishes it. */
  moderation: ReviewModeration,
});
export type ReviewSettings = z.infer<typeof ReviewSettings>;
export const ReviewSettingsBody = z.strictObject({ moderation: ReviewModeration });
export type ReviewSettingsBody = z.infer<typeof ReviewSettingsBody>;
