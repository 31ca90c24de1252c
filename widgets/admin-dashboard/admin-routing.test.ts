import { expect, waitUntil } from '@open-wc/testing';
import { query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { AdminDashboard } from './admin-dashboard.ts';
import { clearScreen, orderList, placeStickerOrder, searchFor, signedInDashboard } from './admin-test-kit.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const screenParam = () => new URL(location.href).searchParams.get('screen');
const heading = (element: AdminDashboard) => text(query(element, '#dashboard-title'));
const current = (element: AdminDashboard) => text(query(element, '[part~="nav-link"][aria-current="page"]'));

/** The browser's Back or Forward: resolves once the dashboard has the popstate. */
async function travel(step: -1 | 1): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.go(step);
  await popped;
}

describe('<admin-dashboard>: screens in the URL', () => {
  afterEach(clearScreen);

  it('lists only the screens that exist, opens each by its link, and Back and Forward move between them', async () => {
    const element = await signedInDashboard();
    const links = queryAll<HTMLAnchorElement>(element, 'nav[part~="nav"] a[part~="nav-link"]');
    expect(links.map((link) => text(link))).to.deep.equal([
      'Orders',
      'Reviews',
      'Products',
      'Categories',
      'Low stock',
      'Audit log',
    ]);
    expect(query(element, 'nav').getAttribute('aria-label')).to.equal('Store admin');
    expect(new URL(links[1]!.href).searchParams.get('screen')).to.equal('reviews');
    expect(current(element)).to.equal('Orders');
    await expect(element).to.be.accessible();

    links[1]!.click();
    await waitFor(element, 'admin-reviews');
    expect(screenParam()).to.equal('reviews');
    expect(heading(element)).to.equal('Reviews');
    expect(current(element)).to.equal('Reviews');
    await waitUntil(() => element.shadowRoot?.activeElement?.id === 'dashboard-title', 'focus did not move');
    expect(element.shadowRoot?.querySelector('admin-order-list')).to.equal(null);

    await travel(-1);
    await waitFor(element, 'admin-order-list');
    expect(heading(element)).to.equal('Orders');
    expect(screenParam()).to.equal(null);
    await travel(1);
    await waitFor(element, 'admin-reviews');
    expect(heading(element)).to.equal('Reviews');
  });

  it('opens the screen the address names, as after a reload', async () => {
    const element = await signedInDashboard(undefined, undefined, { screen: 'reviews', ready: 'nav' });
    await waitFor(element, 'admin-reviews');
    expect(heading(element)).to.equal('Reviews');
    expect(current(element)).to.equal('Reviews');
  });

  it('keeps the open order in the address: a reload reopens it, Back returns to the list', async () => {
    const { order, email } = await placeStickerOrder();
    const first = await signedInDashboard();
    const list = await searchFor(first, email);
    query<HTMLButtonElement>(list, '[part~="open-order"]').click();
    await waitFor(first, 'admin-order-view');
    expect(screenParam()).to.equal(`orders/${order.id}`);

    // A reload: a new dashboard on the same address; Back leads to the list the first one showed.
    first.remove();
    const again = await signedInDashboard(undefined, undefined, { screen: `orders/${order.id}` });
    const view = await waitFor(again, 'admin-order-view');
    await waitUntil(() => text(view.shadowRoot?.querySelector('[part~="heading"]')) === `Order ${order.number}`);
    expect(orderList(again).hidden).to.equal(true);

    await travel(-1);
    await waitUntil(() => !again.shadowRoot?.querySelector('admin-order-view'), 'the order stayed open');
    expect(orderList(again).hidden).to.equal(false);
  });

  it('says so when the address names no screen, and the navigation still leads on', async () => {
    const element = await signedInDashboard(undefined, undefined, { screen: 'refunds', ready: 'nav' });
    const state = await waitFor(element, '[part~="not-found"]');
    expect(text(state)).to.contain('This page is not part of the dashboard.');
    expect(heading(element)).to.equal('Page not found');
    expect(queryAll(element, '[aria-current="page"]')).to.have.length(0);
    await expect(element).to.be.accessible();
    query<HTMLAnchorElement>(element, '[part~="nav-link"]').click();
    await waitFor(element, 'admin-order-list');
    expect(screenParam()).to.equal('orders');
  });

  it('keeps the host page’s own parameters and hash', async () => {
    const element = await signedInDashboard();
    const before = new URL(location.href);
    const host = new URL(location.href);
    host.searchParams.set('campaign', 'spring');
    host.hash = '#top';
    history.replaceState(null, '', host);
    try {
      queryAll<HTMLAnchorElement>(element, '[part~="nav-link"]')[1]!.click();
      await waitFor(element, 'admin-reviews');
      const now = new URL(location.href);
      expect(now.searchParams.get('campaign')).to.equal('spring');
      expect(now.searchParams.get('screen')).to.equal('reviews');
      expect(now.hash).to.equal('#top');
      expect(now.pathname).to.equal(before.pathname);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('leaves a link opened in a new tab to the browser', async () => {
    const element = await signedInDashboard();
    const reviews = queryAll<HTMLAnchorElement>(element, '[part~="nav-link"]')[1]!;
    let takenByDashboard: boolean | undefined;
    // Runs after the dashboard's own listener on the link; cancels the click so the test page stays.
    reviews.addEventListener(
      'click',
      (event) => {
        takenByDashboard = event.defaultPrevented;
        event.preventDefault();
      },
      { once: true },
    );
    reviews.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    await element.updateComplete;
    expect(takenByDashboard).to.equal(false);
    expect(screenParam()).to.equal(null);
    expect(heading(element)).to.equal('Orders');
  });
});
