import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { isolatedStorefront, placeOrder, settleTestPayment } from '../test-support/cart-fixtures.ts';
import { pngFile } from '../test-support/sticker-fixtures.ts';
import { query, waitFor } from '../test-support/test-server.ts';
import { chooseFile, mount, text } from './configurator-test-kit.ts';
import type { StickerConfigurator } from './sticker-configurator.ts';

const addButton = (element: StickerConfigurator) => query<HTMLButtonElement>(element, '[part~="add-to-cart"]');

async function addToCart(element: StickerConfigurator) {
  await waitUntil(() => !addButton(element).disabled, 'add to cart stayed disabled');
  setTimeout(() => addButton(element).click());
  return (await oneEvent(element, 'storelet-cart-change')).detail.cart;
}

describe('<sticker-configurator> after a checkout', () => {
  it('sends a design to a new cart when the stored one was checked out and its payment declined', async () => {
    const storefront = isolatedStorefront();
    const { order, payment } = await placeOrder(storefront);
    await settleTestPayment(payment.redirectUrl, 'decline');
    const checkedOut = storefront.orders.pendingCheckout()!.cartId;
    expect(storefront.cart.$cart.get()?.id).to.equal(checkedOut, 'the store still holds the checked-out cart');

    const element = await mount(storefront);
    chooseFile(element, await pngFile());
    await waitFor(element, '[part~="design"]', 10_000);
    expect(text(element, '[part~="upload-error"]')).to.equal('');
    const cart = await addToCart(element);
    expect(cart.id).not.to.equal(checkedOut);
    expect(cart.lines.map((line: { kind: string }) => line.kind)).to.deep.equal(['sticker']);
    expect(storefront.cart.$cart.get()?.id).to.equal(cart.id);
    expect(storefront.orders.pendingCheckout()).to.deep.include(
      { orderId: order.id, cartId: checkedOut },
      'the order can still be paid again',
    );
  });

  it('sends the design again when its cart is checked out before the add', async () => {
    const storefront = isolatedStorefront();
    const element = await mount(storefront);
    chooseFile(element, await pngFile('late.png'));
    await waitFor(element, '[part~="design"]', 10_000);
    const first = storefront.cart.$cart.get()!.id;
    await placeOrder(storefront); // in another tab, say: the cart holding the design becomes an order
    expect(storefront.cart.$cart.get()?.id).to.equal(first);

    const cart = await addToCart(element);
    expect(cart.id).not.to.equal(first);
    expect(cart.lines).to.have.length(1);
    expect(cart.lines[0].sticker.upload.fileName).to.equal('late.png');
    expect(text(element, '[part~="add-error"]')).to.equal('');
  });
});
