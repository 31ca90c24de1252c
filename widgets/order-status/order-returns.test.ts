import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createAdminClient } from '../../sdk/admin/index.ts';
import { memoryStorage, type Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { isolatedStorefront, placeOrder, settleTestPayment } from '../test-support/cart-fixtures.ts';
import { adminCredentials, apiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { OrderStatusElement } from './order-status.ts';

/** A paid order, shipped and marked delivered by the admin: ready to be returned. */
async function deliveredOrder(storefront: Storefront) {
  const { order, payment } = await placeOrder(storefront);
  await settleTestPayment(payment.redirectUrl, 'approve');
  const admin = createAdminClient({ apiUrl, storage: memoryStorage() });
  await admin.signIn(adminCredentials);
  const shipment = await admin.orders.ship(order.id, {
    carrier: 'ups',
    trackingNumber: '1Z999AA10123456784',
    lines: order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })),
  });
  await admin.orders.addTrackingEvent(order.id, shipment.id, { status: 'delivered' });
  return { order, admin };
}

async function mount(storefront: Storefront, orderId: string): Promise<OrderStatusElement> {
  const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
    <order-status order=${orderId}></order-status>
  </shop-provider>`);
  const element = provider.querySelector('order-status') as OrderStatusElement;
  await element.updateComplete;
  return element;
}

describe('<order-status> returns and refunds', () => {
  it('asks to return items of a delivered order, then shows each step and the refund', async () => {
    const storefront = isolatedStorefront();
    const { order, admin } = await deliveredOrder(storefront);
    const element = await mount(storefront, order.id);
    const open = await waitFor(element, '[part~="return-open"]');
    await expect(element).to.be.accessible();
    open.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();

    // Nothing chosen: the form says so rather than sending.
    query<HTMLButtonElement>(element, '[part~="return-submit"]').click();
    await waitUntil(() => queryAll(element, '[part="error"]').length > 0);
    expect(query(element, '[part="error"]').textContent).to.contain('Choose at least one item');

    const quantity = query<HTMLInputElement>(element, '[part="return-quantity"]');
    quantity.value = '1';
    quantity.dispatchEvent(new Event('input'));
    const reason = query<HTMLSelectElement>(element, '[part="return-reason"]');
    reason.value = 'wrong_item';
    reason.dispatchEvent(new Event('change'));
    const note = query<HTMLTextAreaElement>(element, '[part="return-note"]');
    note.value = 'Ordered the blue one';
    note.dispatchEvent(new Event('input'));
    const requested = oneEvent(element, 'storelet-return-request');
    query<HTMLButtonElement>(element, '[part~="return-submit"]').click();
    const { detail } = await requested;
    expect(detail.orderId).to.equal(order.id);
    await waitUntil(() => queryAll(element, '[part="return-status"]').length === 1, 'the request never showed');
    expect(query(element, '[part="return-status"]').textContent).to.contain('Requested');

    await admin.returns.decide(order.id, detail.returnId, { decision: 'approve', message: 'Send it with the label.' });
    await admin.returns.receive(order.id, detail.returnId);
    await admin.returns.refund(order.id, detail.returnId, { restock: true });
    element.order = '';
    await element.updateComplete;
    element.order = order.id;
    await waitUntil(() => queryAll(element, '[part="refund"]').length === 1, 'the refund never showed');
    expect(query(element, '[part="return-status"]').textContent).to.contain('Refunded');
    expect(query(element, '[part="return-message"]').textContent).to.contain('Send it with the label.');
    expect(query(element, '[part="refund"]').textContent).to.contain('refunded');
    expect(query(element, '[part="heading"]').textContent).to.contain('Part of this order was refunded');
    await expect(element).to.be.accessible();
  });

  it('shows the server’s refusal (more units than were bought are left)', async () => {
    const storefront = isolatedStorefront();
    const { order } = await deliveredOrder(storefront);
    await storefront.orders.requestReturn(order.id, {
      lines: order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })),
      reason: 'damaged',
    });
    const element = await mount(storefront, order.id);
    (await waitFor(element, '[part~="return-open"]')).click();
    await element.updateComplete;
    const quantity = query<HTMLInputElement>(element, '[part="return-quantity"]');
    quantity.value = '1';
    quantity.dispatchEvent(new Event('input'));
    const failed = oneEvent(element, 'storelet-error');
    query<HTMLButtonElement>(element, '[part~="return-submit"]').click();
    expect((await failed).detail.code).to.equal('return_not_allowed');
    await waitUntil(() => queryAll(element, '[part="error"]').length > 0);
    expect(query(element, '[part="error"]').getAttribute('role')).to.equal('alert');
  });
});
