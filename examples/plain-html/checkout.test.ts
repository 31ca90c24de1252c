// The whole shop flow on the example page in real Chromium: browse, add to cart, change the quantity,
// apply a code, check out, pay on the built-in test gateway's page, land on the order page; then a
// declined payment paid again, a cancelled one paid again, and a pending one settled later.
// Needs `npm run build` for /storelet.js.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { listOutbox, readOutboxMessage } from '../../server/email/outbox.ts';
import type { RunningServer } from '../../server/start.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { startExampleShop } from '../e2e/shop-server.ts';
import { openCheckout, placeOrder } from '../e2e/checkout.ts';

const MUG = 'Enamel Camp Mug';

describe('checkout on the plain-HTML example shop', () => {
  let shop: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    shop = await startExampleShop();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  after(async () => {
    await browser?.close();
    await shop?.close();
  });

  const drawer = () => page.locator('cart-drawer');
  const orderStatus = () => page.locator('order-status');
  const headline = () => orderStatus().locator('[part~="heading"]');

  /** The drawer's line for the mug, once the server's answer has replaced the optimistic one. */
  async function lineTotal(): Promise<string> {
    return ((await drawer().locator('[part~="line-total"]').first().textContent()) ?? '').trim();
  }

  async function addMugToCart(): Promise<void> {
    await page.goto(`${shop.url}/?product=enamel-camp-mug`);
    await page.locator('product-detail [part~="add-to-cart"]').click();
    await drawer()
      .getByRole('dialog', { name: /Your cart/ })
      .waitFor();
    await drawer().locator('[part~="line-title"]', { hasText: MUG }).waitFor();
  }

  /** Fills the checkout dialog, places the order and waits for the test gateway's page. */
  async function checkOut(email: string): Promise<void> {
    const form = await openCheckout(drawer());
    assert.equal(((await form.locator('label[for="phone"]').textContent()) ?? '').trim(), 'Phone (optional)');
    await placeOrder(page, form, {
      email,
      name: 'Ada Lovelace',
      line1: '12 Analytical Row',
      city: 'Brooklyn',
      postalCode: '11201',
      region: 'NY',
    });
  }

  it('browses, adds to cart, changes the quantity and applies a code', async () => {
    await page.goto(`${shop.url}/`);
    await page.locator('product-grid [part~="search-input"]').fill('camp mug');
    const card = page.locator('product-grid [part~="card"]', { hasText: MUG }).first();
    await card.locator('a').first().click();
    await page.waitForURL(/\?product=enamel-camp-mug/);

    await page.locator('product-detail [part~="add-to-cart"]').click();
    await drawer()
      .getByRole('dialog', { name: /Your cart/ })
      .waitFor();
    await drawer().locator('[part~="line-title"]', { hasText: MUG }).waitFor();
    assert.equal(await lineTotal(), '$18.00');
    assert.match((await page.locator('cart-button [part~="count"]').textContent()) ?? '', /1/);

    await drawer()
      .getByRole('button', { name: `Increase quantity of ${MUG}` })
      .click();
    await page.waitForFunction(() => {
      const total = document.querySelector('cart-drawer')?.shadowRoot?.querySelector('[part~="line-total"]');
      return total?.textContent?.trim() === '$36.00';
    });
    assert.match((await page.locator('cart-button [part~="count"]').textContent()) ?? '', /2/);

    await drawer().locator('[part~="discount-input"]').fill('WELCOME10');
    await drawer().locator('[part~="discount-apply"]').click();
    await drawer().locator('[part~="discount-code"]', { hasText: 'WELCOME10' }).waitFor();
    assert.match((await drawer().locator('[part~="totals-discount"]').first().textContent()) ?? '', /3\.60/);
    // The built bundle's templates are minified: the spaces between a text and an element must survive it.
    const spaced = async (locator: ReturnType<Page['locator']>) =>
      ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    assert.equal(await spaced(drawer().locator('#title')), 'Your cart (2)');
    assert.equal(await spaced(drawer().locator('[part~="totals-discount"] dt').first()), 'Discount (WELCOME10)');
    assert.deepEqual(pageErrors, []);
  });

  it('checks out, pays on the test gateway and lands on the order page, paid, with an email sent', async () => {
    await checkOut('ada@example.com');
    assert.match((await page.locator('.amount').textContent()) ?? '', /\$/);
    await page.getByRole('button', { name: 'Approve' }).click();

    await page.waitForURL(/storelet_order=/);
    await headline().filter({ hasText: 'Thank you! Your order is confirmed.' }).waitFor();
    assert.match(await page.title(), /^Your order — /);
    assert.equal(await page.locator('#order h1').textContent(), 'Your order');
    const summary = orderStatus().locator('[part~="summary"]');
    assert.match((await summary.textContent()) ?? '', new RegExp(MUG));
    assert.match((await summary.textContent()) ?? '', /WELCOME10/);
    const number = ((await orderStatus().locator('[part~="order-number"]').textContent()) ?? '').match(/SL-\d+/)?.[0];
    assert.ok(number, 'the order number is shown');
    // The cart was used up: a fresh, empty one from here on.
    // No badge at all, or one without a count: asked at once, not after waiting for a badge that is not there.
    const badge = page.locator('cart-button [part~="count"]');
    assert.doesNotMatch((await badge.count()) > 0 ? ((await badge.textContent()) ?? '') : '', /[1-9]/);

    const deadline = Date.now() + 10_000;
    let mail = (await listOutbox(shop.config.outboxDir)).find((entry) => entry.subject.includes(number));
    while (!mail && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      mail = (await listOutbox(shop.config.outboxDir)).find((entry) => entry.subject.includes(number));
    }
    assert.ok(mail, `a confirmation email for ${number}`);
    assert.equal(mail.to, 'ada@example.com');
    const message = await readOutboxMessage(shop.config.outboxDir, mail.id);
    assert.match(message?.text ?? '', new RegExp(MUG));
    assert.deepEqual(pageErrors, []);
  });

  it('shows a declined payment as failed, and paying again succeeds', async () => {
    await addMugToCart();
    await checkOut('declined@example.com');
    await page.getByRole('button', { name: 'Decline' }).click();

    await page.waitForURL(/storelet_order=/);
    await headline().filter({ hasText: 'Your payment did not go through.' }).waitFor();
    await orderStatus().locator('[part~="retry"]', { hasText: 'Try again' }).click();
    await page.waitForURL(/\/pay\/test\//);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/storelet_order=/);
    await headline().filter({ hasText: 'Thank you! Your order is confirmed.' }).waitFor();
  });

  it('comes back from the cancel link to a cancelled payment, and paying again succeeds', async () => {
    await addMugToCart();
    await checkOut('cancelled@example.com');
    await page.getByRole('link', { name: 'Cancel and return to the shop' }).click();

    await page.waitForURL(/storelet_payment=cancelled/);
    await headline().filter({ hasText: 'You cancelled the payment.' }).waitFor();
    await orderStatus().locator('[part~="retry"]', { hasText: 'Try again' }).click();
    await page.waitForURL(/\/pay\/test\//);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/storelet_order=/);
    await headline().filter({ hasText: 'Thank you! Your order is confirmed.' }).waitFor();
  });

  it('goes Back from the payment page to the cart still there, continues to the same payment, and pays', async () => {
    await addMugToCart();
    await checkOut('back@example.com');
    const paymentPage = page.url();
    await page.goBack();
    await page.waitForURL(/\?product=enamel-camp-mug/);
    assert.match(
      (await page.locator('cart-button [part~="count"]').textContent()) ?? '',
      /1/,
      'the cart is still there',
    );
    await page.locator('cart-button [part~="button"]').click();
    await drawer().locator('[part~="line-title"]', { hasText: MUG }).waitFor();
    // The cart is an order now: a change would be refused and the cart forgotten with its payment.
    assert.equal(await drawer().locator('[part~="quantity-button"], [part~="remove"]').count(), 0);
    await drawer().locator('checkout-button [part~="button"]').first().click();
    await drawer()
      .locator('checkout-button [part~="resume"]')
      .getByRole('button', { name: 'Continue to payment' })
      .click();
    await page.waitForURL(/\/pay\/test\//);
    assert.equal(page.url(), paymentPage, 'the same payment, not a second order');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/storelet_order=/);
    await headline().filter({ hasText: 'Thank you! Your order is confirmed.' }).waitFor();
    await page.waitForFunction(
      () =>
        !/[1-9]/.test(
          document.querySelector('cart-button')?.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? '',
        ),
    );
    assert.deepEqual(pageErrors, []);
  });

  it('shows a pending payment, and updates by itself when it is settled later', async () => {
    await addMugToCart();
    await checkOut('pending@example.com');
    const paymentPage = page.url();
    await page.getByRole('button', { name: 'Leave pending' }).click();

    await page.waitForURL(/storelet_order=/);
    await headline()
      .filter({ hasText: /Confirming your payment|not confirmed yet/ })
      .waitFor();

    // The shopper settles it later, in another tab; the landing page polls and sees it paid.
    const other = await context.newPage();
    await other.goto(paymentPage);
    await other.getByRole('button', { name: 'Approve' }).click();
    await other.close();
    await headline().filter({ hasText: 'Thank you! Your order is confirmed.' }).waitFor({ timeout: 20_000 });
    assert.deepEqual(pageErrors, []);
  });
});
