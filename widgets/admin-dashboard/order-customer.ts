import { html, nothing, type TemplateResult } from 'lit';
import type { AdminOrder } from '../../sdk/admin/index.ts';
import type { Address } from '../../sdk/index.ts';
import { cityLine, countryName, renderAddress } from '../shared/address.ts';

/** The address as plain lines, for a carrier's label form. */
export function addressText(address: Address): string {
  return [address.name, address.line1, address.line2, cityLine(address), countryName(address.country)]
    .filter(Boolean)
    .join('\n');
}

export type CustomerProps = {
  order: AdminOrder;
  copied: boolean;
  onCopy(text: string): void;
};

/** Who ordered and where it goes: the email, the address with its phone (carriers ask for it), and a copy of it. */
export function renderCustomer({ order, copied, onCopy }: CustomerProps): TemplateResult {
  const address = order.shippingAddress;
  return html`<section part="customer" class="section" aria-labelledby="customer-title">
    <h4 id="customer-title" class="section-title">Customer</h4>
    <p><a part="email" class="email" href="mailto:${order.email}">${order.email}</a></p>
    <h4 class="section-title">Shipping to</h4>
    ${renderAddress(address)}
    ${address.phone ? html`<p part="phone" class="phone">Phone <a href="tel:${address.phone}">${address.phone}</a></p>` : nothing}
    <p>
      <button part="copy-address" class="link" type="button" @click=${() => onCopy(addressText(address))}>
        ${copied ? 'Address copied' : 'Copy address'}
      </button>
    </p>
    <p class="meta">${order.shippingMethod.name}</p>
  </section>`;
}
