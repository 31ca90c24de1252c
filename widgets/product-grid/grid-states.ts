import { html, nothing, type TemplateResult } from 'lit';
import type { FieldIssue, ProductListState, StoreletError } from '../../sdk/index.ts';

/** Nothing matched. The host may replace the text through the `empty` slot. */
export function renderEmpty(hasFilters: boolean, onClear: () => void): TemplateResult {
  return html`<div part="empty" class="state empty">
    <slot name="empty">
      <p class="state-title">${hasFilters ? 'No products match your search and filters.' : 'No products here yet.'}</p>
      ${hasFilters ? html`<p class="state-text">Try other words, or clear the filters to see everything.</p>` : ''}
    </slot>
    ${
      hasFilters
        ? html`<button part="clear-filters button" class="button secondary" type="button" @click=${onClear}>Clear filters</button>`
        : ''
    }
  </div>`;
}

/** The server's parameter names in the grid's own words. */
const FIELD_LABELS: Record<string, string> = {
  q: 'Search',
  category: 'Category',
  minPrice: 'Minimum price',
  maxPrice: 'Maximum price',
  inStock: 'In stock only',
  sort: 'Sort',
  limit: 'Page size',
  cursor: 'Next page',
};

/** The fields a refused request named, e.g. "Minimum price: must not be above the maximum price". */
function fieldProblems(error: StoreletError): string[] {
  const issues = error.details['issues'];
  if (!Array.isArray(issues)) return [];
  return (issues as FieldIssue[]).map((issue) => `${FIELD_LABELS[issue.path] ?? issue.path}: ${issue.message}`);
}

/** A request failed: the server's own message, the fields it named, and a way to try again. */
export function renderError(error: StoreletError, onRetry: () => void): TemplateResult {
  const problems = fieldProblems(error);
  return html`<div part="error" class="state error" role="alert">
    <p class="state-title">Products could not be loaded.</p>
    <p class="state-text">${error.message}</p>
    ${problems.length ? html`<ul class="state-text">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>` : nothing}
    <button part="retry button" class="button secondary" type="button" @click=${onRetry}>Try again</button>
  </div>`;
}

/** The grid was asked for a category the shop does not have. */
export function renderUnknownCategory(category: string, onClear: () => void): TemplateResult {
  return html`<div part="empty" class="state empty">
    <p class="state-title">This shop has no category “${category}”.</p>
    <button part="clear-filters button" class="button secondary" type="button" @click=${onClear}>Show all products</button>
  </div>`;
}

/** What the live region says: counts after a load, never on every keystroke. */
export function announcement(state: ProductListState): string {
  if (state.status === 'loading') return 'Loading products…';
  if (state.status !== 'ready') return '';
  const count = state.items.length;
  if (count === 0) return 'No products match.';
  return `${count} ${count === 1 ? 'product' : 'products'} shown${state.nextCursor ? ', more available' : ''}.`;
}
