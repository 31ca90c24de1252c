import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../events.ts';
import { useAddToCartWiring } from '../shared/add-to-cart-wiring.ts';
import { CartController } from '../shared/cart-controller.ts';
import { baseStyles } from '../shared/styles.ts';
import { styles } from './cart-button.styles.ts';

const cartIcon = html`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none"
  stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
  <path d="M3 4h2l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.7a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2" />
  <circle cx="9.5" cy="20" r="1.3" /><circle cx="17.5" cy="20" r="1.3" />
</svg>`;

/**
 * @summary A cart button with a live item count, for the host's header. It opens the page's `<cart-drawer>`.
 *
 * Clicking sends `storelet-cart-open`; every `<cart-drawer>` listens for it on the document and the
 * one of the same shop opens, so the button needs no reference to the drawer. Cancel the event to
 * do something else instead (e.g. go to a cart page). The button loads the stored cart on connect.
 *
 * @slot icon - Replaces the cart icon.
 * @slot - Visible text beside the icon (none by default; the accessible name is always set).
 *
 * @event storelet-cart-open - The shopper asked for the cart. Cancelable.
 *
 * @csspart button - The button.
 * @csspart icon - The icon box.
 * @csspart count - The item count badge.
 *
 * @cssproperty --cart-button-count-background - Badge colour (default: the accent colour).
 * @cssproperty --cart-button-count-color - Badge text colour (default: the accent contrast colour).
 */
export class CartButton extends LitElement {
  static override styles = [baseStyles, styles];

  /** The word before the count in the accessible name: "Cart, 3 items". */
  @property() label = 'Cart';

  private readonly cart = new CartController(this);
  private releaseWiring: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A page with a cart button but no drawer (a cart page elsewhere) still adds to the cart.
    this.releaseWiring = useAddToCartWiring();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseWiring?.();
  }

  protected override render(): TemplateResult {
    const count = this.cart.cart?.itemCount ?? 0;
    const name = `${this.label}, ${count} ${count === 1 ? 'item' : 'items'}`;
    return html`<button
      part="button"
      class="cart-button"
      type="button"
      aria-haspopup="dialog"
      aria-label=${name}
      @click=${() => emit(this, 'storelet-cart-open', { trigger: 'button' }, { cancelable: true })}
    >
      <span part="icon" class="icon-box"><slot name="icon">${cartIcon}</slot></span>
      <slot></slot>
      ${count ? html`<span part="count" class="count" aria-hidden="true">${count > 99 ? '99+' : count}</span>` : nothing}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cart-button': CartButton;
  }
}
