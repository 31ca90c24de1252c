import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CountryAddressFormat } from '../../sdk/index.ts';
import { renderCountryOptions } from '../shared/countries.ts';
import { defineElement } from '../shared/define-element.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { field } from './form-field.ts';

/**
 * @summary The region field of the checkout form: a `<select>` of the country's states or provinces where the
 * shop server has a list (asked for as the country changes, so no list ships in the bundle), free
 * text elsewhere, required where the server requires it. Rendered into the light DOM so that its
 * control belongs to the form around it and takes that form's styles. Text typed before the list
 * arrived stays as typed: the server takes a name as well as a code.
 *
 * Its parts are in the light DOM, so they are parts of the `<checkout-button>` that renders it.
 * @csspart form-field - The labelled field.
 * @csspart input - The select or text input.
 * @csspart field-error - The field's message.
 */
export class CheckoutRegionField extends LitElement {
  /** The destination country's code; empty before one is chosen. */
  @property() country = '';
  /** The region the cart holds: chosen in the list. */
  @property() value = '';
  /** The field's message, from the browser's validation or the server's 400. */
  @property() error = '';
  @state() private format: CountryAddressFormat | undefined;
  private asked = '';
  private readonly storefront = new StorefrontController(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    const { country } = this;
    const countries = this.storefront.value?.countries;
    if (!countries || country === this.asked) return;
    this.asked = country;
    this.format = undefined;
    if (country)
      countries.addressFormat(country).then(
        (format) => void (this.asked === country && (this.format = format)),
        () => undefined,
      );
  }

  protected override render(): TemplateResult {
    const { format } = this;
    const regions = this.querySelector('input')?.value ? [] : (format?.regions ?? []);
    const label = format?.regionLabel ?? 'State / province';
    const required = format?.regionRequired ?? false;
    const select = html`<select
      id="region"
      name="region"
      part="input"
      class="field"
      autocomplete="shipping address-level1"
      ?required=${required}
      aria-invalid=${this.error ? 'true' : 'false'}
      aria-describedby="region-error"
    >
      ${renderCountryOptions(regions, this.value, `Choose a ${label.toLowerCase()}`)}
    </select>`;
    return field(
      'region',
      label,
      { autocomplete: 'shipping address-level1', maxlength: 80, required },
      { region: this.error },
      regions.length ? select : undefined,
    );
  }
}

defineElement('checkout-region-field', CheckoutRegionField);

declare global {
  interface HTMLElementTagNameMap {
    'checkout-region-field': CheckoutRegionField;
  }
}
