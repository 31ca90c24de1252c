import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { cartWith, isolatedStorefront, TEST_ADDRESS } from '../test-support/cart-fixtures.ts';
import { query, queryAll, stripeApiUrl, stripePublishableKey, waitFor } from '../test-support/test-server.ts';
import type { CheckoutButton } from './checkout-button.ts';

/**
 * Paying inside the dialog with Stripe's embedded Checkout, against a shop that takes Stripe payments (the Stripe API
 * on loopback). Stripe.js itself is never downloaded: `window.Stripe` is set first, which @stripe/stripe-js uses
 * instead of adding its script, and stands in for the form Stripe would mount.
 */
type Mounted = { key: string; clientSecret: string; into: HTMLElement | null; destroyed: boolean };
const mounts: Mounted[] = [];

function fakeStripeJs(): void {
  const factory = (key: string) => ({
    createEmbeddedCheckoutPage: async ({ fetchClientSecret }: { fetchClientSecret: () => Promise<string> }) => {
      const mounted: Mounted = { key, clientSecret: await fetchClientSecret(), into: null, destroyed: false };
      mounts.push(mounted);
      return {
        mount(into: HTMLElement) {
          mounted.into = into;
          into.append(Object.assign(document.createElement('p'), { textContent: 'Stripe payment form' }));
        },
        unmount() {},
        destroy() {
          mounted.destroyed = true;
        },
      };
    },
  });
  (window as unknown as { Stripe: unknown }).Stripe = Object.assign(factory, { version: 'endive' });
}

async function openCheckout(storefront: Storefront, attributes = html`<checkout-button></checkout-button>`) {
  await cartWith(storefront, 1);
  const provider = await fixture<ShopProvider>(
    html`<shop-provider .storefront=${storefront}>${attributes}</shop-provider>`,
  );
  const button = provider.querySelector('checkout-button') as CheckoutButton;
  await waitUntil(() => !query<HTMLButtonElement>(button, '[part~="button"]').disabled, 'the button never enabled');
  query<HTMLButtonElement>(button, '[part~="button"]').click();
  const form = await waitFor<HTMLFormElement>(button, 'form');
  for (const [name, value] of Object.entries({ email: 'ada@example.com', ...TEST_ADDRESS })) {
    const control = query<HTMLInputElement | HTMLSelectElement>(button, `form [name="${name}"]`);
    control.value = value;
    const type = control instanceof HTMLSelectElement ? 'change' : 'input';
    control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }
  await waitUntil(() => storefront.cart.$cart.get()?.country === 'US' && !storefront.cart.$pending.get());
  await waitUntil(() => queryAll(button, '[part="shipping-option"] input:checked').length === 1, 'no method chosen');
  return { button, form };
}

describe('<checkout-button> with Stripe’s embedded Checkout', () => {
  before(fakeStripeJs);

  it('opens the payment form in the dialog, and the webhook pays the order as after a redirect', async () => {
    const storefront = isolatedStorefront({ apiUrl: stripeApiUrl });
    const { button, form } = await openCheckout(storefront);
    const navigated: string[] = [];
    button.navigate = (url) => navigated.push(url);
    setTimeout(() => form.requestSubmit());
    const opened = await oneEvent(button, 'storelet-payment-embedded');
    await waitUntil(() => mounts.length === 1 && mounts[0]?.into, 'the form was never mounted');
    const mounted = mounts[0] as Mounted;
    expect(mounted.key).to.equal(stripePublishableKey);
    expect(mounted.clientSecret).to.match(/^cs_test_\w+_secret_\w+$/);
    // Stripe's frame sits in the page's own DOM, slotted into the dialog.
    expect(mounted.into?.parentElement).to.equal(button);
    expect(mounted.into?.assignedSlot?.closest('[part="payment"]')).to.equal(query(button, '[part="payment"]'));
    await waitUntil(() => !query(button, '[part="payment"]').textContent?.includes('Loading'), 'still loading');
    expect(navigated).to.deep.equal([]);
    await expect(button).to.be.accessible();

    const { orderId } = opened.detail as { orderId: string };
    const paid = (await executeServerCommand('storelet-stripe-complete', { clientSecret: mounted.clientSecret })) as {
      status: number;
    };
    expect(paid.status).to.equal(200);
    const order = await storefront.orders.get(orderId);
    expect(order.paymentStatus).to.equal('paid');
  });

  it('closing the dialog takes the form down; "Continue to payment" mounts the same session again', async () => {
    const storefront = isolatedStorefront({ apiUrl: stripeApiUrl });
    const { button, form } = await openCheckout(storefront);
    const before = mounts.length;
    setTimeout(() => form.requestSubmit());
    await oneEvent(button, 'storelet-payment-embedded');
    await waitUntil(() => mounts.length === before + 1 && mounts.at(-1)?.into, 'the form was never mounted');
    const first = mounts.at(-1) as Mounted;
    query<HTMLButtonElement>(button, '[part="close"]').click();
    await waitUntil(() => first.destroyed && !first.into?.isConnected, 'the form stayed');

    query<HTMLButtonElement>(button, '[part~="button"]').click();
    const resume = await waitFor<HTMLButtonElement>(button, '[part="resume"] [part~="submit"]');
    resume.click();
    await waitUntil(() => mounts.length === before + 2 && mounts.at(-1)?.into, 'not mounted again');
    expect(mounts.at(-1)?.clientSecret).to.equal(first.clientSecret);
  });

  it('payment-mode="redirect" leaves for Stripe’s page instead', async () => {
    const storefront = isolatedStorefront({ apiUrl: stripeApiUrl });
    const { button, form } = await openCheckout(
      storefront,
      html`<checkout-button payment-mode="redirect"></checkout-button>`,
    );
    const before = mounts.length;
    button.navigate = () => undefined;
    setTimeout(() => form.requestSubmit());
    const redirect = await oneEvent(button, 'storelet-payment-redirect');
    expect((redirect.detail as { url: string }).url).to.match(/\/c\/pay\/cs_test_/);
    expect(mounts.length).to.equal(before);
  });
});
