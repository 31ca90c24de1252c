import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { CheckoutButton } from '../checkout-button/checkout-button.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { cartWith, isolatedStorefront, returnUrl, TEST_ADDRESS } from '../test-support/cart-fixtures.ts';
import { query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { CartDrawer } from './cart-drawer.ts';

/** A cart of two mugs with a code, turned into an order, then loaded again: as the page is after Back from the payment page. */
async function checkedOutStorefront(): Promise<{ storefront: Storefront; orderId: string; redirectUrl: string }> {
  const storefront = isolatedStorefront();
  const cart = await cartWith(storefront, 2);
  await storefront.cart.applyDiscount('WELCOME10');
  await storefront.cart.setDestination('US', 'TX');
  const { order, payment } = await storefront.orders.create(
    {
      cartId: cart.id,
      email: 'ada@example.com',
      shippingAddress: TEST_ADDRESS,
      shippingMethod: 'ship_us_standard',
      returnUrl,
    },
    crypto.randomUUID(),
  );
  await storefront.cart.load();
  return { storefront, orderId: order.id, redirectUrl: payment.redirectUrl };
}

async function openDrawer(storefront: Storefront): Promise<CartDrawer> {
  const provider = await fixture<ShopProvider>(
    html`<shop-provider .storefront=${storefront}><cart-drawer open></cart-drawer></shop-provider>`,
  );
  const drawer = provider.querySelector('cart-drawer') as CartDrawer;
  await waitFor(drawer, '[part="line"]');
  return drawer;
}

function text(host: Element, selector: string): string {
  return query(host, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<cart-drawer> with a cart that was checked out', () => {
  it('shows the lines read-only and continues to the same payment page', async () => {
    const { storefront, redirectUrl } = await checkedOutStorefront();
    const drawer = await openDrawer(storefront);
    await expect(drawer).to.be.accessible();
    expect(text(drawer, '[part~="checked-out"]')).to.equal(
      'This cart is an order waiting for payment: it can no longer change.',
    );
    expect(text(drawer, '[part="line-quantity"]')).to.equal('Quantity: 2');
    expect(text(drawer, '[part="discount-code"]')).to.equal('WELCOME10');
    // Any change would be refused (409) and the store would forget the cart, and the way back to its payment.
    for (const part of [
      'quantity',
      'quantity-button',
      'remove',
      'discount-remove',
      'discount-input',
      'country-select',
    ]) {
      expect(queryAll(drawer, `[part~="${part}"]`), part).to.have.length(0);
    }

    const checkout = query<CheckoutButton>(drawer, 'checkout-button');
    const navigated: string[] = [];
    checkout.navigate = (url) => navigated.push(url);
    await checkout.updateComplete;
    const opener = query<HTMLButtonElement>(checkout, '[part~="button"]');
    expect(opener.textContent?.trim()).to.equal('Continue to payment');
    opener.click();
    await waitFor(checkout, '[part="resume"]');
    setTimeout(() => query<HTMLButtonElement>(checkout, '[part="resume"] [part~="submit"]').click());
    const redirect = await oneEvent(checkout, 'storelet-payment-redirect');
    expect(redirect.detail.url).to.equal(redirectUrl);
    expect(navigated).to.deep.equal([redirectUrl]);
  });

  it('starts a new cart on request, leaving the order as it is', async () => {
    const { storefront } = await checkedOutStorefront();
    const drawer = await openDrawer(storefront);
    query<HTMLButtonElement>(drawer, '[part~="new-cart"]').click();
    await waitFor(drawer, '[part="empty"]');
    expect(storefront.cart.$cart.get()).to.equal(null);
    expect(storefront.orders.pendingCheckout()).to.equal(null);
  });

  it('a cart checked out where this device has no order of it: read-only, with only a new cart to start', async () => {
    const { storefront, orderId } = await checkedOutStorefront();
    storefront.orders.forgetCheckout(orderId);
    const drawer = await openDrawer(storefront);
    expect(text(drawer, '[part~="checked-out"]')).to.equal('This cart has been checked out: it can no longer change.');
    expect(queryAll(drawer, 'checkout-button')).to.have.length(0);
    expect(queryAll(drawer, '[part~="quantity-button"]')).to.have.length(0);
    await waitUntil(() => queryAll(drawer, '[part~="new-cart"]').length === 1);
  });
});
