import type { CallOptions } from '../catalog.ts';
import type { Http } from '../http.ts';
import type {
  AdminReview,
  AdminReviewList,
  AdminReviewParams,
  ModerateReviewBody,
  ReviewSettings,
} from '../schemas/review-admin.ts';

export type AdminReviewsApi = {
  /** One page of reviews of every status, newest first, filtered by status, stars or product. */
  list(query?: AdminReviewParams, options?: CallOptions): Promise<AdminReviewList>;
  /** Publish or hide a review, and set or remove (null) the shop's public reply. */
  moderate(reviewId: string, change: ModerateReviewBody): Promise<AdminReview>;
  settings(options?: CallOptions): Promise<ReviewSettings>;
  /** `publish`: new reviews show at once; `approve`: they wait for an admin. */
  updateSettings(settings: ReviewSettings): Promise<ReviewSettings>;
};

export function adminReviewsApi({
  http,
  guard,
}: {
  http: Http;
  guard<T>(call: () => Promise<T>): Promise<T>;
}): AdminReviewsApi {
  return {
    list: (query = {}, options = {}) =>
      guard(() =>
        http.request('get', 'admin/reviews', 'adminReviewList', { searchParams: query, signal: options.signal }),
      ),
    moderate: (reviewId, change) =>
      guard(() =>
        http.request('patch', `admin/reviews/${encodeURIComponent(reviewId)}`, 'adminReview', { json: change }),
      ),
    settings: (options = {}) =>
      guard(() => http.request('get', 'admin/review-settings', 'reviewSettings', { signal: options.signal })),
    updateSettings: (settings) =>
      guard(() => http.request('put', 'admin/review-settings', 'reviewSettings', { json: settings })),
  };
}
