import { accountApi, type AccountApi } from './account-api.ts';
import { cartApi, type CartApi } from './cart-api.ts';
import { createCartStore, type CartStore } from './cart-store.ts';
import { categoriesApi, productsApi, type CategoriesApi, type ProductsApi } from './catalog.ts';
import { countriesApi, type CountriesApi } from './countries-api.ts';
import { createHttp, type HttpOptions } from './http.ts';
import { ordersApi, type OrdersApi } from './orders-api.ts';
import { createProductListStore, type ProductListStore } from './product-list-store.ts';
import type { ProductListParams } from './schemas/product-query.ts';
import { recommendationsApi, type RecommendationsApi } from './recommendations-api.ts';
import { reviewsApi, type ReviewsApi } from './reviews-api.ts';
import { defaultStorage, type KeyValueStorage } from './storage.ts';
import { stickersApi, type StickersApi } from './stickers-api.ts';
import { uploadsApi, type UploadsApi } from './uploads-api.ts';

export type StorefrontOptions = HttpOptions & {
  /** Where the cart id and order access tokens are kept; the page's localStorage by default. */
  storage?: KeyValueStorage;
};

export type Storefront = {
  readonly apiUrl: string;
  readonly products: ProductsApi;
  readonly categories: CategoriesApi;
  /** The raw cart endpoints; most callers want `cart`, the reactive store over them. */
  readonly carts: CartApi;
  /** This device's cart: reactive, persisted, optimistic. */
  readonly cart: CartStore;
  readonly orders: OrdersApi;
  /** The customer's account: sign-up, sign-in, profile, addresses, orders and invoices. */
  readonly account: AccountApi;
  /** Custom sticker options and server-priced quotes. */
  readonly stickers: StickersApi;
  /** Design files uploaded to a cart, for custom sticker lines. */
  readonly uploads: UploadsApi;
  /** What addresses in a country need: its states or provinces. */
  readonly countries: CountriesApi;
  /** Product reviews: read, write (verified buyers), helpful votes. */
  readonly reviews: ReviewsApi;
  /** Bought together and similar products, for a product or a cart. */
  readonly recommendations: RecommendationsApi;
  /** A reactive, pageable product list bound to this storefront. */
  productList(params?: ProductListParams): ProductListStore;
};

/** The entry point of the SDK: one instance per shop server. Works in browsers and in Node ≥ 20. */
export function createStorefront(options: StorefrontOptions): Storefront {
  if (!options.apiUrl) throw new TypeError('createStorefront needs an apiUrl, e.g. "https://shop.example.com".');
  const http = createHttp(options);
  const storage = options.storage ?? defaultStorage();
  const products = productsApi(http);
  const carts = cartApi(http);
  const cart = createCartStore(carts, storage, http.apiUrl);
  const account = accountApi({ http, storage, cart, fetch: options.fetch ?? ((input, init) => fetch(input, init)) });
  const orders = ordersApi(http, storage, () => account.token());
  return {
    apiUrl: http.apiUrl,
    products,
    categories: categoriesApi(http),
    carts,
    cart,
    // A signed-in customer's checkout carries their token, so the order joins their account.
    orders,
    account,
    stickers: stickersApi(http),
    uploads: uploadsApi(http),
    countries: countriesApi(http),
    reviews: reviewsApi(http, storage, orders.knownOrders),
    recommendations: recommendationsApi(http),
    productList: (params) => createProductListStore(products, params),
  };
}
