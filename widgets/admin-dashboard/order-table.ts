import { html, type TemplateResult } from 'lit';
import type { AdminOrderSummary } from '../../sdk/admin/index.ts';
import { formatMoney } from '../../sdk/index.ts';
import { formatDate, fulfillmentBadge, paymentBadge, paymentIssueFlag } from './order-words.ts';

/**
 * The order list as a table (cards when narrow, see order-table.styles.ts): one row per order, its number
 * opening it. The roles are spelled out because some browsers drop a table's semantics once CSS changes
 * its display, as the card layout does.
 */
export function renderOrderTable(
  orders: readonly AdminOrderSummary[],
  onOpen: (order: AdminOrderSummary) => void,
): TemplateResult {
  return html`<div class="table-wrap" role="region" aria-label="Orders" tabindex="0">
    <table part="orders" role="table">
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">Order</th>
          <th role="columnheader" scope="col">Date</th>
          <th role="columnheader" scope="col">Customer</th>
          <th role="columnheader" scope="col" class="number">Total</th>
          <th role="columnheader" scope="col">Payment</th>
          <th role="columnheader" scope="col">Fulfilment</th>
          <th role="columnheader" scope="col" class="number">Designs</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${orders.map(
          (
            order,
          ) => html`<tr role="row" part="order-row" data-order=${order.id} class=${order.paymentIssue ? 'has-issue' : ''}>
            <th role="rowheader" scope="row">
              <button part="open-order" class="link nowrap" type="button" data-order=${order.id} @click=${() => onOpen(order)}>
                ${order.number}
              </button>
            </th>
            <td role="cell" part="order-date" class="order-date nowrap"><time datetime=${order.createdAt}>${formatDate(order.createdAt)}</time></td>
            <td role="cell" part="order-email" class="email">${order.email}</td>
            <td role="cell" part="order-total" class="number nowrap">${formatMoney(order.total)}</td>
            <td role="cell"><span class="badges">${paymentBadge(order.paymentStatus)}${order.paymentIssue ? paymentIssueFlag(order.paymentIssue) : ''}</span></td>
            <td role="cell">${fulfillmentBadge(order.fulfillmentStatus)}</td>
            <td role="cell" part="design-count" class="number designs">${order.designCount}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
