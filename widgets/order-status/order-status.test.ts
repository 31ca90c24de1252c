import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createAdminClient } from '../../sdk/admin/index.ts';
import { memoryStorage, type Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import {
  isolatedStorefront,
  placeOrder,
  returnUrl,
  settleTestPayment,
  TEST_ADDRESS,
} from '../test-support/cart-fixtures.ts';
import { stickerCart } from '../test-support/sticker-fixtures.ts';
import { adminCredentials, apiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { OrderStatusElement } from './order-status.ts';

async function mount(storefront: Storefront, attributes: { order?: string; token?: string; showEmpty?: boolean } = {}) {
  const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
    <order-status order=${attributes.order ?? ''} token=${attributes.token ?? ''} ?show-empty=${attributes.showEmpty} poll-interval="200"
      ><a slot="paid" href="/">Continue shopping</a></order-status
    >
  </shop-provider>`);
  const element = provider.querySelector('order-status') as OrderStatusElement;
  await element.updateComplete;
  return element;
}

function heading(element: OrderStatusElement): string {
  return element.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ?? '';
}

function announcement(element: OrderStatusElement): string {
  return query(element, '[part="status"]').textContent?.trim() ?? '';
}

describe('<order-status>', () => {
  it('is accessible while pending and once paid', async () => {
    const storefront = isolatedStorefront();
    const { order, payment } = await placeOrder(storefront);
    const element = await mount(storefront, { order: order.id });
    await waitUntil(() => heading(element) === 'Confirming your payment…', 'the pending state never showed');
    await expect(element).to.be.accessible();
    await settleTestPayment(payment.redirectUrl, 'approve');
    await waitUntil(() => heading(element).startsWith('Thank you'), 'the paid state never showed', { timeout: 8_000 });
    await expect(element).to.be.accessible();
  });

  it('shows a pending payment, keeps checking, and shows it paid once the gateway approves', async () => {
    const storefront = isolatedStorefront();
    const { order, payment } = await placeOrder(storefront);
    const statuses: string[] = [];
    const element = await mount(storefront, { order: order.id });
    element.addEventListener('storelet-order-status', (event) => statuses.push(event.detail.paymentStatus));
    await waitUntil(() => heading(element) === 'Confirming your payment…');
    expect(query(element, '[part="status"]').getAttribute('role')).to.equal('status');
    expect(announcement(element)).to.equal(`Confirming your payment… Order ${order.number}.`);
    expect(query(element, '[part="order-number"]').textContent).to.equal(order.number);

    await settleTestPayment(payment.redirectUrl, 'approve');
    await waitUntil(() => heading(element) === 'Thank you! Your order is confirmed.', 'polling never saw the payment', {
      timeout: 8_000,
    });
    expect(announcement(element)).to.equal(`Thank you! Your order is confirmed. Order ${order.number}.`);
    expect(statuses.at(-1)).to.equal('paid');
    const lines = queryAll(element, '[part="line"]');
    expect(lines).to.have.length(1);
    expect(lines[0]?.textContent).to.contain('Enamel Camp Mug').and.contain('Qty 2');
    expect(query(element, '[part="total"]').textContent).to.contain(`$`);
    expect(query(element, '[part="address"]').textContent).to.contain('Ada Lovelace').and.contain('United States');
    const slotted = query<HTMLSlotElement>(element, 'slot[name="paid"]').assignedElements();
    expect(slotted[0]?.textContent).to.equal('Continue shopping');
  });

  it('offers the way back to a payment left pending: the same payment page', async () => {
    const storefront = isolatedStorefront();
    const { order, payment } = await placeOrder(storefront);
    const element = await mount(storefront, { order: order.id });
    const visited: string[] = [];
    element.navigate = (url) => visited.push(url);
    await waitUntil(() => heading(element) === 'Confirming your payment…');
    const resume = query<HTMLButtonElement>(element, '[part~="resume"]');
    expect(resume.textContent?.trim()).to.equal('Return to the payment page');
    resume.click();
    await waitUntil(() => visited.length === 1, 'never went back to the payment page');
    expect(visited[0]).to.equal(payment.redirectUrl);
    await expect(element).to.be.accessible();
  });

  it('stops checking after its time limit, and checks again on request', async () => {
    const storefront = isolatedStorefront();
    const { order, payment } = await placeOrder(storefront);
    const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
      <order-status order=${order.id} poll-interval="100" poll-timeout="300"></order-status>
    </shop-provider>`);
    const element = provider.querySelector('order-status') as OrderStatusElement;
    await waitUntil(() => heading(element) === 'Your payment is not confirmed yet.', 'polling never gave up');
    const again = query<HTMLButtonElement>(element, '[part~="retry"]');
    expect(again.textContent?.trim()).to.equal('Check again');
    await settleTestPayment(payment.redirectUrl, 'approve');
    again.click();
    await waitUntil(
      () => heading(element) === 'Thank you! Your order is confirmed.',
      'checking again did not find the payment',
    );
  });

  it('shows a declined payment with a way to pay again', async () => {
    const storefront = isolatedStorefront();
    const { order, payment } = await placeOrder(storefront);
    await settleTestPayment(payment.redirectUrl, 'decline');
    const element = await mount(storefront, { order: order.id });
    await waitUntil(() => heading(element) === 'Your payment did not go through.', 'the failed state never showed');
    await expect(element).to.be.accessible();

    const navigated: string[] = [];
    element.navigate = (url) => navigated.push(url);
    const retry = query<HTMLButtonElement>(element, '[part~="retry"]');
    expect(retry.textContent?.trim()).to.equal('Try again');
    setTimeout(() => retry.click());
    const redirect = await oneEvent(element, 'storelet-payment-redirect');
    expect(redirect.detail.orderId).to.equal(order.id);
    expect(redirect.detail.url.startsWith(`${apiUrl}/pay/test/`)).to.equal(true);
    expect(redirect.detail.url).to.not.equal(payment.redirectUrl);
    expect(navigated).to.deep.equal([redirect.detail.url]);
  });

  it('opens an order from a signed link token on another device, and remembers it', async () => {
    const { order, accessToken } = await placeOrder(isolatedStorefront());
    const elsewhere = isolatedStorefront();
    const element = await mount(elsewhere, { order: order.id, token: accessToken });
    await waitUntil(() => heading(element) !== '', 'the order was not opened with the token');
    expect(query(element, '[part="order-number"]').textContent).to.equal(order.number);
    // Remembered: the same device reads the order again without the token.
    expect((await elsewhere.orders.get(order.id)).id).to.equal(order.id);
  });

  it('shows nothing on a page without an order, as on every page of a shop that places it in its layout', async () => {
    const element = await mount(isolatedStorefront());
    await expect(element).to.be.accessible();
    expect(element.shadowRoot?.textContent?.trim()).to.equal('');
    expect(element.getBoundingClientRect().height).to.equal(0);
  });

  it('says when there is no such order, or no order at all where asked to', async () => {
    const missing = await mount(isolatedStorefront(), { showEmpty: true });
    await waitFor(missing, '[part="not-found"]');
    expect(query(missing, '[part="not-found"]').textContent).to.contain('There is no order to show here.');

    const unknown = await mount(isolatedStorefront(), { order: 'ord_doesnotexist' });
    const events: string[] = [];
    unknown.addEventListener('storelet-error', (event) => events.push(event.detail.code));
    await waitFor(unknown, '[part="not-found"]');
    expect(query(unknown, '[part="not-found"]').textContent).to.contain('We could not find this order.');
    await expect(unknown).to.be.accessible();
  });

  it('shows an error with a retry when the shop cannot be reached', async () => {
    const down = isolatedStorefront({ fetch: () => Promise.reject(new TypeError('Failed to fetch')), retries: 0 });
    const element = await mount(down, { order: 'ord_whatever' });
    const error = await waitFor(element, '[part="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('The shop could not be reached.');
    expect(query(element, '[part~="retry"]').textContent?.trim()).to.equal('Try again');
  });

  it('reads the order from the query the server adds to the return URL', async () => {
    const storefront = isolatedStorefront();
    const { order } = await placeOrder(storefront);
    const before = location.href;
    history.replaceState(null, '', `?storelet_order=${order.id}`);
    try {
      const element = await mount(storefront);
      await waitUntil(() => heading(element) !== '', 'the order in the query was not read');
      expect(query(element, '[part="order-number"]').textContent).to.equal(order.number);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('takes the token out of the address bar once read; a reload on this device still opens the order', async () => {
    const { order, accessToken } = await placeOrder(isolatedStorefront());
    // Another device, opening the order from a link that carries its token.
    const storefront = isolatedStorefront();
    const before = location.href;
    history.replaceState(null, '', `?storelet_order=${order.id}&storelet_token=${accessToken}&utm=mail#top`);
    try {
      const element = await mount(storefront);
      await waitUntil(() => heading(element) === 'Confirming your payment…', 'the order from the link was not shown');
      expect(location.search).to.equal(`?storelet_order=${order.id}&utm=mail`);
      expect(location.hash).to.equal('#top');
      element.closest('shop-provider')?.remove();
      const reloaded = await mount(storefront);
      await waitUntil(() => heading(reloaded) === 'Confirming your payment…', 'a reload lost the order');
      expect(query(reloaded, '[part="order-number"]').textContent).to.equal(order.number);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it("back from the payment page's cancel link: gives the payment up at once and offers to pay again", async () => {
    const storefront = isolatedStorefront();
    const { order } = await placeOrder(storefront);
    const before = location.href;
    history.replaceState(null, '', `?storelet_order=${order.id}&storelet_payment=cancelled`);
    try {
      const element = await mount(storefront);
      await waitUntil(() => heading(element) === 'You cancelled the payment.', 'the cancelled state never showed');
      expect((await storefront.orders.get(order.id)).paymentStatus).to.equal('failed', 'the server failed the payment');
      expect(query(element, '[part~="retry"]').textContent?.trim()).to.equal('Try again');
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('shows a custom sticker line with its design, specs and file name', async () => {
    const storefront = isolatedStorefront();
    const cart = await stickerCart(storefront, 100);
    await storefront.cart.setDestination('US', 'TX');
    const { order } = await storefront.orders.create(
      {
        cartId: cart.id,
        email: 'ada@example.com',
        shippingAddress: TEST_ADDRESS,
        shippingMethod: 'ship_us_standard',
        returnUrl,
      },
      crypto.randomUUID(),
    );
    const element = await mount(storefront, { order: order.id });
    await waitFor(element, '[part~="line-detail"]');
    const sticker = order.lines[0]!.sticker!;
    expect(query(element, '[part~="line-detail"]').textContent).to.equal(`${sticker.summary} · logo.png · Qty 100`);
    expect(query<HTMLImageElement>(element, 'img[part~="line-image"]').src).to.contain(
      new URL(sticker.upload.previewUrl!, apiUrl).pathname,
    );
    await expect(element).to.be.accessible();
  });

  it('links to the tracker page once the order has shipped, and not before', async () => {
    const storefront = isolatedStorefront();
    const { order, payment } = await placeOrder(storefront);
    await settleTestPayment(payment.redirectUrl, 'approve');
    const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
      <order-status order=${order.id} tracker-href="/track/"></order-status>
    </shop-provider>`);
    const element = provider.querySelector('order-status') as OrderStatusElement;
    await waitUntil(() => heading(element).startsWith('Thank you'));
    expect(element.shadowRoot?.querySelector('[part="tracker-link"]')).to.equal(null);
    const owner = createAdminClient({ apiUrl, storage: memoryStorage(), retries: 0 });
    await owner.signIn(adminCredentials);
    await owner.orders.ship(order.id, {
      carrier: 'other',
      trackingNumber: 'LOCAL-1',
      lines: [{ lineId: order.lines[0]!.id, quantity: 2 }],
    });
    element.order = '';
    await element.updateComplete;
    element.order = order.id;
    const link = await waitFor<HTMLAnchorElement>(element, '[part="tracker-link"]');
    expect(link.textContent?.trim()).to.equal('Track your parcels');
    expect(link.href).to.equal(`${location.origin}/track/?storelet_order=${order.id}`);
    await expect(element).to.be.accessible();
  });
});
