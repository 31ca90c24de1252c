import { html, nothing, type TemplateResult } from 'lit';
import type { Address } from '../../sdk/index.ts';

export function countryName(code: string): string {
  return new Intl.DisplayNames(undefined, { type: 'region' }).of(code) ?? code;
}

/** "Brooklyn, NY 11201": the city, then the region and postal code that go together. */
export const cityLine = (address: Address): string =>
  [address.city, [address.region, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** A postal address as people write it, the country named in the reader's language. */
export function renderAddress(address: Address): TemplateResult {
  return html`<address part="address" class="address">
    ${address.name}<br />${address.line1}<br />
    ${address.line2 ? html`${address.line2}<br />` : nothing}${cityLine(address)}<br />${countryName(address.country)}
  </address>`;
}
