import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../test-support/define-all.ts';
import type { ProductReviews } from './product-reviews.ts';
import { findProduct } from '../test-support/catalog.ts';
import { buyAndPay } from '../test-support/purchase.ts';
import { apiUrl, closedApiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';

async function mount(product: string, api = apiUrl): Promise<ProductReviews> {
  const provider = await fixture(
    html`<shop-provider api=${api}><product-reviews product=${product}></product-reviews></shop-provider>`,
  );
  const reviews = provider.querySelector('product-reviews')!;
  await waitFor(reviews, '[part~="summary"], [part~="error"]');
  return reviews;
}

const text = (host: Element, selector: string) => query(host, selector).textContent!.replace(/\s+/g, ' ').trim();

describe('<product-reviews>', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible; with no reviews it says so, and offers no form to a shopper who has not bought', async () => {
    const product = await findProduct(
      (p) => p.kind === 'standard' && p.reviewCount === 0 && p.handle.includes('poster'),
      'unreviewed poster',
    );
    const reviews = await mount(product.id);
    await waitUntil(() => reviews.shadowRoot!.querySelector('[part~="summary"]'));
    await expect(reviews).to.be.accessible();
    expect(text(reviews, '[part~="summary"]')).to.equal('No reviews yet.');
    expect(reviews.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('a buyer writes a review: markup shows as text, the average and distribution follow, their own review can be edited', async () => {
    const product = await findProduct(
      (p) =>
        p.kind === 'standard' && p.reviewCount === 0 && p.variants.length === 1 && p.variants[0]!.stock.available > 3,
      'unreviewed single-variant product',
    );
    await buyAndPay([product.variants[0]!.id]);
    const reviews = await mount(product.id);
    const form = await waitFor<HTMLFormElement>(reviews, 'form');
    await expect(reviews).to.be.accessible();
    expect(text(reviews, '.form-note')).to.contain('Ada');

    query<HTMLInputElement>(reviews, 'input[name="rating"][value="4"]').click();
    const title = query<HTMLInputElement>(reviews, '#review-title');
    title.value = '<b>Bold</b> & sweet';
    title.dispatchEvent(new Event('input'));
    const body = query<HTMLTextAreaElement>(reviews, '#review-body');
    body.value = '<img src=x onerror="window.pwned=1">Lovely.';
    body.dispatchEvent(new Event('input'));
    await reviews.updateComplete;
    setTimeout(() => form.requestSubmit());
    const submitted = await oneEvent(reviews, 'storelet-review-submit');
    expect(submitted.detail.rating).to.equal(4);

    await waitUntil(() => queryAll(reviews, '[part~="review"]').length === 1, 'the review never showed');
    expect(text(reviews, '[part~="review-title"]')).to.equal('<b>Bold</b> & sweet');
    expect(reviews.shadowRoot!.querySelector('[part~="review"] b, [part~="review"] img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(text(reviews, '[part~="average"]')).to.equal('4.0');
    expect(text(reviews, '[part~="verified"]')).to.equal('Verified buyer');
    expect(text(reviews, '[part~="own"]')).to.contain('4 out of 5');
    await expect(reviews).to.be.accessible();

    queryAll<HTMLButtonElement>(reviews, '[part~="own"] button')[0]!.click();
    await reviews.updateComplete;
    expect(query<HTMLInputElement>(reviews, '#review-title').value).to.equal('<b>Bold</b> & sweet');
  });

  it('counts a helpful vote once', async () => {
    const product = await findProduct(
      (p) => p.kind === 'standard' && p.variants.length === 1 && p.variants[0]!.stock.available > 3,
      'product',
    );
    await buyAndPay([product.variants[0]!.id], 'helpful@example.com');
    const reviews = await mount(product.id);
    const form = await waitFor<HTMLFormElement>(reviews, 'form');
    // A title of its own: the product may have reviews from other tests, and the vote must go to this one.
    const title = `Great ${crypto.randomUUID().slice(0, 8)}`;
    query<HTMLInputElement>(reviews, 'input[name="rating"][value="5"]').click();
    for (const [selector, value] of [
      ['#review-title', title],
      ['#review-body', 'Really.'],
    ] as const) {
      const field = query<HTMLInputElement>(reviews, selector);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    }
    await reviews.updateComplete;
    form.requestSubmit();
    // Looked up by its title each time: the list is drawn anew when the saved review comes back, and until then the
    // first "Helpful" button on the page is another review's (the cause of the earlier failure).
    const helpful = () =>
      queryAll(reviews, '[part~="review"]')
        .find((item) => item.querySelector('[part~="review-title"]')?.textContent?.trim() === title)
        ?.querySelector<HTMLButtonElement>('[part~="helpful"]') ?? null;
    await waitUntil(helpful, 'the review never showed', { timeout: 5000 });
    helpful()!.click();
    await waitUntil(() => helpful()?.getAttribute('aria-pressed') === 'true', 'the vote never counted', {
      timeout: 5000,
    });
    expect(helpful()!.textContent).to.contain('(1)');
    helpful()!.click();
    await reviews.updateComplete;
    expect(helpful()!.textContent).to.contain('(1)', 'a second click counts nothing');
  });

  it('shows an error with a way to try again when the shop cannot be reached', async () => {
    const reviews = await mount('anything', closedApiUrl);
    await waitFor(reviews, '[part~="error"]', 15_000);
    await expect(reviews).to.be.accessible();
    expect(text(reviews, '[part~="error"]')).to.contain('could not be loaded');
  });
});
