import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createAdminClient } from '../../sdk/admin/index.ts';
import { formatMoney, memoryStorage } from '../../sdk/index.ts';
import { apiUrl, query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { AdminDashboard } from './admin-dashboard.ts';
import { orderList, placeStickerOrder, sha256, signedInDashboard } from './admin-test-kit.ts';
import { saveFile } from './save-file.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The rows the list shows once it has loaded, by order number. */
async function rows(element: AdminDashboard): Promise<Map<string, HTMLElement>> {
  const list = orderList(element);
  await waitUntil(
    () => list.shadowRoot?.querySelector('[part~="order-row"], [part~="empty"], [part~="error"]'),
    'the list never loaded',
  );
  return new Map(
    queryAll(list, '[part~="order-row"]').map((row) => [text(row.querySelector('[part~="open-order"]')), row]),
  );
}

async function search(element: AdminDashboard, q: string): Promise<void> {
  const list = orderList(element);
  const input = query<HTMLInputElement>(list, '#q');
  input.value = q;
  input.dispatchEvent(new Event('input'));
  query<HTMLButtonElement>(list, '[part~="search-button"]').click();
  await settled(list);
}

/** The list asked again (it shows loading after the update that follows a search) and has its answer. */
async function settled(list: HTMLElement): Promise<void> {
  await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await waitUntil(() => query(list, '[part="status"]').textContent !== 'Loading orders…', 'the list never answered');
}

describe('<admin-dashboard>: orders', () => {
  it('lists the placed order with its facts, accessibly, and a search narrows the list to it', async () => {
    const { order, email } = await placeStickerOrder();
    const element = await signedInDashboard();
    const row = (await rows(element)).get(order.number);
    expect(row, `${order.number} is listed`).to.not.equal(undefined);
    expect(text(row!.querySelector('[part~="order-email"]'))).to.equal(email);
    expect(text(row!.querySelector('[part~="order-total"]'))).to.equal(formatMoney(order.totals.total));
    expect(text(row!.querySelector('[part~="payment-status"]'))).to.equal('Paid');
    expect(text(row!.querySelector('[part~="fulfillment-status"]'))).to.equal('Unfulfilled');
    expect(text(row!.querySelector('[part~="design-count"]'))).to.equal('1');
    await expect(orderList(element)).to.be.accessible();

    await placeStickerOrder();
    await search(element, email);
    expect([...(await rows(element)).keys()]).to.deep.equal([order.number]);
    await search(element, 'nobody-ordered-this@example.com');
    expect(text(query(orderList(element), '[part~="empty"]'))).to.contain('No orders match.');
  });

  it('filters by payment status', async () => {
    const { order } = await placeStickerOrder({ payment: 'decline' });
    const { order: paid } = await placeStickerOrder();
    const element = await signedInDashboard();
    const select = query<HTMLSelectElement>(orderList(element), '#payment');
    select.value = 'failed';
    select.dispatchEvent(new Event('change'));
    await settled(orderList(element));
    const shown = queryAll(orderList(element), '[part~="payment-status"]').map((badge) => text(badge));
    expect(
      shown.every((label) => label === 'Payment failed'),
      shown.join(', '),
    ).to.equal(true);
    expect([...(await rows(element)).keys()]).to.include(order.number);
    expect([...(await rows(element)).keys()]).to.not.include(paid.number);
  });

  it('opens the order: customer, address, sticker specs, and the design with its facts and SHA-256', async () => {
    const { order, design, email } = await placeStickerOrder();
    const element = await signedInDashboard();
    await search(element, email);
    setTimeout(() => query<HTMLButtonElement>(orderList(element), '[part~="open-order"]').click());
    expect((await oneEvent(element, 'storelet-admin-order-open')).detail.orderNumber).to.equal(order.number);
    const view = await waitFor(element, 'admin-order-view');
    const heading = await waitFor(view, '[part~="heading"]');
    expect(text(heading)).to.equal(`Order ${order.number}`);
    await waitUntil(() => view.shadowRoot?.activeElement === heading, 'focus did not move to the order');
    expect(text(query(view, '[part~="customer"]')))
      .to.contain(email)
      .and.contain('Ada Lovelace')
      .and.contain('Austin');
    const line = query(view, '[part~="line"]');
    const sticker = order.lines[0]!.sticker!;
    expect(text(line.querySelector('[part~="line-spec"]'))).to.equal(sticker.summary);
    expect(text(line.querySelector('[part~="line-quantity"]'))).to.contain('Qty 100');
    expect(line.querySelector<HTMLImageElement>('img[part~="line-image"]')?.alt).to.equal('Design rocket.png');

    const facts = query(view, '[part~="design"]');
    expect(text(facts.querySelector('[part~="design-name"]'))).to.equal('rocket.png');
    expect(text(facts.querySelector('[part~="design-format"]'))).to.equal('PNG (image/png)');
    expect(text(facts.querySelector('[part~="design-pixels"]'))).to.equal('120 × 80 px');
    const hash = await sha256(design);
    const shown = facts.querySelector('[part~="design-sha256"]')!;
    expect(shown.getAttribute('title')).to.equal(hash);
    expect(text(shown)).to.equal(`${hash.slice(0, 12)}…`);
    expect(text(facts.querySelector('[part~="design-lines"]'))).to.equal(`${sticker.summary} × 100`);
    expect(text(query(view, '[part~="total"]'))).to.contain(formatMoney(order.totals.total));
    await expect(view).to.be.accessible();

    query<HTMLButtonElement>(view, '[part~="back"]').click();
    await waitUntil(() => !element.shadowRoot?.querySelector('admin-order-view'), 'the order did not close');
    await waitUntil(
      () => orderList(element).shadowRoot?.activeElement?.textContent?.trim() === order.number,
      'focus did not return to the order',
    );
  });

  it('downloads the design: the saved file is the uploaded one, under its name', async () => {
    const { design, email } = await placeStickerOrder();
    const saved: { file: Blob; fileName: string }[] = [];
    const element = await signedInDashboard(saved);
    await search(element, email);
    query<HTMLButtonElement>(orderList(element), '[part~="open-order"]').click();
    const view = await waitFor(element, 'admin-order-view');
    const button = await waitFor<HTMLButtonElement>(view, '[part~="download"]');
    setTimeout(() => button.click());
    const downloaded = await oneEvent(element, 'storelet-admin-design-download');
    expect(downloaded.detail.fileName).to.equal('rocket.png');
    expect(saved).to.have.length(1);
    expect(saved[0]!.fileName).to.equal('rocket.png');
    expect(new Uint8Array(await saved[0]!.file.arrayBuffer())).to.deep.equal(
      new Uint8Array(await design.arrayBuffer()),
    );
    expect(button.disabled).to.equal(false);
  });

  it('shows why a download failed, and lets it be tried again', async () => {
    const { email } = await placeStickerOrder();
    const client = createAdminClient({
      apiUrl,
      storage: memoryStorage(),
      retries: 0,
      fetch: (input, init) =>
        String(input).endsWith('/file') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
    });
    const element = await signedInDashboard([], client);
    await search(element, email);
    query<HTMLButtonElement>(orderList(element), '[part~="open-order"]').click();
    const view = await waitFor(element, 'admin-order-view');
    const button = await waitFor<HTMLButtonElement>(view, '[part~="download"]');
    button.click();
    await waitUntil(
      () => text(view.shadowRoot?.querySelector('[part~="download-error"]')) !== '',
      'no error was shown',
    );
    expect(text(query(view, '[part~="download-error"]'))).to.equal(
      'The file could not be downloaded. The shop could not be reached.',
    );
    expect(query(view, '[part~="download-error"]').getAttribute('role')).to.equal('alert');
    expect(button.disabled).to.equal(false);
  });

  it('saves a file through a download link on an object URL', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      saveFile(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), 'label.pdf');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('label.pdf');
    expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
    expect(await (await fetch(clicked[0]!.href)).text()).to.equal('%PDF-1.7');
    expect(clicked[0]!.isConnected).to.equal(false);
  });
});
