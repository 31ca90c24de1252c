import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../test-support/define-all.ts';
import type { ProductGrid } from './product-grid.ts';
import { storefront } from '../test-support/catalog.ts';
import { apiUrl, query, queryAll } from '../test-support/test-server.ts';

/** The test page's own address, given back after each test. */
const original = location.href;
const param = (name: string) => new URLSearchParams(location.search).get(name);
const titles = (grid: ProductGrid) => queryAll(grid, '.card-link').map((link) => link.textContent!.trim());

async function settled(grid: ProductGrid): Promise<void> {
  await grid.updateComplete;
  await waitUntil(() => grid.shadowRoot?.querySelector('.grid[aria-busy="false"], .state'), 'the grid never settled', {
    timeout: 8_000,
  });
  await grid.updateComplete;
}

async function syncedGrid(attributes = ''): Promise<ProductGrid> {
  const provider = await fixture(
    `<shop-provider api="${apiUrl}"><product-grid sync-url ${attributes}></product-grid></shop-provider>`,
  );
  const grid = provider.querySelector('product-grid')!;
  await settled(grid);
  return grid;
}

describe('<product-grid sync-url>', () => {
  afterEach(() => history.replaceState(null, '', original));

  it('takes its search, sort and filters from the address, as after a reload or from a shared link', async () => {
    history.replaceState(null, '', `?keep=me&q=mug&sort=price_desc&in_stock=1`);
    const grid = await syncedGrid();
    await expect(grid).to.be.accessible();
    expect([grid.query, grid.sort, grid.inStock]).to.deep.equal(['mug', 'price_desc', true]);
    const expected = await storefront.products.list({ q: 'mug', sort: 'price_desc', inStock: true, limit: 24 });
    expect(titles(grid)).to.deep.equal(expected.items.map((product) => product.title));
    expect(query<HTMLInputElement>(grid, '#search').value).to.equal('mug');
    expect(location.search).to.equal(
      '?keep=me&q=mug&sort=price_desc&in_stock=1',
      'settling on the same view adds nothing',
    );
  });

  it('writes each change the shopper makes as a history entry, and Back brings the previous view again', async () => {
    const grid = await syncedGrid();
    const [category] = await storefront.categories.list();
    await waitUntil(() => queryAll(grid, '#category option').length > 1, 'categories never loaded');
    const entries = history.length;
    const select = query<HTMLSelectElement>(grid, '#category');
    select.value = category!.handle;
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => param('category') === category!.handle, 'the category never reached the address');
    // Chromium keeps at most 50 entries per tab, which the test files before this one may have filled.
    expect(history.length).to.equal(Math.min(entries + 1, 50));

    history.back();
    await waitUntil(() => grid.category === '', 'Back did not bring the unfiltered view again');
    await settled(grid);
    expect(param('category')).to.equal(null);
  });

  it('keeps the pages shown, and shows as many again after a reload', async () => {
    const grid = await syncedGrid('page-size="2"');
    const entries = history.length;
    query<HTMLButtonElement>(grid, '[part~="load-more"]').click();
    await waitUntil(() => param('page') === '2', 'the page never reached the address');
    expect(history.length, 'showing more replaces the entry').to.equal(entries);
    const shown = titles(grid);
    expect(shown).to.have.length(4);

    const again = await syncedGrid('page-size="2"');
    await waitUntil(() => titles(again).length === 4, 'the second page never came back');
    expect(titles(again)).to.deep.equal(shown);
  });
});
