import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney, type StickerQuote } from '../../sdk/index.ts';
import { SPEC_ERROR_ID } from './spec-faults.ts';

export type QuoteState = {
  quote: StickerQuote | undefined;
  /** A newer quote is on its way: the last price stays, dimmed, so nothing jumps or blanks. */
  updating: boolean;
  error: string;
};

/**
 * The server's price: total, unit price and the saving against the smallest tier. While the spec is
 * refused, the last price is not this spec's: the total shows as a dash beside the reason.
 */
export function renderQuoteSummary({ quote, updating, error }: QuoteState): TemplateResult {
  return html`<div part="quote" class="quote ${updating ? 'updating' : ''}" aria-busy=${updating ? 'true' : 'false'}>
    ${
      quote && error
        ? html`<p class="total"><span>Total</span> <strong part="total" aria-label="No price">—</strong></p>`
        : quote
          ? html`<p class="total"><span>Total</span> <strong part="total">${formatMoney(quote.total)}</strong></p>
          <p part="unit-price" class="hint">${formatMoney(quote.unitPrice)} each · ${quote.quantity.toLocaleString()} stickers</p>
          ${
            quote.saving.amount > 0
              ? html`<p part="saving" class="saving">You save ${formatMoney(quote.saving)} (${quote.savingPercent}%)</p>`
              : nothing
          }`
          : html`<p class="hint">${error ? 'No price yet.' : 'Calculating your price…'}</p>`
    }
    <p id=${SPEC_ERROR_ID} part="quote-error" class="error" role="alert">${error}</p>
    <p class="visually-hidden" role="status">
      ${quote && !updating && !error ? `${formatMoney(quote.total)} for ${quote.quantity} stickers` : ''}
    </p>
  </div>`;
}
