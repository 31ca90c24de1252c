import { expect } from '@open-wc/testing';
import { adminCredentials, query, waitFor } from '../../test-support/test-server.ts';
import type { AdminDashboard } from '../admin-dashboard.ts';
import { clearScreen, isolatedAdmin, signedInDashboard } from '../admin-test-kit.ts';

const owner = isolatedAdmin();
before(() => owner.signIn(adminCredentials));
afterEach(clearScreen);

const fitsAcross = (element: Element) => element.scrollWidth <= element.clientWidth + 0.5;

/** The dashboard on a phone's width, showing `screen` once `ready` has rendered its content. */
async function onAPhone(
  screen: string,
  ready: string,
  content: string,
): Promise<{ element: AdminDashboard; inner: HTMLElement }> {
  const element = await signedInDashboard(undefined, undefined, { screen, ready });
  element.style.width = '340px';
  const inner = query(element, ready);
  await waitFor(inner, content);
  return { element, inner };
}

describe('<admin-dashboard>: the catalog screens fit a phone', () => {
  for (const [screen, ready, content] of [
    ['products', 'admin-product-list', '[part~="products"]'],
    ['categories', 'admin-categories', '[part~="categories"]'],
    ['stock', 'admin-low-stock', '[part~="low-stock"], [part~="empty"]'],
    ['audit', 'admin-audit-log', '[part~="entries"], [part~="empty"]'],
  ] as const) {
    it(`${screen}: no sideways scroll`, async () => {
      const { element, inner } = await onAPhone(screen, ready, content);
      expect(fitsAcross(element), 'the dashboard scrolls sideways').to.equal(true);
      const wrap = inner.shadowRoot?.querySelector('.table-wrap');
      if (wrap) expect(fitsAcross(wrap), `the table is ${wrap.scrollWidth}px in ${wrap.clientWidth}px`).to.equal(true);
    });
  }

  it('a product’s form: no sideways scroll, its variants stacked', async () => {
    const { items } = await owner.catalog.products.list({ limit: 1, status: 'active' });
    const { element, inner } = await onAPhone(`products/${items[0]!.id}`, 'admin-product-form', '#title');
    expect(fitsAcross(element), 'the dashboard scrolls sideways').to.equal(true);
    const wrap = query(inner, '.table-wrap');
    expect(fitsAcross(wrap), `the variants are ${wrap.scrollWidth}px in ${wrap.clientWidth}px`).to.equal(true);
  });
});
