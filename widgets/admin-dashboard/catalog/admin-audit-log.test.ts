import { expect, waitUntil } from '@open-wc/testing';
import { adminCredentials, query, queryAll } from '../../test-support/test-server.ts';
import { clearScreen, isolatedAdmin, signedInDashboard } from '../admin-test-kit.ts';
import type { AdminAuditLog } from './admin-audit-log.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const owner = isolatedAdmin();

before(() => owner.signIn(adminCredentials));
afterEach(clearScreen);

async function answered(log: AdminAuditLog): Promise<void> {
  await log.updateComplete;
  await waitUntil(() => !text(query(log, '[part="status"]')).startsWith('Loading'), 'the log never answered');
}

describe('<admin-dashboard>: audit log', () => {
  it('shows who changed which fields of a record, newest first, found by its id or kind', async () => {
    const categories = await owner.catalog.categories.list();
    const tag = crypto.randomUUID().slice(0, 8);
    const made = await owner.catalog.products.create({
      title: `Audited lamp ${tag}`,
      categoryId: categories.items[0]!.id,
      variants: [{ sku: `LAMP-${tag}`, title: 'Default', options: {}, price: 4000 }],
    });
    await owner.catalog.products.update(made.id, { version: made.version, title: `Audited lamp ${tag} II` });

    const element = await signedInDashboard(undefined, undefined, { screen: 'audit', ready: 'admin-audit-log' });
    const log = query<AdminAuditLog>(element, 'admin-audit-log');
    await answered(log);
    await expect(log).to.be.accessible();

    const record = query<HTMLInputElement>(log, '#record');
    record.value = made.id;
    record.dispatchEvent(new Event('input'));
    query<HTMLButtonElement>(log, '[part~="search-button"]').click();
    await answered(log);
    const entries = queryAll(log, '[part~="entry"]');
    expect(entries.map((entry) => text(entry.querySelector('[part~="entry-action"]')))).to.deep.equal([
      'product.update',
      'product.create',
    ]);
    expect(text(entries[0]!.querySelector('[part~="entry-actor"]'))).to.equal(adminCredentials.email);
    const update = entries[0]!;
    expect(text(update.querySelector('summary'))).to.contain('title');
    expect(text(update.querySelector('[part~="before"]'))).to.equal(`Audited lamp ${tag}`);
    expect(text(update.querySelector('[part~="after"]'))).to.equal(`Audited lamp ${tag} II`);

    const entity = query<HTMLSelectElement>(log, '#entity');
    entity.value = 'category';
    entity.dispatchEvent(new Event('change'));
    await answered(log);
    expect(text(query(log, '[part~="empty"]'))).to.contain('No changes match.');
  });
});
