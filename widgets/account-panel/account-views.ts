import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney, type Account, type AccountOrderSummary, type SavedAddress } from '../../sdk/index.ts';
import { addressSummary } from './account-forms.ts';

/** The signed-in views' templates: order history, address book, profile. The element owns their state. */

const STATUS_WORDS: Record<string, string> = {
  pending: 'Awaiting payment',
  paid: 'Paid',
  failed: 'Payment failed',
  refunded: 'Refunded',
  partially_refunded: 'Partly refunded',
  unfulfilled: 'Not shipped yet',
  shipped: 'Shipped',
  in_transit: 'In transit',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  exception: 'Delivery problem',
  returned: 'Returned',
};
const words = (status: string) => STATUS_WORDS[status] ?? status;
const day = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export type OrdersState = {
  orders: AccountOrderSummary[];
  more: boolean;
  loading: boolean;
  /** `{id}` and `{number}` are replaced: the page hosting `<order-tracker>`. */
  trackingHref: string;
  onMore(): void;
  onInvoice(order: AccountOrderSummary): void;
  /** The order whose returns and refunds are open, or null. */
  openAftercare: string | null;
  onAftercare(order: AccountOrderSummary): void;
  /** The open order's returns, refunds and return form. */
  aftercare(orderId: string): TemplateResult | typeof nothing;
};

/** Orders whose goods arrived, or that had money back, have returns and refunds to show. */
const hasAftercare = (order: AccountOrderSummary) =>
  order.fulfillmentStatus === 'delivered' ||
  order.paymentStatus === 'refunded' ||
  order.paymentStatus === 'partially_refunded';

export function ordersView(state: OrdersState): TemplateResult {
  if (state.loading && !state.orders.length) return html`<p class="message" role="status">Loading your orders…</p>`;
  if (!state.orders.length)
    return html`<p part="empty" class="message">No orders yet. Orders you place while signed in show up here.</p>`;
  return html`<ul part="orders" class="list" aria-label="Your orders">
      ${state.orders.map(
        (order) => html`<li part="order" class="item">
          <div class="row">
            <strong part="order-number">${order.number}</strong>
            <span>${day(order.createdAt)}</span>
            <span part="order-total">${formatMoney(order.total)}</span>
          </div>
          <div class="row muted">
            <span>${order.itemCount} ${order.itemCount === 1 ? 'item' : 'items'}</span>
            <span part="payment-status">${words(order.paymentStatus)}</span>
            <span part="fulfillment-status">${words(order.fulfillmentStatus)}</span>
          </div>
          <div class="row actions">
            ${
              order.invoice
                ? html`<button part="invoice button" class="link" type="button" @click=${() => state.onInvoice(order)}>
                  Invoice ${order.invoice.number}
                </button>`
                : nothing
            }
            ${
              hasAftercare(order)
                ? html`<button part="returns-toggle button" class="link" type="button" aria-expanded=${state.openAftercare === order.id ? 'true' : 'false'}
                    @click=${() => state.onAftercare(order)}>Returns and refunds</button>`
                : nothing
            }
            ${
              state.trackingHref
                ? html`<a part="tracking" href=${state.trackingHref.replace('{id}', encodeURIComponent(order.id)).replace('{number}', encodeURIComponent(order.number))}
                  >Track order ${order.number}</a
                >`
                : nothing
            }
          </div>
          ${state.aftercare(order.id)}
        </li>`,
      )}
    </ul>
    ${
      state.more
        ? html`<button part="more button" class="button secondary" type="button" ?disabled=${state.loading} @click=${state.onMore}>Load more orders</button>`
        : nothing
    }`;
}

export type AddressesState = {
  addresses: SavedAddress[];
  editing: string | null;
  onEdit(id: string | null): void;
  onDefault(saved: SavedAddress): void;
  onRemove(saved: SavedAddress): void;
  form: TemplateResult;
};

export function addressesView(state: AddressesState): TemplateResult {
  return html`<ul part="addresses" class="list" aria-label="Your addresses">
      ${state.addresses.map(
        (saved) => html`<li part="address-item" class="item">
          <p>${addressSummary(saved)} ${saved.isDefault ? html`<strong part="default-badge">(default)</strong>` : nothing}</p>
          <div class="row actions">
            <button class="link" type="button" @click=${() => state.onEdit(saved.id)} aria-label="Edit ${addressSummary(saved)}">Edit</button>
            ${
              saved.isDefault
                ? nothing
                : html`<button class="link" type="button" @click=${() => state.onDefault(saved)} aria-label="Make ${addressSummary(saved)} the default">
                  Make default
                </button>`
            }
            <button class="link" type="button" @click=${() => state.onRemove(saved)} aria-label="Remove ${addressSummary(saved)}">Remove</button>
          </div>
          ${state.editing === saved.id ? state.form : nothing}
        </li>`,
      )}
    </ul>
    ${
      state.editing === 'new'
        ? state.form
        : html`<button part="add-address button" class="button secondary" type="button" @click=${() => state.onEdit('new')}>Add an address</button>`
    }`;
}

export function profileView(
  account: Account,
  onResend: () => void,
  nameForm: TemplateResult,
  passwordForm: TemplateResult,
  deleteForm: TemplateResult,
): TemplateResult {
  return html`<p>Signed in as <strong part="email">${account.email}</strong>.</p>
    ${
      account.emailVerified
        ? nothing
        : html`<p part="unverified" class="message">
          Your email is not confirmed yet: past orders placed with it join your account once it is.
          <button class="link" type="button" @click=${onResend}>Send the link again</button>
        </p>`
    }
    <h3>Your name</h3>
    ${nameForm}
    <h3>Change password</h3>
    ${passwordForm}
    <h3>Delete account</h3>
    <p class="muted">Your orders stay with the shop for its books; everything else is removed.</p>
    ${deleteForm}`;
}
