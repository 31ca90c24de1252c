import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../test-support/define-all.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { cartWith, isolatedStorefront } from '../test-support/cart-fixtures.ts';
import { query } from '../test-support/test-server.ts';
import type { CartButton } from './cart-button.ts';

async function mount(storefront = isolatedStorefront()) {
  const provider = await fixture<ShopProvider>(
    html`<shop-provider .storefront=${storefront}><cart-button></cart-button></shop-provider>`,
  );
  const button = provider.querySelector('cart-button') as CartButton;
  await button.updateComplete;
  return { storefront, button, inner: query<HTMLButtonElement>(button, 'button') };
}

describe('<cart-button>', () => {
  it('is accessible', async () => {
    const { button } = await mount();
    await expect(button).to.be.accessible();
  });

  it('names itself with the item count, and updates it when something is added', async () => {
    const { storefront, button, inner } = await mount();
    expect(inner.getAttribute('aria-label')).to.equal('Cart, 0 items');
    expect(button.shadowRoot?.querySelector('[part="count"]')).to.equal(null);
    await cartWith(storefront, 3);
    await waitUntil(() => inner.getAttribute('aria-label') === 'Cart, 3 items', 'the count never reached 3');
    expect(query(button, '[part="count"]').textContent?.trim()).to.equal('3');
    await expect(button).to.be.accessible();
  });

  it('loads the stored cart when it connects', async () => {
    const storefront = isolatedStorefront();
    await cartWith(storefront, 1);
    // A new page with the same storage: the store knows only the cart id, and the button loads the rest.
    const reloaded = isolatedStorefront({ storage: storageWith(storefront) });
    const { inner } = await mount(reloaded);
    await waitUntil(() => inner.getAttribute('aria-label') === 'Cart, 1 item', 'the stored cart was not loaded');
  });

  it('asks for the cart drawer with a cancelable storelet-cart-open', async () => {
    const { button, inner } = await mount();
    setTimeout(() => inner.click());
    const event = await oneEvent(button, 'storelet-cart-open');
    expect(event.detail).to.deep.equal({ trigger: 'button' });
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('takes a custom icon and visible text through slots', async () => {
    const provider = await fixture<ShopProvider>(
      html`<shop-provider .storefront=${isolatedStorefront()}
        ><cart-button label="Basket"><span slot="icon">🧺</span>Basket</cart-button></shop-provider
      >`,
    );
    const button = provider.querySelector('cart-button') as CartButton;
    await button.updateComplete;
    expect(query(button, 'button').getAttribute('aria-label')).to.equal('Basket, 0 items');
    const icon = query<HTMLSlotElement>(button, 'slot[name="icon"]').assignedElements();
    expect(icon[0]?.textContent).to.equal('🧺');
  });
});

/** A storage holding only what `storefront` stored about its cart: its id. */
function storageWith(storefront: ReturnType<typeof isolatedStorefront>) {
  const cartId = storefront.cart.$cart.get()?.id ?? '';
  const values = new Map([[`storelet:${storefront.apiUrl}:cart`, cartId]]);
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}
