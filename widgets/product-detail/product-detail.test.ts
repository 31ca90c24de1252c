import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../test-support/define-all.ts';
import { formatMoney, type Product, type Variant } from '../../sdk/index.ts';
import type { ProductDetail } from './product-detail.ts';
import { findProduct } from '../test-support/catalog.ts';
import { apiUrl, closedApiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';

async function shopDetail(product: string, api = apiUrl): Promise<ProductDetail> {
  const provider = await fixture(
    html`<shop-provider api=${api}><product-detail product=${product}></product-detail></shop-provider>`,
  );
  const detail = provider.querySelector('product-detail')!;
  await waitFor(detail, '[part~="title"], .state');
  await detail.updateComplete;
  return detail;
}

/** Clicks the radios of `variant`'s options, as a shopper would. */
async function pickVariant(detail: ProductDetail, product: Product, variant: Variant): Promise<void> {
  const groups = queryAll(detail, '[part~="option"]');
  for (const [index, option] of product.options.entries()) {
    const radio = [...groups[index]!.querySelectorAll('input')].find(
      (input) => input.value === variant.options[option.name],
    );
    radio!.click();
    await detail.updateComplete;
  }
}

const text = (detail: ProductDetail, selector: string) =>
  query(detail, selector).textContent!.replace(/\s+/g, ' ').trim();
const addButton = (detail: ProductDetail) => query<HTMLButtonElement>(detail, '[part~="add-to-cart"]');
const quantityInput = (detail: ProductDetail) => query<HTMLInputElement>(detail, '#quantity');
const inStock = (variant: Variant) => variant.stock.state !== 'sold_out';

describe('<product-detail>', () => {
  it('is accessible and shows the product with its first buyable variant', async () => {
    const product = await findProduct(
      (p) => p.images.length > 1 && p.variants.length > 1,
      'product with a gallery and variants',
    );
    const detail = await shopDetail(product.handle);
    await expect(detail).to.be.accessible();
    const variant = product.variants.find(inStock)!;
    expect(text(detail, '[part~="title"]')).to.equal(product.title);
    expect(text(detail, '[part~="price"]')).to.contain(formatMoney(variant.price));
    expect(text(detail, '[part~="description"]')).to.contain(
      product.description.trim().split(/\s+/).slice(0, 4).join(' '),
    );
    const checked = queryAll<HTMLInputElement>(detail, '[part~="option"] input:checked').map((input) => input.value);
    expect(checked).to.deep.equal(product.options.map((option) => variant.options[option.name]));
  });

  it('offers the sticker configurator for a custom sticker product instead of a variant picker', async () => {
    const product = await findProduct((p) => p.kind === 'sticker', 'custom sticker product');
    const detail = await shopDetail(product.handle);
    const configurator = query(detail, 'sticker-configurator');
    expect(configurator.getAttribute('product')).to.equal(product.handle);
    expect(detail.shadowRoot!.querySelector('[part~="add-to-cart"]')).to.equal(null);
    expect(detail.shadowRoot!.querySelector('[part~="option"]')).to.equal(null);
    // The catalog price means nothing for a made-to-order run; the configurator shows the server's quote.
    expect(detail.shadowRoot!.querySelector('[part~="price"]')).to.equal(null);
  });

  it('finds a product by id as well as by handle', async () => {
    const product = await findProduct(() => true, 'product');
    const detail = await shopDetail(product.id);
    await expect(detail).to.be.accessible();
    expect(text(detail, '[part~="title"]')).to.equal(product.title);
  });

  it('switches variants: price and stock follow, and the change is announced as an event', async () => {
    const product = await findProduct(
      (p) => new Set(p.variants.filter(inStock).map((v) => v.price.amount)).size > 1,
      'product whose variants differ in price',
    );
    const detail = await shopDetail(product.handle);
    await expect(detail).to.be.accessible();
    const first = product.variants.find(inStock)!;
    const other = product.variants.find((v) => inStock(v) && v.price.amount !== first.price.amount)!;
    setTimeout(() => void pickVariant(detail, product, other));
    const change = await oneEvent(detail, 'storelet-variant-change');
    await waitUntil(() => text(detail, '[part~="price"]').includes(formatMoney(other.price)), 'price did not follow');
    expect(change.detail.productId).to.equal(product.id);
    const stock = other.stock.state === 'low_stock' ? `Only ${other.stock.available} left` : 'In stock';
    expect(text(detail, '[part~="stock"]')).to.equal(stock);
  });

  it('says "Only N left" for a low-stock variant and bounds the quantity by it', async () => {
    const product = await findProduct(
      (p) => p.variants.some((v) => v.stock.state === 'low_stock' && v.stock.available > 1),
      'low-stock variant',
    );
    const low = product.variants.find((v) => v.stock.state === 'low_stock' && v.stock.available > 1)!;
    const detail = await shopDetail(product.handle);
    await expect(detail).to.be.accessible();
    if (product.variants.length > 1) await pickVariant(detail, product, low);
    expect(text(detail, '[part~="stock"]')).to.equal(`Only ${low.stock.available} left`);
    const input = quantityInput(detail);
    expect(input.max).to.equal(String(low.stock.available));
    const [decrease, increase] = queryAll<HTMLButtonElement>(detail, '[part~="quantity-button"]');
    expect(decrease!.getAttribute('aria-disabled')).to.equal('true');
    for (let i = 0; i < low.stock.available + 2; i++) increase!.click();
    await detail.updateComplete;
    expect(input.value).to.equal(String(low.stock.available));
    expect(increase!.getAttribute('aria-disabled')).to.equal('true');
    input.value = '999';
    input.dispatchEvent(new Event('change'));
    await detail.updateComplete;
    expect(input.value).to.equal(String(low.stock.available));
    expect(text(detail, '#quantity-note')).to.equal(`Only ${low.stock.available} available.`);
    input.value = '0';
    input.dispatchEvent(new Event('change'));
    await detail.updateComplete;
    expect(input.value).to.equal('1');
    expect(text(detail, '#quantity-note')).to.contain('at least 1');
  });

  it('marks a sold-out variant, and disables add to cart while it is chosen', async () => {
    const product = await findProduct(
      (p) => p.variants.some((v) => !inStock(v)) && p.variants.some(inStock),
      'product with one sold-out variant',
    );
    const soldOut = product.variants.find((v) => !inStock(v))!;
    const detail = await shopDetail(product.handle);
    await expect(detail).to.be.accessible();
    expect(addButton(detail).disabled).to.equal(false);
    await pickVariant(detail, product, soldOut);
    expect(text(detail, '[part~="stock"]')).to.equal('Sold out');
    expect(addButton(detail).disabled).to.equal(true);
    expect(addButton(detail).textContent!.trim()).to.equal('Sold out');
    const marked = queryAll(detail, '.value.sold_out').map((label) => label.textContent!.trim());
    expect(marked.some((label) => label.endsWith('(sold out)'))).to.equal(true);
    await expect(detail).to.be.accessible();
  });

  it('disables add to cart for a product that is sold out everywhere', async () => {
    const product = await findProduct((p) => p.variants.every((v) => !inStock(v)), 'sold-out product');
    const detail = await shopDetail(product.handle);
    await expect(detail).to.be.accessible();
    expect(addButton(detail).disabled).to.equal(true);
    expect(quantityInput(detail).disabled).to.equal(true);
    expect(text(detail, '[part~="stock"]')).to.equal('Sold out');
  });

  it('emits a cancelable, composed storelet-add-to-cart with the chosen variant and quantity', async () => {
    const product = await findProduct(
      (p) => p.variants.filter((v) => v.stock.available >= 2).length > 1,
      'product with two buyable variants',
    );
    const target = [...product.variants].reverse().find((v) => v.stock.available >= 2)!;
    const detail = await shopDetail(product.handle);
    await expect(detail).to.be.accessible();
    await pickVariant(detail, product, target);
    queryAll<HTMLButtonElement>(detail, '[part~="quantity-button"]')[1]!.click();
    await detail.updateComplete;
    setTimeout(() => addButton(detail).click());
    const event = await oneEvent(document, 'storelet-add-to-cart');
    expect(event.detail).to.deep.equal({ productId: product.id, variantId: target.id, quantity: 2 });
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('shows the chosen image when a thumbnail is clicked or reached with arrow keys', async () => {
    const product = await findProduct((p) => p.images.length > 2, 'product with three images');
    const detail = await shopDetail(product.handle);
    await expect(detail).to.be.accessible();
    const main = () => query<HTMLImageElement>(detail, '[part~="image"]');
    const thumbs = queryAll<HTMLButtonElement>(detail, '[part~="thumbnail"]');
    expect(thumbs).to.have.length(product.images.length);
    thumbs[1]!.click();
    await detail.updateComplete;
    expect(main().alt).to.equal(product.images[1]!.alt);
    expect(thumbs[1]!.getAttribute('aria-pressed')).to.equal('true');
    thumbs[1]!.focus();
    thumbs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await detail.updateComplete;
    expect(main().src).to.contain(product.images[2]!.url);
    expect(detail.shadowRoot!.activeElement).to.equal(thumbs[2]);
  });

  it("shows the picture of the chosen colour, and keeps the shopper's image when only the size changes", async () => {
    const product = await findProduct(
      (p) =>
        new Set(p.variants.map((v) => v.imageIndex).filter((index) => index !== null)).size > 1 && p.options.length > 1,
      'product with colours pictured and a second option',
    );
    const detail = await shopDetail(product.handle);
    await expect(detail).to.be.accessible();
    const main = () => query<HTMLImageElement>(detail, '[part~="image"]');
    const first = product.variants.find(inStock)!;
    expect(main().alt).to.equal(product.images[first.imageIndex ?? 0]!.alt);
    const colour = product.variants.find((v) => v.imageIndex !== null && v.imageIndex !== first.imageIndex)!;
    await pickVariant(detail, product, colour);
    expect(main().alt).to.equal(product.images[colour.imageIndex!]!.alt);
    expect(main().alt).to.contain(colour.options['Colour']!);
    // The shopper looks at another picture, then changes only the size: their picture stays.
    const other = (colour.imageIndex! + 1) % product.images.length;
    queryAll<HTMLButtonElement>(detail, '[part~="thumbnail"]')[other]!.click();
    await detail.updateComplete;
    const sameColour = product.variants.find((v) => v.imageIndex === colour.imageIndex && v.id !== colour.id)!;
    await pickVariant(detail, product, sameColour);
    expect(main().alt).to.equal(product.images[other]!.alt);
  });

  it('shows a not-found state and reports not_found for an unknown product', async () => {
    const provider = await fixture(
      html`<shop-provider api=${apiUrl}><product-detail product="no-such-product"></product-detail></shop-provider>`,
    );
    const reported = await oneEvent(provider, 'storelet-error');
    const detail = provider.querySelector('product-detail')!;
    await waitFor(detail, '[part~="not-found"]');
    await expect(detail).to.be.accessible();
    expect(reported.detail.code).to.equal('not_found');
    expect(text(detail, '[part~="not-found"]')).to.contain('could not be found');
  });

  it('shows the error with a retry when the shop cannot be reached', async () => {
    const provider = await fixture(
      html`<shop-provider api=${closedApiUrl}><product-detail product="anything"></product-detail></shop-provider>`,
    );
    const reported = await oneEvent(provider, 'storelet-error');
    const detail = provider.querySelector('product-detail')!;
    await waitFor(detail, '[part~="error"]');
    await expect(detail).to.be.accessible();
    expect(text(detail, '[part~="error"]')).to.contain(reported.detail.message);
    query<HTMLButtonElement>(detail, '[part~="retry"]').click();
    await oneEvent(provider, 'storelet-error');
    await waitFor(detail, '[part~="error"]');
  });
});
