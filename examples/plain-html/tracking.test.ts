// End to end in real Chromium, with EasyPost faked on loopback: a shopper pays on the example shop; the store owner
// adds tracking on the admin page (registered with the tracking service); the service's signed webhooks say
// in_transit, then delivered; the shopper follows the parcel on the "Track your order" page and sees both.
// Needs `npm run build` for /storelet.js and /storelet-admin.js.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startFakeEasyPost, type FakeEasyPost } from '../../server/shipments/test-support/fake-easypost.ts';
import type { RunningServer } from '../../server/start.ts';
import { axeViolations } from '../e2e/axe.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { openCheckout, placeOrder } from '../e2e/checkout.ts';
import { startExampleShop } from '../e2e/shop-server.ts';

const ADMIN = { email: 'owner@example.com', password: 'a long admin password' };
const SHOPPER = 'ada@example.com';
const NUMBER = '9400111899223856926418';

describe('tracking on the plain-HTML example shop', () => {
  let easypost: FakeEasyPost;
  let shop: RunningServer;
  let browser: Browser;
  let shopper: Page;
  let owner: Page;
  let orderId = '';
  let orderNumber = '';
  const pageErrors: string[] = [];

  before(async () => {
    easypost = await startFakeEasyPost();
    shop = await startExampleShop({
      admin: ADMIN,
      tracking: {
        provider: 'easypost',
        apiKey: easypost.apiKey,
        webhookSecret: easypost.webhookSecret,
        apiUrl: easypost.url,
      },
    });
    browser = await launchBrowser();
    const watch = (page: Page) => {
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
      });
      return page;
    };
    shopper = watch(
      await (await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } })).newPage(),
    );
    owner = watch(
      await (await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })).newPage(),
    );
  });

  after(async () => {
    await browser?.close();
    await shop?.close();
    await easypost?.close();
  });

  const tracker = () => shopper.locator('order-tracker');
  const deliverWebhook = async (status: string, detail: { message: string; city: string; state: string }) => {
    const [trk] = [...easypost.trackers.values()].filter((item) => item.tracking_code === NUMBER);
    assert.ok(trk, 'the owner’s number was registered with EasyPost');
    easypost.advance(trk.id, status, { ...detail, estDelivery: '2030-06-05T00:00:00Z' });
    assert.equal(await easypost.deliver(`${shop.url}/api/webhooks/tracking`, easypost.eventFor(trk.id)), 200);
  };

  it('a shopper pays; the order page has nothing to track yet', async () => {
    await shopper.goto(`${shop.url}/?product=enamel-camp-mug`);
    await shopper.locator('product-detail [part~="add-to-cart"]').click();
    const drawer = shopper.locator('cart-drawer');
    await drawer.locator('[part~="line-title"]', { hasText: 'Enamel Camp Mug' }).waitFor();
    const form = await openCheckout(drawer);
    await placeOrder(shopper, form, {
      email: SHOPPER,
      name: 'Ada Lovelace',
      line1: '12 Analytical Row',
      city: 'Brooklyn',
      postalCode: '11201',
      region: 'NY',
    });
    await shopper.getByRole('button', { name: 'Approve' }).click();
    const status = shopper.locator('order-status');
    await status.locator('[part~="heading"]').filter({ hasText: 'Thank you! Your order is confirmed.' }).waitFor();
    orderNumber = ((await status.locator('[part~="order-number"]').textContent()) ?? '').trim();
    orderId = new URL(shopper.url()).searchParams.get('storelet_order') ?? '';
    assert.match(orderId, /^ord_/);
    assert.equal(await status.locator('[part~="tracker-link"]').count(), 0, 'not shipped yet');
  });

  it('the owner adds tracking on the admin page', async () => {
    await owner.goto(`${shop.url}/examples/admin/`);
    const dashboard = owner.locator('admin-dashboard');
    await dashboard.getByLabel('Email').fill(ADMIN.email);
    await dashboard.getByLabel('Password').fill(ADMIN.password);
    await dashboard.getByRole('button', { name: 'Sign in' }).click();
    await dashboard.getByLabel('Search orders').fill(orderNumber);
    await dashboard.getByRole('button', { name: 'Search' }).click();
    await dashboard
      .locator('[part~="order-row"]', { hasText: orderNumber })
      .getByRole('button', { name: orderNumber })
      .click();
    const shipping = dashboard.locator('admin-shipments');
    await shipping.getByLabel('Carrier').selectOption('usps');
    await shipping.getByLabel('Tracking number').fill(NUMBER);
    await shipping.getByRole('button', { name: /^Ship \d+ units?$/ }).click();
    await shipping.locator('[part~="shipment"]', { hasText: NUMBER }).waitFor();
    await dashboard.locator('[part~="fulfillment-status"]', { hasText: 'Shipped' }).waitFor();
    assert.deepEqual(
      (await axeViolations(owner)).map((v) => `${v.id}: ${v.help}`),
      [],
    );
  });

  it('EasyPost says in transit; the shopper follows the link from the order page and sees it', async () => {
    await deliverWebhook('in_transit', { message: 'Departed USPS Regional Facility', city: 'Memphis', state: 'TN' });
    await shopper.reload();
    const link = shopper.locator('order-status [part~="tracker-link"]');
    await link.waitFor();
    await link.click();
    await shopper.waitForURL(/\/examples\/plain-html\/track\.html\?storelet_order=/);
    await tracker().locator('[part~="shipment-status"]', { hasText: 'In transit' }).waitFor();
    assert.match(
      (await tracker().locator('[part~="event"]').first().textContent()) ?? '',
      /Departed USPS Regional Facility[\s\S]*Memphis, TN, US/,
    );
    assert.match((await tracker().locator('[part~="estimate"]').textContent()) ?? '', /Expected/);
    assert.deepEqual(
      (await axeViolations(shopper)).map((v) => `${v.id}: ${v.help}`),
      [],
    );
  });

  it('EasyPost says delivered; the tracker shows both events, newest first', async () => {
    await deliverWebhook('delivered', { message: 'Delivered, In/At Mailbox', city: 'Brooklyn', state: 'NY' });
    await shopper.reload();
    await tracker().locator('[part~="shipment-status"]', { hasText: 'Delivered' }).waitFor();
    const events = (await tracker().locator('[part~="event"]').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    assert.match(events[0] ?? '', /Delivered, In\/At Mailbox.*Brooklyn, NY, US/);
    assert.match(events[1] ?? '', /Departed USPS Regional Facility.*Memphis, TN, US/);
    assert.deepEqual(
      (await axeViolations(shopper)).map((v) => `${v.id}: ${v.help}`),
      [],
    );
  });

  it('a guest on another device finds the order by number and email', async () => {
    const guest = await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
    await guest.goto(`${shop.url}/examples/plain-html/track.html`);
    const form = guest.locator('order-tracker');
    await form.getByLabel('Order number').fill(orderNumber);
    await form.getByLabel('Email used for the order').fill(SHOPPER);
    await form.getByRole('button', { name: 'Track order' }).click();
    await form.locator('[part~="shipment-status"]', { hasText: 'Delivered' }).waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
