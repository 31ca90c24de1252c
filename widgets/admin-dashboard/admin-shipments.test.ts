import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { AdminShipments } from './admin-shipments.ts';
import { openOrderOf, placeStickerOrder, signedInDashboard } from './admin-test-kit.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function shippingOf(email: string) {
  const element = await signedInDashboard();
  const view = await openOrderOf(element, email);
  const shipping = await waitFor<AdminShipments>(view, 'admin-shipments');
  await waitFor(shipping, '[part~="add-tracking"]');
  return { element, view, shipping };
}

function type(shipping: AdminShipments, selector: string, value: string): void {
  const input = query<HTMLInputElement | HTMLSelectElement>(shipping, selector);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

describe('<admin-dashboard>: shipping an order', () => {
  it('adds tracking for part of an order, checks the number’s format first, and shows who did it', async () => {
    const { email } = await placeStickerOrder();
    const { view, shipping } = await shippingOf(email);
    await expect(shipping).to.be.accessible();
    expect(text(query(view, '[part~="fulfillment-status"]'))).to.equal('Unfulfilled');

    type(shipping, '#carrier', 'ups');
    type(shipping, '#tracking-number', '12345');
    await shipping.updateComplete;
    expect(text(query(shipping, '#tracking-number-problem'))).to.equal(
      'This does not look like a UPS tracking number.',
    );
    expect(query<HTMLButtonElement>(shipping, '[part~="ship"]').disabled).to.equal(true);
    type(shipping, '#tracking-number', '1Z 999 AA1 0123 456 784');
    type(shipping, '[part~="ship-quantity"]', '40');
    await shipping.updateComplete;
    expect(text(query(shipping, '#tracking-number-problem'))).to.equal('');
    const ship = query<HTMLButtonElement>(shipping, '[part~="ship"]');
    expect(text(ship)).to.equal('Ship 40 units');
    const changed = oneEvent(shipping, 'storelet-admin-shipment');
    ship.click();
    await changed;
    await waitUntil(
      () => text(view.shadowRoot?.querySelector('[part~="fulfillment-status"]')) === 'Partly shipped',
      'the badge never followed',
    );
    const parcel = await waitFor(shipping, '[part~="shipment"]');
    expect(text(parcel)).to.contain('UPS 1Z999AA10123456784').and.contain('40 × ');
    expect(text(parcel.querySelector('[part~="history"]'))).to.contain(
      'Shipped (ups 1Z999AA10123456784) · owner@example.com',
    );
    expect(text(query(shipping, 'label[for^="ship-"]'))).to.contain('60 of 100 to ship');
    await expect(shipping).to.be.accessible();

    parcel.querySelector<HTMLButtonElement>('[part~="correct"]')!.click();
    await shipping.updateComplete;
    const carrier = query<HTMLSelectElement>(shipping, 'select[id^="fix-"]');
    carrier.value = 'fedex';
    carrier.dispatchEvent(new Event('change'));
    await shipping.updateComplete;
    const number = query<HTMLInputElement>(shipping, 'input[id^="fix-"]');
    number.value = '1234 5678 9012';
    number.dispatchEvent(new Event('input'));
    await shipping.updateComplete;
    await expect(shipping).to.be.accessible();
    query<HTMLButtonElement>(shipping, '[part~="save-correction"]').click();
    await waitUntil(
      () => text(shipping.shadowRoot?.querySelector('[part~="shipment"] h5')) === 'FedEx 123456789012',
      'never corrected',
    );
    expect(text(shipping.shadowRoot?.querySelector('[part~="history"]'))).to.contain(
      'Corrected (fedex 123456789012) · owner@example.com',
    );
  });

  it('ships the rest, marks a parcel delivered by hand, and cancels one entered by mistake', async () => {
    const { email } = await placeStickerOrder();
    const { view, shipping } = await shippingOf(email);
    type(shipping, '#carrier', 'other');
    type(shipping, '#tracking-number', 'VAN-77');
    query<HTMLButtonElement>(shipping, '[part~="ship"]').click();
    await waitFor(shipping, '[part~="shipment"]');
    await waitUntil(() => text(view.shadowRoot?.querySelector('[part~="fulfillment-status"]')) === 'Shipped');
    expect(text(shipping.shadowRoot?.querySelector('.section'))).to.contain('Every item has shipped.');

    query<HTMLButtonElement>(shipping, '[part~="mark-delivered"]').click();
    await waitUntil(
      () => text(shipping.shadowRoot?.querySelector('[part~="shipment-status"]')) === 'Delivered',
      'never delivered',
    );
    await waitUntil(() => text(view.shadowRoot?.querySelector('[part~="fulfillment-status"]')) === 'Delivered');
    expect(text(query(shipping, '[part~="timeline"]'))).to.contain('Delivered');
    expect(shipping.shadowRoot?.querySelector('[part~="mark-delivered"]')).to.equal(null);

    query<HTMLButtonElement>(shipping, '[part~="cancel-shipment"]').click();
    await waitUntil(
      () => text(shipping.shadowRoot?.querySelector('[part~="shipment-status"]')) === 'Cancelled',
      'never cancelled',
    );
    await waitUntil(() => text(view.shadowRoot?.querySelector('[part~="fulfillment-status"]')) === 'Unfulfilled');
    expect(queryAll(shipping, '[part~="add-tracking"]')).to.have.length(1, 'its units can ship again');
    await expect(shipping).to.be.accessible();
  });
});
