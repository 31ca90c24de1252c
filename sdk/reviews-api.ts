import type { CallOptions } from './catalog.ts';
import type { Http } from './http.ts';
import type {
  CreateReviewBody,
  HelpfulVote,
  OwnReview,
  ReviewEligibility,
  ReviewerCredentials,
  ReviewList,
  ReviewListParams,
  UpdateReviewBody,
} from './schemas/review.ts';
import { scopedKey, type KeyValueStorage } from './storage.ts';

/** What the shopper can review with: the eligibility, and the order proof it was found with (none when signed in). */
export type ReviewAccess = { eligibility: ReviewEligibility; proof: ReviewerCredentials | null };

export type ReviewsApi = {
  /** A page of a product's published reviews, with its average and distribution. */
  list(productId: string, params?: ReviewListParams, options?: CallOptions): Promise<ReviewList>;
  /**
   * Whether this shopper may review the product: as the signed-in customer, with `proof` (a review-request
   * link's order and token), or with an order this device placed. Answers the first that proves a purchase.
   */
  access(productId: string, proof?: ReviewerCredentials | null, options?: CallOptions): Promise<ReviewAccess>;
  create(productId: string, body: CreateReviewBody, proof: ReviewerCredentials | null): Promise<OwnReview>;
  update(
    productId: string,
    reviewId: string,
    body: UpdateReviewBody,
    proof: ReviewerCredentials | null,
  ): Promise<OwnReview>;
  delete(productId: string, reviewId: string, proof: ReviewerCredentials | null): Promise<void>;
  /** "Was this helpful?": once per visitor (a random id kept in storage) and review. */
  voteHelpful(reviewId: string): Promise<HelpfulVote>;
};

const proofParams = (proof: ReviewerCredentials | null) =>
  proof ? { searchParams: { orderId: proof.orderId, token: proof.token } } : {};

function randomVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function reviewsApi(http: Http, storage: KeyValueStorage, knownOrders: () => ReviewerCredentials[]): ReviewsApi {
  const path = (productId: string, rest = '') => `products/${encodeURIComponent(productId)}/reviews${rest}`;
  const visitorKey = scopedKey(http.apiUrl, 'visitor');
  const visitorId = () => {
    let id = storage.getItem(visitorKey);
    if (!id) storage.setItem(visitorKey, (id = randomVisitorId()));
    return id;
  };
  return {
    list: (productId, params = {}, options = {}) =>
      http.request('get', path(productId), 'reviewList', { searchParams: { ...params }, ...options }),
    async access(productId, proof, options = {}) {
      const candidates = [...(proof ? [proof] : []), null, ...knownOrders()];
      let last: ReviewAccess | null = null;
      for (const candidate of candidates) {
        const eligibility = await http.request('get', path(productId, '/eligibility'), 'reviewEligibility', {
          ...proofParams(candidate),
          ...options,
        });
        last = { eligibility, proof: candidate };
        if (eligibility.reason === 'eligible' || eligibility.reason === 'reviewed') break;
      }
      return last as ReviewAccess;
    },
    create: (productId, body, proof) =>
      http.request('post', path(productId), 'ownReview', { json: body, ...proofParams(proof) }),
    update: (productId, reviewId, body, proof) =>
      http.request('patch', path(productId, `/${encodeURIComponent(reviewId)}`), 'ownReview', {
        json: body,
        ...proofParams(proof),
      }),
    async delete(productId, reviewId, proof) {
      await http.request('delete', path(productId, `/${encodeURIComponent(reviewId)}`), 'empty', proofParams(proof));
    },
    voteHelpful: (reviewId) =>
      http.request('post', `reviews/${encodeURIComponent(reviewId)}/helpful`, 'helpfulVote', {
        json: { visitorId: visitorId() },
      }),
  };
}
