import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../shared/define-element.ts';
import type { ScreenContext } from '../admin-screens.ts';
import { AdminConfirmDialog } from '../blocks/confirm-dialog.ts';
import { AdminCategories } from './admin-categories.ts';

defineElement('admin-confirm-dialog', AdminConfirmDialog);
defineElement('admin-categories', AdminCategories);

const PARTS =
  'new-category, categories, category-row, category-products, edit-category, move-up, move-down, remove-category, category-form, category-name, category-handle, category-description, field-error, form-error, save-category, cancel-category, action-error, conflict, reload, error';

/** The categories screen: add, edit, order and remove the catalog's categories. */
export function renderScreen({ client }: ScreenContext): TemplateResult {
  return html`<admin-categories part="categories" exportparts=${PARTS} .client=${client}></admin-categories>`;
}

export { AdminCategories, AdminConfirmDialog };
