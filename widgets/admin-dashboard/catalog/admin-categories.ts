import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AdminCategory, AdminClient } from '../../../sdk/admin/index.ts';
import { toStoreletError, type StoreletError } from '../../../sdk/index.ts';
import { emit } from '../../events.ts';
import { baseStyles, controlStyles, stateStyles } from '../../shared/styles.ts';
import { renderAccessError } from '../access-error.ts';
import { adminStyles } from '../admin-styles.ts';
import { blockStyles } from '../blocks/block-styles.ts';
import type { AdminConfirmDialog } from '../blocks/confirm-dialog.ts';
import { ServerForm } from '../blocks/server-form.ts';
import { tableStyles } from '../order-table.styles.ts';
import { formStyles } from './catalog.styles.ts';
import { categoryFields, renderCategoryForm } from './category-form.ts';

const CONFLICT = 'This category was changed by someone else — reload to see the changes.';

/**
 * @summary The categories screen of `<admin-dashboard>`: every category in display order with its product count; add,
 * edit, move up or down, and remove one (its products move to no category). Every edit sends the version it was made
 * from; when someone else changed a category meanwhile, the screen says so and keeps what was typed.
 * @event storelet-error - The categories could not be loaded, or a change was refused.
 * @csspart status - "Loading categories…".
 * @csspart new-category - Opens the form for a new category.
 * @csspart categories - The table.
 * @csspart category-row - A category.
 * @csspart category-products - Its number of products.
 * @csspart edit-category - Opens its form.
 * @csspart move-up - Moves it up.
 * @csspart move-down - Moves it down.
 * @csspart remove-category - Removes it, once confirmed.
 * @csspart category-form - The form.
 * @csspart category-name - The name.
 * @csspart category-handle - The handle.
 * @csspart category-description - The description.
 * @csspart field-error - The server's word on a field.
 * @csspart form-error - Why a save was refused, when no field says it.
 * @csspart save-category - Saves.
 * @csspart cancel-category - Closes the form.
 * @csspart action-error - Why a move or a removal was refused.
 * @csspart conflict - A category changed since it was read.
 * @csspart reload - Reads the categories again.
 * @csspart error - The state when the categories could not be loaded.
 * @csspart forbidden - The error state of an account that is not an admin (also error).
 * @csspart retry - Its "Try again" button.
 * @csspart button - Every button.
 */
export class AdminCategories extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    stateStyles,
    adminStyles,
    tableStyles,
    blockStyles,
    formStyles,
    css`
      .category-form {
        display: grid;
        gap: 0.75rem;
        margin-top: 1rem;
        padding: 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .row-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
    `,
  ];

  @property({ attribute: false }) client: AdminClient | undefined;

  @state() private categories: AdminCategory[] | undefined;
  @state() private loadError: StoreletError | undefined;
  /** The category whose form is open; 'new' for a new one. */
  @state() private editing: string | undefined;
  @state() private handleError = '';
  @state() private actionError = '';
  @state() private conflict = false;
  @state() private busy = false;
  @query('admin-confirm-dialog') private confirmDialog?: AdminConfirmDialog;
  private readonly form = new ServerForm(this, (error) => this.refused(error));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) void this.load(this.client);
  }

  private refused(error: StoreletError): void {
    this.conflict = error.code === 'version_conflict';
    if (error.code === 'handle_taken') this.handleError = error.message;
    emit(this, 'storelet-error', { code: error.code, message: error.message });
  }

  /** Reads the categories; an open form stays open, as typed, unless its category is gone. */
  private async load(client: AdminClient): Promise<void> {
    this.loadError = undefined;
    this.conflict = false;
    try {
      this.categories = (await client.catalog.categories.list()).items;
      if (this.editing !== 'new' && !this.categories.some((category) => category.id === this.editing)) {
        this.editing = undefined;
      }
    } catch (thrown) {
      this.loadError = toStoreletError(thrown);
      emit(this, 'storelet-error', { code: this.loadError.code, message: this.loadError.message });
    }
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private open(editing: string): void {
    this.editing = editing;
    this.handleError = '';
    this.conflict = false;
    this.form.reset();
    void this.focusOn('#category-name');
  }

  private close(): void {
    const closed = this.editing;
    this.editing = undefined;
    void this.focusOn(
      closed === 'new' || !closed
        ? '[part~="new-category"]'
        : `[part~="edit-category"][data-category="${CSS.escape(closed)}"]`,
    );
  }

  private async save(event: SubmitEvent, category: AdminCategory | undefined): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client) return;
    this.handleError = '';
    const { name, handle, description } = categoryFields(event.target as HTMLFormElement);
    const saved = await this.form.submit(() =>
      category
        ? client.catalog.categories.update(category.id, {
            version: category.version,
            name,
            description,
            ...(handle ? { handle } : {}),
          })
        : client.catalog.categories.create({ name, description, ...(handle ? { handle } : {}) }),
    );
    if (!saved) {
      await this.focusOn('[aria-invalid="true"], [part~="reload"]');
      return;
    }
    const categories = this.categories ?? [];
    this.categories = category
      ? categories.map((item) => (item.id === saved.id ? saved : item))
      : [...categories, saved];
    this.editing = saved.id;
    this.close();
  }

  /** Runs a move or a removal; a refusal is said above the table. */
  private async act(send: () => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.actionError = '';
    this.conflict = false;
    try {
      await send();
      return true;
    } catch (thrown) {
      const error = toStoreletError(thrown);
      this.refused(error);
      if (!this.conflict) this.actionError = error.message;
      return false;
    } finally {
      this.busy = false;
    }
  }

  private async move(index: number, step: -1 | 1): Promise<void> {
    const client = this.client;
    const categories = [...(this.categories ?? [])];
    const moved = categories[index];
    if (!client || !moved || !categories[index + step]) return;
    categories.splice(index, 1);
    categories.splice(index + step, 0, moved);
    const order = { categories: categories.map(({ id, version }) => ({ id, version })) };
    const done = await this.act(async () => {
      this.categories = (await client.catalog.categories.reorder(order)).items;
    });
    if (!done) return;
    const first = index + step === 0;
    const last = index + step === categories.length - 1;
    // At either end the pressed button is gone: the keyboard stays on the category's other move.
    const button = (step === -1 && !first) || (step === 1 && last) ? 'move-up' : 'move-down';
    await this.focusOn(`[part~="${button}"][data-category="${CSS.escape(moved.id)}"]`);
  }

  private async removeCategory(category: AdminCategory): Promise<void> {
    const client = this.client;
    if (!client) return;
    const confirmed = await this.confirmDialog?.ask({
      title: `Remove ${category.name}?`,
      message:
        category.productCount > 0
          ? `Its ${category.productCount} products will have no category until you give them one.`
          : 'It holds no products.',
      confirmLabel: 'Remove category',
    });
    if (!confirmed) return;
    const done = await this.act(() => client.catalog.categories.delete(category.id, category.version));
    if (!done) return;
    await this.load(client);
    await this.focusOn('[part~="new-category"]');
  }

  protected override render(): TemplateResult {
    const client = this.client;
    if (this.loadError) {
      return renderAccessError(
        this.loadError,
        'Categories could not be loaded.',
        () => client && void this.load(client),
      );
    }
    const categories = this.categories;
    if (!categories) return html`<p part="status" class="state" role="status">Loading categories…</p>`;
    const editing = categories.find((category) => category.id === this.editing);
    return html`<p><button part="new-category button" class="button" type="button" @click=${() => this.open('new')}>New category</button></p>
      ${
        this.conflict
          ? html`<div part="conflict" class="conflict" role="alert"><p>${CONFLICT}</p>
            <button part="reload button" class="button secondary" type="button" @click=${() => client && void this.load(client)}>Reload</button></div>`
          : nothing
      }
      <p part="action-error" class="message error" role="alert">${this.actionError}</p>
      ${this.renderTable(categories)}
      ${
        this.editing === 'new' || editing
          ? renderCategoryForm({
              category: editing,
              form: this.form,
              handleError: this.handleError,
              onSubmit: (event) => void this.save(event, editing),
              onCancel: () => this.close(),
            })
          : nothing
      }
      <admin-confirm-dialog></admin-confirm-dialog>`;
  }

  private renderTable(categories: readonly AdminCategory[]): TemplateResult {
    const busy = this.busy ? 'true' : 'false';
    return html`<div class="table-wrap" role="region" aria-label="Categories" tabindex="0">
      <table part="categories" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">Category</th>
            <th role="columnheader" scope="col">Handle</th>
            <th role="columnheader" scope="col" class="number">Products</th>
            <th role="columnheader" scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${categories.map(
            (category, index) => html`<tr role="row" part="category-row" data-category=${category.id}>
              <th role="rowheader" scope="row">${category.name}</th>
              <td role="cell">${category.handle}</td>
              <td role="cell" part="category-products" class="number">${category.productCount}</td>
              <td role="cell">
                <div class="row-actions" role="group" aria-label="${category.name}">
                  <button part="edit-category button" class="button secondary" type="button" data-category=${category.id}
                    @click=${() => this.open(category.id)}>Edit</button>
                  ${
                    index > 0
                      ? html`<button part="move-up button" class="button secondary" type="button" data-category=${category.id}
                        aria-label="Move ${category.name} up" aria-disabled=${busy} @click=${() => void this.move(index, -1)}>↑</button>`
                      : nothing
                  }
                  ${
                    index < categories.length - 1
                      ? html`<button part="move-down button" class="button secondary" type="button" data-category=${category.id}
                        aria-label="Move ${category.name} down" aria-disabled=${busy} @click=${() => void this.move(index, 1)}>↓</button>`
                      : nothing
                  }
                  <button part="remove-category button" class="button secondary" type="button" aria-disabled=${busy}
                    aria-label="Remove ${category.name}" @click=${() => void this.removeCategory(category)}>Remove</button>
                </div>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-categories': AdminCategories;
  }
}
