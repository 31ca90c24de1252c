import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney, type StickerQuote } from '../../sdk/index.ts';

export type QuoteState = {
  quote: StickerQuote | undefined;
  /** A newer quote is on its way: the last price stays, dimmed, so nothing jumps or blanks. */
  updating: boolean;
  error: string;
};

/** The server's price: total, unit price and the saving against the smallest tier. */
export function renderQuoteSummary({ quote, updating, error }: QuoteState): TemplateResult {
  return html`<div part="quote" class="quote ${updating || error ? 'updating' : ''}" aria-busy=${updating ? 'true' : 'false'}>
    ${quote
      ? html`<p class="total"><span>Total</span> <strong part="total">${formatMoney(quote.total)}</strong></p>
          <p part="unit-price" class="hint">${formatMoney(quote.unitPrice)} each · ${quote.quantity.toLocaleString()} stickers</p>
          ${quote.saving.amount > 0
            ? html`<p part="saving" class="saving">You save ${formatMoney(quote.saving)} (${quote.savingPercent}%)</p>`
            : nothing}`
      : html`<p class="hint">${error ? 'No price yet.' : 'Calculating your price…'}</p>`}
    <p part="quote-error" class="error" role="alert">${error}</p>
    <p class="visually-hidden" role="status">
      ${quote && !updating && !error ? `${formatMoney(quote.total)} for ${quote.quantity} stickers` : ''}
    </p>
  </div>`;
}
