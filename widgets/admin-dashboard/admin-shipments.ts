import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminClient, AdminOrder, AdminShipment } from '../../sdk/admin/index.ts';
import { isStoreletError, normalizeTrackingNumber } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { TRACKING_LABELS } from '../order-tracker/tracker-words.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import {
  emptyDraft,
  numberProblem,
  renderAddTracking,
  renderCarrierFields,
  type TrackingDraft,
} from './add-tracking-form.ts';
import { adminStyles } from './admin-styles.ts';
import { formatDate } from './order-words.ts';

const ACTION_WORDS: Record<AdminShipment['history'][number]['action'], string> = {
  created: 'Shipped',
  corrected: 'Corrected',
  cancelled: 'Cancelled',
  event_added: 'Event added',
  refreshed: 'Tracking refreshed',
  registered: 'Registered with the tracking service',
};

/**
 * @summary An order's shipments in `<admin-dashboard>`: "Add tracking", each parcel with its timeline and
 * who did what, "Refresh tracking" (a tracking service) or "Mark delivered" (tracked by hand), and "Cancel".
 * @event storelet-admin-shipment - A shipment was added, changed or cancelled; the order's status may have moved.
 * @event storelet-error - A request failed.
 * @csspart add-tracking - The form.
 * @csspart carrier - The form.
 * @csspart tracking-number - The form.
 * @csspart ship-quantity - The form.
 * @csspart ship - The form.
 * @csspart shipments - The parcels.
 * @csspart shipment - The parcels.
 * @csspart shipment-status - The parcels.
 * @csspart timeline - The parcels.
 * @csspart history - The parcels.
 * @csspart refresh - The parcels.
 * @csspart mark-delivered - The parcels.
 * @csspart cancel-shipment - The parcels.
 * @csspart correct - "Correct number" and its form's button.
 * @csspart save-correction - "Correct number" and its form's button.
 * @csspart badge - A status badge.
 * @csspart button - Every button.
 * @csspart fulfillment-status - The order's fulfilment badge.
 * @csspart payment-status - The order's payment badge.
 * @csspart payment-issue-flag - The payment-issue flag.
 */
export class AdminShipments extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    stateStyles,
    adminStyles,
    css`
    .add-tracking, .shipment { display: grid; gap: 0.75rem; padding: 1rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
    .form-title, .shipment-title { margin: 0; font-size: 1rem; }
    .form-row { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
    .ship-lines { display: grid; gap: 0.5rem; margin: 0; padding: 0; border: 0; }
    .ship-line { display: flex; justify-content: space-between; align-items: center; gap: 0.75rem; }
    .quantity { width: 5.5rem; flex: none; }
    .form-actions, .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    .list { display: grid; gap: 1rem; margin: 1rem 0 0; padding: 0; list-style: none; }
    .shipment.cancelled { border-style: dashed; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; }
    .timeline, .history { margin: 0; padding-left: 1.25rem; display: grid; gap: 0.25rem; }
    details summary { cursor: pointer; }
  `,
  ];

  @property({ attribute: false }) client: AdminClient | undefined;
  @property({ attribute: false }) order: AdminOrder | undefined;

  @state() private shipments: AdminShipment[] = [];
  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private draft: TrackingDraft | undefined;
  @state() private busy = '';
  @state() private message = '';
  @state() private announcement = '';
  /** The shipment whose carrier or number is being corrected, and the correction typed so far. */
  @state() private correcting: { id: string; carrier: TrackingDraft['carrier']; trackingNumber: string } | undefined;
  private loadedFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('client') || changed.has('order')) && this.order && this.order.id !== this.loadedFor) {
      this.loadedFor = this.order.id;
      void this.load();
    }
  }

  /** Units of each line not in a shipment yet (shipments not cancelled). */
  private remaining(order: AdminOrder): Map<string, number> {
    const left = new Map(order.lines.map((line) => [line.id, line.quantity]));
    for (const shipment of this.shipments) {
      if (shipment.cancelledAt) continue;
      for (const line of shipment.lines) left.set(line.lineId, (left.get(line.lineId) ?? 0) - line.quantity);
    }
    return left;
  }

  private async load(): Promise<void> {
    const { client, order } = this;
    if (!client || !order) return;
    try {
      this.shipments = await client.orders.shipments(order.id);
      this.phase = 'ready';
      this.draft = emptyDraft(this.remaining(order));
    } catch (error) {
      this.phase = 'error';
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const { code, message } = isStoreletError(error) ? error : { code: 'unexpected_error', message: String(error) };
    this.message = message;
    emit(this, 'storelet-error', { code, message });
  }

  /** Runs one action, puts its answer in the list and tells the order view its status may have moved. */
  private async act(
    key: string,
    action: () => Promise<AdminShipment>,
    said: (shipment: AdminShipment) => string,
  ): Promise<void> {
    if (this.busy) return;
    this.busy = key;
    this.message = '';
    try {
      const shipment = await action();
      const others = this.shipments.filter((item) => item.id !== shipment.id);
      this.shipments = [...others, shipment].sort((a, b) => a.shippedAt.localeCompare(b.shippedAt));
      if (this.order) this.draft = emptyDraft(this.remaining(this.order));
      this.announcement = said(shipment);
      emit(this, 'storelet-admin-shipment', {
        orderId: shipment.orderId,
        shipmentId: shipment.id,
        status: shipment.status,
      });
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = '';
    }
  }

  private ship(client: AdminClient, order: AdminOrder, draft: TrackingDraft): void {
    const lines = Object.entries(draft.quantities)
      .filter(([, quantity]) => quantity > 0)
      .map(([lineId, quantity]) => ({ lineId, quantity }));
    const body = { carrier: draft.carrier, trackingNumber: normalizeTrackingNumber(draft.trackingNumber), lines };
    void this.act(
      'ship',
      () => client.orders.ship(order.id, body),
      (shipment) => `Shipment ${shipment.trackingNumber} added.`,
    );
  }

  protected override render(): TemplateResult {
    const { client, order } = this;
    if (!client || !order) return html``;
    return html`<section class="section" aria-labelledby="shipping-title">
      <h4 id="shipping-title" class="section-title">Shipping</h4>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.phase === 'loading' ? html`<div class="skeleton row" aria-hidden="true"></div>` : nothing}
      ${this.phase === 'error' ? html`<p class="message error" role="alert">${this.message}</p>` : nothing}
      ${this.phase === 'ready' ? this.renderReady(client, order) : nothing}
    </section>`;
  }

  private renderReady(client: AdminClient, order: AdminOrder): TemplateResult {
    const remaining = this.remaining(order);
    const left = [...remaining.values()].some((quantity) => quantity > 0);
    const shippable = order.paymentStatus === 'paid' && order.status !== 'cancelled';
    const draft = this.draft ?? emptyDraft(remaining);
    return html`
      ${
        !shippable
          ? html`<p class="meta">Only a paid order can ship.</p>`
          : left
            ? renderAddTracking({
                order,
                remaining,
                draft,
                busy: this.busy === 'ship',
                message: this.busy ? '' : this.message,
                onChange: (update) => (this.draft = update(this.draft ?? emptyDraft(remaining))),
                onSubmit: () => this.ship(client, order, this.draft ?? draft),
              })
            : html`<p class="meta">Every item has shipped.</p>${this.message ? html`<p class="message error" role="alert">${this.message}</p>` : nothing}`
      }
      ${
        this.shipments.length === 0
          ? html`<p class="meta">No shipments yet.</p>`
          : html`<ol part="shipments" class="list">${this.shipments.map((shipment, index) => this.renderShipment(client, order, shipment, index))}</ol>`
      }`;
  }

  private renderShipment(
    client: AdminClient,
    order: AdminOrder,
    shipment: AdminShipment,
    index: number,
  ): TemplateResult {
    const [label, tone] = TRACKING_LABELS[shipment.status];
    const titleId = `shipment-title-${index}`;
    const lines = new Map(order.lines.map((line) => [line.id, line.title]));
    const open = !shipment.cancelledAt;
    const final = shipment.status === 'delivered' || shipment.status === 'returned';
    return html`<li part="shipment" class="shipment ${open ? '' : 'cancelled'}" aria-labelledby=${titleId}>
      <div class="head">
        <h5 id=${titleId} class="shipment-title">${shipment.carrierName} ${shipment.trackingNumber}</h5>
        <span part="shipment-status" class="badge ${open ? (tone === 'neutral' ? '' : tone) : 'bad'}">${open ? label : 'Cancelled'}</span>
      </div>
      <p class="meta">
        ${shipment.lines.map((line) => `${line.quantity} × ${lines.get(line.lineId) ?? line.title}`).join(', ')}
        ${shipment.estimatedDelivery ? html` · expected ${formatDate(shipment.estimatedDelivery)}` : nothing}
        ${shipment.trackingUrl ? html` · <a class="link" href=${shipment.trackingUrl} target="_blank" rel="noopener noreferrer">Tracking page<span class="visually-hidden"> (opens in a new tab)</span></a>` : nothing}
        ${!shipment.registered ? html` · <span class="badge warn">Not yet registered with ${shipment.provider}</span>` : nothing}
      </p>
      ${
        shipment.events.length > 0
          ? html`<ol part="timeline" class="timeline" aria-label="Tracking events">
            ${shipment.events.map(
              (event) => html`<li><time datetime=${event.occurredAt}>${formatDate(event.occurredAt)}</time> ·
              ${TRACKING_LABELS[event.status][0]}${event.message && event.message !== TRACKING_LABELS[event.status][0] ? `: ${event.message}` : ''}${event.place ? ` · ${event.place}` : ''}</li>`,
            )}
          </ol>`
          : html`<p class="meta">No tracking events yet.</p>`
      }
      <details>
        <summary>History</summary>
        <ol part="history" class="history">
          ${shipment.history.map(
            (
              entry,
            ) => html`<li>${ACTION_WORDS[entry.action]}${entry.note ? ` (${entry.note})` : ''} · ${entry.actor ?? 'tracking service'} ·
            <time datetime=${entry.at}>${formatDate(entry.at)}</time></li>`,
          )}
        </ol>
      </details>
      ${
        open
          ? html`<div class="actions">
            ${
              shipment.provider === 'manual'
                ? final
                  ? nothing
                  : html`<button part="button mark-delivered" class="button secondary" type="button" ?disabled=${!!this.busy}
                    @click=${() =>
                      void this.act(
                        `delivered-${shipment.id}`,
                        () => client.orders.addTrackingEvent(order.id, shipment.id, { status: 'delivered' }),
                        () => `Shipment ${shipment.trackingNumber} marked delivered.`,
                      )}>
                    ${this.busy === `delivered-${shipment.id}` ? 'Saving…' : 'Mark delivered'}</button>`
                : html`<button part="button refresh" class="button secondary" type="button" ?disabled=${!!this.busy}
                  @click=${() =>
                    void this.act(
                      `refresh-${shipment.id}`,
                      () => client.orders.refreshShipment(order.id, shipment.id),
                      (next) => `Tracking refreshed: ${TRACKING_LABELS[next.status][0]}.`,
                    )}>
                  ${this.busy === `refresh-${shipment.id}` ? 'Refreshing…' : 'Refresh tracking'}</button>`
            }
            <button part="button correct" class="button secondary" type="button" ?disabled=${!!this.busy}
              aria-expanded=${this.correcting?.id === shipment.id ? 'true' : 'false'}
              @click=${() =>
                (this.correcting =
                  this.correcting?.id === shipment.id
                    ? undefined
                    : { id: shipment.id, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber })}>
              Correct number</button>
            <button part="button cancel-shipment" class="button secondary" type="button" ?disabled=${!!this.busy}
              @click=${() =>
                void this.act(
                  `cancel-${shipment.id}`,
                  () => client.orders.cancelShipment(order.id, shipment.id),
                  () => `Shipment ${shipment.trackingNumber} cancelled.`,
                )}>
              Cancel shipment</button>
          </div>
          ${this.correcting?.id === shipment.id ? this.renderCorrection(client, order, shipment.id) : nothing}`
          : nothing
      }
    </li>`;
  }

  private renderCorrection(client: AdminClient, order: AdminOrder, shipmentId: string): TemplateResult {
    const correction = this.correcting!;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      if (numberProblem(correction)) return;
      const body = { carrier: correction.carrier, trackingNumber: normalizeTrackingNumber(correction.trackingNumber) };
      void this.act(
        `correct-${shipmentId}`,
        () => client.orders.correctShipment(order.id, shipmentId, body),
        (next) => {
          this.correcting = undefined;
          return `Corrected to ${next.carrierName} ${next.trackingNumber}.`;
        },
      );
    };
    return html`<form class="correction" @submit=${submit} aria-label="Correct the carrier or number">
      ${renderCarrierFields(correction, (change) => (this.correcting = { ...this.correcting!, ...change }), `fix-${shipmentId}-`)}
      <div class="actions">
        <button part="button save-correction" class="button" type="submit" ?disabled=${!!this.busy || !!numberProblem(correction)}>
          ${this.busy === `correct-${shipmentId}` ? 'Saving…' : 'Save correction'}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-shipments': AdminShipments;
  }
}
