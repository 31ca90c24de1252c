import type { ReviewSort, ReviewStatus } from '../../../sdk/schemas/index.ts';
import type { ReviewRecord } from '../reviews.ts';

/** Review rows as SQLite returns them, and the sort keys of the review lists. */

export type ReviewRow = {
  id: string;
  product_id: string;
  author_key: string;
  user_id: string | null;
  order_id: string;
  author_name: string;
  rating: number;
  title: string;
  body: string;
  status: ReviewStatus;
  helpful_count: number;
  reply: string | null;
  replied_at: string | null;
  created_at: string;
  updated_at: string;
};

export const REVIEW_COLUMNS = `r.id, r.product_id, r.author_key, r.user_id, r.order_id, r.author_name, r.rating, r.title,
  r.body, r.status, r.helpful_count, r.reply, r.replied_at, r.created_at, r.updated_at`;

/**
 * Each list sorts descending by one text key, ties broken by id, so a cursor is one key and one id:
 * stars (or 6 − stars for the lowest first) or helpful votes, then the newest first within them.
 */
export const REVIEW_SORT_KEYS: Record<ReviewSort, string> = {
  newest: 'r.created_at',
  highest: `r.rating || '|' || r.created_at`,
  lowest: `(6 - r.rating) || '|' || r.created_at`,
  helpful: `printf('%010d', r.helpful_count) || '|' || r.created_at`,
};

export function toReviewRecord(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    productId: row.product_id,
    authorKey: row.author_key,
    userId: row.user_id,
    orderId: row.order_id,
    authorName: row.author_name,
    rating: row.rating,
    title: row.title,
    body: row.body,
    status: row.status,
    helpfulCount: row.helpful_count,
    reply: row.reply,
    repliedAt: row.replied_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What a change of a review moves in its product's published count and star total. */
export function ratingDelta(
  before: { status: ReviewStatus; rating: number } | null,
  after: { status: ReviewStatus; rating: number } | null,
): { count: number; total: number } {
  const counted = (review: { status: ReviewStatus; rating: number } | null) =>
    review?.status === 'published' ? { count: 1, total: review.rating } : { count: 0, total: 0 };
  const [from, to] = [counted(before), counted(after)];
  return { count: to.count - from.count, total: to.total - from.total };
}
