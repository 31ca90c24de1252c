import { html, type TemplateResult } from 'lit';
import type { LowStockItem, StockReason } from '../../../sdk/admin/index.ts';
import { renderFieldError, type ServerForm } from '../blocks/server-form.ts';

/** Each reason for a stock change in the store owner's words. */
export const STOCK_REASON_LABELS: Record<StockReason, string> = {
  received: 'Received from a supplier',
  count: 'Counted on the shelf',
  damaged: 'Damaged or lost',
  returned: 'Returned by a customer',
};

export type StockAdjustOptions = {
  item: LowStockItem;
  form: ServerForm;
  /** The stock changed since it was counted: the count must be made again from the units now. */
  conflict: boolean;
  onSubmit(event: SubmitEvent): void;
  onCancel(): void;
  onReload(): void;
};

/**
 * A change of one variant's stock: units added or taken away (changes made together add up), or the units counted on
 * the shelf (from the stock version read), always with a reason for the ledger.
 */
export function renderStockAdjustForm(options: StockAdjustOptions): TemplateResult {
  const { item, form } = options;
  const invalid = (name: string) => (form.fieldError(name) ? 'true' : 'false');
  return html`<form part="adjust-form" class="adjust" aria-labelledby="adjust-title" aria-busy=${form.busy ? 'true' : 'false'}
    @submit=${options.onSubmit}>
    <h4 id="adjust-title" class="section-title">Adjust stock of ${item.productTitle}, ${item.variantTitle}</h4>
    <p class="meta">${item.stock.stocked} on hand, ${item.stock.reserved} reserved for unpaid orders.</p>
    <fieldset class="modes">
      <legend class="label">Change</legend>
      <label><input type="radio" name="mode" value="delta" checked /> Add or take away units</label>
      <label><input type="radio" name="mode" value="count" /> Set the units counted on hand</label>
    </fieldset>
    <div class="adjust-fields">
      <div>
        <label class="label" for="adjust-amount">Units</label>
        <input id="adjust-amount" name="amount" part="adjust-amount" class="field" inputmode="numeric" required
          aria-invalid=${invalid('delta') === 'true' || invalid('count') === 'true' ? 'true' : 'false'}
          aria-describedby="adjust-amount-hint adjust-delta-error adjust-count-error" />
        <p id="adjust-amount-hint" class="meta">A negative number takes units away; a count is the units on hand.</p>
        ${renderFieldError(form, 'delta', 'adjust-delta-error')} ${renderFieldError(form, 'count', 'adjust-count-error')}
      </div>
      <div>
        <label class="label" for="adjust-reason">Reason</label>
        <select id="adjust-reason" name="reason" part="adjust-reason" class="field">
          ${(Object.keys(STOCK_REASON_LABELS) as StockReason[]).map(
            (reason) => html`<option value=${reason}>${STOCK_REASON_LABELS[reason]}</option>`,
          )}
        </select>
      </div>
      <div class="wide">
        <label class="label" for="adjust-note">Note (optional)</label>
        <input id="adjust-note" name="note" part="adjust-note" class="field" maxlength="500" aria-invalid=${invalid('note')}
          aria-describedby="adjust-note-error" />
        ${renderFieldError(form, 'note', 'adjust-note-error')}
      </div>
    </div>
    ${
      options.conflict
        ? html`<div part="conflict" class="conflict" role="alert">
          <p>This stock was changed by someone else since it was counted — reload to see the units now.</p>
          <button part="reload button" class="button secondary" type="button" @click=${options.onReload}>Reload</button>
        </div>`
        : html`<p part="adjust-error" class="message error" role="alert">${form.message}</p>`
    }
    <div class="actions">
      <button part="save-stock button" class="button" type="submit" aria-disabled=${form.busy ? 'true' : 'false'}>
        ${form.busy ? 'Saving…' : 'Save change'}</button>
      <button part="cancel-adjust button" class="button secondary" type="button" @click=${options.onCancel}>Cancel</button>
    </div>
  </form>`;
}
