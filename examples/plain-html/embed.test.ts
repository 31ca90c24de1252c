// The script tag on a page of another site, as a shop owner embeds it: the loader fetches its chunks from the
// shop across origins, and a page whose origin the shop does not allow is told so by name.
// Needs `npm run build` for /storelet.js and its chunks.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../server/start.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { startExampleShop } from '../e2e/shop-server.ts';

/** A site of its own (another port is another origin) whose page embeds the shop at `shopUrl`. */
async function hostSite(): Promise<{ server: Server; origin: string; page(shopUrl: string): string }> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pages.get(req.url ?? '') ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    origin,
    page(shopUrl) {
      const path = `/${pages.size}`;
      pages.set(
        path,
        `<!doctype html><html lang="en"><title>A blog</title>
        <script src="${shopUrl}/storelet.js" async></script>
        <main><product-grid page-size="4"></product-grid></main></html>`,
      );
      return `${origin}${path}`;
    },
  };
}

describe('the script tag on another site', () => {
  let host: Awaited<ReturnType<typeof hostSite>>;
  let allowing: RunningServer;
  let refusing: RunningServer;
  let browser: Browser;

  before(async () => {
    host = await hostSite();
    [allowing, refusing] = await Promise.all([startExampleShop({ allowedOrigins: [host.origin] }), startExampleShop()]);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await Promise.all([allowing?.close(), refusing?.close()]);
    host?.server.close();
  });

  it('loads the elements it finds from the shop, chunks and all, and shows the catalog', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
    });
    await page.goto(host.page(allowing.url));
    await page.locator('product-grid [part~="card"]').first().waitFor();
    assert.equal(await page.locator('product-grid [part~="card"]').count(), 4);
    assert.ok(
      scripts.some((path) => /^\/storelet\/product-grid-[\w-]+\.js$/.test(path)),
      scripts.join(', '),
    );
    assert.ok(
      !scripts.some((path) => /sticker-configurator|cart-drawer|order-status/.test(path)),
      'only the elements on the page',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("names the cause when the shop does not allow the page's origin", async () => {
    const page = await browser.newPage();
    await page.goto(host.page(refusing.url));
    const error = page.locator('product-grid [part~="error"]');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    assert.match(text, new RegExp(`refuses this page's origin, ${host.origin.replace(/[.]/g, '\\.')}`));
    assert.match(text, /STOREFRONT_ORIGINS/);
    await page.close();
  });
});
