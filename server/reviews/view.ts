import type { AdminReview, OwnReview, RatingSummary, Review } from '../../sdk/schemas/index.ts';
import type { AdminReviewRecord, RatingCounts, ReviewRecord } from '../data/reviews.ts';
import { averageRating } from '../data/sqlite/rows.ts';

/** Stored reviews to wire shapes. Every review is by a buyer: none can be written without a paid order. */

export function toReview(record: ReviewRecord): Review {
  return {
    id: record.id,
    productId: record.productId,
    rating: record.rating,
    title: record.title,
    body: record.body,
    authorName: record.authorName,
    verifiedBuyer: true,
    helpfulCount: record.helpfulCount,
    reply:
      record.reply !== null && record.repliedAt !== null ? { body: record.reply, createdAt: record.repliedAt } : null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export function toOwnReview(record: ReviewRecord): OwnReview {
  return { ...toReview(record), status: record.status };
}

export function toAdminReview(record: AdminReviewRecord): AdminReview {
  return {
    ...toReview(record),
    status: record.status,
    authorEmail: record.authorKey,
    orderId: record.orderId,
    productTitle: record.productTitle,
    productHandle: record.productHandle,
  };
}

export function toRatingSummary(counts: RatingCounts): RatingSummary {
  const [one, two, three, four, five] = counts.byStars;
  return {
    average: averageRating(counts.total, counts.count),
    count: counts.count,
    distribution: { '1': one, '2': two, '3': three, '4': four, '5': five },
  };
}
