import { html, type TemplateResult } from 'lit';
import type { AdminCategory, ProductStatus } from '../../../sdk/admin/index.ts';
import { renderFieldError, type ServerForm } from '../blocks/server-form.ts';
import { PRODUCT_STATUS_LABELS } from './catalog-words.ts';
import type { ProductDraft } from './product-draft.ts';

export type ProductFieldsOptions = {
  draft: ProductDraft;
  form: ServerForm;
  categories: readonly AdminCategory[];
  isNew: boolean;
  /** A refusal about the handle that is not a validation issue (409 `handle_taken`). */
  handleError: string;
  onEdit(change: Partial<ProductDraft>): void;
};

/** The product's own fields: title, handle, category, status, tags and description, each with the server's word. */
export function renderProductFields(options: ProductFieldsOptions): TemplateResult {
  const { draft, form, categories, isNew, onEdit } = options;
  const field = (name: string, error = form.fieldError(name)) => ({ invalid: error ? 'true' : 'false', error });
  const title = field('title');
  const handle = field('handle', form.fieldError('handle') || options.handleError);
  const description = field('description');
  const category = field('categoryId');
  const tags = field('tags');
  const input = (apply: (value: string) => void) => (event: Event) => apply((event.target as HTMLInputElement).value);
  return html`<div class="fields">
    <div class="wide">
      <label class="label" for="title">Title</label>
      <input id="title" part="title-input" class="field" required maxlength="200" .value=${draft.title}
        aria-invalid=${title.invalid} aria-describedby="title-error" @input=${input((value) => onEdit({ title: value }))} />
      ${renderFieldError(form, 'title', 'title-error')}
    </div>
    <div>
      <label class="label" for="handle">Handle</label>
      <input id="handle" part="handle-input" class="field" maxlength="80" .value=${draft.handle}
        placeholder=${isNew ? 'Made from the title' : ''} aria-invalid=${handle.invalid}
        aria-describedby="handle-error handle-hint" @input=${input((value) => onEdit({ handle: value }))} />
      <p id="handle-hint" class="meta">The end of the product’s address: lowercase letters, digits and dashes.</p>
      <p id="handle-error" part="field-error" class="message error">${handle.error}</p>
    </div>
    <div>
      <label class="label" for="category">Category</label>
      <select id="category" part="category-input" class="field" aria-invalid=${category.invalid} aria-describedby="category-error"
        @change=${input((value) => onEdit({ categoryId: value }))}>
        ${categories.map((item) => html`<option value=${item.id} ?selected=${item.id === draft.categoryId}>${item.name}</option>`)}
      </select>
      ${renderFieldError(form, 'categoryId', 'category-error')}
    </div>
    <div>
      <label class="label" for="status">Status</label>
      <select id="status" part="status-input" class="field" @change=${input((value) => onEdit({ status: value as ProductStatus }))}>
        ${(Object.keys(PRODUCT_STATUS_LABELS) as ProductStatus[]).map(
          (status) =>
            html`<option value=${status} ?selected=${status === draft.status}>${PRODUCT_STATUS_LABELS[status][0]}</option>`,
        )}
      </select>
      <p class="meta">Only active products are shown to shoppers.</p>
    </div>
    <div>
      <label class="label" for="tags">Tags</label>
      <input id="tags" part="tags-input" class="field" .value=${draft.tags} aria-invalid=${tags.invalid}
        aria-describedby="tags-hint tags-error" @input=${input((value) => onEdit({ tags: value }))} />
      <p id="tags-hint" class="meta">Separated by commas.</p>
      ${renderFieldError(form, 'tags', 'tags-error')}
    </div>
    <div class="wide">
      <label class="label" for="description">Description</label>
      <textarea id="description" part="description-input" class="field" rows="5" maxlength="20000" .value=${draft.description}
        aria-invalid=${description.invalid} aria-describedby="description-error"
        @input=${input((value) => onEdit({ description: value }))}></textarea>
      ${renderFieldError(form, 'description', 'description-error')}
    </div>
  </div>`;
}
