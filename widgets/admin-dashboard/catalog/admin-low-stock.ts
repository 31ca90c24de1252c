import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminClient, LowStockItem, StockChangeBody, StockReason } from '../../../sdk/admin/index.ts';
import { emit } from '../../events.ts';
import { baseStyles, controlStyles, stateStyles } from '../../shared/styles.ts';
import { renderAccessError } from '../access-error.ts';
import { adminStyles } from '../admin-styles.ts';
import { blockStyles } from '../blocks/block-styles.ts';
import { renderListStatus, renderLoadMore } from '../blocks/list-parts.ts';
import { PagedList } from '../blocks/paged-list.ts';
import { ServerForm } from '../blocks/server-form.ts';
import { tableStyles } from '../order-table.styles.ts';
import { formStyles } from './catalog.styles.ts';
import { productStatusBadge } from './catalog-words.ts';
import { renderStockAdjustForm } from './stock-adjust-form.ts';

/** The change the adjust form holds, as the API takes it; what is not a whole number goes as NaN for the server. */
function stockChange(data: FormData, item: LowStockItem): StockChangeBody {
  const amount = String(data.get('amount') ?? '').trim();
  const units = amount === '' ? Number.NaN : Number(amount);
  const reason = String(data.get('reason')) as StockReason;
  const note = String(data.get('note') ?? '').trim();
  const common = { reason, ...(note ? { note } : {}) };
  return data.get('mode') === 'count'
    ? { count: units, version: item.stock.version, ...common }
    : { delta: units, ...common };
}

/**
 * @summary The low-stock screen of `<admin-dashboard>`: the variants at or below their low-stock threshold, fewest
 * available first, each with an Adjust button: add or take away units, or set the units counted, with a reason.
 * @event storelet-error - The list could not be loaded, or a stock change was refused.
 * @csspart status - The visually hidden live region announcing what is shown.
 * @csspart low-stock - The table.
 * @csspart stock-row - A variant.
 * @csspart stock-available - Its units available.
 * @csspart badge - The product's status badge (also product-status).
 * @csspart product-status - The product's status.
 * @csspart adjust - Opens the adjust form for a variant.
 * @csspart adjust-form - The adjust form.
 * @csspart adjust-amount - The units.
 * @csspart adjust-reason - The reason.
 * @csspart adjust-note - The note.
 * @csspart field-error - The server's word on a field.
 * @csspart adjust-error - Why the change was refused.
 * @csspart conflict - The stock changed since it was counted.
 * @csspart reload - Reads the list again.
 * @csspart save-stock - Sends the change.
 * @csspart cancel-adjust - Closes the form.
 * @csspart saved - What the last change left on hand.
 * @csspart load-more - The paging button.
 * @csspart empty - The state when no variant is low.
 * @csspart error - The error state, or why more could not be loaded.
 * @csspart forbidden - The error state of an account that is not an admin (also error).
 * @csspart retry - The error state's "Try again" button.
 * @csspart button - Every button.
 */
export class AdminLowStock extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    stateStyles,
    adminStyles,
    tableStyles,
    blockStyles,
    formStyles,
    css`
      .adjust {
        display: grid;
        gap: 0.75rem;
        margin-top: 1rem;
        padding: 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .modes {
        display: grid;
        gap: 0.25rem;
        margin: 0;
        padding: 0;
        border: 0;
      }
      .adjust-fields {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
        gap: 0.75rem 1rem;
      }
      .adjust-fields .wide {
        grid-column: 1 / -1;
      }
      .adjust-fields .field {
        width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) client: AdminClient | undefined;
  /** Variants per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** The variant whose adjust form is open. */
  @state() private adjusting: string | undefined;
  @state() private conflict = false;
  @state() private saved = '';
  private readonly list = new PagedList<LowStockItem>(
    this,
    (cursor) => {
      if (!this.client) throw new Error('No admin client');
      return this.client.catalog.stock.low({ limit: this.pageSize, ...(cursor ? { cursor } : {}) });
    },
    (error) => emit(this, 'storelet-error', { code: error.code, message: error.message }),
  );
  private readonly form = new ServerForm(this, (error) => {
    this.conflict = error.code === 'version_conflict';
    emit(this, 'storelet-error', { code: error.code, message: error.message });
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) void this.reload();
  }

  private reload(): Promise<void> {
    this.adjusting = undefined;
    this.conflict = false;
    this.form.reset();
    return this.list.reload();
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private open(item: LowStockItem): void {
    this.adjusting = item.variantId;
    this.conflict = false;
    this.saved = '';
    this.form.reset();
    void this.focusOn('#adjust-amount');
  }

  private close(variantId: string): void {
    this.adjusting = undefined;
    void this.focusOn(`[part~="adjust"][data-variant="${CSS.escape(variantId)}"]`);
  }

  private async save(event: SubmitEvent, item: LowStockItem): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client) return;
    this.conflict = false;
    const change = stockChange(new FormData(event.target as HTMLFormElement), item);
    const answer = await this.form.submit(() => client.catalog.stock.change(item.variantId, change));
    if (!answer) {
      await this.focusOn('[aria-invalid="true"], [part~="reload"], #adjust-amount');
      return;
    }
    this.list.replace({ ...item, stock: answer.stock }, (row) => row.variantId === item.variantId);
    this.saved = `${item.productTitle}, ${item.variantTitle}: ${answer.stock.available} available now.`;
    this.close(item.variantId);
  }

  protected override render(): TemplateResult {
    const list = this.list;
    const open = list.items.find((item) => item.variantId === this.adjusting);
    return html`<p class="meta">Variants at or below their low-stock threshold, fewest available first.</p>
      ${renderListStatus(list, ['variant', 'variants'])}
      <p part="saved" class="meta" role="status">${this.saved}</p>
      ${this.renderBody()}
      ${
        open
          ? renderStockAdjustForm({
              item: open,
              form: this.form,
              conflict: this.conflict,
              onSubmit: (event) => void this.save(event, open),
              onCancel: () => this.close(open.variantId),
              onReload: () => void this.reload(),
            })
          : nothing
      }`;
  }

  private renderBody(): TemplateResult {
    const list = this.list;
    if (list.phase === 'loading') {
      return html`<div aria-hidden="true"><div class="skeleton row"></div><div class="skeleton row"></div></div>`;
    }
    if (list.phase === 'error')
      return renderAccessError(list.error, 'Low stock could not be loaded.', () => void this.reload());
    if (list.items.length === 0) {
      return html`<div part="empty" class="state">
        <p class="state-title">Nothing is running low.</p>
        <p class="state-text">Variants show here once their units available fall to their low-stock threshold.</p>
      </div>`;
    }
    return html`<div class="table-wrap" role="region" aria-label="Low stock" tabindex="0">
        <table part="low-stock" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">Variant</th>
              <th role="columnheader" scope="col">SKU</th>
              <th role="columnheader" scope="col" class="number">Available</th>
              <th role="columnheader" scope="col" class="number">Threshold</th>
              <th role="columnheader" scope="col"><span class="visually-hidden">Adjust</span></th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${list.items.map(
              (item) => html`<tr role="row" part="stock-row" data-variant=${item.variantId}>
                <th role="rowheader" scope="row">${item.productTitle}, ${item.variantTitle}
                  ${item.productStatus === 'active' ? nothing : productStatusBadge(item.productStatus)}</th>
                <td role="cell">${item.sku}</td>
                <td role="cell" part="stock-available" class="number">${item.stock.available}</td>
                <td role="cell" class="number">${item.stock.lowStockThreshold}</td>
                <td role="cell">
                  <button part="adjust button" class="button secondary" type="button" data-variant=${item.variantId}
                    aria-label="Adjust stock of ${item.productTitle}, ${item.variantTitle}" @click=${() => this.open(item)}>Adjust</button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${renderLoadMore(list, () => void list.loadMore())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-low-stock': AdminLowStock;
  }
}
