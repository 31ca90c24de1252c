import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AdminClient, AdminDesign, AdminOrder } from '../../sdk/admin/index.ts';
import { StoreletApiError, toStoreletError, type StoreletError } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { renderTotals, totalsStyles } from '../shared/totals.ts';
import { renderAccessError } from './access-error.ts';
import { adminStyles } from './admin-styles.ts';
import { renderCustomer } from './order-customer.ts';
import { renderDesigns, type DownloadState } from './order-designs.ts';
import { renderOrderLines } from './order-lines.ts';
import { formatDate, fulfillmentBadge, PAYMENT_ISSUE_TEXT, paymentBadge } from './order-words.ts';
import { styles } from './admin-order-view.styles.ts';
import { saveFile, sha256Hex } from './save-file.ts';

/** A design whose bytes do not hash to what the server recorded: refused here rather than printed. */
const damagedDesign = (): StoreletError =>
  new StoreletApiError({
    status: 0,
    code: 'design_damaged',
    message: 'The file arrived damaged (its SHA-256 does not match). Try again.',
  });

/**
 * @summary One order in `<admin-dashboard>`: customer, address, lines with sticker specs, its designs
 * (facts, SHA-256 and the original file to download), any payment issue, and the totals.
 * @event storelet-admin-order-close - "All orders" was chosen.
 * @event storelet-admin-design-download - A design's file was fetched and handed to the browser.
 * @event storelet-admin-shipment - A parcel was shipped, corrected, cancelled, refreshed or given an event.
 * @event storelet-error - The order could not be loaded, or a design could not be downloaded.
 * @csspart back - The way back.
 * @csspart status - The visually hidden live region.
 * @csspart order - The order.
 * @csspart heading - The order number.
 * @csspart badge - A status badge; each also has payment-status, fulfillment-status or payment-issue-flag.
 * @csspart payment-status - The payment status badge.
 * @csspart fulfillment-status - The fulfilment status badge.
 * @csspart payment-issue-flag - The payment-issue flag.
 * @csspart payment-issue - The issue panel.
 * @csspart customer - The customer section.
 * @csspart email - The customer's email.
 * @csspart address - The shipping address.
 * @csspart phone - The phone number.
 * @csspart copy-address - The button that copies the address.
 * @csspart lines - The lines.
 * @csspart line - One line.
 * @csspart line-image - Its picture, or its design's thumbnail.
 * @csspart line-title - Its product name.
 * @csspart line-variant - Its variant and SKU.
 * @csspart line-spec - A sticker line's spec.
 * @csspart line-file - A sticker line's design file name.
 * @csspart line-quantity - Its quantity and unit price.
 * @csspart line-total - Its total.
 * @csspart designs - The designs section.
 * @csspart design - One design.
 * @csspart design-image - Its preview, or its format in a box when it has none.
 * @csspart design-name - Its file name.
 * @csspart design-facts - Its facts.
 * @csspart design-format - Its format.
 * @csspart design-size - Its file size.
 * @csspart design-pixels - Its pixel size.
 * @csspart design-sha256 - Its SHA-256.
 * @csspart copy-sha256 - The button that copies it.
 * @csspart design-lines - The lines that use it.
 * @csspart download - The download button.
 * @csspart download-error - Why a download failed.
 * @csspart totals - The breakdown.
 * @csspart totals-discount - Its discount row.
 * @csspart total - The total row.
 * @csspart error - The error state.
 * @csspart forbidden - The error state of an account that is not an admin (also error).
 * @csspart retry - The error state's "Try again" button.
 * @csspart button - Every button.
 * Shipping (add tracking, timelines, refresh, mark delivered, cancel) is `<admin-shipments>` inside it.
 */
export class AdminOrderView extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, totalsStyles, adminStyles, styles];

  @property({ attribute: false }) client: AdminClient | undefined;
  /** The order to show; the dashboard sets it when an order is opened. */
  @property({ attribute: 'order-id' }) orderId = '';
  /** Saves a downloaded design; a download link on an object URL by default. Replace it to keep the file in the page. */
  @property({ attribute: false }) save: (file: Blob, fileName: string) => void = saveFile;

  @state() private order: AdminOrder | undefined;
  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private error: StoreletError | undefined;
  @state() private downloads = new Map<string, DownloadState>();
  @state() private copied = '';
  @query('[part~="heading"]') private heading?: HTMLElement;
  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('orderId')) void this.load();
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const { client, orderId } = this;
    this.phase = 'loading';
    this.order = undefined;
    this.downloads = new Map();
    if (!client || !orderId) return;
    try {
      const order = await client.orders.get(orderId);
      if (generation !== this.generation) return;
      this.order = order;
      this.phase = 'ready';
      await this.updateComplete;
      // The list gave way to this order: a screen reader starts on its heading.
      this.heading?.focus();
    } catch (thrown) {
      if (generation !== this.generation) return;
      const error = toStoreletError(thrown);
      this.error = error;
      this.phase = 'error';
      emit(this, 'storelet-error', { code: error.code, message: error.message });
    }
  }

  /** After a shipment changed: the order's fulfilment badge follows, without reloading the view. */
  private async refreshOrder(): Promise<void> {
    const { client, orderId } = this;
    const generation = this.generation;
    if (!client || !orderId) return;
    try {
      const order = await client.orders.get(orderId);
      if (generation === this.generation) this.order = order;
    } catch {
      // The badge stays as it was; the shipment itself is saved and shown.
    }
  }

  private setDownload(uploadId: string, value: DownloadState | null): void {
    const next = new Map(this.downloads);
    if (value) next.set(uploadId, value);
    else next.delete(uploadId);
    this.downloads = next;
  }

  private async download(order: AdminOrder, design: AdminDesign): Promise<void> {
    if (!this.client || this.downloads.get(design.id)?.busy) return;
    this.setDownload(design.id, { busy: true });
    try {
      const file = await this.client.orders.downloadDesign(order.id, design.id);
      // The file goes to a printer: check it arrived whole.
      const digest = await sha256Hex(file);
      if (digest !== null && digest !== design.sha256) throw damagedDesign();
      // The server's name, not the shopper's: a PNG sent as `invoice.html` is saved as `invoice.html.png`.
      this.save(file, design.downloadName);
      this.setDownload(design.id, null);
      emit(this, 'storelet-admin-design-download', {
        orderId: order.id,
        uploadId: design.id,
        fileName: design.downloadName,
        size: file.size,
      });
    } catch (error) {
      const { code, message } = toStoreletError(error);
      this.setDownload(design.id, { busy: false, error: `The file could not be downloaded. ${message}` });
      emit(this, 'storelet-error', { code, message });
    }
  }

  /** Copies a design's SHA-256 or the address; `key` says which button shows "Copied". */
  private async copy(key: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = key;
    } catch {
      // No clipboard permission: the full hash stays readable in the title, the address on the page.
      this.copied = '';
    }
  }

  private back(): void {
    emit(this, 'storelet-admin-order-close', { orderId: this.orderId, orderNumber: this.order?.number ?? '' });
  }

  protected override render(): TemplateResult {
    return html`<button part="back button" class="button secondary back" type="button" @click=${this.back}>
        <span aria-hidden="true">←</span> All orders
      </button>
      <p part="status" class="visually-hidden" role="status">${this.phase === 'loading' ? 'Loading the order…' : ''}</p>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const order = this.order;
    if (this.phase === 'loading' || !order) {
      return this.phase === 'error'
        ? renderAccessError(this.error, 'This order could not be loaded.', () => void this.load())
        : html`<div aria-hidden="true"><div class="skeleton row"></div><div class="skeleton row"></div></div>`;
    }
    const apiUrl = this.client?.apiUrl ?? '';
    return html`<article part="order" class="order" aria-labelledby="order-heading">
      <header class="order-header">
        <h3 id="order-heading" part="heading" class="heading" tabindex="-1">Order ${order.number}</h3>
        <p class="meta">Placed <time datetime=${order.createdAt}>${formatDate(order.createdAt)}</time>
          ${order.paidAt ? html` · paid <time datetime=${order.paidAt}>${formatDate(order.paidAt)}</time>` : nothing}</p>
        <p class="badges">${paymentBadge(order.paymentStatus)}${fulfillmentBadge(order.fulfillmentStatus)}
          ${order.status === 'cancelled' ? html`<span class="badge bad">Cancelled</span>` : nothing}</p>
      </header>
      ${
        order.paymentIssue
          ? html`<div part="payment-issue" class="issue" role="note" aria-labelledby="issue-title">
            <p id="issue-title" class="issue-title"><span aria-hidden="true">⚠</span> Payment issue</p>
            <p class="issue-text">${PAYMENT_ISSUE_TEXT[order.paymentIssue]}</p>
          </div>`
          : nothing
      }
      <div class="columns">
        ${renderCustomer({ order, copied: this.copied === 'address', onCopy: (text) => void this.copy('address', text) })}
        <section class="section" aria-labelledby="items-title">
          <h4 id="items-title" class="section-title">Items</h4>
          ${renderOrderLines(order, apiUrl)} ${renderTotals(order.totals, order.discount)}
        </section>
      </div>
      <admin-shipments .client=${this.client} .order=${order} @storelet-admin-shipment=${() => void this.refreshOrder()}></admin-shipments>
      ${renderDesigns({
        order,
        apiUrl,
        downloads: this.downloads,
        copied: this.copied,
        onDownload: (design) => void this.download(order, design),
        onCopy: (design) => void this.copy(design.id, design.sha256),
      })}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-order-view': AdminOrderView;
  }
}
