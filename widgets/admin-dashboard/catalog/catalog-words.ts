import { html, type TemplateResult } from 'lit';
import type { ProductStatus } from '../../../sdk/admin/index.ts';

/** Each product status in the store owner's words, with its badge's tone. */
export const PRODUCT_STATUS_LABELS: Record<ProductStatus, [label: string, tone: 'good' | 'warn' | 'bad']> = {
  draft: ['Draft', 'warn'],
  active: ['Active', 'good'],
  archived: ['Archived', 'bad'],
};

export function productStatusBadge(status: ProductStatus): TemplateResult {
  const [label, tone] = PRODUCT_STATUS_LABELS[status];
  return html`<span part="badge product-status" class="badge ${tone}">${label}</span>`;
}

/** A plain left click on one of the dashboard's links: the dashboard moves itself; any other click is the browser's. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
