import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { query, queryAll } from '../test-support/test-server.ts';
import { pngFile } from '../test-support/sticker-fixtures.ts';
import { TEST_ADDRESS } from '../test-support/cart-fixtures.ts';
import { openOrderOf, pdfFile, placeStickerOrder, signedInDashboard } from './admin-test-kit.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const inside = (inner: Element, outer: Element) =>
  inner.getBoundingClientRect().right <= outer.getBoundingClientRect().right + 0.5;

describe('<admin-dashboard>: one order', () => {
  it('saves a design under the safe name the server gives it, not the shopper’s', async () => {
    const { email } = await placeStickerOrder({ design: await pngFile('invoice.html') });
    const saved: { file: Blob; fileName: string }[] = [];
    const element = await signedInDashboard(saved);
    const view = await openOrderOf(element, email);
    expect(text(query(view, '[part~="design-name"]'))).to.equal('invoice.html');
    setTimeout(() => query<HTMLButtonElement>(view, '[part~="download"]').click());
    expect((await oneEvent(element, 'storelet-admin-design-download')).detail.fileName).to.equal('invoice.html.png');
    expect(saved.map((file) => file.fileName)).to.deep.equal(['invoice.html.png']);
  });

  it('shows a PDF design’s file type, never the product photo, where it has no preview', async () => {
    const { email } = await placeStickerOrder({ design: pdfFile('print-ready-label.pdf') });
    const element = await signedInDashboard();
    const view = await openOrderOf(element, email);
    const line = query(view, '[part~="line"]');
    expect(line.querySelector('img'), 'no picture stands in for the design').to.equal(null);
    expect(text(line.querySelector('[part~="line-image"]'))).to.equal('PDF');
    expect(text(query(view, '[part~="design-image"]'))).to.equal('PDF');
    await expect(view).to.be.accessible();
  });

  it('shows the phone and the address as written in the US, and copies the address as plain lines', async () => {
    const shippingAddress = {
      ...TEST_ADDRESS,
      line1: '12 Analytical Row',
      city: 'Brooklyn',
      region: 'NY',
      postalCode: '11201',
      phone: '+1 718 555 0100',
    };
    const { email } = await placeStickerOrder({ shippingAddress });
    const element = await signedInDashboard();
    const view = await openOrderOf(element, email);
    expect(text(query(view, '[part~="address"]'))).to.contain('Brooklyn, NY 11201');
    expect(text(query(view, '[part~="phone"]'))).to.equal('Phone +1 718 555 0100');
    const copied: string[] = [];
    const writeText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => void copied.push(value);
    try {
      const button = query<HTMLButtonElement>(view, '[part~="copy-address"]');
      button.click();
      await waitUntil(() => text(button) === 'Address copied', 'the button never said it copied');
    } finally {
      navigator.clipboard.writeText = writeText;
    }
    expect(copied).to.deep.equal(['Ada Lovelace\n12 Analytical Row\nBrooklyn, NY 11201\nUnited States']);
    await expect(view).to.be.accessible();
  });

  it('shows the exact unit price of a line whose total does not divide into whole cents', async () => {
    const { order, email } = await placeStickerOrder();
    const [line] = order.lines;
    expect(line!.total.amount % line!.quantity, 'a total that divides evenly would not test this').to.not.equal(0);
    const element = await signedInDashboard();
    const view = await openOrderOf(element, email);
    const exact = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: line!.total.currency,
      maximumFractionDigits: 4,
    });
    expect(text(query(view, '[part~="line-quantity"]'))).to.equal(
      `Qty 100 × ${exact.format(line!.total.amount / 100 / 100)}`,
    );
  });

  it('names the order in one heading', async () => {
    const { order, email } = await placeStickerOrder();
    const element = await signedInDashboard();
    const view = await openOrderOf(element, email);
    const headings = [...queryAll(element, 'h1, h2, h3, h4, h5, h6'), ...queryAll(view, 'h1, h2, h3, h4, h5, h6')].map(
      (heading) => text(heading),
    );
    expect(headings.filter((heading) => heading.includes(order.number))).to.deep.equal([`Order ${order.number}`]);
  });

  it('keeps a very long email inside its column', async () => {
    const email = `${'maximilian.alexander.konstantin'}.${'hohenzollern.sigmaringen'}@verylongcompanydomainname-printing.example.com`;
    await placeStickerOrder({ email });
    const element = await signedInDashboard();
    element.style.width = '780px';
    const view = await openOrderOf(element, email);
    const link = query(view, '[part~="email"]');
    expect(inside(link, query(view, '[part~="customer"]')), 'the email stays in the customer column').to.equal(true);
    expect(inside(query(view, '[part~="address"]'), query(view, '[part~="customer"]'))).to.equal(true);
  });
});
