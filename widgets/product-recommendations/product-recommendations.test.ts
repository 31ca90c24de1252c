import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../test-support/define-all.ts';
import type { ProductRecommendations } from './product-recommendations.ts';
import { findProduct } from '../test-support/catalog.ts';
import { buyAndPay } from '../test-support/purchase.ts';
import { apiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';

async function mount(product: string): Promise<ProductRecommendations> {
  const provider = await fixture(
    html`<shop-provider api=${apiUrl}><product-recommendations product=${product} limit="6"></product-recommendations></shop-provider>`,
  );
  const element = provider.querySelector('product-recommendations')!;
  await waitUntil(() => !element.shadowRoot!.querySelector('.skeleton'), 'never loaded', { timeout: 8_000 });
  return element;
}

describe('<product-recommendations>', () => {
  it('shows what was bought together first, never the product itself, and adds a single-variant product in one click', async () => {
    const single = (p: { kind: string; variants: { stock: { available: number } }[] }) =>
      p.kind === 'standard' && p.variants.length === 1 && p.variants[0]!.stock.available > 3;
    const first = await findProduct(single, 'single-variant product');
    const partner = await findProduct(
      (p) => single(p) && p.id !== first.id && p.category.id !== first.category.id,
      'partner',
    );
    await buyAndPay([first.variants[0]!.id, partner.variants[0]!.id], 'together@example.com');

    const element = await mount(first.id);
    await expect(element).to.be.accessible();
    const headings = queryAll(element, '[part~="heading"]').map((heading) => heading.textContent);
    expect(headings[0]).to.equal('Bought together');
    const titles = queryAll(element, '[part~="title"]').map((title) => title.textContent);
    expect(titles[0]).to.equal(partner.title);
    expect(titles).not.to.include(first.title);

    const add = query<HTMLButtonElement>(element, '[part~="add-to-cart"]');
    setTimeout(() => add.click());
    const event = await oneEvent(element, 'storelet-add-to-cart');
    expect(event.detail).to.deep.equal({ productId: partner.id, variantId: partner.variants[0]!.id, quantity: 1 });
  });

  it('sends storelet-product-select when a suggestion is chosen', async () => {
    const product = await findProduct((p) => p.kind === 'standard', 'product');
    const element = await mount(product.id);
    const title = await waitFor<HTMLButtonElement>(element, '[part~="title"]');
    setTimeout(() => title.click());
    const event = await oneEvent(element, 'storelet-product-select');
    expect(event.detail.productId).to.not.equal(product.id);
  });
});
