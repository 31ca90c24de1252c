import { html, type TemplateResult } from 'lit';
import type { ProductListState } from '../../sdk/index.ts';

/** Nothing matched. The host may replace the text through the `empty` slot. */
export function renderEmpty(hasFilters: boolean, onClear: () => void): TemplateResult {
  return html`<div part="empty" class="state empty">
    <slot name="empty">
      <p class="state-title">${hasFilters ? 'No products match your search and filters.' : 'No products here yet.'}</p>
      ${hasFilters ? html`<p class="state-text">Try other words, or clear the filters to see everything.</p>` : ''}
    </slot>
    ${hasFilters
      ? html`<button part="clear-filters button" class="button secondary" type="button" @click=${onClear}>Clear filters</button>`
      : ''}
  </div>`;
}

/** A request failed: the server's own message, and a way to try again. */
export function renderError(message: string, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="state error" role="alert">
    <p class="state-title">Products could not be loaded.</p>
    <p class="state-text">${message}</p>
    <button part="retry button" class="button secondary" type="button" @click=${onRetry}>Try again</button>
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
