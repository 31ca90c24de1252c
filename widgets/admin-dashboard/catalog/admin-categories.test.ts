import { expect, waitUntil } from '@open-wc/testing';
import type { AdminCategory } from '../../../sdk/admin/index.ts';
import { adminCredentials, query, queryAll, waitFor } from '../../test-support/test-server.ts';
import { clearScreen, isolatedAdmin, signedInDashboard } from '../admin-test-kit.ts';
import type { AdminConfirmDialog } from '../blocks/confirm-dialog.ts';
import type { AdminCategories } from './admin-categories.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const owner = isolatedAdmin();

before(() => owner.signIn(adminCredentials));
afterEach(clearScreen);

async function categoriesScreen(): Promise<AdminCategories> {
  const element = await signedInDashboard(undefined, undefined, { screen: 'categories', ready: 'admin-categories' });
  const screen = query<AdminCategories>(element, 'admin-categories');
  await waitFor(screen, '[part~="categories"]');
  return screen;
}

const row = (screen: AdminCategories, id: string) => query(screen, `[part~="category-row"][data-category="${id}"]`);
const serverCategory = async (id: string): Promise<AdminCategory | undefined> =>
  (await owner.catalog.categories.list()).items.find((category) => category.id === id);

/** Fills the open category form and sends it; resolves once the server answered. */
async function submitCategory(screen: AdminCategories, fields: { name: string; handle?: string }): Promise<void> {
  const name = await waitFor<HTMLInputElement>(screen, '#category-name');
  name.value = fields.name;
  if (fields.handle !== undefined) query<HTMLInputElement>(screen, '#category-handle').value = fields.handle;
  query<HTMLButtonElement>(screen, '[part~="save-category"]').click();
  // The click marks the form busy at once; it is rendered busy until the server answers.
  await screen.updateComplete;
  await waitUntil(() => !screen.shadowRoot?.querySelector('form[aria-busy="true"]'), 'the save never answered');
  await screen.updateComplete;
}

describe('<admin-dashboard>: categories', () => {
  it('adds a category, accessibly, then renames it, the server’s word under a bad handle', async () => {
    const screen = await categoriesScreen();
    await expect(screen).to.be.accessible();
    query<HTMLButtonElement>(screen, '[part~="new-category"]').click();
    const name = `Gifts ${crypto.randomUUID().slice(0, 6)}`;
    await submitCategory(screen, { name });
    const created = (await owner.catalog.categories.list()).items.find((category) => category.name === name);
    expect(created, 'the category was not created').to.not.equal(undefined);
    expect(text(row(screen, created!.id).querySelector('th'))).to.equal(name);

    row(screen, created!.id).querySelector<HTMLButtonElement>('[part~="edit-category"]')!.click();
    await expect(screen).to.be.accessible();
    await submitCategory(screen, { name: `${name} II`, handle: 'Bad Handle' });
    await waitUntil(() => text(query(screen, '#category-handle-error')) !== '', 'no field error');
    expect(query(screen, '#category-handle').getAttribute('aria-invalid')).to.equal('true');
    await submitCategory(screen, { name: `${name} II`, handle: created!.handle });
    await waitUntil(() => text(row(screen, created!.id).querySelector('th')) === `${name} II`);
    expect((await serverCategory(created!.id))?.name).to.equal(`${name} II`);
  });

  it('says a category changed by someone else must be reloaded, keeping what was typed', async () => {
    const made = await owner.catalog.categories.create({ name: `Contested ${crypto.randomUUID().slice(0, 6)}` });
    const screen = await categoriesScreen();
    await owner.catalog.categories.update(made.id, { version: made.version, name: `${made.name} (theirs)` });
    row(screen, made.id).querySelector<HTMLButtonElement>('[part~="edit-category"]')!.click();
    await submitCategory(screen, { name: `${made.name} (mine)` });
    await waitFor(screen, '[part~="conflict"]');
    expect(text(query(screen, '[part~="conflict"]'))).to.contain('changed by someone else — reload');
    expect(query<HTMLInputElement>(screen, '#category-name').value).to.equal(`${made.name} (mine)`);
    query<HTMLButtonElement>(screen, '[part~="reload"]').click();
    await waitUntil(() => text(row(screen, made.id).querySelector('th')) === `${made.name} (theirs)`);
  });

  it('moves a category down and removes one once confirmed', async () => {
    const made = await owner.catalog.categories.create({ name: `Movable ${crypto.randomUUID().slice(0, 6)}` });
    const screen = await categoriesScreen();
    const rows = () => queryAll(screen, '[part~="category-row"]').map((item) => item.dataset['category']);
    const at = rows().indexOf(made.id);
    expect(at).to.be.greaterThan(0);
    row(screen, made.id).querySelector<HTMLButtonElement>('[part~="move-up"]')!.click();
    await waitUntil(() => rows().indexOf(made.id) === at - 1, 'the category did not move');
    const order = (await owner.catalog.categories.list()).items.map((category) => category.id);
    expect(order.indexOf(made.id)).to.equal(at - 1);

    row(screen, made.id).querySelector<HTMLButtonElement>('[part~="remove-category"]')!.click();
    const dialog = query<AdminConfirmDialog>(screen, 'admin-confirm-dialog');
    const confirm = await waitFor<HTMLButtonElement>(dialog, '[part~="confirm"]');
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the dialog never opened');
    confirm.click();
    await waitUntil(() => !rows().includes(made.id), 'the category is still listed');
    expect(await serverCategory(made.id)).to.equal(undefined);
  });
});
