import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Category, ProductSort } from '../../sdk/index.ts';
import { currencySymbol } from '../shared/money-input.ts';

export const SORT_LABELS: Record<ProductSort, string> = {
  relevance: 'Relevance',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  newest: 'Newest',
  name_asc: 'Name: A to Z',
  name_desc: 'Name: Z to A',
  rating: 'Best rated',
};

export type ToolbarProps = {
  searchText: string;
  category: string;
  categories: readonly Category[];
  /** Major units, as typed. */
  minPrice: number | undefined;
  maxPrice: number | undefined;
  inStock: boolean;
  /** The order the list has now, never `relevance` without a search. */
  sort: ProductSort;
  /** Whether there is a search: only then is relevance an order to offer. */
  searching: boolean;
  currency: string;
  onSearchInput(text: string): void;
  onSearchSubmit(): void;
  onCategory(handle: string): void;
  onPrice(bound: 'minPrice' | 'maxPrice', value: number | undefined): void;
  onInStock(checked: boolean): void;
  onSort(sort: ProductSort): void;
};

function readPrice(event: Event): number | undefined {
  const input = event.target as HTMLInputElement;
  const value = input.valueAsNumber;
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

function renderPriceField(props: ToolbarProps, bound: 'minPrice' | 'maxPrice', label: string): TemplateResult {
  const value = props[bound];
  return html`<label class="price-field">
    <span class="visually-hidden">${label} (${props.currency})</span>
    <span class="currency" aria-hidden="true">${currencySymbol(props.currency)}</span>
    <input
      part="price-input"
      class="field"
      type="number"
      min="0"
      step="any"
      inputmode="decimal"
      placeholder=${bound === 'minPrice' ? 'Min' : 'Max'}
      .value=${live(value === undefined ? '' : String(value))}
      @change=${(event: Event) => props.onPrice(bound, readPrice(event))}
    />
  </label>`;
}

/** Search, filters and sort above the grid. Prices are typed in major units; the grid converts them. */
export function renderToolbar(props: ToolbarProps): TemplateResult {
  return html`<div part="toolbar" class="toolbar">
    <form
      part="search"
      class="search"
      role="search"
      @submit=${(event: Event) => {
        event.preventDefault();
        props.onSearchSubmit();
      }}
    >
      <label class="label" for="search">Search products</label>
      <input
        id="search"
        part="search-input"
        class="field"
        type="search"
        autocomplete="off"
        placeholder="Search…"
        .value=${live(props.searchText)}
        @input=${(event: Event) => props.onSearchInput((event.target as HTMLInputElement).value)}
      />
    </form>
    <div part="filters" class="filters">
      <div class="filter category-filter">
        <label class="label" for="category">Category</label>
        <select
          id="category"
          part="category-select"
          class="field"
          .value=${live(props.category)}
          @change=${(event: Event) => props.onCategory((event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${props.category === ''}>All categories</option>
          ${props.categories.map(
            (category) =>
              html`<option value=${category.handle} ?selected=${category.handle === props.category}>${category.name}</option>`,
          )}
          ${
            props.category && !props.categories.some((category) => category.handle === props.category)
              ? html`<option value=${props.category} selected>${props.category}</option>`
              : nothing
          }
        </select>
      </div>
      <fieldset part="price-range" class="filter price-range">
        <legend class="label">Price</legend>
        <div class="price-inputs">
          ${renderPriceField(props, 'minPrice', 'Minimum price')}
          <span aria-hidden="true">–</span>
          ${renderPriceField(props, 'maxPrice', 'Maximum price')}
        </div>
      </fieldset>
      <label part="in-stock" class="filter toggle">
        <input
          type="checkbox"
          .checked=${live(props.inStock)}
          @change=${(event: Event) => props.onInStock((event.target as HTMLInputElement).checked)}
        />
        In stock only
      </label>
      <div class="filter sort">
        <label class="label" for="sort">Sort by</label>
        <select
          id="sort"
          part="sort-select"
          class="field"
          .value=${live(props.sort)}
          @change=${(event: Event) => props.onSort((event.target as HTMLSelectElement).value as ProductSort)}
        >
          ${Object.entries(SORT_LABELS)
            .filter(([value]) => props.searching || value !== 'relevance')
            .map(([value, label]) => html`<option value=${value} ?selected=${value === props.sort}>${label}</option>`)}
        </select>
      </div>
    </div>
  </div>`;
}
