import { html, nothing, type TemplateResult } from 'lit';
import type { PagedList } from './paged-list.ts';

/** A filter of a list's toolbar: a labelled select whose first option ('' value) means "any". */
export type ListFilter = {
  id: string;
  /** The select's part; `filter` by default. */
  part?: string;
  label: string;
  value: string;
  options: readonly (readonly [value: string, label: string])[];
  onChange(value: string): void;
};

/** A search box for a list's toolbar; searching happens on submit. */
export type ListSearch = {
  /** The input's id; `list-q` by default. */
  id?: string;
  label: string;
  placeholder: string;
  value: string;
  onInput(value: string): void;
};

/**
 * The toolbar of a paged list: an optional search box and filters. A changed filter applies at once; the search
 * applies when the form is sent (Enter or the Search button), so typing does not send a request per key.
 */
export function renderListToolbar(options: {
  label: string;
  search?: ListSearch;
  filters: readonly ListFilter[];
  onSubmit(): void;
}): TemplateResult {
  const { search } = options;
  return html`<form part="toolbar" class="list-toolbar" role="search" aria-label=${options.label}
    @submit=${(event: Event) => (event.preventDefault(), options.onSubmit())}>
    ${
      search
        ? html`<div class="grow">
          <label class="label" for=${search.id ?? 'list-q'}>${search.label}</label>
          <input id=${search.id ?? 'list-q'} part="search" class="field" type="search" maxlength="200" placeholder=${search.placeholder}
            .value=${search.value} @input=${(event: Event) => search.onInput((event.target as HTMLInputElement).value)} />
        </div>`
        : nothing
    }
    ${options.filters.map(
      (filter) => html`<div>
        <label class="label" for=${filter.id}>${filter.label}</label>
        <select id=${filter.id} part=${filter.part ?? 'filter'} class="field"
          @change=${(event: Event) => filter.onChange((event.target as HTMLSelectElement).value)}>
          ${filter.options.map(([value, label]) => html`<option value=${value} ?selected=${value === filter.value}>${label}</option>`)}
        </select>
      </div>`,
    )}
    ${search ? html`<button part="search-button button" class="button secondary" type="submit">Search</button>` : nothing}
  </form>`;
}

/** What a screen reader hears as the list changes: loading, then how many rows are shown. */
export function renderListStatus(list: PagedList<unknown>, noun: readonly [one: string, many: string]): TemplateResult {
  const count = list.items.length;
  const said =
    list.phase === 'loading'
      ? `Loading ${noun[1]}…`
      : list.phase === 'ready'
        ? `${count} ${count === 1 ? noun[0] : noun[1]} shown${list.nextCursor ? ', more available' : ''}.`
        : '';
  return html`<p part="status" class="visually-hidden" role="status" tabindex="-1">${said}</p>`;
}

/** "Load more" while the server has more, and why the last page could not be loaded. */
export function renderLoadMore(list: PagedList<unknown>, onLoadMore: () => void): TemplateResult {
  return html`<div class="more">
    ${
      list.nextCursor
        ? html`<button part="load-more button" class="button secondary" type="button" aria-disabled=${list.loadingMore ? 'true' : 'false'}
          aria-busy=${list.loadingMore ? 'true' : 'false'} @click=${onLoadMore}>${list.loadingMore ? 'Loading…' : 'Load more'}</button>`
        : nothing
    }
    <p part="error" class="message error" role="alert">${list.moreError}</p>
  </div>`;
}
