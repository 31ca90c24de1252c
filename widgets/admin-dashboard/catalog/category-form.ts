import { html, type TemplateResult } from 'lit';
import type { AdminCategory } from '../../../sdk/admin/index.ts';
import { renderFieldError, type ServerForm } from '../blocks/server-form.ts';

export type CategoryFields = { name: string; handle: string; description: string };

/** The form's fields as the API takes them: a blank handle is left to the server to make from the name. */
export function categoryFields(form: HTMLFormElement): CategoryFields {
  const data = new FormData(form);
  return {
    name: String(data.get('name') ?? ''),
    handle: String(data.get('handle') ?? '').trim(),
    description: String(data.get('description') ?? ''),
  };
}

/** A category's name, handle and description: a new one's (no `category`) or an existing one's. */
export function renderCategoryForm(options: {
  category: AdminCategory | undefined;
  form: ServerForm;
  /** A refusal about the handle that is not a validation issue (409 `handle_taken`). */
  handleError: string;
  onSubmit(event: SubmitEvent): void;
  onCancel(): void;
}): TemplateResult {
  const { category, form } = options;
  const invalid = (error: string) => (error ? 'true' : 'false');
  const handleError = form.fieldError('handle') || options.handleError;
  return html`<form part="category-form" class="category-form" aria-labelledby="category-form-title"
    aria-busy=${form.busy ? 'true' : 'false'} @submit=${options.onSubmit}>
    <h4 id="category-form-title" class="section-title">${category ? `Edit ${category.name}` : 'New category'}</h4>
    <div class="fields">
      <div>
        <label class="label" for="category-name">Name</label>
        <input id="category-name" name="name" part="category-name" class="field" required maxlength="120" .value=${category?.name ?? ''}
          aria-invalid=${invalid(form.fieldError('name'))} aria-describedby="category-name-error" />
        ${renderFieldError(form, 'name', 'category-name-error')}
      </div>
      <div>
        <label class="label" for="category-handle">Handle</label>
        <input id="category-handle" name="handle" part="category-handle" class="field" maxlength="80" .value=${category?.handle ?? ''}
          placeholder=${category ? '' : 'Made from the name'} aria-invalid=${invalid(handleError)} aria-describedby="category-handle-error" />
        <p id="category-handle-error" part="field-error" class="message error">${handleError}</p>
      </div>
      <div class="wide">
        <label class="label" for="category-description">Description</label>
        <textarea id="category-description" name="description" part="category-description" class="field" rows="3" maxlength="2000"
          .value=${category?.description ?? ''} aria-invalid=${invalid(form.fieldError('description'))}
          aria-describedby="category-description-error"></textarea>
        ${renderFieldError(form, 'description', 'category-description-error')}
      </div>
    </div>
    <p part="form-error" class="message error" role="alert">${form.message}</p>
    <div class="actions">
      <button part="save-category button" class="button" type="submit" aria-disabled=${form.busy ? 'true' : 'false'}>
        ${form.busy ? 'Saving…' : category ? 'Save category' : 'Add category'}</button>
      <button part="cancel-category button" class="button secondary" type="button" @click=${options.onCancel}>Cancel</button>
    </div>
  </form>`;
}
