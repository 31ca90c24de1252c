import { map, type MapStore } from 'nanostores';
import type { ProductsApi } from './catalog.ts';
import { toStoreletError, type StoreletError } from './errors.ts';
import type { ProductSummary } from './schemas/product.ts';
import type { ProductListParams } from './schemas/product-query.ts';

export type ProductListState = {
  status: 'idle' | 'loading' | 'ready' | 'error';
  params: ProductListParams;
  items: ProductSummary[];
  nextCursor: string | null;
  /** True while a further page is on its way; `items` stay shown meanwhile. */
  loadingMore: boolean;
  error: StoreletError | null;
};

export type ProductListStore = {
  $state: MapStore<ProductListState>;
  /** Replaces the query (search, filters, sort) and loads its first page. */
  setParams(params: ProductListParams): Promise<void>;
  /** Appends the next page, if there is one. */
  loadMore(): Promise<void>;
  reload(): Promise<void>;
};

/**
 * A reactive product list any framework can subscribe to. A newer query cancels the request of an
 * older one, so a fast typist never sees stale results land last.
 */
export function createProductListStore(products: ProductsApi, initial: ProductListParams = {}): ProductListStore {
  const $state = map<ProductListState>({
    status: 'idle',
    params: initial,
    items: [],
    nextCursor: null,
    loadingMore: false,
    error: null,
  });
  let controller: AbortController | null = null;

  async function load(params: ProductListParams, cursor: string | null): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    try {
      const page = await products.list(cursor ? { ...params, cursor } : params, { signal: current.signal });
      if (current.signal.aborted) return;
      const items = cursor ? [...$state.get().items, ...page.items] : page.items;
      $state.set({ status: 'ready', params, items, nextCursor: page.nextCursor, loadingMore: false, error: null });
    } catch (error) {
      if (current.signal.aborted) return;
      $state.set({ ...$state.get(), status: 'error', loadingMore: false, error: toStoreletError(error) });
    }
  }

  return {
    $state,
    setParams(params) {
      $state.set({
        ...$state.get(),
        status: 'loading',
        params,
        items: [],
        nextCursor: null,
        loadingMore: false,
        error: null,
      });
      return load(params, null);
    },
    loadMore() {
      const state = $state.get();
      if (!state.nextCursor || state.loadingMore || state.status === 'loading') return Promise.resolve();
      $state.setKey('loadingMore', true);
      return load(state.params, state.nextCursor);
    },
    reload() {
      return this.setParams($state.get().params);
    },
  };
}
