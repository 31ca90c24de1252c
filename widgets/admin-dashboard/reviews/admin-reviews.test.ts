import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createAdminClient, type AdminClient } from '../../../sdk/admin/index.ts';
import { createStorefront, memoryStorage, type Product } from '../../../sdk/index.ts';
import { findProduct } from '../../test-support/catalog.ts';
import { buyAndPay } from '../../test-support/purchase.ts';
import { adminCredentials, apiUrl, query, queryAll, waitFor } from '../../test-support/test-server.ts';
import type { AdminDashboard } from '../admin-dashboard.ts';
import { clearScreen, isolatedAdmin, signedInDashboard } from '../admin-test-kit.ts';
import type { AdminReviews } from './admin-reviews.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let product: Product;
/** The owner's own client, to set the shop up and to check what the server holds, apart from the dashboards. */
const owner = isolatedAdmin();

before(async () => {
  product = await findProduct(
    (p) => p.kind === 'standard' && p.variants.length === 1 && p.variants[0]!.stock.available > 20,
    'product with stock',
  );
  await owner.signIn(adminCredentials);
});

afterEach(async () => {
  clearScreen();
  await owner.reviews.updateSettings({ moderation: 'publish' });
});

/** A buyer of `product` writes a review of it through the real API; answers its id. */
async function writeReview(title: string, rating = 4): Promise<string> {
  const { storefront } = await buyAndPay(
    [product.variants[0]!.id],
    `reviewer-${crypto.randomUUID().slice(0, 8)}@example.com`,
  );
  const { proof } = await storefront.reviews.access(product.id);
  const review = await storefront.reviews.create(product.id, { rating, title, body: 'Arrived well packed.' }, proof);
  return review.id;
}

async function reviewsScreen(client?: AdminClient): Promise<{ element: AdminDashboard; reviews: AdminReviews }> {
  const element = await signedInDashboard(undefined, client, { screen: 'reviews', ready: 'admin-reviews' });
  const reviews = query<AdminReviews>(element, 'admin-reviews');
  await waitFor(reviews, '[part~="reviews"], [part~="empty"], [part~="error"]');
  return { element, reviews };
}

/** Sets a filter as a person would, and waits for the list's answer. */
async function filterBy(reviews: AdminReviews, id: string, value: string): Promise<void> {
  const select = query<HTMLSelectElement>(reviews, `#${id}`);
  await waitUntil(() => [...select.options].some((option) => option.value === value), `no ${value} in #${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await reviews.updateComplete;
  await waitUntil(() => !text(query(reviews, '[part="status"]')).startsWith('Loading'), 'the list never answered');
}

const card = (reviews: AdminReviews, reviewId: string) => query(reviews, `[data-review="${reviewId}"]`);
const publicReviews = async () => (await createStorefront({ apiUrl }).reviews.list(product.id, { limit: 50 })).items;

describe('<admin-dashboard>: reviews', () => {
  it('lists reviews, accessibly, filtered by product, rating and status', async () => {
    const title = `Five stars ${crypto.randomUUID().slice(0, 6)}`;
    const reviewId = await writeReview(title, 5);
    const { reviews } = await reviewsScreen();
    await expect(reviews).to.be.accessible();
    await filterBy(reviews, 'product', product.id);
    await filterBy(reviews, 'rating', '5');
    await filterBy(reviews, 'status', 'published');
    const shown = card(reviews, reviewId);
    expect(text(shown.querySelector('[part~="review-title"]'))).to.equal(title);
    expect(text(shown.querySelector('[part~="review-status"]'))).to.equal('Published');
    expect(text(shown.querySelector('[part~="review-meta"]')))
      .to.contain(product.title)
      .and.contain('@example.com');
    const products = queryAll(reviews, '[part~="review-product"]').map((name) => text(name));
    expect(products.every((name) => name === product.title)).to.equal(true);
    expect(
      queryAll(reviews, '[part~="stars"]').every((stars) => stars.getAttribute('aria-label') === '5 out of 5 stars'),
    ).to.equal(true);

    await filterBy(reviews, 'status', 'hidden');
    expect(reviews.shadowRoot?.querySelector(`[data-review="${reviewId}"]`)).to.equal(null);
  });

  it('hides a review from shoppers and publishes it again, the keyboard kept on the review', async () => {
    const reviewId = await writeReview(`To hide ${crypto.randomUUID().slice(0, 6)}`);
    const { reviews } = await reviewsScreen();
    await filterBy(reviews, 'product', product.id);
    const hide = card(reviews, reviewId).querySelector<HTMLButtonElement>('[part~="hide"]')!;
    hide.focus();
    hide.click();
    await waitUntil(() => text(card(reviews, reviewId).querySelector('[part~="review-status"]')) === 'Hidden');
    await waitUntil(() => reviews.shadowRoot?.activeElement?.matches('[part~="publish"]'), 'focus was lost');
    expect((await publicReviews()).map((review) => review.id)).to.not.include(reviewId);

    card(reviews, reviewId).querySelector<HTMLButtonElement>('[part~="publish"]')!.click();
    await waitUntil(() => text(card(reviews, reviewId).querySelector('[part~="review-status"]')) === 'Published');
    expect((await publicReviews()).map((review) => review.id)).to.include(reviewId);
  });

  it('replies in public: the server’s word on the reply shows under it, then the reply shows to shoppers', async () => {
    const reviewId = await writeReview(`To answer ${crypto.randomUUID().slice(0, 6)}`);
    const { reviews } = await reviewsScreen();
    await filterBy(reviews, 'product', product.id);
    card(reviews, reviewId).querySelector<HTMLButtonElement>('[part~="reply-button"]')!.click();
    const input = await waitFor<HTMLTextAreaElement>(reviews, '#reply-input');
    await waitUntil(() => reviews.shadowRoot?.activeElement === input, 'focus did not move to the reply');
    await expect(reviews).to.be.accessible();

    // Blank to the server (it trims), though not to the browser's `required`.
    input.value = '   ';
    query<HTMLButtonElement>(reviews, '[part~="save-reply"]').click();
    await waitUntil(() => text(query(reviews, '#reply-error')) !== '', 'no field error was shown');
    expect(text(query(reviews, '#reply-error'))).to.equal('must not be empty');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('reply-error');
    await expect(reviews).to.be.accessible();

    input.value = 'Thank you for the kind words!';
    query<HTMLButtonElement>(reviews, '[part~="save-reply"]').click();
    await waitUntil(() => !reviews.shadowRoot?.querySelector('#reply-input'), 'the form stayed open');
    expect(text(card(reviews, reviewId).querySelector('[part~="reply-text"]'))).to.equal(
      'Thank you for the kind words!',
    );
    await waitUntil(() => reviews.shadowRoot?.activeElement?.matches('[part~="reply-button"]'), 'focus was lost');
    const shown = (await publicReviews()).find((review) => review.id === reviewId);
    expect(shown?.reply?.body).to.equal('Thank you for the kind words!');
  });

  it('removes a reply only once confirmed in a dialog', async () => {
    const reviewId = await writeReview(`Answered ${crypto.randomUUID().slice(0, 6)}`);
    await owner.reviews.moderate(reviewId, { reply: 'We are glad.' });
    const { reviews } = await reviewsScreen();
    await filterBy(reviews, 'product', product.id);
    const remove = () => card(reviews, reviewId).querySelector<HTMLButtonElement>('[part~="remove-reply"]')!;
    const dialog = query(reviews, 'admin-confirm-dialog');
    const native = () => query<HTMLDialogElement>(dialog, 'dialog');

    remove().focus();
    remove().click();
    await waitUntil(() => native().open, 'the dialog never opened');
    expect(dialog.shadowRoot?.activeElement?.matches('[part~="cancel"]')).to.equal(true);
    expect(text(query(dialog, '[part~="message"]'))).to.contain('Answered');
    await expect(dialog).to.be.accessible();
    query<HTMLButtonElement>(dialog, '[part~="cancel"]').click();
    await waitUntil(() => !native().open);
    await waitUntil(() => reviews.shadowRoot?.activeElement === remove(), 'focus did not come back');
    expect(text(card(reviews, reviewId).querySelector('[part~="reply-text"]'))).to.equal('We are glad.');

    remove().click();
    await waitUntil(() => native().open, 'the dialog never opened');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !native().open, 'Escape did not close the dialog');
    await waitUntil(() => reviews.shadowRoot?.activeElement === remove(), 'focus did not come back');
    expect(text(card(reviews, reviewId).querySelector('[part~="reply-text"]'))).to.equal('We are glad.');

    remove().click();
    await waitUntil(() => native().open, 'the dialog never opened');
    query<HTMLButtonElement>(dialog, '[part~="confirm"]').click();
    await waitUntil(() => !card(reviews, reviewId).querySelector('[part~="reply"]'), 'the reply stayed');
    const shown = (await publicReviews()).find((review) => review.id === reviewId);
    expect(shown?.reply).to.equal(null);
  });

  it('holds new reviews for approval once the setting says so, and they wait until published', async () => {
    const { reviews } = await reviewsScreen();
    const settings = await waitFor(reviews, 'admin-review-settings');
    const approve = await waitFor<HTMLInputElement>(settings, 'input[value="approve"]');
    await waitUntil(
      () => query<HTMLInputElement>(settings, 'input[value="publish"]').checked,
      'the setting never loaded',
    );
    approve.click();
    query<HTMLButtonElement>(settings, '[part~="save-settings"]').click();
    await waitUntil(() => text(query(settings, '[part~="saved"]')) === 'Saved.', 'never saved');
    expect((await owner.reviews.settings()).moderation).to.equal('approve');

    const reviewId = await writeReview(`Held ${crypto.randomUUID().slice(0, 6)}`);
    expect((await publicReviews()).map((review) => review.id)).to.not.include(reviewId);
    await filterBy(reviews, 'status', 'pending');
    const held = card(reviews, reviewId);
    expect(text(held.querySelector('[part~="review-status"]'))).to.equal('Waiting for approval');
    held.querySelector<HTMLButtonElement>('[part~="publish"]')!.click();
    await waitUntil(() => text(card(reviews, reviewId).querySelector('[part~="review-status"]')) === 'Published');
    expect((await publicReviews()).map((review) => review.id)).to.include(reviewId);
  });

  it('pages with "Load more"', async () => {
    await writeReview(`Paged one ${crypto.randomUUID().slice(0, 6)}`);
    await writeReview(`Paged two ${crypto.randomUUID().slice(0, 6)}`);
    // One review a page.
    const client = createAdminClient({
      apiUrl,
      storage: memoryStorage(),
      retries: 0,
      fetch: (input, init) => {
        const request = new Request(input, init);
        return fetch(
          request.url.includes('/admin/reviews?')
            ? new Request(request.url.replace(/limit=\d+/, 'limit=1'), request)
            : request,
        );
      },
    });
    const { reviews } = await reviewsScreen(client);
    expect(queryAll(reviews, '[part~="review"]')).to.have.length(1);
    query<HTMLButtonElement>(reviews, '[part~="load-more"]').click();
    await waitUntil(() => queryAll(reviews, '[part~="review"]').length === 2, 'the second page never came');
    expect(text(query(reviews, '[part="status"]'))).to.equal('2 reviews shown, more available.');
  });

  it('tells what went wrong when a change is refused', async () => {
    const reviewId = await writeReview(`Refused ${crypto.randomUUID().slice(0, 6)}`);
    const client = createAdminClient({
      apiUrl,
      storage: memoryStorage(),
      retries: 0,
      fetch: (input, init) =>
        init?.method === 'PATCH' || (input instanceof Request && input.method === 'PATCH')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : fetch(input, init),
    });
    const { element, reviews } = await reviewsScreen(client);
    await filterBy(reviews, 'product', product.id);
    const failed = oneEvent(element, 'storelet-error');
    card(reviews, reviewId).querySelector<HTMLButtonElement>('[part~="hide"]')!.click();
    expect((await failed).detail.code).to.equal('network_error');
    const error = card(reviews, reviewId).querySelector('[part~="action-error"]')!;
    await waitUntil(() => text(error) !== '', 'no error was shown');
    expect(text(error)).to.equal('The shop could not be reached.');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(card(reviews, reviewId).querySelector('[part~="review-status"]'))).to.equal('Published');
  });

  it('fits a phone: no sideways scroll, a long unbroken title wraps, the navigation and filters stay in view', async () => {
    const title = `Superb${'stickers'.repeat(12)}`;
    const reviewId = await writeReview(title);
    const { element, reviews } = await reviewsScreen();
    element.style.width = '340px';
    await filterBy(reviews, 'product', product.id);
    const fits = (node: Element) => node.scrollWidth <= node.clientWidth;
    expect(fits(element), `the dashboard is ${element.scrollWidth}px in ${element.clientWidth}px`).to.equal(true);
    expect(fits(reviews)).to.equal(true);
    const box = reviews.getBoundingClientRect();
    for (const node of [
      query(element, 'nav'),
      query(reviews, '#product'),
      card(reviews, reviewId),
      card(reviews, reviewId).querySelector('[part~="review-title"]')!,
    ]) {
      const rect = node.getBoundingClientRect();
      expect(rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5, `${node.localName} is in view`).to.equal(
        true,
      );
    }
    await expect(element).to.be.accessible();
  });
});
