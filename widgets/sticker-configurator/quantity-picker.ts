import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatMoney, type StickerQuote } from '../../sdk/index.ts';
import { renderChoices } from './choices.ts';
import { faultOf, type SpecField } from './spec-faults.ts';

/**
 * The standard tiers as choices, each with its unit price from the last quote's price breaks, and a
 * field for any other amount up to the shop's maximum.
 */
export function renderQuantityPicker(
  tiers: number[],
  max: number,
  quantity: number,
  quote: StickerQuote | undefined,
  invalid: readonly SpecField[],
  onQuantity: (quantity: number) => void,
): TemplateResult {
  const choices = tiers.map((tier) => {
    const unit = quote?.breaks.find((entry) => entry.quantity === tier)?.unitPrice;
    return { code: String(tier), name: tier.toLocaleString(), note: unit ? `${formatMoney(unit)} each` : undefined };
  });
  const fault = faultOf(invalid, 'amount');
  return html`<div part="quantity" class="quantity">
    ${renderChoices('Quantity', 'quantity', choices, String(quantity), (code) => onQuantity(Number(code)))}
    <label class="label" for="amount">Or another amount</label>
    <input id="amount" part="quantity-input" class="field" type="number" inputmode="numeric" min="1" max=${max} step="1"
      .value=${live(String(quantity || ''))} aria-invalid=${fault.invalid ?? nothing} aria-describedby=${fault.describedBy ?? nothing}
      @input=${(event: Event) => onQuantity(Math.trunc((event.target as HTMLInputElement).valueAsNumber))} />
  </div>`;
}
