import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../test-support/define-all.ts';
import { formatMoney } from '../../sdk/index.ts';
import { setDefaultStorefront } from '../default-storefront.ts';
import type { ProductGrid } from './product-grid.ts';
import { allProducts, shownAmount, storefront } from '../test-support/catalog.ts';
import { isolatedStorefront } from '../test-support/cart-fixtures.ts';
import { apiUrl, closedApiUrl, query, queryAll } from '../test-support/test-server.ts';

/** Waits until the grid shows a finished result: cards, or the empty or error state. */
async function settled(grid: ProductGrid): Promise<void> {
  await grid.updateComplete;
  await waitUntil(() => grid.shadowRoot?.querySelector('.grid[aria-busy="false"], .state'), 'the grid never settled', {
    timeout: 8_000,
  });
  await grid.updateComplete;
}

async function shopGrid(attributes = '', api = apiUrl): Promise<ProductGrid> {
  const provider = await fixture(
    `<shop-provider api="${api}"><product-grid ${attributes}></product-grid></shop-provider>`,
  );
  const grid = provider.querySelector('product-grid')!;
  await settled(grid);
  return grid;
}

const titles = (grid: ProductGrid) => queryAll(grid, '.card-link').map((link) => link.textContent!.trim());
const cardCategories = (grid: ProductGrid) => queryAll(grid, '.card .category').map((el) => el.textContent!.trim());
const prices = (grid: ProductGrid) => queryAll(grid, '.card [part~="price"]').map((el) => shownAmount(el.textContent!));

function choose(grid: ProductGrid, selector: string, value: string): void {
  const select = query<HTMLSelectElement>(grid, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<product-grid>', () => {
  it('is accessible and lists the seeded products with formatted prices', async () => {
    const grid = await shopGrid('page-size="12"');
    await expect(grid).to.be.accessible();
    const first = (await storefront.products.list({ limit: 12 })).items;
    expect(titles(grid)).to.deep.equal(first.map((product) => product.title));
    const firstPrice = query(grid, '.card [part~="price"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(firstPrice).to.contain(formatMoney(first[0]!.price));
    expect(query(grid, '[role="status"]').textContent).to.match(/12 products shown, more available/);
    const image = query<HTMLImageElement>(grid, '.card img');
    expect(image.loading).to.equal('lazy');
    expect(image.alt).to.not.equal('');
    expect(image.src.startsWith(apiUrl)).to.equal(true);
  });

  it('shows "From" for a price range and strikes through the compare-at price on sale', async () => {
    const products = await allProducts();
    const ranged = products.find((product) => product.priceMax.amount > product.price.amount)!;
    const onSale = products.find(
      (product) => product.compareAtPrice && product.compareAtPrice.amount > product.price.amount,
    )!;
    const grid = await shopGrid('page-size="100"');
    await expect(grid).to.be.accessible();
    const card = (title: string) =>
      queryAll(grid, '.card').find((el) => el.querySelector('.card-link')!.textContent!.trim() === title)!;
    expect(card(ranged.title).querySelector('[part~="price"]')!.textContent).to.contain(
      `From ${formatMoney(ranged.price)}`,
    );
    const sale = card(onSale.title);
    expect(sale.querySelector('s[part~="compare-at-price"]')!.textContent).to.contain(
      formatMoney(onSale.compareAtPrice!),
    );
    expect(sale.querySelector('[part~="badge-sale"]')).to.exist;
    // A custom sticker's price is its smallest order: more stickers or a bigger size cost more.
    const sticker = products.find((product) => product.kind === 'sticker')!;
    expect(card(sticker.title).querySelector('[part~="price"]')!.textContent).to.contain(
      `From ${formatMoney(sticker.price)}`,
    );
  });

  it('badges sold-out and low-stock products', async () => {
    const products = await allProducts();
    const soldOut = products.filter((product) => product.stockState === 'sold_out').map((product) => product.title);
    const lowStock = products.filter((product) => product.stockState === 'low_stock').map((product) => product.title);
    expect(soldOut).to.not.be.empty;
    const grid = await shopGrid('page-size="100"');
    await expect(grid).to.be.accessible();
    const withBadge = (part: string) =>
      queryAll(grid, `.card:has([part~="${part}"]) .card-link`).map((link) => link.textContent!.trim());
    expect(withBadge('badge-sold-out')).to.have.members(soldOut);
    expect(withBadge('badge-low-stock')).to.have.members(lowStock);
    expect(query(grid, '[part~="badge-sold-out"]').textContent!.trim()).to.equal('Sold out');
  });

  it('narrows results as the shopper types, after a pause, and says so', async () => {
    const grid = await shopGrid();
    await expect(grid).to.be.accessible();
    const before = titles(grid).length;
    const input = query<HTMLInputElement>(grid, 'input[type="search"]');
    expect(input.closest('[role="search"]')).to.exist;
    input.value = 'mug';
    input.dispatchEvent(new Event('input'));
    const search = await oneEvent(grid, 'storelet-search');
    expect(search.detail).to.deep.equal({ query: 'mug' });
    expect(search.composed).to.equal(true);
    await settled(grid);
    const found = titles(grid);
    expect(found.length).to.be.greaterThan(0).and.lessThan(before);
    expect(found.some((title) => /mug/i.test(title))).to.equal(true);
    expect(grid.query).to.equal('mug');
  });

  it('filters by category from the server’s category list', async () => {
    const grid = await shopGrid('page-size="100"');
    await expect(grid).to.be.accessible();
    const [category] = await storefront.categories.list();
    await waitUntil(() => queryAll(grid, '#category option').length > 1, 'categories never loaded');
    choose(grid, '#category', category!.handle);
    await settled(grid);
    expect(cardCategories(grid)).to.have.length(category!.productCount);
    expect(new Set(cardCategories(grid))).to.deep.equal(new Set([category!.name]));
  });

  it('presets a category from its attribute', async () => {
    const [category] = await storefront.categories.list();
    const grid = await shopGrid(`category="${category!.handle}" page-size="100"`);
    await expect(grid).to.be.accessible();
    expect(titles(grid)).to.have.length(category!.productCount);
  });

  it('sorts by price, both ways, and by name', async () => {
    const grid = await shopGrid('page-size="100"');
    await expect(grid).to.be.accessible();
    choose(grid, '#sort', 'price_asc');
    await settled(grid);
    const ascending = prices(grid);
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
    choose(grid, '#sort', 'price_desc');
    await settled(grid);
    const descending = prices(grid);
    expect(descending).to.deep.equal([...descending].sort((a, b) => b - a));
    choose(grid, '#sort', 'name_asc');
    await settled(grid);
    const names = titles(grid);
    // A leading quote mark does not move "Good Morning" Type Mug to the top.
    const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });
    expect(names).to.deep.equal([...names].sort(collator.compare));
  });

  it('filters by a price range typed in major units and by stock', async () => {
    const grid = await shopGrid('page-size="100"');
    await expect(grid).to.be.accessible();
    const [min, max] = queryAll<HTMLInputElement>(grid, '.price-field input');
    min!.value = '20';
    min!.dispatchEvent(new Event('change'));
    max!.value = '30';
    max!.dispatchEvent(new Event('change'));
    await settled(grid);
    const expected = (await storefront.products.list({ minPrice: 2000, maxPrice: 3000, limit: 100 })).items;
    expect(titles(grid)).to.deep.equal(expected.map((product) => product.title));
    expect(grid.minPrice).to.equal(20);
    // Typed the wrong way round: the same range, not an error.
    min!.value = '30';
    min!.dispatchEvent(new Event('change'));
    max!.value = '20';
    max!.dispatchEvent(new Event('change'));
    await settled(grid);
    expect(titles(grid)).to.deep.equal(expected.map((product) => product.title));
    const stock = query<HTMLInputElement>(grid, '[part~="in-stock"] input');
    stock.click();
    await settled(grid);
    expect(queryAll(grid, '[part~="badge-sold-out"]')).to.be.empty;
  });

  it('appends the next page on "Load more" and moves focus to the first new card', async () => {
    const grid = await shopGrid('page-size="6"');
    await expect(grid).to.be.accessible();
    const firstPage = titles(grid);
    expect(firstPage).to.have.length(6);
    query<HTMLButtonElement>(grid, '[part~="load-more"]').click();
    await waitUntil(() => titles(grid).length === 12, 'the second page never arrived');
    expect(titles(grid).slice(0, 6)).to.deep.equal(firstPage);
    const expected = (await storefront.products.list({ limit: 12 })).items.map((product) => product.title);
    expect(titles(grid)).to.deep.equal(expected);
    await waitUntil(() => grid.shadowRoot!.activeElement?.textContent?.trim() === expected[6], 'focus did not move');
  });

  it('loads further pages by itself when `infinite` is set and the end scrolls into view', async () => {
    const grid = await shopGrid('page-size="4" infinite');
    await expect(grid).to.be.accessible();
    const total = (await allProducts()).length;
    for (let shown = titles(grid).length; shown < total; shown = titles(grid).length) {
      query(grid, '.sentinel').scrollIntoView();
      await waitUntil(() => titles(grid).length > shown, `stuck at ${shown} of ${total} products`);
    }
    expect(titles(grid)).to.have.length(total);
    expect(grid.shadowRoot!.querySelector('[part~="load-more"]')).to.equal(null);
    window.scrollTo(0, 0);
  });

  it('shows an empty state for a nonsense query, with a way back', async () => {
    const grid = await shopGrid('query="zzqxnonsense"');
    await expect(grid).to.be.accessible();
    expect(query(grid, '[part~="empty"]').textContent).to.contain('No products match');
    expect(query(grid, '[role="status"]').textContent).to.contain('No products match');
    query<HTMLButtonElement>(grid, '[part~="clear-filters"]').click();
    await settled(grid);
    expect(titles(grid).length).to.be.greaterThan(0);
    expect(query<HTMLInputElement>(grid, 'input[type="search"]').value).to.equal('');
  });

  it('lets the host replace the empty text through the `empty` slot', async () => {
    const provider = await fixture(html`<shop-provider api=${apiUrl}>
      <product-grid query="zzqxnonsense"><p slot="empty">Nothing here, sorry.</p></product-grid>
    </shop-provider>`);
    const grid = provider.querySelector('product-grid')!;
    await settled(grid);
    await expect(grid).to.be.accessible();
    const slot = query<HTMLSlotElement>(grid, 'slot[name="empty"]');
    expect(slot.assignedElements()[0]!.textContent).to.equal('Nothing here, sorry.');
  });

  it('shows the server’s message and a retry when the shop is down, and reports it', async () => {
    const provider = await fixture(
      `<shop-provider api="${closedApiUrl}"><product-grid></product-grid></shop-provider>`,
    );
    const grid = provider.querySelector('product-grid')!;
    const reported = await oneEvent(provider, 'storelet-error');
    await settled(grid);
    await expect(grid).to.be.accessible();
    expect(reported.detail.code).to.equal('network_error');
    const error = query(grid, '[part~="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain(reported.detail.message);
    query<HTMLButtonElement>(grid, '[part~="retry"]').click();
    await grid.updateComplete;
    expect(grid.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    await oneEvent(provider, 'storelet-error');
    await settled(grid);
    expect(query(grid, '[part~="error"]').textContent).to.contain(reported.detail.message);
    // The shop comes back under another address: the grid follows its provider.
    provider.setAttribute('api', apiUrl);
    await waitUntil(() => titles(grid).length > 0, 'the grid did not follow the new api');
  });

  it('names the fields the server refused, in its own words', async () => {
    // The grid sends nothing the server refuses, so the refusal is answered here; the rest is the real server.
    const refusal = {
      code: 'validation_failed',
      message: 'The request is not valid.',
      details: { issues: [{ path: 'minPrice', message: 'must not be above the maximum price' }] },
    };
    const refusing = isolatedStorefront({
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname !== '/api/products') return fetch(request);
        return new Response(JSON.stringify({ error: refusal }), {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });
    const provider = await fixture(
      html`<shop-provider .storefront=${refusing}><product-grid></product-grid></shop-provider>`,
    );
    const grid = provider.querySelector('product-grid')!;
    await settled(grid);
    await expect(grid).to.be.accessible();
    const error = query(grid, '[part~="error"]');
    expect(error.querySelector('li')?.textContent).to.equal('Minimum price: must not be above the maximum price');
    query<HTMLButtonElement>(grid, '[part~="retry"]').click();
    await settled(grid);
    expect(query(grid, '[part~="error"]')).to.exist;
  });

  it("says so when the category is not one of the shop's, with a way back", async () => {
    for (const category of ['Mugs & Drinkware', 'no-such-category']) {
      const grid = await shopGrid(`category="${category}"`);
      await waitUntil(() => grid.shadowRoot!.querySelector('[part~="empty"]'), `${category}: no empty state`);
      await expect(grid).to.be.accessible();
      expect(query(grid, '[part~="empty"]').textContent).to.contain(`This shop has no category “${category}”.`);
      expect(grid.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      query<HTMLButtonElement>(grid, '[part~="clear-filters"]').click();
      await settled(grid);
      expect(titles(grid).length).to.be.greaterThan(0);
    }
  });

  it('brings attribute values the server would refuse into its range instead of failing', async () => {
    const total = (await allProducts()).length;
    const cases: [string, number][] = [
      ['page-size="500"', Math.min(total, 100)],
      ['page-size="abc"', 24],
      ['page-size="0"', 1],
      ['page-size="2.6"', 3],
      ['sort="cheapest" page-size="5"', 5],
      ['max-price="abc" page-size="100"', Math.min(total, 100)],
      ['max-price="99999999" min-price="-3" page-size="100"', Math.min(total, 100)],
    ];
    for (const [attributes, count] of cases) {
      const grid = await shopGrid(attributes);
      expect(grid.shadowRoot!.querySelector('[part~="error"]'), attributes).to.equal(null);
      expect(titles(grid), attributes).to.have.length(count);
    }
    const newest = (await storefront.products.list({ limit: 5 })).items.map((product) => product.title);
    expect(titles(await shopGrid('sort="cheapest" page-size="5"'))).to.deep.equal(newest);
  });

  it('keeps a huge typed maximum price working', async () => {
    const grid = await shopGrid('page-size="100"');
    const [, max] = queryAll<HTMLInputElement>(grid, '.price-field input');
    max!.value = '99999999';
    max!.dispatchEvent(new Event('change'));
    await settled(grid);
    expect(grid.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(titles(grid)).to.have.length(Math.min((await allProducts()).length, 100));
  });

  it('shows the order the list really has: Newest without a search, Relevance only while searching', async () => {
    const grid = await shopGrid();
    await expect(grid).to.be.accessible();
    const sort = () => query<HTMLSelectElement>(grid, '#sort');
    const options = () => [...sort().options].map((option) => option.value);
    expect(sort().value).to.equal('newest');
    expect(options()).to.not.include('relevance');
    grid.query = 'mug';
    await settled(grid);
    expect(sort().value).to.equal('relevance');
    expect(options()[0]).to.equal('relevance');
    choose(grid, '#sort', 'price_asc');
    grid.query = '';
    await settled(grid);
    expect(sort().value).to.equal('price_asc');
  });

  it('emits a cancelable storelet-product-select from a real link when product-href is set', async () => {
    const grid = await shopGrid('product-href="/products/{handle}" page-size="4"');
    await expect(grid).to.be.accessible();
    const [first] = (await storefront.products.list({ limit: 1 })).items;
    const link = query<HTMLAnchorElement>(grid, 'a.card-link');
    expect(link.getAttribute('href')).to.equal(`/products/${first!.handle}`);
    let selected: CustomEvent | undefined;
    document.addEventListener(
      'storelet-product-select',
      (event) => {
        selected = event;
        event.preventDefault(); // a single-page app routes itself, and the test page must not navigate
      },
      { once: true },
    );
    const before = location.href;
    link.click();
    expect(selected?.detail).to.deep.equal({ productId: first!.id, handle: first!.handle });
    expect(location.href).to.equal(before);
  });

  it('uses a button per card without product-href, operable from the keyboard', async () => {
    const grid = await shopGrid('page-size="2"');
    await expect(grid).to.be.accessible();
    const button = query<HTMLButtonElement>(grid, 'button.card-link');
    setTimeout(() => button.click());
    const event = await oneEvent(grid, 'storelet-product-select');
    expect(event.detail.handle).to.be.a('string');
  });

  it('lays out `columns` columns when wide and fewer at phone width', async () => {
    const wide = await fixture(html`<div style="width: 1200px">
      <shop-provider api=${apiUrl}><product-grid columns="3" page-size="6" hide-filters></product-grid></shop-provider>
    </div>`);
    const grid = wide.querySelector('product-grid')!;
    await settled(grid);
    await expect(grid).to.be.accessible();
    expect(grid.shadowRoot!.querySelector('[part~="toolbar"]')).to.equal(null);
    const columns = () => getComputedStyle(query(grid, '.grid')).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(3);
    (wide as HTMLElement).style.width = '375px';
    await aTimeout(50);
    expect(columns()).to.equal(2);
    (wide as HTMLElement).style.width = '300px';
    await aTimeout(50);
    expect(columns()).to.equal(1);
  });

  it('falls back to the page-wide default storefront without a provider', async () => {
    setDefaultStorefront(storefront);
    try {
      const grid = await fixture<ProductGrid>(html`<product-grid page-size="3"></product-grid>`);
      await settled(grid);
      await expect(grid).to.be.accessible();
      expect(titles(grid)).to.have.length(3);
    } finally {
      setDefaultStorefront(undefined);
    }
  });

  it('says plainly when no shop is connected', async () => {
    const grid = await fixture<ProductGrid>(html`<product-grid></product-grid>`);
    await expect(grid).to.be.accessible();
    expect(query(grid, '[part~="error"]').textContent).to.contain('No shop is connected');
  });
});
