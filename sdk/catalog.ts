import type { Http } from './http.ts';
import type { Category } from './schemas/category.ts';
import type { Product, ProductList } from './schemas/product.ts';
import type { ProductListParams } from './schemas/product-query.ts';

export type CallOptions = { signal?: AbortSignal };

export type ProductsApi = {
  /** One page of products; pass the answer's `nextCursor` back as `cursor` for the next one. */
  list(params?: ProductListParams, options?: CallOptions): Promise<ProductList>;
  /** A product by id (`prod_…`) or URL handle. */
  get(idOrHandle: string, options?: CallOptions): Promise<Product>;
};

export type CategoriesApi = {
  list(options?: CallOptions): Promise<Category[]>;
};

export function productsApi(http: Http): ProductsApi {
  return {
    list: (params = {}, options = {}) =>
      http.request('get', 'products', 'productList', { searchParams: { ...params }, ...options }),
    get: (idOrHandle, options = {}) =>
      http.request('get', `products/${encodeURIComponent(idOrHandle)}`, 'product', options),
  };
}

export function categoriesApi(http: Http): CategoriesApi {
  return {
    list: async (options = {}) => (await http.request('get', 'categories', 'categoryList', options)).items,
  };
}
