import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createAdminClient } from '../../sdk/admin/index.ts';
import { memoryStorage, type Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { isolatedStorefront, placeOrder, settleTestPayment } from '../test-support/cart-fixtures.ts';
import { adminCredentials, apiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { OrderTracker } from './order-tracker.ts';

async function mount(storefront: Storefront, order = ''): Promise<OrderTracker> {
  const provider = await fixture<ShopProvider>(
    html`<shop-provider .storefront=${storefront}><order-tracker order=${order}></order-tracker></shop-provider>`,
  );
  const element = provider.querySelector('order-tracker') as OrderTracker;
  await element.updateComplete;
  return element;
}

async function admin() {
  const client = createAdminClient({ apiUrl, storage: memoryStorage(), retries: 0 });
  await client.signIn(adminCredentials);
  return client;
}

/** A paid order of 2 mugs, placed by `storefront` (which keeps its token). */
async function paidOrder(storefront: Storefront) {
  const placed = await placeOrder(storefront);
  await settleTestPayment(placed.payment.redirectUrl, 'approve');
  return placed.order;
}

const text = (element: OrderTracker, selector: string) =>
  queryAll(element, selector).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

describe('<order-tracker>', () => {
  it('without an order, offers the lookup form, accessibly', async () => {
    const element = await mount(isolatedStorefront());
    const form = await waitFor(element, '[part="lookup"]');
    await expect(element).to.be.accessible();
    expect(form.querySelector('label[for="lookup-number"]')?.textContent).to.equal('Order number');
    expect(query(element, '[part="heading"]').textContent).to.equal('Track your order');
  });

  it('shows each parcel with its status, timeline, link, estimate and contents, and announces changes', async () => {
    const storefront = isolatedStorefront();
    const order = await paidOrder(storefront);
    const owner = await admin();
    const line = order.lines[0]!;
    const first = await owner.orders.ship(order.id, {
      carrier: 'ups',
      trackingNumber: '1Z999AA10123456784',
      lines: [{ lineId: line.id, quantity: 1 }],
    });
    await owner.orders.addTrackingEvent(order.id, first.id, {
      status: 'in_transit',
      message: 'Departed facility',
      place: 'Memphis, TN, US',
      occurredAt: '2026-06-02T08:00:00Z',
    });
    await owner.orders.ship(order.id, {
      carrier: 'usps',
      trackingNumber: '9400111899223856926418',
      lines: [{ lineId: line.id, quantity: 1 }],
    });

    const updates: string[] = [];
    const element = document.createElement('order-tracker');
    element.addEventListener('storelet-shipment-update', (event) =>
      updates.push(`${event.detail.status}/${event.detail.previousStatus}`),
    );
    element.order = order.id;
    const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}></shop-provider>`);
    provider.append(element);
    await waitFor(element, '[part="shipment"]');
    await expect(element).to.be.accessible();

    expect(query(element, '[part="heading"]').textContent).to.equal(`Order ${order.number}`);
    expect(text(element, '[part="shipment-status"]')).to.deep.equal(['In transit', 'Label created']);
    expect(text(element, '[part="event"]')[0]).to.contain('Departed facility').and.contain('Memphis, TN, US');
    expect(query(element, '[part="event"] time').getAttribute('datetime')).to.equal('2026-06-02T08:00:00.000Z');
    const link = query<HTMLAnchorElement>(element, '[part="tracking-link"]');
    expect(link.href).to.equal('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(link.rel).to.contain('noopener');
    expect(text(element, '[part="item"]')[0]).to.contain('1 × Enamel Camp Mug');
    expect(query(element, '[part="status"]').getAttribute('role')).to.equal('status');
    expect(query(element, '[part="status"]').textContent).to.contain(`Order ${order.number}: 2 parcels.`);
    expect(updates).to.deep.equal(['in_transit/null', 'pre_transit/null']);

    await owner.orders.addTrackingEvent(order.id, first.id, { status: 'delivered', place: 'Austin, TX, US' });
    const heard = oneEvent(element, 'storelet-shipment-update');
    await element.refresh();
    expect((await heard).detail).to.deep.include({
      shipmentId: first.id,
      status: 'delivered',
      previousStatus: 'in_transit',
    });
    await element.updateComplete;
    expect(query(element, '[part="status"]').textContent).to.equal('Tracking updated. Parcel 1: Delivered.');
    expect(text(element, '[part="shipment-status"]')[0]).to.equal('Delivered');
    await expect(element).to.be.accessible();
  });

  it('says plainly when nothing has shipped yet', async () => {
    const storefront = isolatedStorefront();
    const order = await paidOrder(storefront);
    const element = await mount(storefront, order.id);
    await waitFor(element, '[part="empty"]');
    expect(query(element, '[part="empty"]').textContent).to.contain('Nothing has shipped yet');
    await expect(element).to.be.accessible();
  });

  it('finds a guest’s order by number and email, and says so when either is wrong', async () => {
    const order = await paidOrder(isolatedStorefront());
    const element = await mount(isolatedStorefront());
    const form = await waitFor<HTMLFormElement>(element, '[part="lookup"]');
    const fill = async (number: string, email: string) => {
      query<HTMLInputElement>(element, '#lookup-number').value = number;
      query<HTMLInputElement>(element, '#lookup-email').value = email;
      form.requestSubmit();
    };
    await fill(order.number, 'someone.else@example.com');
    await waitFor(element, '[part="lookup"] [role="alert"]');
    expect(query(element, '[part="lookup"] [role="alert"]').textContent).to.contain(
      'could not find an order with this number and email',
    );
    await expect(element).to.be.accessible();
    await fill(order.number, 'ADA@example.com');
    await waitUntil(
      () => query(element, '[part="heading"]').textContent === `Order ${order.number}`,
      'the order never opened',
    );
  });

  it('an order this device cannot open asks for the number and email', async () => {
    const order = await paidOrder(isolatedStorefront());
    const element = await mount(isolatedStorefront(), order.id);
    await waitFor(element, '[part="lookup"]');
    expect(query(element, '#lookup-intro').textContent).to.contain('Enter your order number');
  });
});
