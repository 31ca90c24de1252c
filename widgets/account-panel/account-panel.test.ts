import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { AccountButton } from '../account-button/account-button.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { isolatedStorefront } from '../test-support/cart-fixtures.ts';
import { customerCredentials, query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { AccountPanel } from './account-panel.ts';

async function mount(storefront: Storefront, view = 'orders') {
  const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
    <account-button></account-button>
    <account-panel view=${view} tracking-href="/track?order={id}"></account-panel>
  </shop-provider>`);
  const panel = provider.querySelector('account-panel') as AccountPanel;
  const button = provider.querySelector('account-button') as AccountButton;
  await panel.updateComplete;
  return { panel, button };
}

const heading = (panel: AccountPanel) => query(panel, '[part="heading"]').textContent?.trim();

function fill(panel: AccountPanel, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const control = query<HTMLInputElement | HTMLSelectElement>(panel, `[name="${name}"]`);
    control.value = value;
  }
}

async function submit(panel: AccountPanel): Promise<void> {
  query<HTMLButtonElement>(panel, 'form [part~="submit"]').click();
  await panel.updateComplete;
}

describe('<account-panel> and <account-button>', () => {
  it('is accessible signed out; a signed-in view asked for shows the sign-in form', async () => {
    const { panel, button } = await mount(isolatedStorefront());
    expect(heading(panel)).to.equal('Sign in');
    expect(query(button, '[part="button"]').textContent?.trim()).to.equal('Sign in');
    await expect(panel).to.be.accessible();
    query<HTMLButtonElement>(panel, 'form .link:last-of-type').click();
    await panel.updateComplete;
    expect(heading(panel)).to.equal('Create an account');
    await expect(panel).to.be.accessible();
  });

  it('signs in, says so with storelet-sign-in, shows the orders and the initials, and signs out', async () => {
    const storefront = isolatedStorefront();
    const { panel, button } = await mount(storefront);
    fill(panel, customerCredentials);
    const signedIn = oneEvent(panel, 'storelet-sign-in');
    await submit(panel);
    const event = await signedIn;
    expect(event.detail.account.email).to.equal(customerCredentials.email);
    await waitUntil(() => heading(panel) === 'Your orders', 'the orders view never showed');
    await waitFor(panel, '[part="empty"]');
    await waitUntil(
      () => query(button, '[part="button"]').textContent?.includes('Your account'),
      'the button never named the account',
    );
    await expect(panel).to.be.accessible();

    const signedOut = oneEvent(panel, 'storelet-sign-out');
    query<HTMLButtonElement>(panel, '[part="sign-out"]').click();
    expect((await signedOut).detail.reason).to.equal('user');
    await waitUntil(() => heading(panel) === 'Sign in');
    expect(storefront.account.$session.get().status).to.equal('signed-out');
  });

  it('keeps an address book: adds one and makes it the default', async () => {
    const storefront = isolatedStorefront();
    await storefront.account.signIn(customerCredentials);
    const { panel } = await mount(storefront, 'addresses');
    await waitFor(panel, '[part~="add-address"]');
    query<HTMLButtonElement>(panel, '[part~="add-address"]').click();
    await panel.updateComplete;
    fill(panel, {
      name: 'Ada Lovelace',
      line1: '12 Analytical Way',
      city: 'Austin',
      region: 'TX',
      postalCode: '78701',
      country: 'US',
    });
    query<HTMLInputElement>(panel, '[name="isDefault"]').checked = true;
    await submit(panel);
    await waitUntil(
      () => queryAll(panel, '[part="address-item"]').some((item) => item.textContent?.includes('Austin')),
      'the address never showed',
    );
    expect(query(panel, '[part="default-badge"]').closest('li')?.textContent).to.contain('12 Analytical Way');
    await expect(panel).to.be.accessible();
    const fresh = await storefront.account.addresses.list();
    expect(fresh.find((saved) => saved.isDefault)?.address.city).to.equal('Austin');
  });

  it('shows the server’s refusal of a wrong password', async () => {
    const { panel } = await mount(isolatedStorefront(), 'sign-in');
    fill(panel, { email: customerCredentials.email, password: 'not the password' });
    const failed = oneEvent(panel, 'storelet-error');
    await submit(panel);
    expect((await failed).detail.code).to.equal('invalid_credentials');
    await panel.updateComplete;
    expect(query(panel, '[part="message"]').getAttribute('role')).to.equal('alert');
  });
});
