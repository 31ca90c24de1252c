import { expect } from '@open-wc/testing';
import { query, queryAll } from '../test-support/test-server.ts';
import type { AdminDashboard } from './admin-dashboard.ts';
import { placeStickerOrder, searchFor, signedInDashboard } from './admin-test-kit.ts';

/** About 100 characters and no space, as the audit's customer had. */
const LONG_EMAIL = () =>
  `maximilian.alexander.konstantin.${crypto.randomUUID().slice(0, 8)}.sigmaringen@verylongcompanydomainname-printing.example.com`;

async function listShowing(
  email: string,
  width: string,
): Promise<{ element: AdminDashboard; list: HTMLElement; row: HTMLElement }> {
  const element = await signedInDashboard();
  element.style.width = width;
  const list = await searchFor(element, email);
  return { element, list, row: query(list, '[part~="order-row"]') };
}

const fitsAcross = (element: Element) => element.scrollWidth <= element.clientWidth;
const within = (inner: Element, outer: Element) => {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.width > 0 && a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
};
/** An inline element laid out on one line has one box. */
const oneLine = (element: Element | null) => element?.getClientRects().length === 1;

describe('<admin-dashboard>: the order list fits its space', () => {
  it('on a desktop, a long email wraps and every column stays in view, dates and numbers on one line', async () => {
    const email = LONG_EMAIL();
    await placeStickerOrder({ email });
    const { list, row } = await listShowing(email, '780px');
    const wrap = query(list, '.table-wrap');
    expect(fitsAcross(wrap), `the table is ${wrap.scrollWidth}px in ${wrap.clientWidth}px`).to.equal(true);
    expect(within(query(list, '[part~="design-count"]'), wrap), 'the Designs column is in view').to.equal(true);
    expect(oneLine(row.querySelector('time')), 'the date is on one line').to.equal(true);
    expect(oneLine(row.querySelector('[part~="open-order"]')), 'the order number is on one line').to.equal(true);
  });

  it('on a phone, each order is a card with its payment in view and no sideways scroll', async () => {
    const email = LONG_EMAIL();
    await placeStickerOrder({ email });
    const { element, list, row } = await listShowing(email, '340px');
    const wrap = query(list, '.table-wrap');
    expect(fitsAcross(wrap), `the list is ${wrap.scrollWidth}px in ${wrap.clientWidth}px`).to.equal(true);
    expect(fitsAcross(element)).to.equal(true);
    for (const part of [
      'open-order',
      'order-email',
      'order-total',
      'payment-status',
      'fulfillment-status',
      'design-count',
    ]) {
      expect(within(row.querySelector(`[part~="${part}"]`)!, wrap), `${part} is in view`).to.equal(true);
    }
    // The number, date and email come first, as a screen reader reads them.
    const [number, date, mail] = ['open-order', 'order-date', 'order-email'].map((part) =>
      row.querySelector(`[part~="${part}"]`)!.getBoundingClientRect(),
    );
    expect(number!.top <= mail!.top && date!.top <= mail!.top).to.equal(true);
    expect(queryAll(list, 'th[scope="col"]')).to.have.length(7);
    await expect(list).to.be.accessible();
  });
});
