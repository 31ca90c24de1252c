// End to end in real Chromium: buy on the example shop, review what was bought on its product page, and see the
// review and the new average there. Needs `npm run build` for /storelet.js.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../server/start.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { openCheckout, placeOrder } from '../e2e/checkout.ts';
import { startExampleShop } from '../e2e/shop-server.ts';

describe('reviews on the plain-HTML example shop', () => {
  let shop: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    shop = await startExampleShop();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('buys, reviews, and sees the review and the new average on the product page', async () => {
    await page.goto(`${shop.url}/?product=enamel-camp-mug`);
    const reviews = page.locator('product-detail product-reviews');
    await reviews.locator('[part~="summary"]').waitFor();
    assert.equal(await reviews.locator('form').count(), 0, 'no form before buying');

    await page.locator('product-detail [part~="add-to-cart"]').click();
    const drawer = page.locator('cart-drawer');
    await drawer.getByRole('dialog', { name: /Your cart/ }).waitFor();
    const form = await openCheckout(drawer);
    await placeOrder(page, form, {
      email: 'rev@example.com',
      name: 'Rosa Parks',
      line1: '1 Main St',
      city: 'Brooklyn',
      postalCode: '11201',
      region: 'NY',
    });
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/storelet_order=/);
    await page.locator('order-status [part~="heading"]', { hasText: 'confirmed' }).waitFor();

    await page.goto(`${shop.url}/?product=enamel-camp-mug`);
    const write = reviews.locator('form');
    await write.waitFor();
    await write.getByRole('radio', { name: /^4 stars/ }).click();
    await write.getByLabel('Title').fill('<i>Sturdy</i> mug');
    await write.getByLabel('Your review').fill('Survived a camping trip.');
    await write.getByRole('button', { name: 'Post review' }).click();

    const review = reviews.locator('[part~="review"]', { hasText: 'Survived a camping trip.' });
    await review.waitFor();
    assert.equal(((await review.locator('[part~="review-title"]').textContent()) ?? '').trim(), '<i>Sturdy</i> mug');
    assert.match((await review.textContent()) ?? '', /Rosa/);
    assert.match((await review.textContent()) ?? '', /Verified buyer/);
    assert.equal(((await reviews.locator('[part~="average"]').textContent()) ?? '').trim(), '4.0');
    await page.locator('product-detail > [part~="rating"], product-detail [part~="rating"]').first().waitFor();

    await page.reload();
    await reviews.locator('[part~="review"]').first().waitFor();
    const jsonLd = await page.evaluate(
      () => document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    );
    const data = JSON.parse(jsonLd) as {
      name: string;
      aggregateRating?: { ratingValue: number; reviewCount: number };
      offers: { price: string };
    };
    assert.equal(data.name, 'Enamel Camp Mug');
    assert.deepEqual([data.aggregateRating?.ratingValue, data.aggregateRating?.reviewCount], [4, 1]);
    assert.equal(data.offers.price, '18.00');
    assert.deepEqual(pageErrors, []);
  });
});
