import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createAdminClient } from '../../sdk/admin/index.ts';
import { memoryStorage } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { isolatedStorefront, placeOrder, settleTestPayment, TEST_ADDRESS } from '../test-support/cart-fixtures.ts';
import { adminCredentials, apiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { AccountPanel } from './account-panel.ts';

describe('<account-panel> returns and refunds', () => {
  it('opens a delivered order’s returns and asks to return an item as the signed-in customer', async () => {
    const storefront = isolatedStorefront();
    // A customer of its own: the shared test customer's order history must stay empty for the other tests.
    const credentials = { email: `returns-${crypto.randomUUID()}@example.com`, password: 'a long customer password' };
    await storefront.account.signUp({ name: 'Rita Returns', ...credentials, address: TEST_ADDRESS });
    await storefront.account.signIn(credentials);
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

    const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
      <account-panel view="orders"></account-panel>
    </shop-provider>`);
    const panel = provider.querySelector('account-panel') as AccountPanel;
    await waitUntil(() => queryAll(panel, '[part~="returns-toggle"]').length > 0, 'no order with returns showed', {
      timeout: 8_000,
    });
    const toggle = queryAll<HTMLButtonElement>(panel, '[part~="returns-toggle"]')[0];
    toggle?.click();
    (await waitFor(panel, '[part~="return-open"]')).click();
    await panel.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    await expect(panel).to.be.accessible();

    const quantity = query<HTMLInputElement>(panel, '[part="return-quantity"]');
    quantity.value = '1';
    quantity.dispatchEvent(new Event('input'));
    const requested = oneEvent(panel, 'storelet-return-request');
    query<HTMLButtonElement>(panel, '[part~="return-submit"]').click();
    expect((await requested).detail.orderId).to.equal(order.id);
    await waitUntil(() => queryAll(panel, '[part="return-status"]').length === 1, 'the request never showed');
    expect(query(panel, '[part="return-status"]').textContent).to.contain('Requested');
    const asked = (await admin.returns.list({ status: 'requested' })).find((one) => one.orderId === order.id);
    expect(asked?.reason).to.equal('damaged');
  });
});
