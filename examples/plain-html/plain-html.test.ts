// The example page a newcomer sees after `npm start`, in real Chromium: one script tag, no build step.
// Needs `npm run build` (npm test does it) for /storelet.js.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../server/start.ts';
import { axeViolations } from '../e2e/axe.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { startExampleShop } from '../e2e/shop-server.ts';

describe('plain-HTML example shop', () => {
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
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  after(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('shows the catalog from the script tag alone', async () => {
    await page.goto(`${shop.url}/`);
    const cards = page.locator('product-grid [part~="card"]');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 12, 'page-size="12"');
    const firstTitle = await cards.first().locator('[part~="title"]').textContent();
    assert.ok(firstTitle && firstTitle.trim().length > 0);
    assert.match((await cards.first().locator('[part~="price"]').first().textContent()) ?? '', /\$\d/);
    assert.deepEqual(pageErrors, []);
  });

  it('passes an accessibility check', async () => {
    const violations = await axeViolations(page);
    assert.deepEqual(
      violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      [],
    );
  });

  it('searches the catalog', async () => {
    await page.locator('product-grid [part~="search-input"]').fill('mug');
    const titles = page.locator('product-grid [part~="card"] [part~="title"]');
    await page.waitForFunction(() => {
      const grid = document.querySelector('product-grid');
      const found = [...(grid?.shadowRoot?.querySelectorAll('[part~="card"] [part~="title"]') ?? [])];
      return found.length > 0 && found.length < 12;
    });
    const all = await titles.allTextContents();
    assert.ok(
      all.some((title) => /mug/i.test(title)),
      `a mug among ${all.join(', ')}`,
    );
  });

  it('opens a product from its card and shows its variants and price', async () => {
    await page.goto(`${shop.url}/`);
    const card = page.locator('product-grid [part~="card"]').first();
    const title = (await card.locator('[part~="title"]').textContent())?.trim() ?? '';
    await card.locator('a').first().click();
    await page.waitForURL(/\?product=/);
    const detail = page.locator('product-detail');
    await detail.locator('[part~="title"]').first().waitFor();
    assert.equal((await detail.locator('[part~="title"]').first().textContent())?.trim(), title);
    assert.match((await detail.locator('[part~="price"]').first().textContent()) ?? '', /\$\d/);
    assert.ok(await detail.locator('[part~="add-to-cart"]').count());
    // The page names the product: its one h1 and the tab's title.
    await page.waitForFunction((name) => document.title.startsWith(`${name} — `), title);
    assert.equal(await page.locator('h1:visible, #detail-title').filter({ hasText: title }).count(), 1);
    const violations = await axeViolations(page);
    assert.deepEqual(
      violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      [],
    );
    assert.deepEqual(pageErrors, []);
  });

  it('keeps working when a second copy of the script tag is loaded on the page', async () => {
    await page.goto(`${shop.url}/`);
    await page.locator('product-grid [part~="card"]').first().waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const again = document.createElement('script');
          again.src = '/storelet.js';
          again.onload = () => resolve();
          again.onerror = () => reject(new Error('the second copy did not load'));
          document.head.append(again);
        }),
    );
    await page.locator('product-grid [part~="search-input"]').fill('mug');
    await page.locator('product-grid [part~="card"]', { hasText: /mug/i }).first().waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
