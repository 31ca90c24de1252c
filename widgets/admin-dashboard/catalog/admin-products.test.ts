import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AdminProduct } from '../../../sdk/admin/index.ts';
import { createStorefront } from '../../../sdk/index.ts';
import { pngFile } from '../../test-support/sticker-fixtures.ts';
import { adminCredentials, apiUrl, query, queryAll, waitFor } from '../../test-support/test-server.ts';
import type { AdminDashboard } from '../admin-dashboard.ts';
import { clearScreen, isolatedAdmin, signedInDashboard } from '../admin-test-kit.ts';
import type { AdminProductForm } from './admin-product-form.ts';
import type { AdminProductList } from './admin-product-list.ts';
import '../../test-support/define-all.ts';
import './products-screen.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const screenParam = () => new URL(location.href).searchParams.get('screen');
/** The owner's own client, to set the shop up and to check what the server holds, apart from the dashboards. */
const owner = isolatedAdmin();

before(() => owner.signIn(adminCredentials));
afterEach(clearScreen);

/** A product of its own for a test, made through the API: one variant, active. */
async function makeProduct(title: string): Promise<AdminProduct> {
  const categories = await owner.catalog.categories.list();
  const sku = `SKU-${crypto.randomUUID().slice(0, 8)}`;
  return owner.catalog.products.create({
    title,
    categoryId: categories.items[0]!.id,
    status: 'active',
    variants: [{ sku, title: 'Default', options: {}, price: 1500, initialStock: 3 }],
  });
}

async function productsScreen(path = ''): Promise<AdminDashboard> {
  return signedInDashboard(undefined, undefined, {
    screen: path ? `products/${path}` : 'products',
    ready: path ? 'admin-product-form' : 'admin-product-list',
  });
}

async function listAnswered(list: AdminProductList): Promise<void> {
  await list.updateComplete;
  await waitUntil(() => !text(query(list, '[part="status"]')).startsWith('Loading'), 'the list never answered');
}

async function search(list: AdminProductList, q: string): Promise<void> {
  const input = query<HTMLInputElement>(list, '#q');
  input.value = q;
  input.dispatchEvent(new Event('input'));
  query<HTMLButtonElement>(list, '[part~="search-button"]').click();
  await listAnswered(list);
}

/** The open product's form, once it shows the product (or the new one's fields). */
async function openForm(element: AdminDashboard): Promise<AdminProductForm> {
  const form = await waitFor<AdminProductForm>(element, 'admin-product-form');
  await waitFor(form, '#title');
  return form;
}

/** Types into a field as a person would. */
function type(host: Element, selector: string, value: string): void {
  const input = query<HTMLInputElement>(host, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

/** Presses Save; resolves once the server has answered and the form shows it. */
async function save(form: AdminProductForm): Promise<void> {
  const answered = Promise.race([oneEvent(form, 'storelet-admin-product-save'), oneEvent(form, 'storelet-error')]);
  query<HTMLButtonElement>(form, '[part~="save"]').click();
  await answered;
  await form.updateComplete;
}

describe('<admin-dashboard>: products', () => {
  it('lists products accessibly, finds one by title or SKU, and filters by status', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const made = await makeProduct(`Findable mug ${tag}`);
    const element = await productsScreen();
    const list = query<AdminProductList>(element, 'admin-product-list');
    await listAnswered(list);
    await expect(list).to.be.accessible();

    await search(list, `mug ${tag}`);
    expect(queryAll(list, '[part~="product-row"]').map((row) => row.dataset['product'])).to.deep.equal([made.id]);
    expect(text(query(list, '[part~="product-price"]'))).to.equal('$15.00');
    expect(text(query(list, '[part~="product-stock"]'))).to.equal('3');
    await search(list, made.variants[0]!.sku);
    expect(queryAll(list, '[part~="product-row"]')).to.have.length(1);

    const status = query<HTMLSelectElement>(list, '#product-status');
    status.value = 'archived';
    status.dispatchEvent(new Event('change'));
    await listAnswered(list);
    expect(text(query(list, '[part~="empty"]'))).to.contain('No products match.');
  });

  it('pages with Load more', async () => {
    const list = await fixture<AdminProductList>(
      html`<admin-product-list .client=${owner} page-size="2"></admin-product-list>`,
    );
    await listAnswered(list);
    expect(queryAll(list, '[part~="product-row"]')).to.have.length(2);
    query<HTMLButtonElement>(list, '[part~="load-more"]').click();
    await waitUntil(() => queryAll(list, '[part~="product-row"]').length === 4, 'the next page never came');
    const ids = queryAll(list, '[part~="product-row"]').map((row) => row.dataset['product']);
    expect(new Set(ids).size).to.equal(4);
  });

  it('opens a product by its link, in the URL so Back returns to the list, and saves an edit', async () => {
    const made = await makeProduct(`Editable cap ${crypto.randomUUID().slice(0, 8)}`);
    const element = await productsScreen();
    const list = query<AdminProductList>(element, 'admin-product-list');
    await listAnswered(list);
    await search(list, made.title);
    const link = query<HTMLAnchorElement>(list, '[part~="open-product"]');
    expect(new URL(link.href).searchParams.get('screen')).to.equal(`products/${made.id}`);
    link.click();
    const form = await openForm(element);
    expect(screenParam()).to.equal(`products/${made.id}`);
    await expect(form).to.be.accessible();

    type(form, '#title', `${made.title} v2`);
    type(form, '#tags', 'summer, cotton');
    type(form, '#variant-0-price', '17.5');
    type(form, '#variant-0-compareAt', '20');
    await save(form);
    expect(text(query(form, '[part~="saved"]'))).to.equal('Saved.');
    const stored = await owner.catalog.products.get(made.id);
    expect(stored.title).to.equal(`${made.title} v2`);
    expect(stored.tags).to.deep.equal(['summer', 'cotton']);
    expect(stored.variants[0]!.price.amount).to.equal(1750);
    expect(stored.variants[0]!.compareAtPrice?.amount).to.equal(2000);
    expect(stored.version).to.equal(made.version + 1);

    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await waitFor(element, 'admin-product-list');
    expect(screenParam()).to.equal('products');
  });

  it('shows the server’s word under the field it is about', async () => {
    const made = await makeProduct(`Handle test ${crypto.randomUUID().slice(0, 8)}`);
    const form = await openForm(await productsScreen(made.id));
    type(form, '#handle', 'Not A Handle');
    type(form, '#variant-0-sku', '');
    await save(form);
    expect(text(query(form, '#handle-error'))).to.equal('must be lowercase letters, digits and dashes');
    expect(query(form, '#handle').getAttribute('aria-invalid')).to.equal('true');
    expect(text(query(form, '#variant-0-sku-error'))).to.not.equal('');
    await waitUntil(
      () => form.shadowRoot?.activeElement?.getAttribute('aria-invalid') === 'true',
      'focus not on a field',
    );
    expect((await owner.catalog.products.get(made.id)).version).to.equal(made.version);
  });

  it('says a product changed by someone else must be reloaded, keeping what was typed until then', async () => {
    const made = await makeProduct(`Contested tee ${crypto.randomUUID().slice(0, 8)}`);
    const form = await openForm(await productsScreen(made.id));
    await owner.catalog.products.update(made.id, { version: made.version, title: `${made.title} (theirs)` });

    type(form, '#title', `${made.title} (mine)`);
    await save(form);
    const conflict = query(form, '[part~="conflict"]');
    expect(text(conflict)).to.contain('changed by someone else — reload');
    expect(query<HTMLInputElement>(form, '#title').value).to.equal(`${made.title} (mine)`);
    expect((await owner.catalog.products.get(made.id)).title).to.equal(`${made.title} (theirs)`);

    query<HTMLButtonElement>(form, '[part~="reload"]').click();
    await waitUntil(
      () => form.shadowRoot?.querySelector<HTMLInputElement>('#title')?.value === `${made.title} (theirs)`,
    );
    expect(text(query(form, '[part~="conflict"]'))).to.equal('');
  });

  it('archives a product and restores it as a draft', async () => {
    const made = await makeProduct(`Archivable bag ${crypto.randomUUID().slice(0, 8)}`);
    const form = await openForm(await productsScreen(made.id));
    query<HTMLButtonElement>(form, '[part~="archive"]').click();
    await waitFor(form, '[part~="restore"]');
    expect(text(query(form, '[part~="product-status"]'))).to.equal('Archived');
    expect((await owner.catalog.products.get(made.id)).status).to.equal('archived');
    query<HTMLButtonElement>(form, '[part~="restore"]').click();
    await waitFor(form, '[part~="archive"]');
    expect((await owner.catalog.products.get(made.id)).status).to.equal('draft');
  });

  it('creates a product with two variants of one option, which shoppers then find', async () => {
    const element = await productsScreen();
    const list = query<AdminProductList>(element, 'admin-product-list');
    await listAnswered(list);
    query<HTMLAnchorElement>(list, '[part~="new-product"]').click();
    const form = await openForm(element);
    expect(screenParam()).to.equal('products/new');
    const title = `Two-size poster ${crypto.randomUUID().slice(0, 8)}`;
    type(form, '#title', title);
    const status = query<HTMLSelectElement>(form, '#status');
    status.value = 'active';
    status.dispatchEvent(new Event('change'));
    query<HTMLButtonElement>(form, '[part~="add-option"]').click();
    await form.updateComplete;
    type(form, '#option-0', 'Size');
    await form.updateComplete;
    query<HTMLButtonElement>(form, '[part~="add-variant"]').click();
    await form.updateComplete;
    const sku = crypto.randomUUID().slice(0, 8);
    for (const [index, size, price] of [
      [0, 'Small', '10'],
      [1, 'Large', '18.25'],
    ] as const) {
      type(form, `#variant-${index}-title`, size);
      type(form, `#variant-${index}-option-0`, size);
      type(form, `#variant-${index}-sku`, `POSTER-${sku}-${size}`);
      type(form, `#variant-${index}-price`, price);
      type(form, `#variant-${index}-initialStock`, '4');
    }
    await expect(form).to.be.accessible();
    await save(form);
    await waitUntil(() => /^products\/prod_/.test(screenParam() ?? ''), 'the new product never opened');
    const productId = screenParam()!.slice('products/'.length);

    const shopper = await createStorefront({ apiUrl }).products.get(productId);
    expect(shopper.title).to.equal(title);
    expect(shopper.variants.map((variant) => [variant.title, variant.price.amount])).to.deep.equal([
      ['Small', 1000],
      ['Large', 1825],
    ]);
    expect(shopper.options).to.deep.equal([{ name: 'Size', values: ['Small', 'Large'] }]);

    // And a shopper's <product-grid> finds it by its title.
    const provider = await fixture(
      html`<shop-provider api=${apiUrl}><product-grid query=${title} hide-filters></product-grid></shop-provider>`,
    );
    const grid = provider.querySelector('product-grid')!;
    await waitUntil(
      () => queryAll(grid, '.card-link').some((link) => text(link) === title),
      'the new product is not in <product-grid>',
      { timeout: 8_000 },
    );
  });

  it('uploads photos with progress, reorders and removes them, and still saves the form after', async () => {
    const made = await makeProduct(`Photographed vase ${crypto.randomUUID().slice(0, 8)}`);
    const form = await openForm(await productsScreen(made.id));
    type(form, '#title', `${made.title} (typed before the photos)`);
    let progressShown = false;
    const watcher = new MutationObserver(() => {
      progressShown ||= form.shadowRoot?.querySelector('[part~="image-progress"]') !== null;
    });
    watcher.observe(form.shadowRoot!, { subtree: true, childList: true });
    const files = new DataTransfer();
    files.items.add(await pngFile('front-view.png'));
    files.items.add(await pngFile('side-view.png'));
    const picker = query<HTMLInputElement>(form, '#image-file');
    picker.files = files.files;
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => queryAll(form, '[part~="image"]').length === 2, 'the photos never showed', {
      timeout: 15_000,
    });
    watcher.disconnect();
    expect(progressShown).to.equal(true);
    await expect(form).to.be.accessible();
    const alts = () => queryAll<HTMLImageElement>(form, '[part~="image-preview"]').map((image) => image.alt);
    expect(alts()).to.deep.equal(['front view', 'side view']);

    query<HTMLButtonElement>(form, '[part~="image-earlier"]').click();
    await waitUntil(() => alts()[0] === 'side view', 'the photos were not reordered');
    expect((await owner.catalog.products.get(made.id)).images.map((image) => image.alt)).to.deep.equal([
      'side view',
      'front view',
    ]);
    queryAll<HTMLButtonElement>(form, '[part~="remove-image"]')[1]!.click();
    await waitUntil(() => alts().length === 1, 'the photo was not removed');

    await save(form);
    expect(text(query(form, '[part~="saved"]'))).to.equal('Saved.');
    const stored = await owner.catalog.products.get(made.id);
    expect(stored.title).to.equal(`${made.title} (typed before the photos)`);
    expect(stored.images.map((image) => image.alt)).to.deep.equal(['side view']);
  });
});
