export { createStorefront, type Storefront, type StorefrontOptions } from './storefront.ts';
export type { ProductsApi, CategoriesApi, CallOptions } from './catalog.ts';
export type { ProductListStore, ProductListState } from './product-list-store.ts';
export { formatMoney } from './money.ts';
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
} from './errors.ts';
export type * from './schemas/index.ts';
export type { ResponseValidator, ResponseTypes, ResponseKind } from './responses.ts';
