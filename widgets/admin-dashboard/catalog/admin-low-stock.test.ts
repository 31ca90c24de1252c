import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { AdminProduct } from '../../../sdk/admin/index.ts';
import { adminCredentials, query, queryAll, waitFor } from '../../test-support/test-server.ts';
import { clearScreen, isolatedAdmin, signedInDashboard } from '../admin-test-kit.ts';
import type { AdminLowStock } from './admin-low-stock.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const owner = isolatedAdmin();

before(() => owner.signIn(adminCredentials));
afterEach(clearScreen);

/** A product of its own, one variant with `units` on hand (below the default threshold of 5). */
async function lowProduct(units: number): Promise<AdminProduct> {
  const categories = await owner.catalog.categories.list();
  const tag = crypto.randomUUID().slice(0, 8);
  return owner.catalog.products.create({
    title: `Scarce candle ${tag}`,
    categoryId: categories.items[0]!.id,
    status: 'active',
    variants: [{ sku: `CANDLE-${tag}`, title: 'Default', options: {}, price: 900, initialStock: units }],
  });
}

/** The low-stock screen, its list loaded until `variantId`'s row shows. */
async function lowStockWith(variantId: string): Promise<{ screen: AdminLowStock; row: () => HTMLElement }> {
  const element = await signedInDashboard(undefined, undefined, { screen: 'stock', ready: 'admin-low-stock' });
  const screen = query<AdminLowStock>(element, 'admin-low-stock');
  await showRow(screen, variantId);
  return { screen, row: () => query(screen, `[part~="stock-row"][data-variant="${variantId}"]`) };
}

/** Loads more of the list until `variantId`'s row shows (fewest available first: others may come before it). */
function showRow(screen: AdminLowStock, variantId: string): Promise<void> {
  return waitUntil(() => {
    if (screen.shadowRoot?.querySelector(`[part~="stock-row"][data-variant="${variantId}"]`)) return true;
    screen.shadowRoot?.querySelector<HTMLButtonElement>('[part~="load-more"][aria-disabled="false"]')?.click();
    return false;
  }, 'the variant never showed as low');
}

async function adjust(
  screen: AdminLowStock,
  row: HTMLElement,
  change: { mode?: string; amount: string; reason: string },
) {
  row.querySelector<HTMLButtonElement>('[part~="adjust"]')!.click();
  const amount = await waitFor<HTMLInputElement>(screen, '#adjust-amount');
  await waitUntil(() => screen.shadowRoot?.activeElement === amount, 'focus did not move to the form');
  if (change.mode) query<HTMLInputElement>(screen, `input[name="mode"][value="${change.mode}"]`).click();
  amount.value = change.amount;
  query<HTMLSelectElement>(screen, '#adjust-reason').value = change.reason;
  const answered = oneEvent(screen, 'storelet-error').then(() => undefined);
  query<HTMLButtonElement>(screen, '[part~="save-stock"]').click();
  return answered;
}

describe('<admin-dashboard>: low stock', () => {
  it('lists a variant running low, accessibly, and adds received units to it with the reason in the ledger', async () => {
    const product = await lowProduct(2);
    const variantId = product.variants[0]!.id;
    const { screen, row } = await lowStockWith(variantId);
    expect(text(row().querySelector('[part~="stock-available"]'))).to.equal('2');
    await expect(screen).to.be.accessible();

    void adjust(screen, row(), { amount: '10', reason: 'received' });
    await waitUntil(() => text(row().querySelector('[part~="stock-available"]')) === '12', 'the row never updated');
    expect(text(query(screen, '[part~="saved"]'))).to.contain('12 available now');
    await waitUntil(() => screen.shadowRoot?.activeElement?.matches('[part~="adjust"]'), 'focus was lost');
    const ledger = await owner.catalog.stock.movements(variantId);
    expect(ledger.items[0]).to.include({ delta: 10, reason: 'received', stockedAfter: 12 });
  });

  it('says why a change was refused: fewer units than taken away, or a count made on stock changed since', async () => {
    const product = await lowProduct(3);
    const variantId = product.variants[0]!.id;
    const { screen, row } = await lowStockWith(variantId);

    await adjust(screen, row(), { amount: '-7', reason: 'damaged' });
    await screen.updateComplete;
    expect(text(query(screen, '[part~="adjust-error"]'))).to.contain('Only 3 units are on hand');

    query<HTMLButtonElement>(screen, '[part~="cancel-adjust"]').click();
    await owner.catalog.stock.change(variantId, { delta: 1, reason: 'returned' });
    await adjust(screen, row(), { mode: 'count', amount: '1', reason: 'count' });
    await screen.updateComplete;
    expect(text(query(screen, '[part~="conflict"]')))
      .to.contain('changed by someone else')
      .and.contain('reload');
    expect(query<HTMLInputElement>(screen, '#adjust-amount').value).to.equal('1');
    expect((await owner.catalog.products.get(product.id)).variants[0]!.stock.stocked).to.equal(4);

    query<HTMLButtonElement>(screen, '[part~="reload"]').click();
    await screen.updateComplete;
    await waitUntil(() => !text(query(screen, '[part="status"]')).startsWith('Loading'), 'the list never answered');
    await showRow(screen, variantId);
    await waitUntil(
      () => text(row().querySelector('[part~="stock-available"]')) === '4',
      'the list was not read again',
    );
    expect(queryAll(screen, '[part~="adjust-form"]')).to.have.length(0);
  });
});
