import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import { deepActiveElement } from '../shared/modal-controller.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { cartWith, isolatedStorefront, settleTestPayment, TEST_ADDRESS } from '../test-support/cart-fixtures.ts';
import { apiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { CheckoutButton } from './checkout-button.ts';

type FetchSpy = (request: Request) => Promise<Response | undefined> | undefined;

/** A storefront whose requests go to the test server, unless `spy` answers one itself. */
function storefrontWith(spy: FetchSpy): Storefront {
  return isolatedStorefront({
    fetch: async (input, init) => {
      const request = new Request(input, init);
      return (await spy(request.clone())) ?? fetch(request);
    },
  });
}

const isOrderPost = (request: Request) => request.method === 'POST' && new URL(request.url).pathname === '/api/orders';

function errorAnswer(status: number, code: string, message: string, details: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message, details } }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** A checkout button over a cart of two mugs, its dialog open and its shipping methods loaded. */
async function mountOpen(storefront: Storefront = isolatedStorefront()) {
  await cartWith(storefront, 2);
  const provider = await fixture<ShopProvider>(
    html`<shop-provider .storefront=${storefront}><checkout-button></checkout-button></shop-provider>`,
  );
  const button = provider.querySelector('checkout-button') as CheckoutButton;
  await waitUntil(() => !query<HTMLButtonElement>(button, '[part~="button"]').disabled, 'the button never enabled');
  query<HTMLButtonElement>(button, '[part~="button"]').click();
  await waitUntil(() => query<HTMLDialogElement>(button, 'dialog').open, 'the dialog did not open');
  const form = await waitFor<HTMLFormElement>(button, 'form');
  return { storefront, button, form };
}

function fill(button: CheckoutButton, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const control = query<HTMLInputElement | HTMLSelectElement>(button, `form [name="${name}"]`);
    control.value = value;
    control.dispatchEvent(
      new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
    );
  }
}

async function fillValid(button: CheckoutButton, storefront: Storefront): Promise<void> {
  fill(button, { email: 'ada@example.com', ...TEST_ADDRESS });
  await waitUntil(() => storefront.cart.$cart.get()?.country === 'US' && !storefront.cart.$pending.get());
  await waitUntil(
    () => queryAll(button, '[part="shipping-option"] input:checked').length === 1,
    'no shipping method chosen',
  );
}

function text(button: CheckoutButton, selector: string): string {
  return query(button, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<checkout-button>', () => {
  it('is accessible, closed and with its form open', async () => {
    const provider = await fixture<ShopProvider>(
      html`<shop-provider .storefront=${isolatedStorefront()}><checkout-button></checkout-button></shop-provider>`,
    );
    await expect(provider.querySelector('checkout-button')).to.be.accessible();
    const { button } = await mountOpen();
    await expect(button).to.be.accessible();
  });

  it('is disabled while the cart is empty', async () => {
    const provider = await fixture<ShopProvider>(
      html`<shop-provider .storefront=${isolatedStorefront()}><checkout-button></checkout-button></shop-provider>`,
    );
    const button = provider.querySelector('checkout-button') as CheckoutButton;
    await button.updateComplete;
    expect(query<HTMLButtonElement>(button, '[part~="button"]').disabled).to.equal(true);
  });

  it("starts from the browser's country and offers its shipping methods", async () => {
    const { button, storefront } = await mountOpen();
    // Headless Chromium speaks en-US.
    await waitUntil(() => storefront.cart.$cart.get()?.country === 'US', 'no destination was guessed');
    expect(query<HTMLSelectElement>(button, 'select[name="country"]').value).to.equal('US');
    await waitUntil(() => queryAll(button, '[part="shipping-option"]').length === 2);
    expect(deepActiveElement()?.getAttribute('name')).to.equal('email');
  });

  it('lets the browser refuse missing fields, and says which, before anything is sent', async () => {
    let started = false;
    const { button, form } = await mountOpen();
    button.addEventListener('storelet-checkout-start', () => (started = true));
    form.requestSubmit();
    await button.updateComplete;
    const email = query<HTMLInputElement>(button, 'input[name="email"]');
    expect(email.validity.valueMissing).to.equal(true);
    expect(text(button, '#email-error')).to.not.equal('');
    expect(text(button, '#line1-error')).to.not.equal('');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-error');
    expect(started).to.equal(false);

    fill(button, { email: 'ada@example.com' });
    await button.updateComplete;
    expect(text(button, '#email-error')).to.equal('');
  });

  it("maps the server's 400 field errors back onto the fields", async () => {
    const { button, form, storefront } = await mountOpen();
    await fillValid(button, storefront);
    // `maxlength` only stops typing; a script can still put in more, and the server has the last word.
    fill(button, { postalCode: '1'.repeat(25) });
    form.requestSubmit();
    const error = await oneEvent(button, 'storelet-error');
    expect(error.detail.code).to.equal('validation_failed');
    await waitUntil(() => text(button, '#postalCode-error') !== '', 'the field error was not shown');
    const postalCode = query<HTMLInputElement>(button, 'input[name="postalCode"]');
    expect(postalCode.getAttribute('aria-invalid')).to.equal('true');
    expect(postalCode.validity.customError).to.equal(true);
    expect(text(button, '[part="form-error"]')).to.equal('Please check the highlighted fields.');
    await waitUntil(() => deepActiveElement() === postalCode, 'focus did not move to the refused field');
  });

  it('places the order and goes to the payment page, keeping the cart until the order is paid', async () => {
    const { button, form, storefront } = await mountOpen();
    await fillValid(button, storefront);
    const seen: string[] = [];
    for (const name of ['storelet-before-checkout', 'storelet-checkout-start', 'storelet-payment-redirect'] as const) {
      button.addEventListener(name, () => seen.push(name));
    }
    const navigated: string[] = [];
    button.navigate = (url) => navigated.push(url);
    const cartId = storefront.cart.$cart.get()?.id;

    setTimeout(() => form.requestSubmit());
    const before = await oneEvent(button, 'storelet-before-checkout');
    expect(before.cancelable).to.equal(true);
    expect(before.detail).to.deep.include({ cartId, email: 'ada@example.com', shippingMethod: 'ship_us_standard' });
    expect(before.detail.shippingAddress).to.deep.equal(TEST_ADDRESS);
    // The request is on its way now (checkout-start follows at once): the button waits with it.
    await button.updateComplete;
    expect(query<HTMLButtonElement>(button, '[part~="submit"]').disabled).to.equal(true);

    const redirect = await oneEvent(button, 'storelet-payment-redirect');
    expect(redirect.detail.provider).to.equal('test');
    expect(redirect.detail.url.startsWith(`${apiUrl}/pay/test/`)).to.equal(true);
    expect(redirect.detail.orderId).to.match(/^ord_/);
    expect(seen).to.deep.equal(['storelet-before-checkout', 'storelet-checkout-start', 'storelet-payment-redirect']);
    expect(navigated).to.deep.equal([redirect.detail.url]);
    expect(storefront.cart.$cart.get()?.id).to.equal(cartId, 'a shopper coming Back still has the cart');
    expect(storefront.orders.pendingCheckout()).to.deep.equal({
      orderId: redirect.detail.orderId,
      orderNumber: redirect.detail.orderNumber,
      cartId,
    });
    await waitFor(button, '[part="redirecting"]');
  });

  it('back from the payment page, the dialog continues to the same payment page instead of a second order', async () => {
    const { button, form, storefront } = await mountOpen();
    await fillValid(button, storefront);
    const navigated: string[] = [];
    button.navigate = (url) => navigated.push(url);
    setTimeout(() => form.requestSubmit());
    const redirect = await oneEvent(button, 'storelet-payment-redirect');

    // As the page looks when the browser brings it back from its cache.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await button.show();
    const resume = await waitFor(button, '[part="resume"]');
    expect(resume.textContent).to.contain('waiting for payment');
    await expect(button).to.be.accessible();
    query<HTMLButtonElement>(button, '[part="resume"] [part~="submit"]').click();
    const again = await oneEvent(button, 'storelet-payment-redirect');
    expect(again.detail).to.deep.include({
      orderId: redirect.detail.orderId,
      orderNumber: redirect.detail.orderNumber,
      url: redirect.detail.url,
    });
    expect(navigated).to.deep.equal([redirect.detail.url, redirect.detail.url]);
  });

  it('an order of this cart that was paid meanwhile: the cart is forgotten and the shopper told', async () => {
    const { button, form, storefront } = await mountOpen();
    await fillValid(button, storefront);
    button.navigate = () => undefined;
    setTimeout(() => form.requestSubmit());
    const redirect = await oneEvent(button, 'storelet-payment-redirect');
    await settleTestPayment(redirect.detail.url, 'approve');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await button.show();
    await waitFor(button, '[part="resume"]');
    query<HTMLButtonElement>(button, '[part="resume"] [part~="submit"]').click();
    const error = await oneEvent(button, 'storelet-error');
    expect(error.detail.code).to.equal('payment_not_retryable');
    await waitUntil(() => storefront.cart.$cart.get() === null, 'the paid cart was kept');
    expect(storefront.orders.pendingCheckout()).to.equal(null);
    expect(text(button, '[part="form-error"]')).to.equal(
      'This order is paid, or its payment is under way: it cannot be paid again.',
    );
  });

  it('lets a host cancel the redirect, or the checkout itself', async () => {
    const { button, form, storefront } = await mountOpen();
    await fillValid(button, storefront);
    const navigated: string[] = [];
    button.navigate = (url) => navigated.push(url);
    let requests = 0;
    button.addEventListener('storelet-checkout-start', () => requests++);
    button.addEventListener('storelet-before-checkout', (event) => event.preventDefault(), { once: true });
    form.requestSubmit();
    await aTimeout(100);
    expect(requests).to.equal(0);

    button.addEventListener('storelet-payment-redirect', (event) => event.preventDefault());
    form.requestSubmit();
    await oneEvent(button, 'storelet-payment-redirect');
    expect(requests).to.equal(1);
    expect(navigated).to.deep.equal([]);
  });

  it('sends a retried submission with the same idempotency key, and gets the same order', async () => {
    const keys: string[] = [];
    const orderIds: string[] = [];
    let loseAnswer = true;
    const storefront = storefrontWith((request) => {
      if (!isOrderPost(request)) return undefined;
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      if (!loseAnswer) return undefined;
      loseAnswer = false;
      // The server places the order, but its answer never arrives.
      return fetch(request).then(async (response) => {
        orderIds.push(((await response.json()) as { order: { id: string } }).order.id);
        throw new TypeError('Failed to fetch');
      });
    });
    const { button, form } = await mountOpen(storefront);
    await fillValid(button, storefront);
    button.navigate = () => undefined;

    form.requestSubmit();
    await waitUntil(() => text(button, '[part="form-error"]') !== '', 'the lost answer was not reported');
    expect(text(button, '[part="form-error"]')).to.contain('could not be reached');
    expect(storefront.cart.$cart.get()).to.not.equal(null);

    setTimeout(() => form.requestSubmit());
    const redirect = await oneEvent(button, 'storelet-payment-redirect');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(redirect.detail.orderId).to.equal(orderIds[0]);
  });

  it('uses a new key once the shopper changes what they send', async () => {
    const keys: string[] = [];
    const storefront = storefrontWith((request) => {
      if (!isOrderPost(request)) return undefined;
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      return Promise.resolve(
        errorAnswer(502, 'payment_unavailable', 'Payment could not be started. Nothing was charged; please try again.'),
      );
    });
    const { button, form } = await mountOpen(storefront);
    await fillValid(button, storefront);
    form.requestSubmit();
    await waitUntil(() => keys.length === 1 && text(button, '[part="form-error"]') !== '');
    fill(button, { line2: 'Flat 3' });
    form.requestSubmit();
    await waitUntil(() => keys.length === 2);
    expect(keys[1]).to.not.equal(keys[0]);
  });

  it('explains stock, shipping and empty-cart refusals', async () => {
    let answer: Response | undefined;
    const storefront = storefrontWith((request) => (isOrderPost(request) ? Promise.resolve(answer) : undefined));
    const { button, form } = await mountOpen(storefront);
    await fillValid(button, storefront);
    const variantId = storefront.cart.$cart.get()?.lines[0]?.variantId;

    answer = errorAnswer(409, 'out_of_stock', 'Only 1 of this item is available.', { variantId, available: 1 });
    form.requestSubmit();
    await waitUntil(() => text(button, '[part="form-error"]') !== '');
    expect(text(button, '[part="form-error"]')).to.equal(
      'Enamel Camp Mug (White): Only 1 of this item is available. Your cart has been updated.',
    );
    expect(deepActiveElement()).to.equal(query(button, '[part="form-error"]'));

    answer = errorAnswer(409, 'shipping_unavailable', 'Express shipping does not reach this address.');
    form.requestSubmit();
    await waitUntil(() => text(button, '#shippingMethod-error') === 'Express shipping does not reach this address.');

    // Radios keep no custom validity: the shopper may send the same method again once the cart is reloaded.
    expect(query<HTMLInputElement>(button, '[part="shipping-option"] input').validity.valid).to.equal(true);
    queryAll<HTMLInputElement>(button, '[part="shipping-option"] input')[1]?.click();
    await waitUntil(() => text(button, '#shippingMethod-error') === '', 'picking a method did not clear its error');
    answer = errorAnswer(409, 'cart_empty', 'The cart is empty. Add something before checking out.');
    form.requestSubmit();
    await waitUntil(
      () => text(button, '[part="form-error"]') === 'The cart is empty. Add something before checking out.',
    );
    await expect(button).to.be.accessible();
  });
});
