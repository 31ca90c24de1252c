import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { cartWith, isolatedStorefront } from '../test-support/cart-fixtures.ts';
import { query, waitFor } from '../test-support/test-server.ts';
import type { CheckoutButton } from './checkout-button.ts';

/** The checkout dialog over a cart of one mug, open. */
async function mountOpen(storefront: Storefront = isolatedStorefront()) {
  await cartWith(storefront, 1);
  const provider = await fixture<ShopProvider>(
    html`<shop-provider .storefront=${storefront}><checkout-button></checkout-button></shop-provider>`,
  );
  const button = provider.querySelector('checkout-button') as CheckoutButton;
  await waitUntil(() => !query<HTMLButtonElement>(button, '[part~="button"]').disabled, 'the button never enabled');
  query<HTMLButtonElement>(button, '[part~="button"]').click();
  await waitFor(button, 'form');
  return { storefront, button };
}

async function chooseCountry(button: CheckoutButton, storefront: Storefront, country: string): Promise<void> {
  const select = query<HTMLSelectElement>(button, 'select[name="country"]');
  select.value = country;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await waitUntil(
    () => storefront.cart.$cart.get()?.country === country && !storefront.cart.$pending.get(),
    `the cart never went to ${country}`,
  );
}

const label = (button: CheckoutButton) => query(button, 'label[for="region"]').textContent?.replace(/\s+/g, ' ').trim();
const totalsRow = (button: CheckoutButton, name: string) =>
  [...(button.shadowRoot?.querySelectorAll('.totals .row') ?? [])]
    .find((row) => row.querySelector('dt')?.textContent?.trim() === name)
    ?.querySelector('dd')
    ?.textContent?.trim();

describe('the checkout form’s region field', () => {
  it('is a required list of US states, served by the shop, and choosing one prices the tax', async () => {
    const { button, storefront } = await mountOpen();
    await chooseCountry(button, storefront, 'US');
    const select = await waitFor<HTMLSelectElement>(button, 'select[name="region"]');
    await expect(button).to.be.accessible();
    expect(label(button)).to.equal('State');
    expect(select.required).to.equal(true);
    expect(select.options[0]?.value).to.equal('');
    expect([...select.options].find((option) => option.value === 'TX')?.textContent?.trim()).to.equal('Texas');
    expect(totalsRow(button, 'Tax')).to.equal('Calculated at checkout');

    select.value = 'TX';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await waitUntil(
      () => storefront.cart.$cart.get()?.region === 'TX' && !storefront.cart.$pending.get(),
      'the state did not reach the cart',
    );
    await waitUntil(
      () => totalsRow(button, 'Tax')?.startsWith('$') && totalsRow(button, 'Tax') !== '$0.00',
      'Texas tax was not shown',
    );
  });

  it('is a list of provinces for Canada, and optional free text where there is no list', async () => {
    const { button, storefront } = await mountOpen();
    await chooseCountry(button, storefront, 'CA');
    await waitUntil(() => label(button) === 'Province', 'no province list for Canada');
    expect(query<HTMLSelectElement>(button, 'select[name="region"]').options.length).to.equal(14);

    await chooseCountry(button, storefront, 'GB');
    const input = await waitFor<HTMLInputElement>(button, 'input[name="region"]');
    expect(input.required).to.equal(false);
    expect(label(button)).to.equal('State / province (optional)');
  });

  it('keeps what was typed before the list arrived', async () => {
    const { button, storefront } = await mountOpen();
    await chooseCountry(button, storefront, 'GB');
    const input = await waitFor<HTMLInputElement>(button, 'input[name="region"]');
    input.value = 'Texas';
    await chooseCountry(button, storefront, 'US');
    // Give the list time to arrive: the typed text stays, and the server takes a name as well as a code.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(query<HTMLInputElement>(button, '[name="region"]').value).to.equal('Texas');
  });
});
