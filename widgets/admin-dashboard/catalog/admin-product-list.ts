import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminClient, AdminProduct, AdminProductParams, ProductStatus } from '../../../sdk/admin/index.ts';
import { formatMoney } from '../../../sdk/index.ts';
import { emit } from '../../events.ts';
import { baseStyles, controlStyles, stateStyles } from '../../shared/styles.ts';
import { renderAccessError } from '../access-error.ts';
import { routeHref } from '../admin-route.ts';
import { adminStyles } from '../admin-styles.ts';
import { blockStyles } from '../blocks/block-styles.ts';
import { renderListStatus, renderListToolbar, renderLoadMore, type ListFilter } from '../blocks/list-parts.ts';
import { PagedList } from '../blocks/paged-list.ts';
import { tableStyles } from '../order-table.styles.ts';
import { isPlainClick, PRODUCT_STATUS_LABELS, productStatusBadge } from './catalog-words.ts';

const STATUS_OPTIONS: ListFilter['options'] = [
  ['', 'Any status'],
  ...(Object.keys(PRODUCT_STATUS_LABELS) as ProductStatus[]).map(
    (status) => [status, PRODUCT_STATUS_LABELS[status][0]] as const,
  ),
];

/** The lowest price of a product's variants, "from" when they differ. */
function priceOf(product: AdminProduct): string {
  const prices = product.variants.map((variant) => variant.price);
  const lowest = prices.reduce((low, price) => (price.amount < low.amount ? price : low), prices[0]!);
  const from = prices.some((price) => price.amount !== lowest.amount) ? 'from ' : '';
  return `${from}${formatMoney(lowest)}`;
}

const available = (product: AdminProduct) =>
  product.variants.reduce((sum, variant) => sum + variant.stock.available, 0);

/**
 * @summary The product list of `<admin-dashboard>`: every product of any status, newest first, found by title, handle
 * or SKU and filtered by status, with "Load more"; a product's title opens it, "New product" opens an empty form.
 * @event storelet-admin-product-open - A product's title or "New product" was chosen (`productId` is '' for a new one).
 * @event storelet-error - The products could not be loaded.
 * @csspart toolbar - The search form.
 * @csspart search - The search field.
 * @csspart status-filter - The status filter.
 * @csspart search-button - The search button.
 * @csspart new-product - The "New product" link.
 * @csspart status - The visually hidden live region announcing what is shown.
 * @csspart products - The table.
 * @csspart product-row - A row.
 * @csspart open-product - A product's title, which opens it.
 * @csspart product-price - Its price.
 * @csspart product-stock - Its units available, all variants together.
 * @csspart badge - A status badge (also product-status).
 * @csspart product-status - The product's status.
 * @csspart load-more - The paging button.
 * @csspart empty - The state when no product matches.
 * @csspart error - The error state, or why more products could not be loaded.
 * @csspart forbidden - The error state of an account that is not an admin (also error).
 * @csspart retry - The error state's "Try again" button.
 * @csspart button - Every button.
 */
export class AdminProductList extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, adminStyles, tableStyles, blockStyles];

  @property({ attribute: false }) client: AdminClient | undefined;
  /** Products per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @state() private searchText = '';
  @state() private status: ProductStatus | '' = '';
  private readonly list = new PagedList<AdminProduct>(
    this,
    (cursor) => {
      if (!this.client) throw new Error('No admin client');
      return this.client.catalog.products.list(this.query(cursor));
    },
    (error) => emit(this, 'storelet-error', { code: error.code, message: error.message }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) void this.list.reload();
  }

  private query(cursor: string | undefined): AdminProductParams {
    const q = this.searchText.trim();
    return {
      limit: this.pageSize,
      ...(q ? { q } : {}),
      ...(this.status ? { status: this.status } : {}),
      ...(cursor ? { cursor } : {}),
    };
  }

  private open(event: MouseEvent, productId: string): void {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    emit(this, 'storelet-admin-product-open', { productId });
  }

  protected override render(): TemplateResult {
    return html`${renderListToolbar({
      label: 'Find products',
      search: {
        id: 'q',
        label: 'Search products',
        placeholder: 'Title, handle or SKU',
        value: this.searchText,
        onInput: (value) => (this.searchText = value),
      },
      filters: [
        {
          id: 'product-status',
          part: 'status-filter',
          label: 'Status',
          value: this.status,
          options: STATUS_OPTIONS,
          onChange: (value) => {
            this.status = value as ProductStatus | '';
            void this.list.reload();
          },
        },
      ],
      onSubmit: () => void this.list.reload(),
    })}
      <p><a part="new-product" class="button" href=${routeHref({ screen: 'products', path: 'new' })}
        @click=${(event: MouseEvent) => this.open(event, '')}>New product</a></p>
      ${renderListStatus(this.list, ['product', 'products'])} ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const list = this.list;
    if (list.phase === 'loading') {
      return html`<div aria-hidden="true"><div class="skeleton row"></div><div class="skeleton row"></div></div>`;
    }
    if (list.phase === 'error')
      return renderAccessError(list.error, 'Products could not be loaded.', () => void list.reload());
    if (list.items.length === 0) {
      const filtered = this.searchText.trim() !== '' || this.status !== '';
      return html`<div part="empty" class="state">
        <p class="state-title">${filtered ? 'No products match.' : 'No products yet.'}</p>
        <p class="state-text">${filtered ? 'Try another title, handle or SKU, or any status.' : 'Add the first one with “New product”.'}</p>
      </div>`;
    }
    return html`<div class="table-wrap" role="region" aria-label="Products" tabindex="0">
        <table part="products" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">Product</th>
              <th role="columnheader" scope="col">Status</th>
              <th role="columnheader" scope="col">Category</th>
              <th role="columnheader" scope="col" class="number">Price</th>
              <th role="columnheader" scope="col" class="number">Available</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${list.items.map(
              (product) => html`<tr role="row" part="product-row" data-product=${product.id}>
                <th role="rowheader" scope="row">
                  <a part="open-product" class="link" href=${routeHref({ screen: 'products', path: product.id })}
                    @click=${(event: MouseEvent) => this.open(event, product.id)}>${product.title}</a>
                  <span class="meta">${product.handle}</span>
                </th>
                <td role="cell">${productStatusBadge(product.status)}</td>
                <td role="cell">${product.category.name}</td>
                <td role="cell" part="product-price" class="number nowrap">${priceOf(product)}</td>
                <td role="cell" part="product-stock" class="number">${available(product)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${renderLoadMore(list, () => void list.loadMore())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-product-list': AdminProductList;
  }
}
