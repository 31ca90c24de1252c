import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  formatMoney,
  toStoreletError,
  type CreateReturnBody,
  type Order,
  type ReturnReason,
  type ReturnRequest,
} from '../../sdk/index.ts';

const REASONS: Record<ReturnReason, string> = {
  damaged: 'Arrived damaged',
  wrong_item: 'Wrong item',
  not_as_described: 'Not as described',
  no_longer_needed: 'No longer needed',
  other: 'Something else',
};

const STEP: Record<string, string> = {
  requested: 'Requested: the shop will answer soon',
  approved: 'Approved: please send the items back',
  rejected: 'Declined',
  received: 'Received: your refund follows',
  refunded: 'Refunded',
};

const REFUND: Record<string, string> = { pending: 'on its way', succeeded: 'refunded', failed: 'failed' };

const words = (value: string) => value.replace(/_/g, ' ');

/** Sends the request: through the order's link (`storefront.orders`) or as the signed-in customer (`account.orders`). */
export type RequestReturn = (orderId: string, body: CreateReturnBody) => Promise<ReturnRequest>;

/**
 * The order's refunds and returns, and the form that asks to return lines of a delivered order: which units,
 * why, and a note. The server decides what may be returned (window, units left, custom stickers); its refusal
 * is shown as its message.
 */
export class ReturnFormController implements ReactiveController {
  private open = false;
  private quantities = new Map<string, number>();
  private reason: ReturnReason = 'damaged';
  private note = '';
  private sending = false;
  private message = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /**
     * The element's side: load the order again after a request was recorded (and send
     * `storelet-return-request`), or send `storelet-error` for a refusal.
     */
    private readonly events: {
      requested(orderId: string, returnId: string): void;
      failed(code: string, message: string): void;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private async send(request: RequestReturn, order: Order): Promise<void> {
    const lines = [...this.quantities]
      .filter(([, quantity]) => quantity > 0)
      .map(([lineId, quantity]) => ({ lineId, quantity }));
    if (lines.length === 0) return this.set(() => (this.message = 'Choose at least one item to return.'));
    this.set(() => {
      this.sending = true;
      this.message = '';
    });
    try {
      const created = await request(order.id, {
        lines,
        reason: this.reason,
        ...(this.note.trim() ? { note: this.note.trim() } : {}),
      });
      this.open = false;
      this.quantities = new Map();
      this.note = '';
      this.events.requested(order.id, created.id);
    } catch (error) {
      const { code, message } = toStoreletError(error);
      this.message = message;
      this.events.failed(code, message);
    } finally {
      this.set(() => (this.sending = false));
    }
  }

  render(request: RequestReturn, order: Order): TemplateResult | typeof nothing {
    const refunds = order.refunds ?? [];
    const returns = order.returns ?? [];
    const canAsk =
      order.fulfillmentStatus === 'delivered' && order.status !== 'cancelled' && order.paymentStatus !== 'refunded';
    if (!refunds.length && !returns.length && !canAsk) return nothing;
    return html`<section part="aftercare" class="section" aria-labelledby="aftercare-title">
      <h3 id="aftercare-title" class="section-title">Returns and refunds</h3>
      ${
        refunds.length
          ? html`<ul part="refunds" class="lines" role="list">
            ${refunds.map(
              (refund) => html`<li part="refund" class="line">
                <span class="line-text">${formatMoney(refund.amount)} ${REFUND[refund.status] ?? refund.status}</span>
                <span class="meta">${words(refund.reason)}</span>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        returns.length
          ? html`<ul part="returns" class="lines" role="list">
            ${returns.map(
              (request) => html`<li part="return" class="line">
                <span class="line-text">
                  <span part="return-status">${STEP[request.status] ?? request.status}</span>
                  ${request.message ? html`<span part="return-message" class="meta">${request.message}</span>` : nothing}
                </span>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${canAsk ? this.renderForm(request, order) : nothing}
    </section>`;
  }

  private renderForm(request: RequestReturn, order: Order): TemplateResult {
    if (!this.open)
      return html`<button part="return-open button" class="button secondary" type="button" @click=${() => this.set(() => (this.open = true))}>
        Return items
      </button>`;
    return html`<form part="return-form" class="return-form" @submit=${(event: Event) => {
      event.preventDefault();
      void this.send(request, order);
    }}>
      <fieldset>
        <legend class="label">Items to return</legend>
        ${order.lines.map(
          (line) => html`<label class="return-line">
            <span>${line.title}${line.sticker ? ' (made to order)' : ''}</span>
            <input part="return-quantity" class="field" type="number" min="0" max=${line.quantity} .value=${String(this.quantities.get(line.id) ?? 0)}
              aria-label=${`Units of ${line.title} to return, up to ${line.quantity}`}
              @input=${(event: Event) => this.quantities.set(line.id, Number((event.target as HTMLInputElement).value) || 0)} />
          </label>`,
        )}
      </fieldset>
      <label class="label" for="return-reason">Reason</label>
      <select id="return-reason" part="return-reason" class="field" @change=${(event: Event) => (this.reason = (event.target as HTMLSelectElement).value as ReturnReason)}>
        ${Object.entries(REASONS).map(([value, label]) => html`<option value=${value} ?selected=${value === this.reason}>${label}</option>`)}
      </select>
      <label class="label" for="return-note">Note (optional)</label>
      <textarea id="return-note" part="return-note" class="field" maxlength="1000" .value=${this.note}
        @input=${(event: Event) => (this.note = (event.target as HTMLTextAreaElement).value)}></textarea>
      <button part="return-submit button" class="button" type="submit" ?disabled=${this.sending}>
        ${this.sending ? 'Sending…' : 'Ask to return'}
      </button>
      ${this.message ? html`<p part="error" class="error-text" role="alert">${this.message}</p>` : nothing}
    </form>`;
  }
}
