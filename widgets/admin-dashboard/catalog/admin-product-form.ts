import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminCategory, AdminClient, AdminProduct, ProductStatus } from '../../../sdk/admin/index.ts';
import { toStoreletError, type StoreletError } from '../../../sdk/index.ts';
import { emit } from '../../events.ts';
import { baseStyles, controlStyles, stateStyles } from '../../shared/styles.ts';
import { renderAccessError } from '../access-error.ts';
import { adminStyles } from '../admin-styles.ts';
import { blockStyles } from '../blocks/block-styles.ts';
import { renderFieldError, ServerForm } from '../blocks/server-form.ts';
import { tableStyles } from '../order-table.styles.ts';
import { productStatusBadge } from './catalog-words.ts';
import { formStyles } from './catalog.styles.ts';
import {
  blankDraft,
  blankVariant,
  draftOf,
  productBody,
  type ProductDraft,
  type VariantDraft,
} from './product-draft.ts';
import { renderVariantTable } from './variant-table.ts';
import { renderProductFields } from './product-fields.ts';
import { ImageGallery, renderImageGallery } from './product-images.ts';

const CONFLICT =
  'This product was changed by someone else — reload to see their changes. Your edits below are kept until you reload.';

/**
 * @summary One product in `<admin-dashboard>`, to edit, or an empty form to create one: title, handle, description,
 * category, tags, status, options and the variants' table (price, compare-at price, SKU, stock). Every save sends the
 * version it was made from; when someone else changed the product meanwhile, the form says so and keeps what was typed.
 * @event storelet-admin-product-close - The Back link was chosen.
 * @event storelet-admin-product-save - The product was saved (created, edited, archived or restored).
 * @event storelet-error - The product could not be loaded, or a save was refused.
 * @csspart back - The link back to the list.
 * @csspart heading - The product's title.
 * @csspart product-form - The form.
 * @csspart title-input - The title.
 * @csspart handle-input - The handle.
 * @csspart description-input - The description.
 * @csspart category-input - The category.
 * @csspart tags-input - The tags.
 * @csspart status-input - The status.
 * @csspart option-name - An option's name.
 * @csspart add-option - Adds an option.
 * @csspart remove-option - Removes an option.
 * @csspart images - The product's photos.
 * @csspart image - A photo.
 * @csspart image-preview - Its picture.
 * @csspart image-earlier - Moves it earlier.
 * @csspart image-later - Moves it later.
 * @csspart remove-image - Removes it.
 * @csspart image-file - The file picker that adds photos.
 * @csspart image-progress - The upload's progress.
 * @csspart image-error - Why a photo could not be added, moved or removed.
 * @csspart variants - The variants' table.
 * @csspart variant-row - A variant.
 * @csspart variant-input - Each input of a variant's row.
 * @csspart variant-stock - A kept variant's units.
 * @csspart add-variant - Adds a variant.
 * @csspart remove-variant - Removes a variant.
 * @csspart field-error - The server's word on a field.
 * @csspart save - Saves.
 * @csspart archive - Archives the product.
 * @csspart restore - Restores an archived product, as a draft.
 * @csspart saved - "Saved." once the server has the change.
 * @csspart form-error - Why a save was refused, when no field says it.
 * @csspart conflict - The product changed since it was read.
 * @csspart reload - Reads the product again.
 * @csspart status - "Loading product…".
 * @csspart badge - The status badge (also product-status).
 * @csspart product-status - The product's status.
 * @csspart error - The state when the product could not be loaded.
 * @csspart retry - Its "Try again" button.
 * @csspart button - Every button.
 */
export class AdminProductForm extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, adminStyles, tableStyles, blockStyles, formStyles];

  @property({ attribute: false }) client: AdminClient | undefined;
  /** The product to edit; '' for a new one. */
  @property({ attribute: false }) productId = '';

  @state() private product: AdminProduct | undefined;
  @state() private draft: ProductDraft | undefined;
  @state() private categories: AdminCategory[] = [];
  @state() private currency = 'USD';
  @state() private loadError: StoreletError | undefined;
  @state() private conflict = false;
  @state() private saved = false;
  /** A refusal about the handle that is not a validation issue (409 `handle_taken`). */
  @state() private handleError = '';
  private readonly form = new ServerForm(this, (error) => {
    this.conflict = error.code === 'version_conflict';
    if (error.code === 'handle_taken') this.handleError = error.message;
    emit(this, 'storelet-error', { code: error.code, message: error.message });
  });

  private readonly gallery = new ImageGallery(
    this,
    () => (this.client && this.product ? { client: this.client, product: this.product } : undefined),
    // What was typed stays: the next save names the photos' new version.
    (product) => {
      this.product = product;
      emit(this, 'storelet-admin-product-save', { productId: product.id });
    },
    (error) => {
      this.conflict = error.code === 'version_conflict';
      emit(this, 'storelet-error', { code: error.code, message: error.message });
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('client') || changed.has('productId')) && this.client) void this.load(this.client);
  }

  /** Reads the product (or what a new one needs) and puts it in the form, dropping what was typed. */
  private async load(client: AdminClient): Promise<void> {
    this.loadError = undefined;
    this.product = this.draft = undefined;
    this.conflict = this.saved = false;
    this.handleError = '';
    this.form.reset();
    try {
      const [categories, product, sample] = await Promise.all([
        client.catalog.categories.list(),
        this.productId ? client.catalog.products.get(this.productId) : undefined,
        // A new product is priced in the shop's currency: any product's tells it.
        this.productId ? undefined : client.catalog.products.list({ limit: 1 }),
      ]);
      this.categories = categories.items;
      this.product = product;
      this.currency = (product ?? sample?.items[0])?.variants[0]?.price.currency ?? 'USD';
      this.draft = product ? draftOf(product) : blankDraft(categories.items[0]?.id ?? '');
    } catch (thrown) {
      this.loadError = toStoreletError(thrown);
      emit(this, 'storelet-error', { code: this.loadError.code, message: this.loadError.message });
    }
  }

  private edit(change: Partial<ProductDraft>): void {
    if (this.draft) this.draft = { ...this.draft, ...change };
    this.saved = false;
  }

  private editVariant(index: number, change: Partial<VariantDraft>): void {
    const variants = this.draft?.variants.map((variant, at) => (at === index ? { ...variant, ...change } : variant));
    if (variants) this.edit({ variants });
  }

  private renameOption(index: number, name: string): void {
    const draft = this.draft;
    if (!draft) return;
    const old = draft.optionNames[index]!;
    this.edit({
      optionNames: draft.optionNames.map((current, at) => (at === index ? name : current)),
      variants: draft.variants.map((variant) => {
        const { [old]: value = '', ...rest } = variant.options;
        return { ...variant, options: { ...rest, [name]: value } };
      }),
    });
  }

  private async addOption(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    const name = `Option ${draft.optionNames.length + 1}`;
    this.edit({
      optionNames: [...draft.optionNames, name],
      variants: draft.variants.map((variant) => ({ ...variant, options: { ...variant.options, [name]: '' } })),
    });
    await this.focusOn(`#option-${draft.optionNames.length}`);
  }

  private removeOption(index: number): void {
    const draft = this.draft;
    if (!draft) return;
    const name = draft.optionNames[index]!;
    this.edit({
      optionNames: draft.optionNames.filter((_, at) => at !== index),
      variants: draft.variants.map((variant) => {
        const { [name]: _removed, ...rest } = variant.options;
        return { ...variant, options: rest };
      }),
    });
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Sends the whole form: a create, or an edit from the version read. */
  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { client, draft, product } = this;
    if (!client || !draft) return;
    this.saved = false;
    this.handleError = '';
    const body = productBody(draft, this.currency);
    const answer = await this.form.submit(() =>
      product
        ? client.catalog.products.update(product.id, { ...body, version: product.version })
        : client.catalog.products.create(body),
    );
    if (!answer) {
      await this.focusOn('[aria-invalid="true"], [part~="conflict"] [part~="reload"], [part~="form-error"]');
      return;
    }
    this.accept(answer);
  }

  /** Archives or restores (as a draft), from the version read; what else was typed stays in the form. */
  private async setStatus(status: ProductStatus): Promise<void> {
    const { client, product } = this;
    if (!client || !product) return;
    this.saved = false;
    const answer = await this.form.submit(() =>
      client.catalog.products.update(product.id, { version: product.version, status }),
    );
    if (!answer) return;
    this.product = answer;
    this.edit({ status: answer.status });
    this.saved = true;
    emit(this, 'storelet-admin-product-save', { productId: answer.id });
    await this.focusOn(status === 'archived' ? '[part~="restore"]' : '[part~="archive"]');
  }

  private accept(answer: AdminProduct): void {
    this.product = answer;
    this.draft = draftOf(answer);
    this.conflict = false;
    this.saved = true;
    emit(this, 'storelet-admin-product-save', { productId: answer.id });
  }

  protected override render(): TemplateResult {
    const { draft } = this;
    const back = html`<button part="back button" class="link" type="button"
      @click=${() => emit(this, 'storelet-admin-product-close', { productId: this.productId })}>← Products</button>`;
    if (this.loadError) {
      return html`${back}${renderAccessError(this.loadError, 'This product could not be loaded.', () => this.client && void this.load(this.client))}`;
    }
    if (!draft) return html`${back}<p part="status" class="state" role="status">Loading product…</p>`;
    const product = this.product;
    return html`${back}
      <div class="heading-row">
        <h3 part="heading" class="section-title">${product ? product.title : 'New product'}</h3>
        ${product ? productStatusBadge(product.status) : nothing}
      </div>
      <form part="product-form" class="product-form" aria-busy=${this.form.busy ? 'true' : 'false'} novalidate
        @submit=${this.save}>
        ${renderProductFields({
          draft,
          form: this.form,
          categories: this.categories,
          isNew: !product,
          handleError: this.handleError,
          onEdit: (change) => this.edit(change),
        })}
        ${product && this.client ? renderImageGallery(this.gallery, product, this.client.apiUrl, (selector) => void this.focusOn(selector)) : nothing}
        ${this.renderVariants(draft)}
        ${this.renderConflict()}
        <p id="form-error" part="form-error" class="message error" role="alert">${this.conflict ? '' : this.form.message}</p>
        <div class="actions">
          <button part="save button" class="button" type="submit" aria-disabled=${this.form.busy ? 'true' : 'false'}>
            ${this.form.busy ? 'Saving…' : product ? 'Save product' : 'Create product'}</button>
          ${
            product?.status === 'archived'
              ? html`<button part="restore button" class="button secondary" type="button" @click=${() => void this.setStatus('draft')}>Restore as draft</button>`
              : product
                ? html`<button part="archive button" class="button secondary" type="button" @click=${() => void this.setStatus('archived')}>Archive</button>`
                : nothing
          }
          <span part="saved" class="meta" role="status">${this.saved ? 'Saved.' : ''}</span>
        </div>
      </form>`;
  }

  private renderConflict(): TemplateResult {
    if (!this.conflict) return html`<div part="conflict" role="alert"></div>`;
    return html`<div part="conflict" class="conflict" role="alert">
      <p>${CONFLICT}</p>
      <button part="reload button" class="button secondary" type="button" @click=${() => this.client && void this.load(this.client)}>Reload</button>
    </div>`;
  }

  private renderVariants(draft: ProductDraft): TemplateResult {
    return html`<fieldset class="group">
        <legend>Options</legend>
        <p class="meta">Such as Size or Colour; each variant gives a value for every option.</p>
        ${draft.optionNames.map(
          (name, index) => html`<div class="option">
            <label class="label" for="option-${index}">Option ${index + 1}</label>
            <input id="option-${index}" part="option-name" class="field" .value=${name}
              @change=${(event: Event) => this.renameOption(index, (event.target as HTMLInputElement).value.trim())} />
            <button part="remove-option button" class="button secondary" type="button" aria-label="Remove option ${name || index + 1}"
              @click=${() => this.removeOption(index)}>Remove</button>
          </div>`,
        )}
        <button part="add-option button" class="button secondary" type="button"
          @click=${() => void this.addOption()}>Add option</button>
        ${renderFieldError(this.form, 'options', 'options-error')}
      </fieldset>
      <fieldset class="group">
        <legend>Variants</legend>
        ${renderVariantTable({
          variants: draft.variants,
          optionNames: draft.optionNames,
          product: this.product,
          currency: this.currency,
          form: this.form,
          onChange: (index, change) => this.editVariant(index, change),
          onOptionValue: (index, name, value) =>
            this.editVariant(index, { options: { ...draft.variants[index]!.options, [name]: value } }),
          onRemove: (index) => {
            this.edit({ variants: draft.variants.filter((_, at) => at !== index) });
            void this.focusOn('[part~="add-variant"]');
          },
        })}
        ${renderFieldError(this.form, 'variants', 'variants-error')}
        <button part="add-variant button" class="button secondary" type="button"
          @click=${() => (this.edit({ variants: [...draft.variants, blankVariant(draft.optionNames)] }), void this.focusOn(`#variant-${draft.variants.length}-title`))}>Add variant</button>
      </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-product-form': AdminProductForm;
  }
}
