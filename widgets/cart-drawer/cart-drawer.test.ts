import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Storefront } from '../../sdk/index.ts';
import '../test-support/define-all.ts';
import type { CartButton } from '../cart-button/cart-button.ts';
import { deepActiveElement } from '../shared/modal-controller.ts';
import type { ShopProvider } from '../shop-provider/shop-provider.ts';
import { cartWith, isolatedStorefront } from '../test-support/cart-fixtures.ts';
import { stickerCart } from '../test-support/sticker-fixtures.ts';
import { query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { CartDrawer } from './cart-drawer.ts';

type Mounted = {
  storefront: Storefront;
  provider: ShopProvider;
  drawer: CartDrawer;
  cartButton: CartButton;
  dialog: HTMLDialogElement;
};

async function mount(storefront: Storefront = isolatedStorefront()): Promise<Mounted> {
  const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
    <button id="outside" type="button">Outside</button>
    <cart-button></cart-button>
    <cart-drawer></cart-drawer>
  </shop-provider>`);
  const drawer = provider.querySelector('cart-drawer') as CartDrawer;
  const cartButton = provider.querySelector('cart-button') as CartButton;
  await drawer.updateComplete;
  return { storefront, provider, drawer, cartButton, dialog: query<HTMLDialogElement>(drawer, 'dialog') };
}

/** Mounts with a cart of `quantity` mugs and opens the drawer on its lines. */
async function mountOpen(quantity = 1): Promise<Mounted> {
  const storefront = isolatedStorefront();
  await cartWith(storefront, quantity);
  const mounted = await mount(storefront);
  mounted.drawer.show();
  await waitFor(mounted.drawer, '[part="line"]');
  return mounted;
}

function text(drawer: CartDrawer, selector: string): string {
  return query(drawer, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The value of a totals row by its label. */
function totalsRow(drawer: CartDrawer, label: string): string | undefined {
  const row = queryAll(drawer, '.totals .row').find((candidate) =>
    candidate.querySelector('dt')?.textContent?.trim().startsWith(label),
  );
  return row?.querySelector('dd')?.textContent?.trim();
}

/** Whether `node` is `host` or inside it, through shadow roots and slots. */
function isInside(node: Node | null, host: Element): boolean {
  for (let current = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === host) return true;
    if (current instanceof HTMLElement && current.assignedSlot && isInside(current.assignedSlot, host)) return true;
  }
  return false;
}

describe('<cart-drawer>', () => {
  it('is accessible when open with lines', async () => {
    const { drawer } = await mountOpen(2);
    await waitUntil(() => !drawer.storefront?.cart.$pending.get());
    await expect(drawer).to.be.accessible();
  });

  it('adds no landmark of its own to a page that has its banner and content info, nor does its checkout dialog', async () => {
    const storefront = isolatedStorefront();
    await cartWith(storefront, 1);
    const page = await fixture<HTMLElement>(html`<div>
      <header><p>Shop</p></header>
      <main><p>Products</p></main>
      <shop-provider .storefront=${storefront}><cart-drawer open></cart-drawer></shop-provider>
      <footer><p>© Shop</p></footer>
    </div>`);
    const drawer = page.querySelector('cart-drawer') as CartDrawer;
    await waitFor(drawer, '[part="line"]');
    await waitUntil(() => !storefront.cart.$pending.get());
    await expect(page).to.be.accessible();

    const checkout = query(drawer, 'checkout-button');
    await waitUntil(
      () => checkout.shadowRoot?.querySelector('[part~="button"]:enabled'),
      'the checkout button never enabled',
    );
    query<HTMLButtonElement>(checkout, '[part~="button"]').click();
    await waitUntil(() => query<HTMLDialogElement>(checkout, 'dialog').open && !storefront.cart.$pending.get());
    await expect(page).to.be.accessible();
  });

  it('opens from the cart button, traps focus, closes on Escape and gives focus back', async () => {
    const { drawer, cartButton, dialog, provider } = await mount();
    const opener = query<HTMLButtonElement>(cartButton, 'button');
    opener.focus();
    opener.click();
    await waitUntil(() => dialog.open, 'the drawer did not open');
    expect(drawer.open).to.equal(true);
    expect(document.documentElement.style.overflow).to.equal('hidden');
    expect(deepActiveElement()).to.equal(query(drawer, '[part="close"]'));

    // Everything else is inert: the outside button cannot take focus, and Tab stays in the drawer.
    const outside = provider.querySelector<HTMLButtonElement>('#outside');
    outside?.focus();
    expect(document.activeElement).not.to.equal(outside);
    for (let press = 0; press < 6; press++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (active && active !== document.body)
        expect(isInside(active, drawer), `Tab ${press} left the drawer`).to.equal(true);
    }

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the drawer');
    expect(drawer.open).to.equal(false);
    expect(document.documentElement.style.overflow).to.equal('');
    expect(deepActiveElement()).to.equal(opener);
  });

  it('closes on a backdrop click, and on the close button', async () => {
    const { drawer, dialog } = await mount();
    drawer.show();
    await waitUntil(() => dialog.open);
    // The panel sits at the inline end; the left edge of the viewport is backdrop.
    await sendMouse({ type: 'click', position: [5, 300] });
    await waitUntil(() => !dialog.open, 'a backdrop click did not close the drawer');

    drawer.setAttribute('open', '');
    await waitUntil(() => dialog.open, 'the open attribute did not open the drawer');
    query<HTMLButtonElement>(drawer, '[part="close"]').click();
    await waitUntil(() => !dialog.open);
    expect(drawer.hasAttribute('open')).to.equal(false);
  });

  it('shows the empty state with a slot for the host', async () => {
    const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${isolatedStorefront()}>
      <cart-drawer open><p slot="empty">Nothing here yet</p></cart-drawer>
    </shop-provider>`);
    const drawer = provider.querySelector('cart-drawer') as CartDrawer;
    const empty = await waitFor(drawer, '[part="empty"]');
    const slotted = query<HTMLSlotElement>(drawer, 'slot[name="empty"]').assignedElements();
    expect(slotted[0]?.textContent).to.equal('Nothing here yet');
    expect(empty.querySelector('button')?.textContent?.trim()).to.equal('Continue shopping');
  });

  it('shows each line with its image, title, variant, unit price and total', async () => {
    const { drawer } = await mountOpen(2);
    expect(text(drawer, '[part="line-title"]')).to.equal('Enamel Camp Mug');
    expect(text(drawer, '[part="line-variant"]')).to.equal('White');
    expect(text(drawer, '[part="line-price"]')).to.equal('$18.00 each');
    expect(text(drawer, '[part="line-total"]')).to.equal('$36.00');
    expect(query<HTMLImageElement>(drawer, 'img[part="line-image"]').src).to.match(/^http/);
    expect(totalsRow(drawer, 'Shipping')).to.equal('Calculated at checkout');
  });

  it('changes the quantity with the stepper and shows the totals the server computed', async () => {
    const { drawer } = await mountOpen(1);
    const increase = query<HTMLButtonElement>(drawer, '[aria-label="Increase quantity of Enamel Camp Mug (White)"]');
    const decrease = query<HTMLButtonElement>(drawer, '[aria-label="Decrease quantity of Enamel Camp Mug (White)"]');
    expect(decrease.getAttribute('aria-disabled')).to.equal('true');
    setTimeout(() => increase.click());
    const change = await oneEvent(drawer, 'storelet-cart-change');
    expect(change.detail.action).to.equal('quantity');
    expect(change.detail.cart.lines[0]?.quantity).to.equal(2);
    await waitUntil(() => totalsRow(drawer, 'Subtotal') === '$36.00', 'the subtotal did not follow');
    expect(text(drawer, '[part="line-total"]')).to.equal('$36.00');

    const input = query<HTMLInputElement>(drawer, '[part="quantity-input"]');
    expect(input.getAttribute('aria-label')).to.equal('Quantity of Enamel Camp Mug (White)');
    input.value = '4';
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => totalsRow(drawer, 'Total') === '$72.00', 'typing a quantity did not reprice the cart');
    expect(decrease.getAttribute('aria-disabled')).to.equal('false');
  });

  it('bounds a typed quantity by the stock available and by 999', async () => {
    const { drawer, storefront } = await mountOpen(1);
    const line = storefront.cart.$cart.get()?.lines[0];
    const input = query<HTMLInputElement>(drawer, '[part="quantity-input"]');
    expect(Number(input.max)).to.equal(Math.min(999, line?.available ?? 0));
    input.value = '5000';
    input.dispatchEvent(new Event('change'));
    await waitUntil(
      () => storefront.cart.$cart.get()?.lines[0]?.quantity === line?.available,
      'the quantity was not bounded',
    );
    // Said, not silently done.
    expect(text(drawer, '[part="line-note"]')).to.equal(`Only ${line?.available} left.`);
    expect(query(drawer, '[part="line-note"]').getAttribute('role')).to.equal('status');

    // Back at the stock by the stepper, the line says it in the same words.
    query<HTMLButtonElement>(drawer, '[part="quantity-button"][aria-label^="Decrease"]').click();
    await waitUntil(
      () =>
        storefront.cart.$cart.get()?.lines[0]?.quantity === (line?.available ?? 0) - 1 &&
        !storefront.cart.$pending.get(),
    );
    query<HTMLButtonElement>(drawer, '[part="quantity-button"][aria-label^="Increase"]').click();
    await waitUntil(
      () => storefront.cart.$cart.get()?.lines[0]?.quantity === line?.available && !storefront.cart.$pending.get(),
    );
    await drawer.updateComplete;
    expect(text(drawer, '[part="line-note"]')).to.equal(`Only ${line?.available} left.`);
  });

  it('adds no note to a typed quantity within the stock', async () => {
    const { drawer, storefront } = await mountOpen(1);
    const input = query<HTMLInputElement>(drawer, '[part="quantity-input"]');
    input.value = '2';
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => storefront.cart.$cart.get()?.lines[0]?.quantity === 2 && !storefront.cart.$pending.get());
    expect(text(drawer, '[part="line-note"]')).to.equal('', 'no note while the quantity is within the stock');
  });

  it('shows an update at once, says it is pending, and rolls back a refused change with its message', async () => {
    let slow = false;
    const storefront = isolatedStorefront({
      fetch: async (input, init) => {
        if (slow) await aTimeout(400);
        return fetch(input, init);
      },
    });
    await cartWith(storefront, 1);
    const { drawer } = await mount(storefront);
    drawer.show();
    await waitFor(drawer, '[part="line"]');

    slow = true;
    query<HTMLButtonElement>(drawer, '[aria-label^="Increase quantity"]').click();
    await waitUntil(
      () => query<HTMLInputElement>(drawer, '[part="quantity-input"]').value === '2',
      'no optimistic update',
    );
    expect(text(drawer, '[part="pending"]')).to.equal('Updating prices…');
    await waitUntil(() => text(drawer, '[part="pending"]') === '', 'the pending hint stayed');
    slow = false;

    const line = storefront.cart.$cart.get()?.lines[0];
    await storefront.cart.setQuantity(line?.id ?? '', 998).catch(() => undefined);
    await waitUntil(() => text(drawer, '[part="error"]') !== '', 'the refusal was not shown');
    expect(query(drawer, '[part="error"]').getAttribute('role')).to.equal('alert');
    expect(text(drawer, '[part="error"]')).to.match(/available|sold out/i);
    expect(query<HTMLInputElement>(drawer, '[part="quantity-input"]').value).to.equal('2');
  });

  it('removes a line, keeping focus in the drawer', async () => {
    const { drawer } = await mountOpen(1);
    const remove = query<HTMLButtonElement>(drawer, '[part="remove"]');
    expect(remove.getAttribute('aria-label')).to.equal('Remove Enamel Camp Mug (White)');
    remove.focus();
    setTimeout(() => remove.click());
    const change = await oneEvent(drawer, 'storelet-cart-change');
    expect(change.detail.action).to.equal('remove');
    await waitFor(drawer, '[part="empty"]');
    expect(isInside(deepActiveElement(), drawer)).to.equal(true);
  });

  it('applies a discount code and removes it', async () => {
    const { drawer } = await mountOpen(2);
    const input = query<HTMLInputElement>(drawer, '[part="discount-input"]');
    input.value = 'welcome10';
    query<HTMLButtonElement>(drawer, '[part~="discount-apply"]').click();
    await waitFor(drawer, '[part="discount-code"]');
    expect(text(drawer, '[part="discount-code"]')).to.equal('WELCOME10');
    expect(totalsRow(drawer, 'Discount')).to.equal('−$3.60');
    expect(totalsRow(drawer, 'Total')).to.equal('$32.40');

    query<HTMLButtonElement>(drawer, '[part="discount-remove"]').click();
    await waitFor(drawer, '[part="discount-input"]');
    await waitUntil(() => totalsRow(drawer, 'Discount') === undefined && totalsRow(drawer, 'Total') === '$36.00');
  });

  it("shows the server's refusal of a code under the field", async () => {
    const { drawer } = await mountOpen(2);
    const input = query<HTMLInputElement>(drawer, '[part="discount-input"]');
    input.value = 'SUMMER24';
    setTimeout(() => query<HTMLButtonElement>(drawer, '[part~="discount-apply"]').click());
    const error = await oneEvent(drawer, 'storelet-error');
    expect(error.detail.code).to.equal('discount_expired');
    await waitUntil(() => text(drawer, '[part="discount-message"]') !== '');
    expect(text(drawer, '[part="discount-message"]')).to.equal('The code SUMMER24 has expired.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // Shown once, by the field: not again in the banner at the top.
    expect(text(drawer, '[part="error"]')).to.equal('');
    await expect(drawer).to.be.accessible();

    input.value = 'NOPE';
    query<HTMLButtonElement>(drawer, '[part~="discount-apply"]').click();
    await waitUntil(() => text(drawer, '[part="discount-message"]') === 'The code NOPE is not valid.');
  });

  it('estimates shipping by country and lets the shopper pick a method', async () => {
    const { drawer, storefront } = await mountOpen(2);
    const select = query<HTMLSelectElement>(drawer, '[part="country-select"]');
    expect(select.value).to.equal('');
    select.value = 'US';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => queryAll(drawer, '[part="shipping-option"]').length === 2, 'no shipping options for the US');
    const options = queryAll(drawer, '[part="shipping-option"]');
    expect(options[0]?.textContent).to.contain('Standard');
    expect(options[0]?.querySelector('input')?.checked).to.equal(true);
    expect(totalsRow(drawer, 'Shipping')).to.equal('$6.99');

    const express = options[1]?.querySelector('input');
    express?.click();
    await waitUntil(
      () => storefront.cart.$cart.get()?.shippingMethod === 'ship_us_express' && !storefront.cart.$pending.get(),
    );
    expect(totalsRow(drawer, 'Shipping')).to.equal('$14.99');

    // A US cart without a state: its tax is not known yet, and not shown as $0.00.
    expect(storefront.cart.$cart.get()?.totals.taxUnknown).to.equal(true);
    expect(totalsRow(drawer, 'Tax')).to.equal('Calculated at checkout');
    await storefront.cart.setDestination('US', 'TX');
    await waitUntil(() => totalsRow(drawer, 'Tax')?.startsWith('$'), 'the tax was not shown once the state was known');
    expect(totalsRow(drawer, 'Tax')).to.not.equal('$0.00');

    select.value = 'GB';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => storefront.cart.$cart.get()?.country === 'GB' && !storefront.cart.$pending.get());
    // VAT-inclusive country: no tax row, the included VAT is shown under the total.
    expect(totalsRow(drawer, 'Tax')).to.equal(undefined);
    expect(totalsRow(drawer, 'Including tax')).to.match(/^\$/);
  });

  it("adds <product-detail>'s add to cart to the cart and opens the drawer", async () => {
    const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${isolatedStorefront()}>
      <product-detail product="enamel-camp-mug"></product-detail>
      <cart-drawer></cart-drawer>
    </shop-provider>`);
    const detail = provider.querySelector('product-detail') as HTMLElement;
    const drawer = provider.querySelector('cart-drawer') as CartDrawer;
    const add = await waitFor<HTMLButtonElement>(detail, '[part~="add-to-cart"]');
    add.click();
    const change = await oneEvent(detail, 'storelet-cart-change');
    expect(change.detail.action).to.equal('add');
    expect(drawer.open).to.equal(true);
    await waitFor(drawer, '[part="line"]');
    expect(text(drawer, '[part="line-title"]')).to.equal('Enamel Camp Mug');
  });

  it('leaves an add to cart that a listener cancelled to the host', async () => {
    const storefront = isolatedStorefront();
    const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
      <product-detail product="enamel-camp-mug"></product-detail>
      <cart-drawer></cart-drawer>
    </shop-provider>`);
    const veto = (event: Event) => event.preventDefault();
    window.addEventListener('storelet-add-to-cart', veto);
    try {
      const detail = provider.querySelector('product-detail') as HTMLElement;
      (await waitFor<HTMLButtonElement>(detail, '[part~="add-to-cart"]')).click();
      await aTimeout(300);
      expect(storefront.cart.$cart.get()).to.equal(null);
      expect((provider.querySelector('cart-drawer') as CartDrawer).open).to.equal(false);
    } finally {
      window.removeEventListener('storelet-add-to-cart', veto);
    }
  });

  it('hosts a checkout button in its footer, which a slot may replace', async () => {
    const { drawer, dialog } = await mountOpen(1);
    const checkout = drawer.shadowRoot?.querySelector('checkout-button');
    expect(checkout).to.exist;
    // The checkout dialog opens over the drawer; Escape closes only the top one.
    await waitUntil(
      () => checkout?.shadowRoot?.querySelector('[part~="button"]:enabled'),
      'the checkout button never enabled',
    );
    const checkoutButton = checkout?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]');
    checkoutButton?.focus();
    checkoutButton?.click();
    const checkoutDialog = checkout?.shadowRoot?.querySelector('dialog');
    await waitUntil(() => checkoutDialog?.open, 'the checkout dialog did not open');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !checkoutDialog?.open);
    expect(dialog.open).to.equal(true);
    expect(deepActiveElement()).to.equal(checkoutButton);
    expect(document.documentElement.style.overflow).to.equal('hidden');

    const storefront = isolatedStorefront();
    await cartWith(storefront, 1);
    const provider = await fixture<ShopProvider>(html`<shop-provider .storefront=${storefront}>
      <cart-drawer open><a slot="footer" href="/checkout">Go to checkout</a></cart-drawer>
    </shop-provider>`);
    const custom = provider.querySelector('cart-drawer') as CartDrawer;
    await waitFor(custom, '[part="line"]');
    const slotted = query<HTMLSlotElement>(custom, 'slot[name="footer"]').assignedElements();
    expect(slotted[0]?.textContent).to.equal('Go to checkout');
  });

  it('shows a sticker line with its design, specs and file name, and steps its quantity along the usual runs', async () => {
    const storefront = isolatedStorefront();
    const cart = await stickerCart(storefront, 50);
    const { drawer } = await mount(storefront);
    drawer.show();
    await waitFor(drawer, '[part~="line-file"]');
    const sticker = cart.lines[0]!.sticker!;
    expect(text(drawer, '[part~="line-sticker"]')).to.equal(sticker.summary);
    expect(text(drawer, '[part~="line-file"]')).to.equal('logo.png');
    expect(query<HTMLImageElement>(drawer, 'img[part~="line-image"]').src).to.contain(
      new URL(sticker.upload.previewUrl!, storefront.apiUrl).pathname,
    );
    await expect(drawer).to.be.accessible();
    const total = text(drawer, '[part~="line-total"]');
    queryAll<HTMLButtonElement>(drawer, '[part~="quantity-button"]')[1]!.click();
    await waitUntil(
      () => storefront.cart.$cart.get()?.lines[0]?.quantity === 100 && !storefront.cart.$pending.get(),
      'the line did not go to 100',
    );
    await drawer.updateComplete;
    expect(query<HTMLInputElement>(drawer, '[part~="quantity-input"]').value).to.equal('100');
    expect(text(drawer, '[part~="line-total"]')).not.to.equal(total);
  });
});
