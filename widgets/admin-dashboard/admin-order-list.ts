import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminClient, AdminOrderQuery, AdminOrderSummary } from '../../sdk/admin/index.ts';
import type { PaymentStatus } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { adminStyles } from './admin-styles.ts';
import { renderAccessError } from './access-error.ts';
import { blockStyles } from './blocks/block-styles.ts';
import { renderListStatus, renderListToolbar, renderLoadMore, type ListFilter } from './blocks/list-parts.ts';
import { PagedList } from './blocks/paged-list.ts';
import { renderOrderTable } from './order-table.ts';
import { PAYMENT_LABELS } from './order-words.ts';
import { tableStyles } from './order-table.styles.ts';

const PAGE_SIZE = 25;
/** The statuses to filter by, in the labels' order (the schemas' own list would bring zod into the bundle). */
const PAYMENT_OPTIONS: ListFilter['options'] = [
  ['', 'Any'],
  ...(Object.keys(PAYMENT_LABELS) as PaymentStatus[]).map((status) => [status, PAYMENT_LABELS[status][0]] as const),
];

/**
 * @summary The order list of `<admin-dashboard>`: search, a payment filter and "Load more".
 * @event storelet-admin-order-open - An order's number was chosen.
 * @event storelet-error - The orders could not be loaded.
 * @csspart toolbar - The search form.
 * @csspart search - The search field.
 * @csspart payment-filter - The payment status filter.
 * @csspart search-button - The search button.
 * @csspart status - The visually hidden live region announcing what is shown.
 * @csspart orders - The table.
 * @csspart order-row - A row.
 * @csspart open-order - An order's number, which opens it.
 * @csspart order-date - Its date.
 * @csspart order-email - Its customer's email.
 * @csspart order-total - Its total.
 * @csspart design-count - How many designs it has.
 * @csspart badge - A status badge; each also has payment-status, fulfillment-status or payment-issue-flag.
 * @csspart payment-status - The payment status badge.
 * @csspart fulfillment-status - The fulfilment status badge.
 * @csspart payment-issue-flag - The flag on an order with a payment issue.
 * @csspart load-more - The paging button.
 * @csspart empty - The state when no order matches.
 * @csspart error - The error state, or why more orders could not be loaded.
 * @csspart forbidden - The error state of an account that is not an admin (also error).
 * @csspart retry - The error state's "Try again" button.
 * @csspart button - Every button.
 */
export class AdminOrderList extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, adminStyles, tableStyles, blockStyles];

  @property({ attribute: false }) client: AdminClient | undefined;
  /** The order shown over the list ('' for none): when it closes, the keyboard goes back to its number. */
  @property({ attribute: false }) openOrderId = '';

  @state() private searchText = '';
  @state() private paymentStatus: PaymentStatus | '' = '';
  private readonly list = new PagedList<AdminOrderSummary>(
    this,
    (cursor) => {
      if (!this.client) throw new Error('No admin client');
      return this.client.orders.list(this.query(cursor));
    },
    (error) => emit(this, 'storelet-error', { code: error.code, message: error.message }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client')) void this.reload();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const closed = changed.get('openOrderId');
    if (closed && !this.openOrderId) void this.focusOrder(closed);
  }

  /** Asks again with the current search and filter, from the first page. */
  reload(): Promise<void> {
    return this.list.reload();
  }

  /** Moves focus to an order's number, e.g. when coming back from it. */
  async focusOrder(orderId: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-order="${CSS.escape(orderId)}"]`)?.focus();
  }

  private async focusAfterLoad(orderId: string | undefined): Promise<void> {
    if (orderId) return this.focusOrder(orderId);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="status"]')?.focus();
  }

  private query(cursor?: string): AdminOrderQuery {
    const q = this.searchText.trim();
    return {
      limit: PAGE_SIZE,
      ...(q ? { q } : {}),
      ...(this.paymentStatus ? { paymentStatus: this.paymentStatus } : {}),
      ...(cursor ? { cursor } : {}),
    };
  }

  private async loadMore(): Promise<void> {
    const hadFocus = this.shadowRoot?.activeElement?.matches('[part~="load-more"]') === true;
    const first = await this.list.loadMore();
    // The last page takes the button away: the keyboard goes on from the first order it brought.
    if (hadFocus && !this.list.nextCursor) void this.focusAfterLoad(first?.id);
  }

  private open(order: AdminOrderSummary): void {
    emit(this, 'storelet-admin-order-open', { orderId: order.id, orderNumber: order.number });
  }

  private get filtered(): boolean {
    return this.searchText.trim() !== '' || this.paymentStatus !== '';
  }

  protected override render(): TemplateResult {
    return html`${renderListToolbar({
      label: 'Find orders',
      search: {
        id: 'q',
        label: 'Search orders',
        placeholder: 'Order number or customer email',
        value: this.searchText,
        onInput: (value) => (this.searchText = value),
      },
      filters: [
        {
          id: 'payment',
          part: 'payment-filter',
          label: 'Payment',
          value: this.paymentStatus,
          options: PAYMENT_OPTIONS,
          onChange: (value) => {
            this.paymentStatus = value as PaymentStatus | '';
            void this.reload();
          },
        },
      ],
      onSubmit: () => void this.reload(),
    })}
      ${renderListStatus(this.list, ['order', 'orders'])} ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const list = this.list;
    if (list.phase === 'loading') {
      return html`<div aria-hidden="true"><div class="skeleton row"></div><div class="skeleton row"></div><div class="skeleton row"></div></div>`;
    }
    if (list.phase === 'error')
      return renderAccessError(list.error, 'Orders could not be loaded.', () => void this.reload());
    if (list.items.length === 0) {
      return html`<div part="empty" class="state">
        <p class="state-title">${this.filtered ? 'No orders match.' : 'No orders yet.'}</p>
        <p class="state-text">${this.filtered ? 'Try another number or email, or any payment status.' : 'Orders appear here as soon as shoppers place them.'}</p>
      </div>`;
    }
    return html`${renderOrderTable(list.items, (order) => this.open(order))}
      ${renderLoadMore(list, () => void this.loadMore())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-order-list': AdminOrderList;
  }
}
