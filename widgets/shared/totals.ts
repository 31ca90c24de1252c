import { css, html, nothing, type TemplateResult } from 'lit';
import { formatMoney, type CartDiscount, type CartTotals, type Money } from '../../sdk/index.ts';

const minus = (money: Money) => `−${formatMoney(money)}`;

/**
 * The price breakdown of a cart or an order, every figure as the server computed it. Before a
 * destination is known the server leaves shipping out (`null`), and until it knows enough of it (a
 * US state) it marks the tax `taxUnknown`; the rows then say so rather than showing a zero that would
 * look final.
 */
export function renderTotals(totals: CartTotals, discount: CartDiscount | null): TemplateResult {
  const later = 'Calculated at checkout';
  return html`<dl part="totals" class="totals">
    <div class="row"><dt>Subtotal</dt><dd>${formatMoney(totals.subtotal)}</dd></div>
    ${
      totals.discount.amount > 0
        ? html`<div part="totals-discount" class="row discount">
          <dt>Discount ${discount ? html`<span class="code">(${discount.code})</span>` : nothing}</dt>
          <dd>${minus(totals.discount)}</dd>
        </div>`
        : nothing
    }
    <div class="row">
      <dt>Shipping</dt>
      <dd>${totals.shipping === null ? later : totals.shipping.amount === 0 ? 'Free' : formatMoney(totals.shipping)}</dd>
    </div>
    ${
      totals.taxIncluded
        ? nothing
        : // Older servers do not say `taxUnknown`: no destination was their only unknown.
          html`<div class="row"><dt>Tax</dt><dd>${(totals.taxUnknown ?? totals.shipping === null) ? later : formatMoney(totals.tax)}</dd></div>`
    }
    <div part="total" class="row total"><dt>Total</dt><dd>${formatMoney(totals.total)}</dd></div>
    ${
      totals.taxIncluded && totals.tax.amount > 0
        ? html`<div class="row note"><dt>Including tax</dt><dd>${formatMoney(totals.tax)}</dd></div>`
        : nothing
    }
  </dl>`;
}

export const totalsStyles = css`
  .totals {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .totals .row {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  .totals dt {
    color: var(--_muted);
  }
  .totals dd {
    margin: 0;
    text-align: end;
  }
  .totals .discount dd {
    color: var(--_success);
  }
  .totals .total {
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
    font-size: 1.125rem;
    font-weight: 700;
  }
  .totals .total dt {
    color: var(--_text);
  }
  .totals .note {
    font-size: 0.8125rem;
  }
`;
