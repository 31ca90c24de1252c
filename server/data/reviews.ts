import type { ReviewModeration, ReviewSort, ReviewStatus } from '../../sdk/schemas/index.ts';
import type { Keyset } from './cursor.ts';

/** Reviews, helpful votes, the moderation setting and review-request bookkeeping, as stored. */

export type ReviewRecord = {
  id: string;
  productId: string;
  /** The buyer's lowercased email: one review per buyer and product. */
  authorKey: string;
  userId: string | null;
  orderId: string;
  authorName: string;
  rating: number;
  title: string;
  body: string;
  status: ReviewStatus;
  helpfulCount: number;
  reply: string | null;
  repliedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** An admin's view adds the product's title and handle. */
export type AdminReviewRecord = ReviewRecord & { productTitle: string; productHandle: string };

export type ReviewChanges = { rating?: number; title?: string; body?: string };

/** Published count per star, 1 to 5, and the count and star total they add up to. */
export type RatingCounts = { count: number; total: number; byStars: [number, number, number, number, number] };

export type AdminReviewFilter = { status?: ReviewStatus; rating?: number; productId?: string };

/** A paid order that bought the product: the buyer's email and the name on its address. */
export type Purchase = { orderId: string; email: string; addressName: string };

/** `readyAt`: when the order's last parcel was delivered, or its payment in a shop that records no shipments. */
export type DueReviewRequest = { orderId: string; email: string; readyAt: string };

export interface ReviewRepository {
  /**
   * A paid (or partly refunded) order with a line of `productId` that belongs to the account `userId`, or whose
   * email is `emailKey` (any case; null when the account's email is not verified, so a sign-up cannot claim it).
   */
  findPurchaseByAccount(productId: string, userId: string, emailKey: string | null): Promise<Purchase | null>;
  /** The product's id from its id or handle, or null. */
  resolveProduct(idOrHandle: string): Promise<string | null>;
  /** Stores a new review; false when the author already reviewed the product. Published ones count at once. */
  create(review: ReviewRecord): Promise<boolean>;
  find(id: string): Promise<ReviewRecord | null>;
  findByAuthor(productId: string, authorKey: string): Promise<ReviewRecord | null>;
  /** The author's edit; `status` is what it becomes. Null when no such review of this author exists. */
  update(
    id: string,
    authorKey: string,
    changes: ReviewChanges,
    status: ReviewStatus,
    at: string,
  ): Promise<ReviewRecord | null>;
  /** False when no such review of this author exists. */
  delete(id: string, authorKey: string): Promise<boolean>;
  /** Publish, hide, reply (null removes the reply). Null when the review does not exist. */
  moderate(
    id: string,
    change: { status?: 'published' | 'hidden'; reply?: string | null },
    at: string,
  ): Promise<ReviewRecord | null>;
  /** A page of a product's published reviews, and its counts from the same snapshot. */
  listPublished(
    productId: string,
    sort: ReviewSort,
    after: Keyset | null,
    limit: number,
  ): Promise<{ rows: ReviewRecord[]; keys: string[]; counts: RatingCounts }>;
  listForAdmin(filter: AdminReviewFilter, after: Keyset | null, limit: number): Promise<AdminReviewRecord[]>;
  /** Counts a visitor's helpful vote once; null when the review is not published. */
  vote(reviewId: string, voterKey: string, at: string): Promise<{ helpfulCount: number; counted: boolean } | null>;
  getModeration(): Promise<ReviewModeration>;
  setModeration(moderation: ReviewModeration, at: string): Promise<void>;
  /** Paid orders paid within [paidFrom, paidTo) whose review request was never sent nor claimed since `staleBefore`. */
  dueReviewRequests(
    readyFrom: string,
    readyTo: string,
    staleBefore: string,
    limit: number,
  ): Promise<DueReviewRequest[]>;
  /** Claims the order's request for one sender; false when another holds a fresh claim or it was sent. */
  claimReviewRequest(orderId: string, at: string, staleBefore: string): Promise<boolean>;
  markReviewRequestSent(orderId: string, at: string): Promise<void>;
}
