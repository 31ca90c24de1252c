export { createStorefront, type Storefront, type StorefrontOptions } from './storefront.ts';
export type { ProductsApi, CategoriesApi, CallOptions } from './catalog.ts';
export type { ProductListStore, ProductListState } from './product-list-store.ts';
export type { CartApi } from './cart-api.ts';
export { isCartGone, type CartStore, type CartStatus } from './cart-store.ts';
export type { OrdersApi, PendingCheckout } from './orders-api.ts';
export type { AccountApi, CustomerSession } from './account-api.ts';
export type { StickersApi } from './stickers-api.ts';
export type { UploadsApi, UploadOptions } from './uploads-api.ts';
export type { CountriesApi } from './countries-api.ts';
export type { ReviewsApi, ReviewAccess } from './reviews-api.ts';
export type { RecommendationsApi } from './recommendations-api.ts';
export type { UploadProgress } from './xhr-upload.ts';
export { memoryStorage, type KeyValueStorage } from './storage.ts';
export { formatMoney, formatUnitPrice } from './money.ts';
export {
  CARRIERS,
  CARRIER_INFO,
  carrierTrackingUrl,
  matchesCarrierFormat,
  normalizeTrackingNumber,
  type CarrierInfo,
} from './carriers.ts';
export { REVIEW_BODY_MAX, REVIEW_TITLE_MAX, REVIEW_REPLY_MAX } from './schemas/review-limits.ts';
export {
  StoreletError,
  StoreletValidationError,
  StoreletNotFoundError,
  StoreletConflictError,
  StoreletAuthError,
  StoreletRateLimitError,
  StoreletNetworkError,
  StoreletApiError,
  errorFromResponse,
  isStoreletError,
  isAbortError,
  toStoreletError,
} from './errors.ts';
export type * from './schemas/index.ts';
export type { ResponseValidator, ResponseTypes, ResponseKind } from './responses.ts';
