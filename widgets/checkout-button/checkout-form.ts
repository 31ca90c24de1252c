import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Address, Cart, SavedAddress } from '../../sdk/index.ts';
import { renderCountryOptions, type Country } from '../shared/countries.ts';
import { renderShippingOptions } from '../shared/shipping-options.ts';
import { renderTotals } from '../shared/totals.ts';
import { field } from './form-field.ts';
import './region-field.ts';

export type CheckoutFormState = {
  cart: Cart;
  countries: Country[];
  /** Field name → message, from the browser's validation or the server's 400. */
  errors: Record<string, string>;
  message: string;
  submitting: boolean;
  pending: boolean;
  onSubmit(event: SubmitEvent): void;
  onInvalid(event: Event): void;
  onInput(event: Event): void;
  onCountry(country: string): void;
  onRegion(region: string): void;
  onMethod(methodId: string): void;
  /** A signed-in customer: their email and address book, and the address the form holds (the default at first). */
  customer: CustomerPrefill | null;
};

export type CustomerPrefill = {
  email: string;
  addresses: SavedAddress[];
  chosen: Address | null;
  onPick(id: string): void;
};

function savedAddressPicker(customer: CustomerPrefill): TemplateResult {
  const chosen = customer.addresses.find((saved) => saved.address === customer.chosen);
  return html`<div part="form-field" class="form-field wide">
    <label class="label" for="savedAddress">Saved addresses</label>
    <select
      id="savedAddress"
      part="input saved-addresses"
      class="field"
      @change=${(event: Event) => customer.onPick((event.target as HTMLSelectElement).value)}
    >
      ${customer.addresses.map(
        (saved) => html`<option value=${saved.id} ?selected=${saved === chosen}>
          ${saved.address.name}, ${saved.address.line1}, ${saved.address.city}${saved.isDefault ? ' (default)' : ''}
        </option>`,
      )}
      <option value="" ?selected=${!chosen}>A new address</option>
    </select>
  </div>`;
}

export function renderCheckoutForm(state: CheckoutFormState): TemplateResult {
  const { cart, errors, customer } = state;
  const chosen = customer?.chosen;
  const country = cart.country ?? '';
  const methodError = errors['shippingMethod'];
  // Tax may differ by state or province: the total is re-estimated once the region is chosen or typed.
  const onRegionChange = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'region') state.onRegion(target.value.trim());
  };
  // Capture: `invalid` does not bubble, and the browser fires it on each field it refuses.
  return html`<form
    part="form"
    class="form"
    @submit=${state.onSubmit}
    @invalid=${{ handleEvent: state.onInvalid, capture: true }}
    @input=${state.onInput}
    @change=${onRegionChange}
  >
    <p id="form-error" part="form-error" class="message error banner wide" role="alert" tabindex="-1">${state.message}</p>
    <fieldset class="group" ?disabled=${state.submitting}>
      <legend class="group-title">Contact</legend>
      ${field('email', 'Email', { type: 'email', autocomplete: 'email', required: true, maxlength: 254, wide: true, autofocus: true, value: customer?.email }, errors)}
    </fieldset>
    <fieldset class="group" ?disabled=${state.submitting}>
      <legend class="group-title">Shipping address</legend>
      ${customer?.addresses.length ? savedAddressPicker(customer) : nothing}
      ${field('name', 'Full name', { autocomplete: 'shipping name', required: true, maxlength: 120, wide: true, value: chosen?.name }, errors)}
      ${field('line1', 'Address', { autocomplete: 'shipping address-line1', required: true, maxlength: 200, wide: true, value: chosen?.line1 }, errors)}
      ${field('line2', 'Apartment, suite, etc.', { autocomplete: 'shipping address-line2', maxlength: 200, wide: true, value: chosen?.line2 }, errors)}
      ${field('city', 'City', { autocomplete: 'shipping address-level2', required: true, maxlength: 120, value: chosen?.city }, errors)}
      <checkout-region-field
        class="form-field"
        .country=${country}
        .value=${cart.region ?? ''}
        .error=${errors['region'] ?? ''}
      ></checkout-region-field>
      ${field('postalCode', 'Postal code', { autocomplete: 'shipping postal-code', required: true, maxlength: 20, value: chosen?.postalCode }, errors)}
      <div part="form-field" class="form-field">
        <label class="label" for="country">Country</label>
        <select
          id="country"
          name="country"
          part="input"
          class="field"
          autocomplete="shipping country"
          required
          aria-invalid=${errors['country'] ? 'true' : 'false'}
          aria-describedby="country-error"
          .value=${live(country)}
          @change=${(event: Event) => state.onCountry((event.target as HTMLSelectElement).value)}
        >
          ${renderCountryOptions(state.countries, country, 'Choose a country')}
        </select>
        <p id="country-error" part="field-error" class="message error">${errors['country'] ?? ''}</p>
      </div>
      ${field('phone', 'Phone', { type: 'tel', autocomplete: 'shipping tel', maxlength: 40, wide: true, value: chosen?.phone }, errors)}
      ${
        customer && !chosen
          ? html`<label part="save-address" class="wide save-address"><input type="checkbox" name="saveAddress" /> Save this address to my account</label>`
          : nothing
      }
    </fieldset>
    <div class="wide shipping">
      ${
        cart.shippingOptions.length
          ? renderShippingOptions(cart, 'shippingMethod', state.onMethod, {
              required: true,
              describedBy: 'shippingMethod-error',
            })
          : html`<p class="message">${country && !state.pending ? 'No shipping method reaches this country.' : 'Choose a country to see shipping methods.'}</p>`
      }
      <p id="shippingMethod-error" part="field-error" class="message error">${methodError ?? ''}</p>
    </div>
    <div class="wide">${renderTotals(cart.totals, cart.discount)}</div>
    <button
      part="submit button"
      class="button submit wide"
      type="submit"
      ?disabled=${state.submitting || state.pending}
      aria-describedby="checkout-status"
    >
      ${state.submitting ? 'Placing your order…' : 'Continue to payment'}
    </button>
    <p id="checkout-status" class="message wide" role="status">${state.pending && !state.submitting ? 'Updating prices…' : ''}</p>
  </form>`;
}
