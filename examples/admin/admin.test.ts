// End to end in real Chromium: a shopper orders custom stickers on the sticker-shop example and pays on the
// test gateway; the store owner then opens the admin page, signs in, finds the order, sees its design and
// specs, and downloads the design: the same bytes the shopper uploaded. Needs `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import type { RunningServer } from '../../server/start.ts';
import { axeViolations } from '../e2e/axe.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { startExampleShop } from '../e2e/shop-server.ts';
import { openCheckout, placeOrder } from '../e2e/checkout.ts';

const ADMIN = { email: 'owner@example.com', password: 'a long admin password' };
const SHOPPER = 'grace@example.com';

describe('admin example: the order of a custom sticker reaches the store owner with its design', () => {
  let shop: RunningServer;
  let browser: Browser;
  let page: Page;
  let design: Buffer;
  let orderNumber = '';
  const pageErrors: string[] = [];

  before(async () => {
    shop = await startExampleShop({ admin: ADMIN });
    browser = await launchBrowser();
    page = await (
      await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    ).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
    });
    design = await sharp({
      create: { width: 300, height: 200, channels: 4, background: { r: 124, g: 58, b: 237, alpha: 1 } },
    })
      .png()
      .toBuffer();
  });

  after(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('a shopper orders 50 custom stickers of their design and pays', async () => {
    await page.goto(`${shop.url}/examples/sticker-shop/`);
    const configurator = page.locator('sticker-configurator');
    await configurator.locator('#file').setInputFiles({ name: 'launch.png', mimeType: 'image/png', buffer: design });
    await configurator.locator('[part~="design"]').waitFor({ timeout: 30_000 });
    await configurator.getByRole('radio', { name: 'Circle' }).check();
    await configurator.getByRole('radio', { name: /^50\b/ }).check();
    await page.waitForFunction(() => {
      const quote = document.querySelector('sticker-configurator')?.shadowRoot?.querySelector('[part~="quote"]');
      return quote?.getAttribute('aria-busy') === 'false' && !quote.classList.contains('updating');
    });
    await configurator.locator('[part~="add-to-cart"]').click();
    const drawer = page.locator('cart-drawer');
    await drawer.locator('[part~="line-file"]', { hasText: 'launch.png' }).waitFor();
    const form = await openCheckout(drawer);
    await placeOrder(page, form, {
      email: SHOPPER,
      name: 'Grace Hopper',
      line1: '1 Compiler Court',
      city: 'Arlington',
      postalCode: '22201',
      region: 'VA',
    });
    await page.getByRole('button', { name: 'Approve' }).click();
    const status = page.locator('order-status');
    await status.locator('[part~="heading"]').filter({ hasText: 'Thank you! Your order is confirmed.' }).waitFor();
    orderNumber = ((await status.locator('[part~="order-number"]').textContent()) ?? '').trim();
    assert.match(orderNumber, /\S/);
  });

  it('the footer leads to the admin page, where the owner signs in, accessibly', async () => {
    await page.getByRole('link', { name: 'Store admin' }).click();
    await page.waitForURL(/\/examples\/admin\/$/);
    const dashboard = page.locator('admin-dashboard');
    await dashboard.getByLabel('Email').fill(ADMIN.email);
    await dashboard.getByLabel('Password').fill(ADMIN.password);
    assert.deepEqual(
      (await axeViolations(page)).map((v) => `${v.id}: ${v.help}`),
      [],
    );
    await dashboard.getByRole('button', { name: 'Sign in' }).click();
    await dashboard.locator('[part~="account"]', { hasText: ADMIN.email }).waitFor();
  });

  it('finds the order, sees the sticker specs and the design, and downloads the very file', async () => {
    const dashboard = page.locator('admin-dashboard');
    await dashboard.getByLabel('Search orders').fill(SHOPPER);
    await dashboard.getByRole('button', { name: 'Search' }).click();
    const row = dashboard.locator('[part~="order-row"]', { hasText: orderNumber });
    await row.waitFor();
    assert.equal(await dashboard.locator('[part~="order-row"]').count(), 1);
    assert.equal(((await row.locator('[part~="payment-status"]').textContent()) ?? '').trim(), 'Paid');
    await row.getByRole('button', { name: orderNumber }).click();

    await dashboard.locator('[part~="heading"]', { hasText: `Order ${orderNumber}` }).waitFor();
    assert.match((await dashboard.locator('[part~="line-spec"]').textContent()) ?? '', /Circle/);
    assert.match((await dashboard.locator('[part~="line-quantity"]').textContent()) ?? '', /Qty 50/);
    const facts = dashboard.locator('[part~="design"]');
    assert.equal(((await facts.locator('[part~="design-name"]').textContent()) ?? '').trim(), 'launch.png');
    assert.equal(((await facts.locator('[part~="design-pixels"]').textContent()) ?? '').trim(), '300 × 200 px');
    assert.deepEqual(
      (await axeViolations(page)).map((v) => `${v.id}: ${v.help}`),
      [],
    );

    const downloading = page.waitForEvent('download');
    await facts.getByRole('button', { name: 'Download launch.png' }).click();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), 'launch.png');
    const saved = await readFile((await download.path())!);
    assert.ok(saved.equals(design), 'the downloaded design is the uploaded file');
    assert.deepEqual(pageErrors, []);
  });

  it('keeps the open order over a reload, and the navigation opens the reviews, whose code loads only then', async () => {
    assert.match(page.url(), /[?&]screen=orders%2Ford_/);
    await page.reload();
    const dashboard = page.locator('admin-dashboard');
    await dashboard.locator('[part~="heading"]', { hasText: `Order ${orderNumber}` }).waitFor();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await dashboard.getByRole('link', { name: 'Reviews' }).click();
    await dashboard.locator('[part~="settings"]').waitFor();
    assert.match(page.url(), /[?&]screen=reviews$/);
    assert.ok(
      requested.some((url) => /\/storelet-admin\/reviews-screen-[\w-]+\.js$/.test(url)),
      'the reviews chunk was fetched when the screen opened',
    );
    assert.deepEqual(
      (await axeViolations(page)).map((v) => `${v.id}: ${v.help}`),
      [],
    );
    await page.goBack();
    await dashboard.locator('[part~="heading"]', { hasText: `Order ${orderNumber}` }).waitFor();
    assert.deepEqual(pageErrors, []);
  });

  it('the sign-in page downloads none of the screens', async () => {
    const fresh = await browser.newPage();
    const requested: string[] = [];
    fresh.on('request', (request) => requested.push(request.url()));
    await fresh.goto(`${shop.url}/examples/admin/?screen=reviews`);
    await fresh.locator('admin-dashboard').getByLabel('Password').waitFor();
    await fresh.waitForLoadState('networkidle');
    const chunks = requested.filter((url) => url.includes('/storelet-admin/')).map((url) => new URL(url).pathname);
    assert.equal(chunks.length, 1, chunks.join(', '));
    assert.match(chunks[0]!, /^\/storelet-admin\/admin-[\w-]+\.js$/);
    await fresh.close();
  });
});
