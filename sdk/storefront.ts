import { categoriesApi, productsApi, type CategoriesApi, type ProductsApi } from './catalog.ts';
import { createHttp, type HttpOptions } from './http.ts';
import { createProductListStore, type ProductListStore } from './product-list-store.ts';
import type { ProductListParams } from './schemas/product-query.ts';

export type StorefrontOptions = HttpOptions;

export type Storefront = {
  readonly apiUrl: string;
  readonly products: ProductsApi;
  readonly categories: CategoriesApi;
  /** A reactive, pageable product list bound to this storefront. */
  productList(params?: ProductListParams): ProductListStore;
};

/** The entry point of the SDK: one instance per shop server. Works in browsers and in Node ≥ 20. */
export function createStorefront(options: StorefrontOptions): Storefront {
  if (!options.apiUrl) throw new TypeError('createStorefront needs an apiUrl, e.g. "https://shop.example.com".');
  const http = createHttp(options);
  const products = productsApi(http);
  return {
    apiUrl: http.apiUrl,
    products,
    categories: categoriesApi(http),
    productList: (params) => createProductListStore(products, params),
  };
}
