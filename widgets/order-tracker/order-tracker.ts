import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isStoreletError, type Order, type Shipment, type Storefront, type TrackingStatus } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { readOrderQuery } from '../order-status/order-query.ts';
import { mediaUrl } from '../shared/media-url.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { renderLookupForm } from './lookup-form.ts';
import { styles } from './order-tracker.styles.ts';
import { formatDay, formatEventTime, TRACKING_LABELS } from './tracker-words.ts';

type Phase = 'lookup' | 'loading' | 'ready' | 'not-found' | 'error';

/** Tracking moves slowly: never asked more than once a minute, whatever `refresh-interval` says. */
const MIN_REFRESH_MS = 60_000;

/**
 * @summary Follows an order's parcels: per shipment its status, a timeline of the carrier's events with
 * dates and places, the tracking link, the estimated delivery and what the parcel holds.
 *
 * The order comes from the `order` attribute or the page's `?storelet_order=` (as `<order-status>` reads
 * it), opened by the token this device holds, the emailed link's `?storelet_token=` or the `token`
 * attribute. Without one, a guest finds the order with its number and email. While the page is visible
 * it refreshes at most once a minute; changes are announced politely to screen readers.
 *
 * @slot empty - Replaces the text shown while nothing has shipped.
 *
 * @event storelet-shipment-update - A parcel was seen for the first time or its status changed.
 * @event storelet-error - Loading or the lookup failed.
 *
 * @csspart status - The visually hidden live announcement.
 * @csspart heading - The order headline.
 * @csspart lookup - The number-and-email form.
 * @csspart field - Its inputs.
 * @csspart lookup-button - Its button.
 * @csspart shipments - The list of parcels.
 * @csspart shipment - One parcel.
 * @csspart shipment-status - Its status.
 * @csspart tracking-link - The carrier's tracking page.
 * @csspart estimate - The estimated delivery.
 * @csspart contents - What the parcel holds.
 * @csspart item - One line of it.
 * @csspart thumbnail - Its picture.
 * @csspart timeline - The events.
 * @csspart event - One event.
 * @csspart empty - Nothing shipped yet.
 * @csspart error - An error message or state.
 * @csspart button - Every button.
 *
 * @cssproperty --order-tracker-delivered-color - A delivered parcel's status (default: the success colour).
 * @cssproperty --order-tracker-problem-color - A parcel with a delivery problem (default: the danger colour).
 */
export class OrderTracker extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, styles];

  /** The order id (`ord_…`); read from the page's `?storelet_order=` when empty. */
  @property() order = '';
  /** An access token from a signed link; read from `?storelet_token=` when empty. */
  @property() token = '';
  /** Milliseconds between refreshes while the page is visible; never less than a minute. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = MIN_REFRESH_MS;

  @state() private phase: Phase = 'loading';
  @state() private result: { order: Order; shipments: Shipment[] } | undefined;
  @state() private message = '';
  @state() private announcement = '';
  @state() private lookupBusy = false;
  @state() private lookupMessage = '';

  private readonly storefront = new StorefrontController(this);
  private loadedKey: unknown[] = [];
  /** The order found by the lookup form, when no attribute or query names one. */
  private foundOrder = '';
  private urlToken: [string, string] = ['', ''];
  private generation = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastFetch = 0;
  private seen = new Map<string, TrackingStatus>();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible' && Date.now() - this.lastFetch >= MIN_REFRESH_MS) void this.refresh();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.timer);
    this.timer = undefined;
    this.generation++;
    this.loadedKey = [];
  }

  private ids(): { orderId: string; token: string } {
    const { orderId, token } = readOrderQuery(this.order);
    if (token !== null) this.urlToken = [orderId, token];
    const id = this.foundOrder || orderId;
    return { orderId: id, token: this.token || (this.urlToken[0] === id ? this.urlToken[1] : '') };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const { orderId, token } = this.ids();
    const key = [this.storefront.value, orderId, token];
    if (key.every((value, index) => value === this.loadedKey[index])) return;
    this.loadedKey = key;
    this.start(this.storefront.value, orderId, token);
  }

  private start(storefront: Storefront | undefined, orderId: string, token: string): void {
    this.generation++;
    clearInterval(this.timer);
    this.timer = undefined;
    this.result = undefined;
    this.message = '';
    this.seen = new Map();
    if (!storefront) return;
    if (token) storefront.orders.rememberAccess(orderId, token);
    if (!orderId || !storefront.orders.hasAccess(orderId)) {
      this.phase = 'lookup';
      return;
    }
    this.phase = 'loading';
    void this.load(storefront, orderId, this.generation);
    this.timer = setInterval(
      () => {
        if (document.visibilityState === 'visible') void this.load(storefront, orderId, this.generation);
      },
      Math.max(this.refreshInterval, MIN_REFRESH_MS),
    );
  }

  /** Asks the server again now (a host's own "refresh" button, say). */
  async refresh(): Promise<void> {
    const storefront = this.storefront.value;
    const { orderId } = this.ids();
    if (storefront && orderId && this.phase !== 'lookup') await this.load(storefront, orderId, this.generation);
  }

  private async load(storefront: Storefront, orderId: string, generation: number): Promise<void> {
    this.lastFetch = Date.now();
    try {
      const [order, { items }] = await Promise.all([
        storefront.orders.get(orderId),
        storefront.orders.shipments(orderId),
      ]);
      if (generation !== this.generation) return;
      this.result = { order, shipments: items };
      this.phase = 'ready';
      this.report(order, items);
    } catch (error) {
      if (generation !== this.generation) return;
      const { code, message } = isStoreletError(error) ? error : { code: 'unexpected_error', message: String(error) };
      // A refresh that failed keeps what is shown; the next one tries again.
      if (this.result && code !== 'not_found') return;
      this.phase = code === 'not_found' ? 'not-found' : 'error';
      this.message = message;
      emit(this, 'storelet-error', { code, message });
    }
  }

  /** Announces what changed since the last answer, and tells the page. */
  private report(order: Order, shipments: Shipment[]): void {
    const first = this.seen.size === 0;
    const changes: string[] = [];
    shipments.forEach((shipment, index) => {
      const previous = this.seen.get(shipment.id) ?? null;
      if (previous === shipment.status) return;
      this.seen.set(shipment.id, shipment.status);
      changes.push(`Parcel ${index + 1}: ${TRACKING_LABELS[shipment.status][0]}.`);
      emit(this, 'storelet-shipment-update', {
        orderId: order.id,
        shipmentId: shipment.id,
        status: shipment.status,
        previousStatus: previous,
      });
    });
    if (first) {
      const count = shipments.length;
      this.announcement =
        `Order ${order.number}: ${count === 0 ? 'nothing has shipped yet.' : `${count} ${count === 1 ? 'parcel' : 'parcels'}.`} ${changes.join(' ')}`.trim();
    } else if (changes.length > 0) this.announcement = `Tracking updated. ${changes.join(' ')}`;
  }

  private async lookup(storefront: Storefront, number: string, email: string): Promise<void> {
    this.lookupBusy = true;
    this.lookupMessage = '';
    try {
      const found = await storefront.orders.lookup({ number, email });
      this.foundOrder = found.orderId;
      this.loadedKey = [];
      this.requestUpdate();
    } catch (error) {
      const { code, message } = isStoreletError(error) ? error : { code: 'unexpected_error', message: String(error) };
      this.lookupMessage =
        code === 'not_found'
          ? 'We could not find an order with this number and email. Check both and try again.'
          : message;
      emit(this, 'storelet-error', { code, message });
    } finally {
      this.lookupBusy = false;
    }
  }

  protected override render(): TemplateResult {
    const storefront = this.storefront.value;
    if (!storefront) return renderNoShop();
    return html`<p part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.phase === 'ready' && this.result ? this.renderOrder(storefront, this.result.order, this.result.shipments) : this.renderPhase(storefront)}`;
  }

  private renderPhase(storefront: Storefront): TemplateResult {
    if (this.phase === 'loading') {
      return html`<div class="state" aria-busy="true"><span class="visually-hidden">Loading your tracking…</span>
        <div class="skeleton line" aria-hidden="true"></div><div class="skeleton line short" aria-hidden="true"></div></div>`;
    }
    if (this.phase === 'error') {
      const { orderId, token } = this.ids();
      return html`<div part="error" class="state error" role="alert">
        <p class="state-title">Tracking could not be loaded.</p>
        <p class="state-text">${this.message}</p>
        <button part="button" class="button secondary" type="button" @click=${() => this.start(storefront, orderId, token)}>Try again</button>
      </div>`;
    }
    const notFound = this.phase === 'not-found';
    return html`<h2 part="heading" class="heading">Track your order</h2>
      ${renderLookupForm({
        busy: this.lookupBusy,
        message: this.lookupMessage,
        number: '',
        intro: notFound
          ? 'We could not open this order here. Enter its number and the email you used to find it.'
          : 'Enter your order number (from the confirmation email) and the email you used.',
        onSubmit: (number, email) => void this.lookup(storefront, number, email),
      })}`;
  }

  private renderOrder(storefront: Storefront, order: Order, shipments: Shipment[]): TemplateResult {
    return html`<h2 part="heading" class="heading">Order ${order.number}</h2>
      <p class="meta">${shipments.length === 0 ? 'Not shipped yet' : `${shipments.length} ${shipments.length === 1 ? 'parcel' : 'parcels'}`}</p>
      ${
        shipments.length === 0
          ? html`<div part="empty" class="state"><slot name="empty">
            <p class="state-title">Nothing has shipped yet.</p>
            <p class="state-text">We will email ${order.email} with a tracking link as soon as your order leaves.</p>
          </slot></div>`
          : html`<ol part="shipments" class="shipments">
            ${shipments.map((shipment, index) => this.renderShipment(storefront, shipment, index, shipments.length))}
          </ol>`
      }`;
  }

  private renderShipment(storefront: Storefront, shipment: Shipment, index: number, count: number): TemplateResult {
    const [label, tone] = TRACKING_LABELS[shipment.status];
    const titleId = `shipment-${index}`;
    const events = [...shipment.events].reverse();
    return html`<li part="shipment" class="shipment" aria-labelledby=${titleId}>
      <div class="shipment-head">
        <h3 class="shipment-title" id=${titleId}>${count > 1 ? `Parcel ${index + 1} of ${count}` : 'Your parcel'} · ${shipment.carrierName}</h3>
        <span part="shipment-status" class="status ${tone}">${label}</span>
      </div>
      <p class="facts">
        <span>Tracking number ${shipment.trackingNumber}</span>
        ${
          shipment.status === 'delivered' && shipment.deliveredAt
            ? html`<span>Delivered ${formatDay(shipment.deliveredAt)}</span>`
            : shipment.estimatedDelivery
              ? html`<span part="estimate">Expected ${formatDay(shipment.estimatedDelivery)}</span>`
              : nothing
        }
        ${
          shipment.trackingUrl
            ? html`<a part="tracking-link" href=${shipment.trackingUrl} target="_blank" rel="noopener noreferrer"
              >Track on ${shipment.carrierName}<span class="visually-hidden"> (opens in a new tab)</span></a
            >`
            : nothing
        }
      </p>
      <ul part="contents" class="contents" aria-label="In this parcel">
        ${shipment.lines.map((line) => {
          const src = line.designPreviewUrl ?? (line.image ? mediaUrl(line.image.url, storefront.apiUrl) : null);
          const variant = line.variantTitle && line.variantTitle !== 'Default' ? ` · ${line.variantTitle}` : '';
          return html`<li part="item" class="item">
            ${src ? html`<img part="thumbnail" src=${src} alt="" width="44" height="44" loading="lazy" />` : html`<span class="no-image"></span>`}
            <span class="item-text">${line.quantity} × ${line.title}${variant}</span>
          </li>`;
        })}
      </ul>
      ${
        events.length === 0
          ? html`<p class="meta">No scans from the carrier yet.</p>`
          : html`<ol part="timeline" class="timeline" aria-label="Tracking events, newest first">
            ${events.map(
              (event) => html`<li part="event" class="event">
              <span class="event-message">${event.message || TRACKING_LABELS[event.status][0]}</span>
              <span class="event-meta"><time datetime=${event.occurredAt}>${formatEventTime(event.occurredAt)}</time>${event.place ? ` · ${event.place}` : ''}</span>
            </li>`,
            )}
          </ol>`
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-tracker': OrderTracker;
  }
}
