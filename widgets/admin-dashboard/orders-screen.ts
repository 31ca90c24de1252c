import { html, nothing, type TemplateResult } from 'lit';
import type { AdminOrderDetail } from '../events.ts';
import { defineElement } from '../shared/define-element.ts';
import type { ScreenContext } from './admin-screens.ts';
import { AdminOrderList } from './admin-order-list.ts';
import { AdminOrderView } from './admin-order-view.ts';
import { AdminShipments } from './admin-shipments.ts';

defineElement('admin-order-list', AdminOrderList);
defineElement('admin-shipments', AdminShipments);
defineElement('admin-order-view', AdminOrderView);

const LIST_PARTS =
  'toolbar, search, payment-filter, orders, order-row, open-order, load-more, empty, error, badge, payment-issue-flag';
const ORDER_PARTS =
  'back, heading, payment-issue, customer, email, address, phone, copy-address, lines, line, line-image, line-title, line-spec, line-file, line-total, designs, design, design-image, design-name, design-facts, design-sha256, copy-sha256, download, download-error, totals, total, badge, error';

/** The orders screen: the list, and over it the order whose id the URL holds (`?screen=orders/ord_…`). */
export function renderScreen({ client, path, navigate, save }: ScreenContext): TemplateResult {
  return html`<admin-order-list part="list" exportparts=${LIST_PARTS} .client=${client} .openOrderId=${path} ?hidden=${path !== ''}
      @storelet-admin-order-open=${(event: CustomEvent<AdminOrderDetail>) => navigate(event.detail.orderId)}></admin-order-list>
    ${
      path
        ? html`<admin-order-view part="order" exportparts=${ORDER_PARTS} .client=${client} .orderId=${path} .save=${save}
          @storelet-admin-order-close=${() => navigate('')}></admin-order-view>`
        : nothing
    }`;
}

export { AdminOrderList, AdminOrderView, AdminShipments };
