import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Cart } from '../../sdk/index.ts';
import { renderCountryOptions, type Country } from '../shared/countries.ts';
import { renderShippingOptions } from '../shared/shipping-options.ts';

export type DiscountHandlers = {
  /** The cart became an order: its code is shown, not changed. */
  readOnly: boolean;
  /** The server's refusal of the last code tried, shown under the field. */
  message: string;
  onApply(code: string): void;
  onRemove(): void;
  onInput(): void;
};

export function renderDiscount(cart: Cart, handlers: DiscountHandlers): TemplateResult | typeof nothing {
  if (cart.discount) {
    const { code, description } = cart.discount;
    return html`<div part="discount" class="discount-applied">
      <p class="applied">
        <span part="discount-code" class="code-chip">${code}</span>
        <span class="line-meta">${description}</span>
      </p>
      ${
        handlers.readOnly
          ? nothing
          : html`<button part="discount-remove" class="link" type="button" aria-label="Remove code ${code}" @click=${handlers.onRemove}>
            Remove
          </button>`
      }
    </div>`;
  }
  if (handlers.readOnly) return nothing;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    if (input.value.trim()) handlers.onApply(input.value.trim());
  };
  return html`<form part="discount" class="discount" @submit=${onSubmit}>
    <label class="label" for="discount-code">Discount code</label>
    <div class="inline">
      <input
        id="discount-code"
        part="discount-input"
        class="field"
        name="code"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        maxlength="64"
        aria-describedby="discount-message"
        aria-invalid=${handlers.message ? 'true' : 'false'}
        @input=${handlers.onInput}
      />
      <button part="discount-apply button" class="button secondary" type="submit">Apply</button>
    </div>
    <p id="discount-message" part="discount-message" class="message error" aria-live="polite">${handlers.message}</p>
  </form>`;
}

export type EstimateHandlers = {
  countries: Country[];
  pending: boolean;
  onCountry(country: string): void;
  onMethod(methodId: string): void;
};

export function renderEstimate(cart: Cart, handlers: EstimateHandlers): TemplateResult {
  const country = cart.country ?? '';
  return html`<div part="shipping-estimate" class="estimate">
    <label class="label" for="estimate-country">Estimate shipping to</label>
    <select
      id="estimate-country"
      part="country-select"
      class="field"
      autocomplete="shipping country"
      .value=${live(country)}
      @change=${(event: Event) => handlers.onCountry((event.target as HTMLSelectElement).value)}
    >
      ${renderCountryOptions(handlers.countries, country, 'Choose a country')}
    </select>
    ${
      cart.shippingOptions.length
        ? renderShippingOptions(cart, 'estimate-method', handlers.onMethod)
        : country && !handlers.pending
          ? html`<p part="shipping-unavailable" class="message">No shipping method reaches this country.</p>`
          : nothing
    }
  </div>`;
}
