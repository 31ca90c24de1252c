import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toStoreletError, type Order, type Storefront } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { totalsStyles } from '../shared/totals.ts';
import { styles } from './order-status.styles.ts';
import { cameBackCancelled, readOrderQuery } from './order-query.ts';
import { renderOrderSummary } from './order-summary.ts';
import type { ReturnFormController } from './return-form.ts';

type Phase = 'loading' | 'ready' | 'missing' | 'not-found' | 'error';

/** Polling slows down to this at most, however long the payment takes. */
const MAX_POLL_DELAY = 10_000;

/**
 * @summary The page the shopper lands on after paying: asks the server about the order and shows it
 * paid (with a summary), failed (with a way to pay again) or pending (checking until it settles).
 *
 * The order comes from the `order` attribute or else the page's `?storelet_order=` query, which the
 * server adds to the return URL. The browser that placed the order holds its access token; the signed
 * link in the confirmation email carries one as `?storelet_token=` (or the `token` attribute), and it
 * is then remembered on this device. The payment itself is only ever confirmed by the server.
 *
 * @slot paid - Extra content for a paid order, e.g. a "continue shopping" link.
 * @slot pending - Extra content while the payment is being confirmed.
 * @slot failed - Extra content for a failed payment.
 * With no order (no attribute, nothing in the page's query) it shows nothing, so it can sit on every page;
 * `show-empty` makes it say so instead.
 *
 * @slot not-found - Replaces the text shown when there is no such order (or none at all, with `show-empty`).
 *
 * @event storelet-order-status - The order was loaded, or its payment status changed.
 * @event storelet-payment-redirect - "Try again" has a new payment page and the browser is about to go
 *   there. Cancelable: cancel it to navigate yourself (`detail.url`).
 * @event storelet-error - Loading the order, starting a new payment or asking for a return failed.
 * @event storelet-return-request - The customer asked to return lines of the delivered order.
 *
 * @csspart status - The visually hidden live announcement.
 * @csspart header - The headline block.
 * @csspart heading - The headline.
 * @csspart order-number - The order number.
 * @csspart retry - The "Try again" and "Check again" buttons.
 * @csspart resume - "Return to the payment page" while pending.
 * @csspart error - An error message or state.
 * @csspart not-found - The not-found state.
 * @csspart summary - The order summary.
 * @csspart lines - Its items.
 * @csspart line - One item.
 * @csspart line-image - An item's picture.
 * @csspart line-title - An item's name.
 * @csspart line-detail - An item's variant or sticker spec, and quantity.
 * @csspart line-total - An item's total.
 * @csspart totals - The breakdown.
 * @csspart totals-discount - Its discount row.
 * @csspart total - The total row.
 * @csspart address - The shipping address.
 * @csspart button - Every button.
 * @csspart tracker-link - "Track your parcels", once the order has shipped.
 * @csspart aftercare - The returns and refunds section.
 * @csspart refunds - The list of refunds.
 * @csspart refund - One refund: its amount and status.
 * @csspart returns - The list of return requests.
 * @csspart return - One return request.
 * @csspart return-status - Where a return stands.
 * @csspart return-message - The shop's message on a return.
 * @csspart return-open - "Return items", on a delivered order.
 * @csspart return-form - The return request form.
 * @csspart return-quantity - Units of one item to return.
 * @csspart return-reason - The reason.
 * @csspart return-note - The note.
 * @csspart return-submit - "Ask to return".
 *
 * @cssproperty --order-status-paid-color - Accent of the paid headline (default: the success colour).
 * @cssproperty --order-status-failed-color - Accent of the failed headline (default: the danger colour).
 */
export class OrderStatusElement extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, totalsStyles, styles];

  /** The order id (`ord_…`); read from the page's `?storelet_order=` when empty. */
  @property() order = '';
  /** An access token from a signed link; read from `?storelet_token=` when empty. */
  @property() token = '';
  /** Where a new payment attempt returns to; the current page (without its query) by default. */
  @property({ attribute: 'return-url' }) returnUrl = '';
  /** First delay between checks of a pending payment, in milliseconds; each next one is 1.5× longer. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 2_000;
  /** How long to keep checking a pending payment before offering "Check again", in milliseconds. */
  @property({ type: Number, attribute: 'poll-timeout' }) pollTimeout = 120_000;
  /**
   * The page with `<order-tracker>`: once the order has shipped, "Track your parcels" links there with
   * `?storelet_order=<id>` added. Empty: the link is left out.
   */
  @property({ attribute: 'tracker-href' }) trackerHref = '';
  /** Say "There is no order to show here." when there is no order, rather than show nothing. */
  @property({ type: Boolean, attribute: 'show-empty' }) showEmpty = false;
  /** Goes to the payment page on "Try again". Replace it in tests or in apps with their own router. */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => location.assign(url);

  @state() private phase: Phase = 'loading';
  @state() private result: Order | undefined;
  @state() private message = '';
  /** Checking a pending payment ran out of time. */
  @state() private stalled = false;
  @state() private retrying = false;
  /** The shopper came back through the payment page's cancel link. */
  private cancelled = false;
  /** The order id and token the query carried before the token was taken out of the address bar. */
  private urlToken: [string, string] = ['', ''];

  private readonly storefront = new StorefrontController(this);
  /** Loaded with its module only for an order that has returns or refunds to show: most pages never need it. */
  private returns: ReturnFormController | undefined;
  private returnsLoading = false;
  private loadedKey: unknown[] = [];
  /** Bumped on every restart, so answers to an older order or page are dropped. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pollsSince = 0;
  private polls = 0;
  private reported = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    this.loadedKey = [];
  }

  private ids(): { orderId: string; token: string } {
    const { orderId, token } = readOrderQuery(this.order);
    if (token !== null) this.urlToken = [orderId, token];
    return { orderId, token: this.token || (this.urlToken[0] === orderId ? this.urlToken[1] : '') };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const { orderId, token } = this.ids();
    const key = [this.storefront.value, orderId, token];
    if (key.every((value, index) => value === this.loadedKey[index])) return;
    this.loadedKey = key;
    this.restart(this.storefront.value, orderId, token);
  }

  private loadReturns(): void {
    if (this.returns || this.returnsLoading) return;
    this.returnsLoading = true;
    void import('./return-form.ts').then(({ ReturnFormController }) => {
      this.returns = new ReturnFormController(this, {
        requested: (orderId, returnId) => {
          emit(this, 'storelet-return-request', { orderId, returnId });
          const storefront = this.storefront.value;
          if (storefront) void this.fetch(storefront, orderId, this.generation);
        },
        failed: (code, message) => emit(this, 'storelet-error', { code, message }),
      });
      this.requestUpdate();
    });
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.generation++;
  }

  private restart(storefront: Storefront | undefined, orderId: string, token: string): void {
    this.stop();
    this.result = undefined;
    this.message = '';
    this.stalled = false;
    this.reported = '';
    if (!storefront) return;
    if (!orderId) {
      this.phase = 'missing';
      return;
    }
    if (token) storefront.orders.rememberAccess(orderId, token);
    this.cancelled = cameBackCancelled();
    this.phase = 'loading';
    this.poll(storefront, orderId);
  }

  /** Checks now, then keeps checking while the payment is pending. */
  private poll(storefront: Storefront, orderId: string): void {
    this.stalled = false;
    this.pollsSince = Date.now();
    this.polls = 0;
    void this.fetch(storefront, orderId, this.generation);
  }

  private async fetch(storefront: Storefront, orderId: string, generation: number): Promise<void> {
    try {
      // Back from the cancel link: give the payment up now rather than wait for the reservation to run out.
      const order = await (this.cancelled && !this.result
        ? storefront.orders.cancelPayment(orderId)
        : storefront.orders.get(orderId));
      if (generation !== this.generation) return;
      this.result = order;
      this.phase = 'ready';
      if (order.fulfillmentStatus === 'delivered' || order.refunds?.length || order.returns?.length) this.loadReturns();
      if (this.reported !== order.paymentStatus) {
        this.reported = order.paymentStatus;
        emit(this, 'storelet-order-status', {
          orderId: order.id,
          orderNumber: order.number,
          paymentStatus: order.paymentStatus,
        });
      }
      if (order.paymentStatus === 'pending') this.schedule(storefront, orderId, generation);
      else if (order.paymentStatus === 'paid' || order.status === 'cancelled')
        await this.forgetCart(storefront, order.id);
    } catch (thrown) {
      if (generation !== this.generation) return;
      const { code, message, status } = toStoreletError(thrown);
      // A dropped request while waiting for the payment is not worth an error page: check again later.
      if (this.result?.paymentStatus === 'pending' && status !== 404)
        return this.schedule(storefront, orderId, generation);
      this.phase = code === 'not_found' ? 'not-found' : 'error';
      this.message = message;
      emit(this, 'storelet-error', { code, message });
    }
  }

  /**
   * The cart this device checked out stays until its order is paid (so a shopper who came Back from the
   * payment page still has it); once paid, or cancelled, it is forgotten, unless it is already another cart.
   */
  private async forgetCart(storefront: Storefront, orderId: string): Promise<void> {
    const pending = storefront.orders.pendingCheckout();
    if (pending?.orderId !== orderId) return;
    storefront.orders.forgetCheckout(orderId);
    const cart = storefront.cart.$cart.get() ?? (await storefront.cart.load().catch(() => null));
    if (cart?.id === pending.cartId) storefront.cart.clear();
  }

  private schedule(storefront: Storefront, orderId: string, generation: number): void {
    if (Date.now() - this.pollsSince >= this.pollTimeout) {
      this.stalled = true;
      return;
    }
    // Quick while a webhook is likely just behind the shopper, then lighter on the server.
    const delay = Math.min(this.pollInterval * 1.5 ** this.polls++, MAX_POLL_DELAY);
    this.timer = setTimeout(() => void this.fetch(storefront, orderId, generation), delay);
  }

  private async retry(storefront: Storefront, order: Order): Promise<void> {
    this.retrying = true;
    this.message = '';
    try {
      const returnUrl = new URL(this.returnUrl || location.origin + location.pathname, location.href).href;
      const payment = await storefront.orders.retryPayment(order.id, returnUrl);
      if (payment.mode === 'embedded') {
        // Its open session was made to be paid inside the checkout dialog, which is where it can be finished.
        this.message = 'Finish paying in the checkout: open your cart and choose “Continue to payment”.';
        return;
      }
      const detail = {
        orderId: order.id,
        orderNumber: order.number,
        provider: payment.provider,
        url: payment.redirectUrl,
      };
      if (!emit(this, 'storelet-payment-redirect', detail, { cancelable: true }).defaultPrevented)
        this.navigate(payment.redirectUrl);
    } catch (error) {
      const { code, message } = toStoreletError(error);
      this.message = message;
      emit(this, 'storelet-error', { code, message });
      // The order moved on meanwhile (e.g. paid late): show what it is now.
      if (code === 'payment_not_retryable') void this.fetch(storefront, order.id, this.generation);
    } finally {
      this.retrying = false;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const storefront = this.storefront.value;
    if (!storefront) return renderNoShop();
    if (this.phase === 'missing' && !this.showEmpty) return nothing;
    const order = this.phase === 'ready' ? this.result : undefined;
    return html`<p part="status" class="visually-hidden" role="status">${this.announcement(order)}</p>
      ${order ? this.renderOrder(storefront, order) : this.renderPhase(storefront)}`;
  }

  private announcement(order: Order | undefined): string {
    if (this.phase === 'loading') return 'Looking up your order…';
    if (!order) return '';
    return `${this.headline(order)} Order ${order.number}.`;
  }

  private headline(order: Order): string {
    if (order.status === 'cancelled') return 'This order was cancelled.';
    switch (order.paymentStatus) {
      case 'paid':
        return 'Thank you! Your order is confirmed.';
      case 'failed':
        return this.cancelled ? 'You cancelled the payment.' : 'Your payment did not go through.';
      case 'pending':
        return this.stalled ? 'Your payment is not confirmed yet.' : 'Confirming your payment…';
      case 'partially_refunded':
        return 'Part of this order was refunded.';
      default:
        return 'This order was refunded.';
    }
  }

  private renderPhase(storefront: Storefront): TemplateResult {
    if (this.phase === 'loading') {
      return html`<div class="state" aria-hidden="true"><div class="skeleton line"></div><div class="skeleton line short"></div></div>`;
    }
    if (this.phase === 'error') {
      const { orderId, token } = this.ids();
      return html`<div part="error" class="state error" role="alert">
        <p class="state-title">Your order could not be loaded.</p>
        <p class="state-text">${this.message}</p>
        <button part="retry button" class="button secondary" type="button" @click=${() => this.restart(storefront, orderId, token)}>
          Try again
        </button>
      </div>`;
    }
    return html`<div part="not-found" class="state" role=${this.phase === 'not-found' ? 'alert' : nothing}>
      <slot name="not-found">
        <p class="state-title">${this.phase === 'missing' ? 'There is no order to show here.' : 'We could not find this order.'}</p>
        <p class="state-text">Open the link in your confirmation email to see your order.</p>
      </slot>
    </div>`;
  }

  private renderOrder(storefront: Storefront, order: Order): TemplateResult {
    const kind = order.status === 'cancelled' ? 'cancelled' : order.paymentStatus;
    return html`<div class="order ${kind}">
      <div part="header" class="header">
        <h2 part="heading" class="heading">${this.headline(order)}</h2>
        <p class="meta">Order <strong part="order-number">${order.number}</strong> · ${order.email}</p>
        ${this.renderNext(storefront, order, kind)}
      </div>
      ${renderOrderSummary(order, storefront.apiUrl)} ${this.returns?.render(
        (orderId, body) => storefront.orders.requestReturn(orderId, body),
        order,
      )}
    </div>`;
  }

  private renderTrackerLink(order: Order): TemplateResult | typeof nothing {
    if (!this.trackerHref || order.fulfillmentStatus === 'unfulfilled') return nothing;
    const url = new URL(this.trackerHref, location.href);
    url.searchParams.set('storelet_order', order.id);
    const label = order.fulfillmentStatus === 'delivered' ? 'See your delivery' : 'Track your parcels';
    return html`<a part="tracker-link" class="button secondary" href=${url.href}>${label}</a>`;
  }

  private renderNext(storefront: Storefront, order: Order, kind: string): TemplateResult | typeof nothing {
    const error = html`<p part="error" class="error-text" role="alert">${this.message}</p>`;
    switch (kind) {
      case 'paid':
        return html`<p class="lead">A confirmation is on its way to ${order.email}.</p>${this.renderTrackerLink(order)}<slot name="paid"></slot>`;
      case 'failed':
        return html`<p class="lead">No money was taken. You can pay again for the same order.</p>
          <button part="retry button" class="button" type="button" ?disabled=${this.retrying} @click=${() => void this.retry(storefront, order)}>
            ${this.retrying ? 'Starting payment…' : 'Try again'}
          </button>
          ${error}<slot name="failed"></slot>`;
      case 'pending': {
        // A shopper who left the payment page without paying (or left it pending) can go back to it.
        const resume = html`<p class="lead">Not paid yet?
            <button part="resume" class="link" type="button" ?disabled=${this.retrying} @click=${() => void this.retry(storefront, order)}>
              Return to the payment page</button
            ></p>
          ${error}`;
        return this.stalled
          ? html`<p class="lead">We will email ${order.email} as soon as it is. You can also check again.</p>
              <button part="retry button" class="button secondary" type="button" @click=${() => this.poll(storefront, order.id)}>
                Check again
              </button>
              ${resume}<slot name="pending"></slot>`
          : html`<p class="lead"><span class="spinner" aria-hidden="true"></span>This usually takes a few seconds.</p>
              ${resume}<slot name="pending"></slot>`;
      }
      default:
        return nothing;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-status': OrderStatusElement;
  }
}
