import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../shared/define-element.ts';
import type { ScreenContext } from '../admin-screens.ts';
import { AdminLowStock } from './admin-low-stock.ts';

defineElement('admin-low-stock', AdminLowStock);

const PARTS =
  'low-stock, stock-row, stock-available, badge, product-status, adjust, adjust-form, adjust-amount, adjust-reason, adjust-note, field-error, adjust-error, conflict, reload, save-stock, cancel-adjust, saved, load-more, empty, error';

/** The low-stock screen: the variants running low, each adjustable with a reason. */
export function renderScreen({ client }: ScreenContext): TemplateResult {
  return html`<admin-low-stock part="low-stock" exportparts=${PARTS} .client=${client}></admin-low-stock>`;
}

export { AdminLowStock };
