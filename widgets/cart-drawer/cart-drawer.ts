import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  toStoreletError,
  type Cart,
  type CartLine,
  type CartStore,
  type Storefront,
  type StoreletError,
} from '../../sdk/index.ts';
import { emit, type CartChangeAction } from '../events.ts';
import { useAddToCartWiring } from '../shared/add-to-cart-wiring.ts';
import { CartController } from '../shared/cart-controller.ts';
import { isCheckedOut, pendingOrderOf } from '../shared/checked-out.ts';
import { countryList, type Country } from '../shared/countries.ts';
import { dialogStyles } from '../shared/dialog-styles.ts';
import { ModalController } from '../shared/modal-controller.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { renderTotals, totalsStyles } from '../shared/totals.ts';
import { styles } from './cart-drawer.styles.ts';
import { renderLines } from './cart-lines.ts';
import { renderDiscount, renderEstimate } from './cart-summary.ts';
import { registerDrawer } from './drawer-registry.ts';

/**
 * @summary The cart as a slide-out dialog: lines with quantity steppers, a discount code, a shipping
 * estimate, the server's totals and the checkout.
 *
 * A cart that was checked out (the shopper came Back from the payment page) is shown read-only, with
 * "Continue to payment" for its order and "Start a new cart".
 *
 * Opens on `show()`, the `open` attribute, or any `storelet-cart-open` event on the page (sent by
 * `<cart-button>` and after an add to cart). While any drawer or cart button is on the page,
 * `storelet-add-to-cart` from `<product-detail>` adds to the cart unless a listener cancels it.
 * Changes show at once and are replaced by the server's figures; a refused change is rolled back
 * and its message shown.
 *
 * @slot header - Extra content under the title, e.g. a free-shipping note.
 * @slot empty - Replaces the empty-cart text.
 * @slot footer - Replaces the default `<checkout-button>` at the bottom.
 *
 * @event storelet-cart-change - The server accepted a change; `detail` has the action and the new cart.
 * @event storelet-error - A change was refused; the drawer shows the message too.
 *
 * @csspart dialog - The `<dialog>` panel.
 * @csspart header - The title row.
 * @csspart title - The heading.
 * @csspart close - The close button.
 * @csspart body - The scrolling middle.
 * @csspart error - A refused change's message; also the state shown when there is no shop.
 * @csspart notice - A note from the server (e.g. a quantity cut to the stock left), or on a checked-out cart.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart line-image - Its picture.
 * @csspart line-title - Its product name.
 * @csspart line-variant - Its variant, or a sticker's spec.
 * @csspart line-sticker - A sticker line's spec (also line-variant).
 * @csspart line-file - A sticker line's design file name.
 * @csspart line-price - Its unit price.
 * @csspart line-total - Its total.
 * @csspart line-note - A note about it, e.g. the most that can be ordered.
 * @csspart line-quantity - A line's quantity on a checked-out cart.
 * @csspart quantity - A stepper.
 * @csspart quantity-input - Its field.
 * @csspart quantity-button - Its − and + buttons.
 * @csspart remove - A line's remove button.
 * @csspart discount - The discount form or the applied code.
 * @csspart discount-input - The code field.
 * @csspart discount-apply - Its apply button.
 * @csspart discount-message - Why a code was refused.
 * @csspart discount-code - The applied code.
 * @csspart discount-remove - Its remove button.
 * @csspart shipping-estimate - Country and methods.
 * @csspart country-select - The country field.
 * @csspart shipping-options - The methods.
 * @csspart shipping-option - One method.
 * @csspart shipping-unavailable - Said when no method reaches the country.
 * @csspart totals - The breakdown.
 * @csspart totals-discount - Its discount row.
 * @csspart total - The total row.
 * @csspart pending - The "updating" hint.
 * @csspart footer - The bottom bar.
 * @csspart empty - The empty state.
 * @csspart continue - The empty state's "Continue shopping" button.
 * @csspart checked-out - The note on a cart that became an order (also notice).
 * @csspart new-cart - The button that leaves such a cart for a new one.
 * @csspart button - The continue, discount apply and new-cart buttons.
 * @csspart recommendations - The `<product-recommendations>` for the cart, below the estimate.
 *
 * @cssproperty --cart-drawer-width - Panel width (default min(28rem, 100vw)).
 * @cssproperty --cart-drawer-backdrop - Backdrop colour (default rgb(17 24 39 / 0.45)).
 */
export class CartDrawer extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, totalsStyles, dialogStyles, styles];

  /** Whether the drawer is shown. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The heading. */
  @property() heading = 'Your cart';
  /** ISO country codes offered for the shipping estimate (e.g. "US CA GB"); every country when empty. */
  @property() countries = '';
  /** Passed to the default `<checkout-button>`: the page with the `<order-status>` element. */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /** The last discount refusal, shown under the code field rather than at the top. */
  @state() private discountError: StoreletError | null = null;
  @state() private limitNote: { lineId: string; text: string } | null = null;

  private readonly cart = new CartController(this);
  private readonly modal = new ModalController(
    this,
    () => this.renderRoot.querySelector('dialog'),
    () => (this.open = false),
  );
  private countryOptions: Country[] = [];
  private releases: Array<() => void> = [];

  /** The shop this drawer shows the cart of. */
  get storefront(): Storefront | undefined {
    return this.cart.storefront.value;
  }

  show(): void {
    this.open = true;
  }

  hide(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.releases = [registerDrawer(this), useAddToCartWiring()];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const release of this.releases) release();
    this.releases = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('countries')) this.countryOptions = countryList(this.countries);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open) this.modal.show();
    else this.modal.close();
  }

  /** Runs one change through the store; the store shows it at once and rolls it back if refused. */
  private async change(action: CartChangeAction, run: (store: CartStore) => Promise<Cart>): Promise<boolean> {
    const store = this.cart.store;
    if (!store) return false;
    try {
      const cart = await run(store);
      emit(this, 'storelet-cart-change', { action, cart });
      return true;
    } catch (error) {
      const { code, message } = toStoreletError(error);
      emit(this, 'storelet-error', { code, message });
      return false;
    }
  }

  private setQuantity(line: CartLine, quantity: number): void {
    this.limitNote = null;
    void this.change('quantity', (store) => store.setQuantity(line.id, quantity));
  }

  private removeLine(line: CartLine): void {
    // The line's buttons vanish with it: keep the keyboard in the drawer, on its heading.
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    void this.change('remove', (store) => store.remove(line.id));
  }

  private async applyDiscount(code: string): Promise<void> {
    this.discountError = null;
    const applied = await this.change('discount', (store) => store.applyDiscount(code));
    if (!applied) this.discountError = this.cart.error;
  }

  protected override render(): TemplateResult {
    const count = this.cart.cart?.itemCount ?? 0;
    return html`<dialog
      part="dialog"
      class="drawer"
      aria-labelledby="title"
      @close=${this.modal.onClose}
      @pointerdown=${this.modal.onPointerDown}
      @click=${this.modal.onClick}
    >
      <div class="panel">
        <div part="header" class="header">
          <h2 id="title" part="title" class="title" tabindex="-1">
            ${this.heading} ${count ? html`<span class="count">(${count})</span>` : nothing}
          </h2>
          <button part="close" class="close" type="button" aria-label="Close cart" autofocus @click=${() => this.hide()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <slot name="header"></slot>
        ${this.open ? this.renderContent() : nothing}
      </div>
    </dialog>`;
  }

  private renderContent(): TemplateResult {
    const storefront = this.storefront;
    if (!storefront) return html`<div part="body" class="body">${renderNoShop()}</div>`;
    const cart = this.cart.cart;
    const error = this.cart.error;
    const shownError = error && error !== this.discountError ? error : null;
    const alert = html`<p part="error" class="message error banner" role="alert">${shownError?.message ?? ''}</p>`;
    if (!cart?.lines.length) {
      return html`<div part="body" class="body">${alert}${this.cart.loading || this.cart.pending ? this.renderLoading() : this.renderEmpty()}</div>`;
    }
    if (isCheckedOut(storefront, cart)) return this.renderCheckedOut(storefront, cart, alert);
    return html`<div part="body" class="body" aria-busy=${this.cart.pending ? 'true' : 'false'}>
        ${alert}
        ${cart.notices.map((notice) => html`<p part="notice" class="message notice">${notice.message}</p>`)}
        ${renderLines(cart.lines, {
          apiUrl: storefront.apiUrl,
          readOnly: false,
          onQuantity: (line, quantity) => this.setQuantity(line, quantity),
          onRemove: (line) => this.removeLine(line),
          limitNote: this.limitNote,
          onLimit: (line, text) => (this.limitNote = { lineId: line.id, text }),
        })}
        ${renderDiscount(cart, {
          readOnly: false,
          message: this.discountError?.message ?? '',
          onApply: (code) => void this.applyDiscount(code),
          onRemove: () => void this.change('remove-discount', (store) => store.removeDiscount()),
          onInput: () => (this.discountError = null),
        })}
        ${renderEstimate(cart, {
          countries: this.countryOptions,
          pending: this.cart.pending,
          onCountry: (country) => void this.change('destination', (store) => store.setDestination(country || null)),
          onMethod: (methodId) => void this.change('shipping-method', (store) => store.setShippingMethod(methodId)),
        })}
        <product-recommendations
          part="recommendations"
          class="recommendations"
          limit="3"
          cart-id=${cart.id}
          .cartKey=${cart.lines.map((line) => line.productId).join(' ')}
        ></product-recommendations>
      </div>
      <div part="footer" class="footer">
        ${renderTotals(cart.totals, cart.discount)}
        <p part="pending" class="pending" role="status">${this.cart.pending ? 'Updating prices…' : ''}</p>
        <slot name="footer"><checkout-button countries=${this.countries} return-url=${this.returnUrl}></checkout-button></slot>
      </div>`;
  }

  /**
   * A cart that became an order takes no more changes: a change would be refused and the cart, with the
   * way back to its payment, forgotten. Its lines are shown as they were ordered, with the payment to
   * continue (when this device placed the order) and a way to start over.
   */
  private renderCheckedOut(storefront: Storefront, cart: Cart, alert: TemplateResult): TemplateResult {
    const pending = pendingOrderOf(storefront, cart);
    const readOnly = {
      readOnly: true,
      message: '',
      onApply: () => undefined,
      onRemove: () => undefined,
      onInput: () => undefined,
    };
    // Nothing in it takes focus now: the body itself does, so a keyboard can scroll a long order.
    return html`<div part="body" class="body" tabindex="0">
        ${alert}
        <p part="notice checked-out" class="message notice">
          ${pending ? 'This cart is an order waiting for payment: it can no longer change.' : 'This cart has been checked out: it can no longer change.'}
        </p>
        ${renderLines(cart.lines, {
          apiUrl: storefront.apiUrl,
          readOnly: true,
          limitNote: null,
          onQuantity: () => undefined,
          onRemove: () => undefined,
          onLimit: () => undefined,
        })}
        ${renderDiscount(cart, readOnly)}
      </div>
      <div part="footer" class="footer">
        ${renderTotals(cart.totals, cart.discount)}
        ${
          pending
            ? html`<slot name="footer"><checkout-button countries=${this.countries} return-url=${this.returnUrl}></checkout-button></slot>`
            : nothing
        }
        <button part="new-cart button" class="button secondary" type="button" @click=${() => this.startNewCart(storefront, pending?.orderId)}>
          Start a new cart
        </button>
      </div>`;
  }

  /** Leaves the order as it is (its payment page stays open to the shopper) and forgets the cart on this device. */
  private startNewCart(storefront: Storefront, orderId: string | undefined): void {
    if (orderId) storefront.orders.forgetCheckout(orderId);
    storefront.cart.clear();
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private renderLoading(): TemplateResult {
    return html`<div class="state" role="status"><p class="state-text">Loading your cart…</p></div>`;
  }

  private renderEmpty(): TemplateResult {
    return html`<div part="empty" class="state empty">
      <slot name="empty"><p class="state-title">Your cart is empty.</p></slot>
      <button part="continue button" class="button secondary" type="button" @click=${() => this.hide()}>Continue shopping</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cart-drawer': CartDrawer;
  }
}
