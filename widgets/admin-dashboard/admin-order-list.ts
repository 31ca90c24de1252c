import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminClient, AdminOrderQuery, AdminOrderSummary } from '../../sdk/admin/index.ts';
import { toStoreletError, type PaymentStatus, type StoreletError } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { adminStyles } from './admin-styles.ts';
import { renderAccessError } from './access-error.ts';
import { renderOrderTable } from './order-table.ts';
import { PAYMENT_LABELS } from './order-words.ts';
import { tableStyles } from './order-table.styles.ts';

const PAGE_SIZE = 25;
/** The statuses to filter by, in the labels' order (the schemas' own list would bring zod into the bundle). */
const PAYMENT_STATUSES = Object.keys(PAYMENT_LABELS) as PaymentStatus[];

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
  static override styles = [
    baseStyles,
    controlStyles,
    stateStyles,
    adminStyles,
    tableStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem;
      }
      .toolbar .grow {
        flex: 1 1 16rem;
      }
      .toolbar .field {
        width: 100%;
      }
      .more {
        display: grid;
        justify-items: center;
        gap: 0.5rem;
        margin-top: 1rem;
      }
    `,
  ];

  @property({ attribute: false }) client: AdminClient | undefined;
  /** The order shown over the list ('' for none): when it closes, the keyboard goes back to its number. */
  @property({ attribute: false }) openOrderId = '';

  @state() private searchText = '';
  @state() private paymentStatus: PaymentStatus | '' = '';
  @state() private items: AdminOrderSummary[] = [];
  @state() private nextCursor: string | null = null;
  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private error: StoreletError | undefined;
  @state() private loadingMore = false;
  @state() private moreError = '';
  /** Bumped on every new query, so an answer to an older one is dropped. */
  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client')) void this.reload();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const closed = changed.get('openOrderId');
    if (closed && !this.openOrderId) void this.focusOrder(closed);
  }

  /** Asks again with the current search and filter, from the first page. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.phase = 'loading';
    this.moreError = '';
    try {
      const page = await this.fetchPage();
      if (generation !== this.generation) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.phase = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail(error);
    }
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

  private fetchPage(cursor?: string) {
    if (!this.client) throw new Error('No admin client');
    return this.client.orders.list(this.query(cursor));
  }

  private fail(thrown: unknown): void {
    const error = toStoreletError(thrown);
    this.error = error;
    this.phase = 'error';
    emit(this, 'storelet-error', { code: error.code, message: error.message });
  }

  private async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (!cursor || this.loadingMore) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.moreError = '';
    const hadFocus = this.shadowRoot?.activeElement?.matches('[part~="load-more"]') === true;
    try {
      const page = await this.fetchPage(cursor);
      if (generation !== this.generation) return;
      const first = page.items[0];
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
      // The last page takes the button away: the keyboard goes on from the first order it brought.
      if (hadFocus && !page.nextCursor) void this.focusAfterLoad(first?.id);
    } catch (error) {
      if (generation === this.generation) this.moreError = toStoreletError(error).message;
    } finally {
      this.loadingMore = false;
    }
  }

  private open(order: AdminOrderSummary): void {
    emit(this, 'storelet-admin-order-open', { orderId: order.id, orderNumber: order.number });
  }

  private get filtered(): boolean {
    return this.searchText.trim() !== '' || this.paymentStatus !== '';
  }

  protected override render(): TemplateResult {
    return html`<form part="toolbar" class="toolbar" role="search" @submit=${(event: Event) => (event.preventDefault(), void this.reload())}>
        <div class="grow">
          <label class="label" for="q">Search orders</label>
          <input id="q" part="search" class="field" type="search" maxlength="200" placeholder="Order number or customer email"
            .value=${this.searchText} @input=${(event: Event) => (this.searchText = (event.target as HTMLInputElement).value)} />
        </div>
        <div>
          <label class="label" for="payment">Payment</label>
          <select id="payment" part="payment-filter" class="field" @change=${(event: Event) => {
            this.paymentStatus = (event.target as HTMLSelectElement).value as PaymentStatus | '';
            void this.reload();
          }}>
            <option value="" ?selected=${this.paymentStatus === ''}>Any</option>
            ${PAYMENT_STATUSES.map((status) => html`<option value=${status} ?selected=${this.paymentStatus === status}>${PAYMENT_LABELS[status][0]}</option>`)}
          </select>
        </div>
        <button part="search-button button" class="button secondary" type="submit">Search</button>
      </form>
      <p part="status" class="visually-hidden" role="status" tabindex="-1">${this.announcement()}</p>
      ${this.renderBody()}`;
  }

  private announcement(): string {
    if (this.phase === 'loading') return 'Loading orders…';
    if (this.phase !== 'ready') return '';
    const count = this.items.length;
    return `${count} ${count === 1 ? 'order' : 'orders'} shown${this.nextCursor ? ', more available' : ''}.`;
  }

  private renderBody(): TemplateResult {
    if (this.phase === 'loading') {
      return html`<div aria-hidden="true"><div class="skeleton row"></div><div class="skeleton row"></div><div class="skeleton row"></div></div>`;
    }
    if (this.phase === 'error')
      return renderAccessError(this.error, 'Orders could not be loaded.', () => void this.reload());
    if (this.items.length === 0) {
      return html`<div part="empty" class="state">
        <p class="state-title">${this.filtered ? 'No orders match.' : 'No orders yet.'}</p>
        <p class="state-text">${this.filtered ? 'Try another number or email, or any payment status.' : 'Orders appear here as soon as shoppers place them.'}</p>
      </div>`;
    }
    return html`${renderOrderTable(this.items, (order) => this.open(order))}
      <div class="more">
        ${
          this.nextCursor
            ? html`<button part="load-more button" class="button secondary" type="button" aria-disabled=${this.loadingMore ? 'true' : 'false'}
              aria-busy=${this.loadingMore ? 'true' : 'false'} @click=${() => void this.loadMore()}>
              ${this.loadingMore ? 'Loading…' : 'Load more'}
            </button>`
            : nothing
        }
        <p part="error" class="message error" role="alert">${this.moreError}</p>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-order-list': AdminOrderList;
  }
}
