import { html, type TemplateResult } from 'lit';
import type { AdminProductDetail } from '../../events.ts';
import { defineElement } from '../../shared/define-element.ts';
import type { ScreenContext } from '../admin-screens.ts';
import { AdminProductForm } from './admin-product-form.ts';
import { AdminProductList } from './admin-product-list.ts';

defineElement('admin-product-list', AdminProductList);
defineElement('admin-product-form', AdminProductForm);

const LIST_PARTS =
  'toolbar, search, status-filter, search-button, new-product, products, product-row, open-product, product-price, product-stock, badge, product-status, load-more, empty, error';
const FORM_PARTS =
  'back, heading, product-form, title-input, handle-input, description-input, category-input, tags-input, status-input, option-name, add-option, remove-option, images, image, image-preview, image-earlier, image-later, remove-image, image-file, image-progress, image-error, variants, variant-row, variant-input, variant-stock, add-variant, remove-variant, field-error, save, archive, restore, saved, form-error, conflict, reload, badge, error';

/** The products screen: the list, or the product the URL names (`?screen=products/prod_…`, `products/new`). */
export function renderScreen({ client, path, navigate }: ScreenContext): TemplateResult {
  if (!path) {
    return html`<admin-product-list part="product-list" exportparts=${LIST_PARTS} .client=${client}
      @storelet-admin-product-open=${(event: CustomEvent<AdminProductDetail>) => navigate(event.detail.productId || 'new')}></admin-product-list>`;
  }
  return html`<admin-product-form part="product" exportparts=${FORM_PARTS} .client=${client} .productId=${path === 'new' ? '' : path}
    @storelet-admin-product-close=${() => navigate('')}
    @storelet-admin-product-save=${(event: CustomEvent<AdminProductDetail>) => path === 'new' && navigate(event.detail.productId)}></admin-product-form>`;
}

export { AdminProductForm, AdminProductList };
