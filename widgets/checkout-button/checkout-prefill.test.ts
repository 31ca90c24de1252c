import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { cartWith, isolatedStorefront, TEST_ADDRESS } from '../test-support/cart-fixtures.ts';
import { query, waitFor } from '../test-support/test-server.ts';
import type { CheckoutButton } from './checkout-button.ts';

/** A new customer with TEST_ADDRESS as their default address, signed in on a fresh storefront. */
async function signedInCustomer(): Promise<{ storefront: Storefront; email: string }> {
  const storefront = isolatedStorefront();
  const email = `prefill-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const password = 'a customer password';
  await storefront.account.signUp({ name: TEST_ADDRESS.name, email, password, address: TEST_ADDRESS });
  await cartWith(storefront, 1);
  await storefront.account.signIn({ email, password });
  return { storefront, email };
}

async function open(storefront: Storefront): Promise<CheckoutButton> {
  const provider = await fixture<ShopProvider>(
    html`<shop-provider .storefront=${storefront}><checkout-button></checkout-button></shop-provider>`,
  );
  const button = provider.querySelector('checkout-button') as CheckoutButton;
  button.navigate = () => undefined;
  await waitUntil(() => !query<HTMLButtonElement>(button, '[part~="button"]').disabled, 'the button never enabled');
  query<HTMLButtonElement>(button, '[part~="button"]').click();
  await waitFor(button, 'form');
  return button;
}

const value = (button: CheckoutButton, name: string) => query<HTMLInputElement>(button, `form [name="${name}"]`).value;

describe('<checkout-button> for a signed-in customer', () => {
  it('fills in the email and default address, offers the address book, and the order joins the account', async () => {
    const { storefront, email } = await signedInCustomer();
    const button = await open(storefront);
    await waitUntil(() => value(button, 'line1') === TEST_ADDRESS.line1, 'the default address was never filled in');
    expect(value(button, 'email')).to.equal(email);
    expect(value(button, 'name')).to.equal(TEST_ADDRESS.name);
    await waitUntil(() => storefront.cart.$cart.get()?.country === 'US' && !storefront.cart.$pending.get());
    await expect(button).to.be.accessible();

    const picker = query<HTMLSelectElement>(button, '#savedAddress');
    picker.value = '';
    picker.dispatchEvent(new Event('change'));
    await waitFor(button, '[part="save-address"]');
    picker.value = picker.options[0]?.value ?? '';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => !button.shadowRoot?.querySelector('[part="save-address"]'));
    await waitUntil(
      () => !storefront.cart.$pending.get() && !query<HTMLButtonElement>(button, '[part~="submit"]').disabled,
      'prices never settled',
    );

    query<HTMLButtonElement>(button, '[part~="submit"]').click();
    await waitFor(button, '[part="redirecting"]');
    const history = await storefront.account.orders.list();
    expect(history.items).to.have.length(1);
  });
});
