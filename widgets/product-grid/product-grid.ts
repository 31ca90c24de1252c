import { Task } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { atom } from 'nanostores';
import type {
  ProductListState,
  ProductListStore,
  ProductSort,
  ProductSummary,
  Storefront,
  StoreletError,
} from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { starStyles } from '../shared/stars.ts';
import { badgeStyles, baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { priceStyles } from '../shared/price.ts';
import { StoreController } from '../store-controller.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { renderProductCard, renderSkeletonCard } from './product-card.ts';
import { styles } from './product-grid.styles.ts';
import { renderToolbar } from './grid-toolbar.ts';
import { announcement, renderEmpty, renderError, renderUnknownCategory } from './grid-states.ts';
import { InfiniteScroll } from './infinite-scroll.ts';
import { DEFAULT_PAGE_SIZE, effectiveSort, isCategoryHandle, listParams, pageSizeOf } from './grid-params.ts';
import { UrlSync } from './url-sync.ts';

const SEARCH_DEBOUNCE_MS = 300;
const idleList = atom<ProductListState>({
  status: 'idle',
  params: {},
  items: [],
  nextCursor: null,
  loadingMore: false,
  error: null,
});

/**
 * @summary A searchable, filterable, sortable list of the shop's products.
 *
 * @slot header - Shown above the search and filters, e.g. a heading for the collection.
 * @slot empty - Replaces the "No products match…" text when nothing matches.
 *
 * @event storelet-product-select - A card was chosen. Cancel it to stop a `product-href` link from navigating.
 * @event storelet-search - The shopper paused typing a new search (debounced).
 * @event storelet-error - Loading products failed; `detail` holds the server's code and message.
 *
 * @csspart toolbar - The row holding search, filters and sort.
 * @csspart search - The search form (`role="search"`).
 * @csspart search-input - The search field.
 * @csspart filters - The filter controls.
 * @csspart category-select - The category filter.
 * @csspart price-range - The price filter's fieldset.
 * @csspart price-input - The minimum and maximum price fields.
 * @csspart in-stock - The in-stock-only toggle.
 * @csspart sort-select - The sort order.
 * @csspart status - The visually hidden live region announcing result counts.
 * @csspart grid - The list of cards.
 * @csspart item - One list item.
 * @csspart skeleton - A placeholder item while loading (also item).
 * @csspart card - A product card.
 * @csspart media - The card's image box.
 * @csspart image - A product image.
 * @csspart body - The card's text.
 * @csspart category - The category line.
 * @csspart title - The product name.
 * @csspart price - A price.
 * @csspart compare-at-price - The struck-through regular price.
 * @csspart rating - The stars and review count of a reviewed product.
 * @csspart stars - The stars (one image, labelled with the rating).
 * @csspart badge - Any badge; each also has badge-sold-out, badge-low-stock or badge-sale.
 * @csspart badge-sold-out - The "Sold out" badge.
 * @csspart badge-low-stock - The "Only n left" badge.
 * @csspart badge-sale - The sale badge.
 * @csspart load-more - The "Load more" button.
 * @csspart empty - The empty state.
 * @csspart clear-filters - The empty state's "Clear filters" button.
 * @csspart error - The error state.
 * @csspart retry - The error state's "Try again" button.
 * @csspart button - Every button outside the cards.
 *
 * @cssproperty --product-grid-columns - Columns on wide screens when `columns` is not set (default 4).
 * @cssproperty --product-grid-min-card-width - Cards never get narrower; fewer columns are used instead (default 9.5rem).
 * @cssproperty --product-grid-gap - Space between cards (default 1.5rem; 1rem on narrow screens).
 * @cssproperty --product-grid-image-aspect-ratio - Image box ratio (default 1).
 */
export class ProductGrid extends LitElement {
  static override styles = [baseStyles, controlStyles, badgeStyles, priceStyles, stateStyles, starStyles, styles];

  /** Handle of a category to show; the shopper can change it unless filters are hidden. */
  @property() category = '';
  /** Search text. */
  @property() query = '';
  /** Order of the list; `relevance` (the default) means newest first until there is a search. An unknown value is the default. */
  @property() sort: ProductSort = 'relevance';
  /** Lowest price, in major units (e.g. dollars). */
  @property({ type: Number, attribute: 'min-price' }) minPrice: number | undefined;
  /** Highest price, in major units. */
  @property({ type: Number, attribute: 'max-price' }) maxPrice: number | undefined;
  /** Only products that can be bought now. */
  @property({ type: Boolean, attribute: 'in-stock' }) inStock = false;
  /** Products per page (1–100; other values are brought into that range). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;
  /** Columns on wide screens; narrow screens use fewer. */
  @property({ type: Number }) columns: number | undefined;
  /** Hides search, filters and sort; presets still apply. */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;
  /** Loads the next page when the end of the grid scrolls into view. */
  @property({ type: Boolean }) infinite = false;
  /** Makes cards real links, e.g. `/products/{handle}` (`{id}` works too). */
  @property({ attribute: 'product-href' }) productHref = '';
  /** Keeps the search, filters, sort and pages shown in the page's address (`?q=…&category=…&page=2`). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** What is in the search box now; becomes `query` once the shopper pauses. */
  @state() private searchText = '';

  private readonly storefront = new StorefrontController(this, (storefront) => this.attachList(storefront));
  private readonly list = new StoreController(this, idleList);
  private readonly categories = new Task(this, {
    task: async ([storefront], { signal }) => (storefront ? storefront.categories.list({ signal }) : []),
    args: () => [this.storefront.value] as const,
  });
  private store: ProductListStore | undefined;
  private appliedParams = '';
  private reportedError: StoreletError | null = null;
  private currency = 'USD';
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly infiniteScroll = new InfiniteScroll(this, {
    enabled: () => this.infinite,
    sentinel: () => this.renderRoot.querySelector('.sentinel'),
    count: () => this.list.value.items.length,
    loadMore: () => {
      const { status, nextCursor, loadingMore } = this.list.value;
      if (status === 'ready' && nextCursor && !loadingMore) void this.store?.loadMore();
    },
  });

  private readonly urlSync = new UrlSync(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  /** For UrlSync: how far the list is shown. */
  pagesShown(): number {
    return Math.ceil(this.list.value.items.length / pageSizeOf(this.pageSize));
  }

  listState(): 'busy' | 'more' | 'end' {
    const { status, nextCursor, loadingMore } = this.list.value;
    if (status === 'idle' || status === 'loading' || loadingMore) return 'busy';
    return nextCursor ? 'more' : 'end';
  }

  showMore(): void {
    void this.store?.loadMore();
  }

  private attachList(storefront: Storefront | undefined): void {
    this.store = storefront?.productList();
    this.appliedParams = '';
    this.list.setStore(this.store?.$state ?? idleList);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.query !== this.searchText) this.searchText = this.query;
    const currency = this.list.value.items[0]?.price.currency;
    if (currency) this.currency = currency;
    const params = listParams(this, this.currency);
    const key = JSON.stringify(params);
    if (this.store && key !== this.appliedParams) {
      this.appliedParams = key;
      void this.store.setParams(params);
    }
  }

  protected override updated(): void {
    const { error } = this.list.value;
    if (error && error !== this.reportedError) {
      emit(this, 'storelet-error', { code: error.code, message: error.message });
    }
    this.reportedError = error;
  }

  private async loadMore(): Promise<void> {
    const shown = this.list.value.items.length;
    await this.store?.loadMore();
    await this.updateComplete;
    // The button may vanish on the last page: move focus to the first new card instead of losing it.
    this.renderRoot.querySelectorAll<HTMLElement>('.card-link')[shown]?.focus();
  }

  private onSearchInput(text: string): void {
    this.searchText = text;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.commitSearch(), SEARCH_DEBOUNCE_MS);
  }

  private commitSearch(): void {
    clearTimeout(this.searchTimer);
    if (this.searchText.trim() === this.query.trim()) return;
    this.query = this.searchText;
    emit(this, 'storelet-search', { query: this.query.trim() });
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.query = this.searchText = '';
    this.category = '';
    this.minPrice = this.maxPrice = undefined;
    this.inStock = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search')?.focus());
  }

  /** A category that cannot be a handle, or one the shop's category list does not have. */
  private get unknownCategory(): boolean {
    if (!this.category) return false;
    if (!isCategoryHandle(this.category)) return true;
    const categories = this.categories.value;
    return (
      this.storefront.value !== undefined &&
      categories !== undefined &&
      !categories.some((c) => c.handle === this.category)
    );
  }

  private get hasFilters(): boolean {
    return Boolean(this.query.trim() || this.category || this.minPrice || this.maxPrice !== undefined || this.inStock);
  }

  private onSelect(product: ProductSummary, event: Event): void {
    const select = emit(
      this,
      'storelet-product-select',
      { productId: product.id, handle: product.handle },
      { cancelable: true },
    );
    if (select.defaultPrevented) event.preventDefault();
  }

  protected override render(): TemplateResult {
    const state = this.list.value;
    return html`<slot name="header"></slot>
      ${
        this.hideFilters
          ? nothing
          : renderToolbar({
              searchText: this.searchText,
              category: this.category,
              categories: this.categories.value ?? [],
              minPrice: this.minPrice,
              maxPrice: this.maxPrice,
              inStock: this.inStock,
              sort: effectiveSort(this),
              searching: this.query.trim() !== '',
              currency: this.currency,
              onSearchInput: (text) => this.onSearchInput(text),
              onSearchSubmit: () => this.commitSearch(),
              onCategory: (handle) => (this.category = handle),
              onPrice: (bound, value) => (this[bound] = value),
              onInStock: (checked) => (this.inStock = checked),
              onSort: (sort) => (this.sort = sort),
            })
      }
      <p part="status" class="visually-hidden" role="status" aria-live="polite">${announcement(state)}</p>
      ${this.renderBody(state)}
      ${this.infinite ? html`<div class="sentinel" aria-hidden="true"></div>` : nothing}`;
  }

  private renderBody(state: ProductListState): TemplateResult {
    if (!this.storefront.value) return renderNoShop();
    if (this.unknownCategory) return renderUnknownCategory(this.category, () => this.clearFilters());
    if (state.status === 'error' && state.items.length === 0 && state.error) {
      return renderError(state.error, () => void this.store?.reload());
    }
    if (state.status === 'ready' && state.items.length === 0) {
      return renderEmpty(this.hasFilters, () => this.clearFilters());
    }
    const loading = state.status !== 'ready' && state.status !== 'error';
    const apiUrl = this.storefront.value.apiUrl;
    const cards = loading
      ? Array.from({ length: Math.min(pageSizeOf(this.pageSize), 8) }, renderSkeletonCard)
      : state.items.map((product) =>
          renderProductCard(product, {
            apiUrl,
            hrefPattern: this.productHref,
            onSelect: (p, e) => this.onSelect(p, e),
          }),
        );
    return html`<ul
        part="grid"
        class="grid"
        role="list"
        aria-label="Products"
        aria-busy=${loading ? 'true' : 'false'}
        style=${styleMap(this.columns ? { '--_columns': String(this.columns) } : {})}
      >
        ${cards}
      </ul>
      ${this.renderFooter(state)}`;
  }

  private renderFooter(state: ProductListState): TemplateResult | typeof nothing {
    if (state.status === 'error' && state.error) {
      return renderError(state.error, () => void this.loadMore());
    }
    if (!state.nextCursor || state.status !== 'ready') return nothing;
    return html`<div class="footer">
      <button
        part="load-more button"
        class="button secondary load-more"
        type="button"
        aria-busy=${state.loadingMore ? 'true' : 'false'}
        @click=${() => void this.loadMore()}
      >
        ${state.loadingMore ? 'Loading…' : 'Load more'}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'product-grid': ProductGrid;
  }
}
