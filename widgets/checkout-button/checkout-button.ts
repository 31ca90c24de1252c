import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  toStoreletError,
  type Address,
  type CreateOrderBody,
  type PaymentMode,
  type PaymentSession,
  type PendingCheckout,
  type SavedAddress,
} from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { CartController } from '../shared/cart-controller.ts';
import { pendingOrderOf } from '../shared/checked-out.ts';
import { countryList, guessCountry, type Country } from '../shared/countries.ts';
import { dialogStyles } from '../shared/dialog-styles.ts';
import { newIdempotencyKey } from '../shared/idempotency-key.ts';
import { ModalController } from '../shared/modal-controller.ts';
import { baseStyles, controlStyles } from '../shared/styles.ts';
import { totalsStyles } from '../shared/totals.ts';
import { styles } from './checkout-button.styles.ts';
import { describeCheckoutError } from './checkout-errors.ts';
import { EmbeddedPayment } from './embedded-payment.ts';
import { readOrderBody, returnUrlOf } from './order-body.ts';
import { renderCheckoutForm } from './checkout-form.ts';

/**
 * @summary A checkout button: collects email, shipping address and method in a dialog, places the
 * order and takes the payment: in the dialog with Stripe's embedded Checkout, or on the payment page.
 *
 * The order request carries an idempotency key: one per submission, reused when the same submission
 * is sent again after its answer was lost, so a shopper never gets two orders. The server answers
 * with the payment page's URL and the browser goes there. After paying, the payment page sends the
 * shopper back to `return-url` with `storelet_order=<id>` added to its query, where an `<order-status>`
 * shows the result and forgets the cart once the order is paid. A shopper who comes Back from the
 * payment page still has the cart, and the dialog offers "Continue to payment" for its order.
 *
 * Where the shop takes Stripe payments with a publishable key, the payment form opens inside the dialog instead
 * (Stripe.js is loaded at that moment, not before) and Stripe sends the shopper on to `return-url` the same way.
 * `payment-mode="redirect"` always leaves for Stripe's page.
 *
 * @slot - The button's text (default "Check out", or "Continue to payment" for this cart's unpaid order).
 * @slot storelet-payment - Filled by the element itself with Stripe's embedded payment form; leave it empty.
 *
 * @event storelet-before-checkout - The form is valid and about to be sent. Cancelable: cancel it to stop.
 * @event storelet-checkout-start - The order request is on its way.
 * @event storelet-payment-redirect - The order exists and the browser is about to leave for the payment
 *   page. Cancelable: cancel it to navigate yourself (`detail.url`).
 * @event storelet-payment-embedded - The order exists and its payment form opens inside the dialog.
 * @event storelet-error - Placing the order failed, or the payment form could not be loaded; the dialog says so too.
 *
 * @csspart button - The opening button.
 * @csspart dialog - The checkout dialog.
 * @csspart header - Its title row.
 * @csspart title - Its heading.
 * @csspart close - Its close button.
 * @csspart form - The form.
 * @csspart form-field - A labelled field.
 * @csspart input - A field's input or select.
 * @csspart field-error - A field's message.
 * @csspart form-error - The form's message.
 * @csspart shipping-options - The methods.
 * @csspart shipping-option - One method.
 * @csspart totals - The breakdown.
 * @csspart totals-discount - Its discount row.
 * @csspart total - The total row.
 * @csspart submit - The pay button, and the "continue to payment" one.
 * @csspart redirecting - The "taking you to payment" message.
 * @csspart payment - Where the embedded payment form sits (Stripe's own frame, slotted in from the light DOM).
 * @csspart resume - The "continue to payment" panel for an order of this cart that is not paid yet.
 *
 * @cssproperty --checkout-button-dialog-width - Dialog width (default min(36rem, 100vw - 2rem)).
 * @csspart saved-addresses - A signed-in customer's address book to pick from.
 * @csspart save-address - "Save this address" for a new one.
 */
export class CheckoutButton extends LitElement {
  static override styles = [baseStyles, controlStyles, totalsStyles, dialogStyles, styles];

  /** Where the payment page sends the shopper back (`storelet_order=<id>` is added); the current page by default. */
  @property({ attribute: 'return-url' }) returnUrl = '';
  /** ISO country codes the shop delivers to (e.g. "US CA GB"); every country when empty. */
  @property() countries = '';
  /** `embedded` (the default) pays inside the dialog where the shop can; `redirect` always goes to the payment page. */
  @property({ attribute: 'payment-mode' }) paymentMode: PaymentMode = 'embedded';
  /** Goes to the payment page. Replace it in tests or in apps with their own router. */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => location.assign(url);

  @state() private errors: Record<string, string> = {};
  @state() private message = '';
  @state() private submitting = false;
  @state() private redirecting = false;
  /** The order whose payment form is open in the dialog, and whether the form is showing yet. */
  @state() private paying: { orderId: string; ready: boolean } | null = null;
  /** A signed-in customer's email and address book, and the address chosen from it (the default at first). */
  @state() private customer: { email: string; addresses: SavedAddress[]; chosen: Address | null } | null = null;

  private readonly cart = new CartController(this);
  private readonly embedded = new EmbeddedPayment(this, 'storelet-payment');
  private readonly modal = new ModalController(
    this,
    () => this.renderRoot.querySelector('dialog'),
    () => this.closePayment(),
  );
  private countryOptions: Country[] = [];
  /** The last submission whose outcome is unknown, with its key, so sending it again is safe. */
  private attempt: { body: string; key: string } | undefined;
  /** Back from the payment page, the browser may show this page as it was left: "taking you to payment…". */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    this.redirecting = false;
    void this.cart.store?.load().catch(() => undefined);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
    this.closePayment();
  }

  /** This cart's order when this device placed it and has not seen it paid: its payment can be continued. */
  private pendingOrder(): PendingCheckout | null {
    return pendingOrderOf(this.cart.storefront.value, this.cart.cart);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('countries')) this.countryOptions = countryList(this.countries);
  }

  /** Opens the checkout dialog. */
  async show(): Promise<void> {
    const store = this.cart.store;
    if (!store || !this.cart.cart?.lines.length) return;
    this.redirecting = false;
    this.modal.show();
    if (this.pendingOrder()) return;
    if (await this.prefill()) return;
    // Shipping methods depend on the destination: start from the shopper's likely country.
    const guess = guessCountry(this.countryOptions);
    if (!this.cart.cart.country && guess) await store.setDestination(guess).catch(() => undefined);
  }

  /** Fills in a signed-in customer's email and default address; false for a guest (or when it cannot be read). */
  private async prefill(): Promise<boolean> {
    this.customer = null;
    const account = this.cart.storefront.value?.account;
    if (!account || account.$session.get().status !== 'signed-in') return false;
    try {
      const [who, addresses] = await Promise.all([account.account(), account.addresses.list()]);
      if (!who) return false;
      const chosen = addresses.find((saved) => saved.isDefault)?.address ?? null;
      this.customer = { email: who.email, addresses, chosen };
      if (chosen) await this.cart.store?.setDestination(chosen.country, chosen.region ?? null).catch(() => undefined);
      return chosen !== null;
    } catch {
      return false;
    }
  }

  private pickAddress(id: string): void {
    if (!this.customer) return;
    const chosen = this.customer.addresses.find((saved) => saved.id === id)?.address ?? null;
    this.customer = { ...this.customer, chosen };
    if (chosen) void this.cart.store?.setDestination(chosen.country, chosen.region ?? null).catch(() => undefined);
  }

  private onCountry(country: string): void {
    void this.cart.store?.setDestination(country || null).catch(() => undefined);
  }

  private onRegion(region: string): void {
    const country = this.cart.cart?.country;
    if (country) void this.cart.store?.setDestination(country, region || null).catch(() => undefined);
  }

  private onMethod(methodId: string): void {
    this.clearError('shippingMethod');
    void this.cart.store?.setShippingMethod(methodId).catch(() => undefined);
  }

  private onInvalid(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.errors = { ...this.errors, [input.name]: input.validationMessage };
  }

  private clearError(name: string): void {
    if (!(name in this.errors)) return;
    const { [name]: _cleared, ...rest } = this.errors;
    this.errors = rest;
    const control = this.renderRoot.querySelector<HTMLInputElement>(`[name="${name}"]`);
    control?.setCustomValidity('');
  }

  private keyFor(body: CreateOrderBody): string {
    const json = JSON.stringify(body);
    if (this.attempt?.body !== json) this.attempt = { body: json, key: newIdempotencyKey() };
    return this.attempt.key;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const storefront = this.cart.storefront.value;
    const cart = this.cart.cart;
    if (this.submitting || !storefront || !cart) return;
    const form = event.target as HTMLFormElement;
    const body = readOrderBody(form, cart.id, this.returnUrl, this.paymentMode);
    const saveAddress = new FormData(form).get('saveAddress') === 'on';
    const { cartId, email, shippingAddress, shippingMethod } = body;
    if (
      emit(this, 'storelet-before-checkout', { cartId, email, shippingAddress, shippingMethod }, { cancelable: true })
        .defaultPrevented
    )
      return;
    const key = this.keyFor(body);
    this.submitting = true;
    this.message = '';
    this.errors = {};
    emit(this, 'storelet-checkout-start', { cartId });
    try {
      const { order, payment } = await storefront.orders.create(body, key);
      this.attempt = undefined;
      // The order stands either way: a book that cannot take the address now only misses it.
      if (saveAddress) await storefront.account.addresses.add(body.shippingAddress).catch(() => undefined);
      await this.pay(order.id, order.number, payment);
    } catch (error) {
      const failure = describeCheckoutError(error, cart);
      if (!failure.uncertain) this.attempt = undefined;
      if (failure.forgetCart) storefront.cart.clear();
      else if (failure.reloadCart) void storefront.cart.load().catch(() => undefined);
      this.message = failure.message;
      this.errors = failure.fields;
      emit(this, 'storelet-error', { code: failure.code, message: failure.message });
    } finally {
      this.submitting = false;
    }
    if (!this.redirecting && !this.paying) await this.showFailure();
  }

  /** Opens the payment form in the dialog, or leaves for the payment page. */
  private async pay(orderId: string, orderNumber: string, payment: PaymentSession): Promise<void> {
    if (payment.mode === 'embedded' && payment.clientSecret && payment.publishableKey) {
      this.paying = { orderId, ready: false };
      emit(this, 'storelet-payment-embedded', { orderId, orderNumber, provider: 'stripe' });
      try {
        await this.embedded.mount(payment.publishableKey, payment.clientSecret);
        if (this.paying?.orderId === orderId) this.paying = { orderId, ready: true };
      } catch {
        this.closePayment();
        this.message = 'The payment form could not be loaded. Check your connection and try again.';
        emit(this, 'storelet-error', { code: 'payment_unavailable', message: this.message });
      }
      return;
    }
    this.redirecting = true;
    const detail = { orderId, orderNumber, provider: payment.provider, url: payment.redirectUrl };
    if (!emit(this, 'storelet-payment-redirect', detail, { cancelable: true }).defaultPrevented)
      this.navigate(payment.redirectUrl);
  }

  /** Closing the dialog takes the payment form down; the order waits, and "Continue to payment" opens it again. */
  private closePayment(): void {
    this.embedded.destroy();
    this.paying = null;
  }

  /** Goes to the payment page of this cart's unpaid order: the one left open, or a new attempt if it failed. */
  private async resume(pending: PendingCheckout): Promise<void> {
    const storefront = this.cart.storefront.value;
    if (this.submitting || !storefront) return;
    this.submitting = true;
    this.message = '';
    // No key needed: once the order waits on a session, asking again answers that same session.
    try {
      const payment = await storefront.orders.retryPayment(pending.orderId, {
        returnUrl: returnUrlOf(this.returnUrl),
        paymentMode: this.paymentMode,
      });
      await this.pay(pending.orderId, pending.orderNumber, payment);
    } catch (error) {
      const { code, message, status } = toStoreletError(error);
      // Paid or being paid already, or no longer payable as placed: this cart is done, a new one starts.
      if (status === 409) {
        storefront.orders.forgetCheckout(pending.orderId);
        storefront.cart.clear();
      }
      this.message = message;
      emit(this, 'storelet-error', { code, message });
    } finally {
      this.submitting = false;
    }
  }

  private renderResume(pending: PendingCheckout | null): TemplateResult {
    return html`<div part="resume" class="resume">
      ${pending ? html`<p>This cart is an order waiting for payment.</p>` : nothing}
      ${this.message ? html`<p part="form-error" class="form-error" role="alert">${this.message}</p>` : nothing}
      ${
        pending
          ? html`<button part="submit" class="button submit" type="button" ?disabled=${this.submitting} @click=${() => void this.resume(pending)}>
            Continue to payment
          </button>`
          : nothing
      }
    </div>`;
  }

  /** Marks the fields the server refused as invalid, and moves focus to the first one (else to the message). */
  private async showFailure(): Promise<void> {
    await this.updateComplete;
    let first: HTMLElement | null = null;
    for (const [name, message] of Object.entries(this.errors)) {
      const control = this.renderRoot.querySelector<HTMLInputElement>(`form [name="${name}"]`);
      // Not on radios: a refused shipping method may be the only one, and must stay sendable once the cart is reloaded.
      if (control?.type !== 'radio') control?.setCustomValidity(message);
      first ??= control;
    }
    (first ?? this.renderRoot.querySelector<HTMLElement>('#form-error'))?.focus();
  }

  private renderPayment(ready: boolean): TemplateResult {
    return html`<div part="payment" class="payment" aria-busy=${ready ? 'false' : 'true'}>
      ${ready ? nothing : html`<p class="redirecting" role="status">Loading the payment form…</p>`}
      <slot name="storelet-payment"></slot>
    </div>`;
  }

  protected override render(): TemplateResult {
    const cart = this.cart.cart;
    const empty = !cart?.lines.length;
    const pending = this.pendingOrder();
    return html`<button
        part="button"
        class="button open"
        type="button"
        aria-haspopup="dialog"
        ?disabled=${empty && !this.redirecting}
        @click=${() => void this.show()}
      >
        <slot>${pending ? 'Continue to payment' : 'Check out'}</slot>
      </button>
      <dialog
        part="dialog"
        class="checkout"
        aria-labelledby="checkout-title"
        @close=${this.modal.onClose}
        @pointerdown=${this.modal.onPointerDown}
        @click=${this.modal.onClick}
      >
        <div class="panel">
          <div part="header" class="header">
            <h2 id="checkout-title" part="title" class="title">Checkout</h2>
            <button part="close" class="close" type="button" aria-label="Close checkout" @click=${() => this.modal.close()}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div class="body">
            ${
              this.paying
                ? this.renderPayment(this.paying.ready)
                : this.redirecting
                  ? html`<p part="redirecting" class="redirecting" role="status">Taking you to the payment page…</p>`
                  : pending || !cart
                    ? this.renderResume(pending)
                    : renderCheckoutForm({
                        cart,
                        countries: this.countryOptions,
                        errors: this.errors,
                        message: this.message,
                        submitting: this.submitting,
                        pending: this.cart.pending,
                        onSubmit: (event) => void this.submit(event),
                        onInvalid: (event) => this.onInvalid(event),
                        onInput: (event) => this.clearError((event.target as HTMLInputElement).name),
                        onCountry: (country) => this.onCountry(country),
                        onRegion: (region) => this.onRegion(region),
                        onMethod: (methodId) => this.onMethod(methodId),
                        customer: this.customer && { ...this.customer, onPick: (id) => this.pickAddress(id) },
                      })
            }
          </div>
        </div>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'checkout-button': CheckoutButton;
  }
}
