import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatMoney, type Cart, type ShippingOption } from '../../sdk/index.ts';

/** "3–5 business days", or one number when both ends agree. */
export function deliveryDays(option: ShippingOption): string {
  const days = option.minDays === option.maxDays ? `${option.minDays}` : `${option.minDays}–${option.maxDays}`;
  return `${days} business ${option.maxDays === 1 ? 'day' : 'days'}`;
}

/** The methods the server offers for the cart's destination, as one radio group; `name` keeps two groups apart. */
export function renderShippingOptions(
  cart: Cart,
  name: string,
  onMethod: (methodId: string) => void,
  options: { required?: boolean; describedBy?: string } = {},
): TemplateResult {
  return html`<fieldset part="shipping-options" class="options" aria-describedby=${options.describedBy ?? nothing}>
    <legend class="label">Shipping method</legend>
    ${cart.shippingOptions.map(
      (option, index) => html`<label part="shipping-option" class="option">
        <input
          type="radio"
          name=${name}
          .value=${option.id}
          ?required=${Boolean(options.required) && index === 0}
          .checked=${live(option.id === cart.shippingMethod)}
          @change=${() => onMethod(option.id)}
        />
        <span class="option-text">
          <span class="option-name">${option.name}</span>
          <span class="line-meta">${deliveryDays(option)}</span>
        </span>
        <span class="option-price">${option.price.amount === 0 ? 'Free' : formatMoney(option.price)}</span>
      </label>`,
    )}
  </fieldset>`;
}
