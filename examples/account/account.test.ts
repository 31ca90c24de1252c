// A new customer on the example shop in real Chromium: sign up on the account page, order with the address
// the checkout fills in, pay on the test gateway, find the order in the history and download its invoice.
// Needs `npm run build` for /storelet.js.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../server/start.ts';
import { axeViolations } from '../e2e/axe.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { openCheckout } from '../e2e/checkout.ts';
import { startExampleShop } from '../e2e/shop-server.ts';

describe('a customer account on the example shop', () => {
  let shop: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    shop = await startExampleShop();
    browser = await launchBrowser();
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await browser?.close();
    await shop?.close();
  });

  const panel = () => page.locator('account-panel');

  it('signs up → orders with the prefilled address → pays → finds the order and downloads its invoice', async () => {
    await page.goto(`${shop.url}/examples/account/?view=sign-up`);
    await panel().locator('[part~="heading"]', { hasText: 'Create an account' }).waitFor();
    assert.deepEqual(
      (await axeViolations(page)).map((v) => `${v.id}: ${v.help}`),
      [],
    );
    const form = panel().locator('form');
    await form.locator('#email').fill('grace@example.com');
    await form.locator('#password').fill('a long enough secret');
    await form.locator('#name').fill('Grace Hopper');
    await form.locator('#line1').fill('1 Navy Yard');
    await form.locator('#city').fill('Arlington');
    await form.locator('#region').fill('VA');
    await form.locator('#postalCode').fill('22202');
    await form.locator('#country').selectOption('US');
    await form.locator('[part~="submit"]').click();
    await panel().locator('[part~="heading"]', { hasText: 'Your orders' }).waitFor();
    await panel().locator('[part="empty"]').waitFor();
    await page.locator('account-button [part="initials"]', { hasText: 'GH' }).waitFor();

    await page.goto(`${shop.url}/?product=enamel-camp-mug`);
    await page.locator('product-detail [part~="add-to-cart"]').click();
    const drawer = page.locator('cart-drawer');
    await drawer.getByRole('dialog', { name: /Your cart/ }).waitFor();
    const checkout = await openCheckout(drawer);
    await page.waitForFunction(() => {
      const root = document.querySelector('cart-drawer')?.shadowRoot?.querySelector('checkout-button')?.shadowRoot;
      return (root?.querySelector('#line1') as HTMLInputElement | null)?.value === '1 Navy Yard';
    });
    assert.equal(await checkout.locator('#email').inputValue(), 'grace@example.com');
    assert.equal(await checkout.locator('#name').inputValue(), 'Grace Hopper');
    await checkout
      .locator('[part~="shipping-option"]', { hasText: /standard/i })
      .first()
      .click();
    await checkout.locator('[part~="submit"]').click();
    await page.waitForURL(/\/pay\/test\//);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/storelet_order=/);
    await page.locator('order-status [part~="heading"]', { hasText: 'Thank you! Your order is confirmed.' }).waitFor();

    await page.goto(`${shop.url}/examples/account/`);
    const order = panel().locator('[part="order"]').first();
    await order.waitFor();
    assert.match((await order.textContent()) ?? '', /SL-\d+[\s\S]*Paid[\s\S]*Not shipped yet/);
    assert.deepEqual(
      (await axeViolations(page)).map((v) => `${v.id}: ${v.help}`),
      [],
    );
    const [download] = await Promise.all([page.waitForEvent('download'), order.locator('[part~="invoice"]').click()]);
    assert.match(download.suggestedFilename(), /^INV-\d{4}-\d{6}\.pdf$/);
    const pdf = await readFile((await download.path()) ?? '');
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(pageErrors, []);
  });
});
