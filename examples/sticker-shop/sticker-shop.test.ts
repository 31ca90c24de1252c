// The custom-sticker flow on the sticker-shop example in real Chromium: upload a design (with progress and
// a thumbnail), change options and see the server's price follow, add to the cart, check out, pay on the
// test gateway's page and land on the order page, paid, showing the design and its specs.
// Needs `npm run build` for /storelet.js.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import type { RunningServer } from '../../server/start.ts';
import { axeViolations } from '../e2e/axe.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { startExampleShop } from '../e2e/shop-server.ts';
import { openCheckout, placeOrder } from '../e2e/checkout.ts';

const SHOP_PAGE = '/examples/sticker-shop/';

/**
 * A design as a shopper would make one: a shape on a transparent background, with noise so the file is
 * big enough (a few hundred KB) that a throttled upload shows its progress for a while.
 */
async function designPng(): Promise<Buffer> {
  const size = 600;
  const noise = Buffer.alloc(size * size * 4);
  for (let i = 0; i < noise.length; i += 4) {
    const inside = Math.hypot(((i / 4) % size) - size / 2, Math.floor(i / 4 / size) - size / 2) < size * 0.45;
    noise[i] = 124 + ((i * 7919) % 97);
    noise[i + 1] = 58 + ((i * 104729) % 61);
    noise[i + 2] = 237 - ((i * 31) % 53);
    noise[i + 3] = inside ? 255 : 0;
  }
  return sharp(noise, { raw: { width: size, height: size, channels: 4 } })
    .png()
    .toBuffer();
}

describe('sticker-shop example', () => {
  let shop: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    shop = await startExampleShop();
    browser = await launchBrowser();
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
    });
  });

  after(async () => {
    await browser?.close();
    await shop?.close();
  });

  const configurator = () => page.locator('sticker-configurator');
  const drawer = () => page.locator('cart-drawer');
  const total = async () => ((await configurator().locator('[part~="total"]').textContent()) ?? '').trim();
  const settled = () =>
    page.waitForFunction(() => {
      const quote = document.querySelector('sticker-configurator')?.shadowRoot?.querySelector('[part~="quote"]');
      return quote?.getAttribute('aria-busy') === 'false' && !quote.classList.contains('updating');
    });

  it('shows the configurator with a price, accessibly', async () => {
    await page.goto(`${shop.url}${SHOP_PAGE}`);
    await configurator().locator('[part~="total"]').waitFor();
    await settled();
    assert.match(await total(), /^\$\d/);
    const violations = await axeViolations(page);
    assert.deepEqual(
      violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      [],
    );
    assert.deepEqual(pageErrors, []);
  });

  it('uploads a design with a progress bar, then shows its thumbnail in the preview', async () => {
    // A slow line, so the progress bar is there long enough to be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    const png = await designPng();
    assert.ok(png.length > 200_000, `the design is ${png.length} bytes`);
    await configurator().locator('#file').setInputFiles({ name: 'rocket.png', mimeType: 'image/png', buffer: png });
    const progress = configurator().locator('[part~="progress"] progress');
    await progress.waitFor();
    await page.waitForFunction(() => {
      const bar = document.querySelector('sticker-configurator')?.shadowRoot?.querySelector('progress');
      return bar !== null && bar !== undefined && bar.value > 0;
    });
    assert.match(
      (await configurator().locator('[part~="progress"]').textContent()) ?? '',
      /Uploading rocket\.png… \d+%/,
    );
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    const design = configurator().locator('[part~="design"]');
    await design.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => {
      const image = document
        .querySelector('sticker-configurator')
        ?.shadowRoot?.querySelector<HTMLImageElement>('[part~="design"]');
      return Boolean(image?.complete && image.naturalWidth > 0);
    });
    assert.match((await configurator().locator('[part~="file"]').textContent()) ?? '', /rocket\.png[\s\S]*PNG/);
    await settled();
    const violations = await axeViolations(page);
    assert.deepEqual(
      violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      [],
    );
    assert.deepEqual(pageErrors, []);
  });

  it('changes options and sees the price change', async () => {
    const before = await total();
    await configurator().getByRole('radio', { name: 'Circle' }).check();
    await configurator().locator('#preset').selectOption({ label: '4 × 4 in' });
    await configurator()
      .getByRole('radio', { name: /^200\b/ })
      .check();
    await settled();
    const after = await total();
    assert.notEqual(after, before);
    assert.match((await configurator().locator('[part~="unit-price"]').textContent()) ?? '', /each · 200 stickers/);
    assert.match((await configurator().locator('.preview figcaption').textContent()) ?? '', /Circle · 4 × 4 in/);
    assert.equal(await configurator().locator('.sticker.circle').count(), 1);
  });

  it('adds the sticker to the cart: the drawer opens on a line with the design and specs', async () => {
    const quoted = await total();
    await configurator().locator('[part~="add-to-cart"]').click();
    await drawer()
      .getByRole('dialog', { name: /Your cart/ })
      .waitFor();
    const line = drawer().locator('[part~="line"]').first();
    await line.locator('[part~="line-file"]', { hasText: 'rocket.png' }).waitFor();
    assert.match((await line.locator('[part~="line-sticker"]').textContent()) ?? '', /Circle/);
    assert.equal(((await line.locator('[part~="line-total"]').textContent()) ?? '').trim(), quoted);
    assert.equal(await line.locator('[part~="quantity-input"]').inputValue(), '200');
    // 200 stickers of one design are one item in the cart.
    assert.equal(((await page.locator('cart-button [part~="count"]').textContent()) ?? '').trim(), '1');
    assert.deepEqual(pageErrors, []);
  });

  it('checks out, pays on the test gateway and lands on the order page, paid, with the design and specs', async () => {
    const form = await openCheckout(drawer());
    await placeOrder(page, form, {
      email: 'grace@example.com',
      name: 'Grace Hopper',
      line1: '1 Compiler Court',
      city: 'Arlington',
      postalCode: '22201',
      region: 'VA',
    });
    await page.getByRole('button', { name: 'Approve' }).click();

    await page.waitForURL(/\/examples\/sticker-shop\/\?.*storelet_order=/);
    const orderStatus = page.locator('order-status');
    await orderStatus.locator('[part~="heading"]').filter({ hasText: 'Thank you! Your order is confirmed.' }).waitFor();
    assert.equal(await page.locator('#make').isHidden(), true, 'the configurator gives way to the order');
    const line = orderStatus.locator('[part~="line"]').first();
    assert.match(
      (await line.locator('[part~="line-detail"]').textContent()) ?? '',
      /Circle · 4 × 4 in[\s\S]*rocket\.png[\s\S]*Qty 200/,
    );
    const thumbnail = line.locator('img[part~="line-image"]');
    await thumbnail.waitFor();
    await page.waitForFunction(() => {
      const image = document
        .querySelector('order-status')
        ?.shadowRoot?.querySelector<HTMLImageElement>('img[part~="line-image"]');
      return Boolean(image?.complete && image.naturalWidth > 0);
    });
    assert.deepEqual(pageErrors, []);
  });
});
