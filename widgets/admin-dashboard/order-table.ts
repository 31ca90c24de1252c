import { html, type TemplateResult } from 'lit';
import type { AdminOrderSummary } from '../../sdk/admin/index.ts';
import { formatMoney } from '../../sdk/index.ts';
import { formatDate, fulfillmentBadge, paymentBadge, paymentIssueFlag } from './order-words.ts';

/** The order list as a table (cards when narrow, see order-table.styles.ts): one row per order, its number opening it. */
export function renderOrderTable(orders: readonly AdminOrderSummary[], onOpen: (order: AdminOrderSummary) => void): TemplateResult {
  return html`<div class="table-wrap" role="region" aria-label="Orders" tabindex="0">
    <table part="orders">
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Date</th>
          <th scope="col">Customer</th>
          <th scope="col" class="number">Total</th>
          <th scope="col">Payment</th>
          <th scope="col">Fulfilment</th>
          <th scope="col" class="number">Designs</th>
        </tr>
      </thead>
      <tbody>
        ${orders.map(
          (order) => html`<tr part="order-row" data-order=${order.id} class=${order.paymentIssue ? 'has-issue' : ''}>
            <th scope="row">
              <button part="open-order" class="link nowrap" type="button" data-order=${order.id} @click=${() => onOpen(order)}>
                ${order.number}
              </button>
            </th>
            <td part="order-date" class="order-date nowrap"><time datetime=${order.createdAt}>${formatDate(order.createdAt)}</time></td>
            <td part="order-email" class="email">${order.email}</td>
            <td part="order-total" class="number nowrap">${formatMoney(order.total)}</td>
            <td><span class="badges">${paymentBadge(order.paymentStatus)}${order.paymentIssue ? paymentIssueFlag(order.paymentIssue) : ''}</span></td>
            <td>${fulfillmentBadge(order.fulfillmentStatus)}</td>
            <td part="design-count" class="number designs">${order.designCount}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
