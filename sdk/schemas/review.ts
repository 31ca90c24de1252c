import * as z from 'zod/mini';
import { listOf } from './list.ts';
import { wholeNumber, withoutBlanks } from './product-query.ts';

import { REVIEW_BODY_MAX, REVIEW_REPLY_MAX, REVIEW_TITLE_MAX } from './review-limits.ts';

export { REVIEW_BODY_MAX, REVIEW_REPLY_MAX, REVIEW_TITLE_MAX };

export const REVIEW_SORTS = ['newest', 'highest', 'lowest', 'helpful'] as const;
export const ReviewSort = z.enum(REVIEW_SORTS);
export type ReviewSort = z.infer<typeof ReviewSort>;

export const REVIEW_STATUSES = ['published', 'pending', 'hidden'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const REVIEW_MODERATIONS = ['publish', 'approve'] as const;
export const ReviewModeration = z.enum(REVIEW_MODERATIONS);
export type ReviewModeration = z.infer<typeof ReviewModeration>;

// Control characters other than line breaks and tabs have no place in plain text (a NUL, an escape sequence).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAK = /[\r\n]/;

function plainText(max: number, multiline: boolean) {
  return z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(max),
    z.refine((text) => !CONTROL.test(text) && (multiline || !LINE_BREAK.test(text)), 'must be plain text'),
  );
}

const Stars = z.number().check(z.int(), z.minimum(1), z.maximum(5));

/** The shop's public answer to a review. */
export const ReviewReply = z.object({ body: z.string(), createdAt: z.string() });
export type ReviewReply = z.infer<typeof ReviewReply>;

/** A published review as shoppers see it. Every review is by a verified buyer; only buyers may write one. */
export const Review = z.object({
  id: z.string(),
  productId: z.string(),
  rating: Stars,
  title: z.string(),
  body: z.string(),
  /** The author's first name. */
  authorName: z.string(),
  verifiedBuyer: z.boolean(),
  helpfulCount: z.number().check(z.int()),
  reply: z.nullable(ReviewReply),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Review = z.infer<typeof Review>;

/** The author's own review: with its status, since a held or hidden one is shown to nobody else. */
export const OwnReview = z.extend(Review, { status: ReviewStatus });
export type OwnReview = z.infer<typeof OwnReview>;

/** Published reviews by star: `"5"` is the number of five-star reviews. */
export const RatingDistribution = z.object({
  '1': z.number().check(z.int()),
  '2': z.number().check(z.int()),
  '3': z.number().check(z.int()),
  '4': z.number().check(z.int()),
  '5': z.number().check(z.int()),
});
export type RatingDistribution = z.infer<typeof RatingDistribution>;

export const RatingSummary = z.object({
  /** Average stars, to two decimals; null without a published review. */
  average: z.nullable(z.number()),
  count: z.number().check(z.int()),
  distribution: RatingDistribution,
});
export type RatingSummary = z.infer<typeof RatingSummary>;

export const ReviewList = z.extend(listOf(Review), { summary: RatingSummary });
export type ReviewList = z.infer<typeof ReviewList>;

export const MAX_REVIEW_PAGE_SIZE = 50;
export const DEFAULT_REVIEW_PAGE_SIZE = 10;

export const ReviewListQuery = z.pipe(
  z.transform(withoutBlanks),
  z.strictObject({
    sort: z._default(ReviewSort, 'newest'),
    limit: z.prefault(wholeNumber(1, MAX_REVIEW_PAGE_SIZE), DEFAULT_REVIEW_PAGE_SIZE),
    cursor: z.optional(z.string().check(z.maxLength(512))),
  }),
);
export type ReviewListQuery = z.infer<typeof ReviewListQuery>;
export type ReviewListParams = { sort?: ReviewSort; limit?: number; cursor?: string };

/**
 * Who is writing, besides a signed-in customer's bearer token: a paid order's id and a token that opens it
 * (the checkout's access token, or the signed link of an email).
 */
export const ReviewerQuery = z.strictObject({
  orderId: z.optional(z.string().check(z.maxLength(64))),
  token: z.optional(z.string().check(z.maxLength(200))),
});
export type ReviewerQuery = z.infer<typeof ReviewerQuery>;
export type ReviewerCredentials = { orderId: string; token: string };

export const CreateReviewBody = z.strictObject({
  rating: Stars,
  title: plainText(REVIEW_TITLE_MAX, false),
  body: plainText(REVIEW_BODY_MAX, true),
});
export type CreateReviewBody = z.infer<typeof CreateReviewBody>;

export const UpdateReviewBody = z.strictObject({
  rating: z.optional(Stars),
  title: z.optional(plainText(REVIEW_TITLE_MAX, false)),
  body: z.optional(plainText(REVIEW_BODY_MAX, true)),
});
export type UpdateReviewBody = z.infer<typeof UpdateReviewBody>;

export const REVIEW_ELIGIBILITY_REASONS = ['eligible', 'reviewed', 'not_purchased', 'sign_in_required'] as const;

/** Whether the caller may write a review of the product, and their own review when they wrote one. */
export const ReviewEligibility = z.object({
  eligible: z.boolean(),
  reason: z.enum(REVIEW_ELIGIBILITY_REASONS),
  /** The first name the review will show. */
  authorName: z.nullable(z.string()),
  review: z.nullable(OwnReview),
});
export type ReviewEligibility = z.infer<typeof ReviewEligibility>;

export const HelpfulVoteBody = z.strictObject({
  /** A random id the browser keeps (the SDK makes one): one vote per visitor and review. */
  visitorId: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16 to 64 letters, digits, - or _')),
});
export type HelpfulVoteBody = z.infer<typeof HelpfulVoteBody>;

export const HelpfulVote = z.object({
  helpfulCount: z.number().check(z.int()),
  /** False when this visitor had already voted: the count did not move. */
  counted: z.boolean(),
});
export type HelpfulVote = z.infer<typeof HelpfulVote>;
