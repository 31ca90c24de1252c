import type { CallOptions } from '../catalog.ts';
import type { Http } from '../http.ts';
import type {
  AdminCategory,
  AdminCategoryList,
  AdminProduct,
  AdminProductList,
  AdminProductParams,
  CreateCategoryBody,
  CreateProductBody,
  DeleteProductResult,
  LowStockList,
  PageParams,
  ReorderCategoriesBody,
  StockChangeBody,
  StockChangeResult,
  StockMovementList,
  UpdateCategoryBody,
  UpdateProductBody,
} from '../schemas/catalog-admin.ts';
import type { UploadProgress } from '../xhr-upload.ts';

export type AdminProductsApi = {
  /** Products of every status, newest first; `q` finds part of a title, handle or SKU. */
  list(query?: AdminProductParams, options?: CallOptions): Promise<AdminProductList>;
  get(productId: string, options?: CallOptions): Promise<AdminProduct>;
  /** A new product, a draft unless `status` says otherwise. */
  create(product: CreateProductBody): Promise<AdminProduct>;
  /** Replaces the fields given, from `change.version`; archive or restore with `status`. */
  update(productId: string, change: UpdateProductBody): Promise<AdminProduct>;
  /** Deletes the product, or archives it when any order bought it. */
  delete(productId: string, version: number): Promise<DeleteProductResult>;
  /** Adds a photo (JPEG, PNG, WEBP, GIF or TIFF) last in the gallery, from the product `version` read. */
  addImage(
    productId: string,
    photo: Blob,
    options: { version: number; alt?: string; signal?: AbortSignal; onProgress?: (progress: UploadProgress) => void },
  ): Promise<AdminProduct>;
};

export type AdminStockApi = {
  /** `{ delta, reason }` adds or takes units; `{ count, version, reason }` sets the units counted. */
  change(variantId: string, change: StockChangeBody): Promise<StockChangeResult>;
  /** The variant's ledger, newest first. */
  movements(variantId: string, query?: PageParams, options?: CallOptions): Promise<StockMovementList>;
  /** Variants at or below their low-stock threshold, fewest available first. */
  low(query?: PageParams, options?: CallOptions): Promise<LowStockList>;
};

export type AdminCategoriesApi = {
  list(options?: CallOptions): Promise<AdminCategoryList>;
  create(category: CreateCategoryBody): Promise<AdminCategory>;
  update(categoryId: string, change: UpdateCategoryBody): Promise<AdminCategory>;
  /** Removes a category; its products move to the `uncategorized` one. */
  delete(categoryId: string, version: number): Promise<void>;
  /** Every category once, in the new order, each with the version read. */
  reorder(order: ReorderCategoriesBody): Promise<AdminCategoryList>;
};

export type AdminCatalogApi = {
  readonly products: AdminProductsApi;
  readonly stock: AdminStockApi;
  readonly categories: AdminCategoriesApi;
};

type Deps = { http: Http; guard<T>(call: () => Promise<T>): Promise<T> };

const id = encodeURIComponent;

export function adminCatalogApi({ http, guard }: Deps): AdminCatalogApi {
  return {
    products: {
      list: (query = {}, options = {}) =>
        guard(() =>
          http.request('get', 'admin/products', 'adminProductList', { searchParams: query, signal: options.signal }),
        ),
      get: (productId, options = {}) =>
        guard(() => http.request('get', `admin/products/${id(productId)}`, 'adminProduct', { signal: options.signal })),
      create: (product) => guard(() => http.request('post', 'admin/products', 'adminProduct', { json: product })),
      update: (productId, change) =>
        guard(() => http.request('patch', `admin/products/${id(productId)}`, 'adminProduct', { json: change })),
      delete: (productId, version) =>
        guard(() =>
          http.request('delete', `admin/products/${id(productId)}`, 'deleteProductResult', {
            searchParams: { version },
          }),
        ),
      addImage: (productId, photo, { version, alt, signal, onProgress }) =>
        guard(() =>
          http.upload(`admin/products/${id(productId)}/images`, 'adminProduct', photo, {
            searchParams: { version: String(version), ...(alt === undefined ? {} : { alt }) },
            ...(signal ? { signal } : {}),
            ...(onProgress ? { onProgress } : {}),
          }),
        ),
    },
    stock: {
      change: (variantId, change) =>
        guard(() =>
          http.request('post', `admin/variants/${id(variantId)}/stock`, 'stockChangeResult', { json: change }),
        ),
      movements: (variantId, query = {}, options = {}) =>
        guard(() =>
          http.request('get', `admin/variants/${id(variantId)}/stock-movements`, 'stockMovementList', {
            searchParams: query,
            signal: options.signal,
          }),
        ),
      low: (query = {}, options = {}) =>
        guard(() =>
          http.request('get', 'admin/stock/low', 'lowStockList', { searchParams: query, signal: options.signal }),
        ),
    },
    categories: {
      list: (options = {}) =>
        guard(() => http.request('get', 'admin/categories', 'adminCategoryList', { signal: options.signal })),
      create: (category) => guard(() => http.request('post', 'admin/categories', 'adminCategory', { json: category })),
      update: (categoryId, change) =>
        guard(() => http.request('patch', `admin/categories/${id(categoryId)}`, 'adminCategory', { json: change })),
      delete: (categoryId, version) =>
        guard(() =>
          http.request('delete', `admin/categories/${id(categoryId)}`, 'empty', { searchParams: { version } }),
        ),
      reorder: (order) =>
        guard(() => http.request('put', 'admin/categories/order', 'adminCategoryList', { json: order })),
    },
  };
}
