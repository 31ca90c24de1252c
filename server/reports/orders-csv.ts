import type { OrderExportQuery } from '../../sdk/schemas/index.ts';
import type { OrderListCursor, OrderListFilter, OrderSummaryRecord } from '../data/orders.ts';
import type { Shop } from '../shop/shop.ts';
import { csvRow, decimalAmount } from './csv.ts';

const HEADER = [
  'number',
  'created_at',
  'paid_at',
  'email',
  'status',
  'payment_status',
  'fulfillment_status',
  'items',
  'designs',
  'total',
  'currency',
  'payment_issue',
];

/** Rows read per query: the export streams page by page and never holds every order. */
const PAGE = 500;

function row(order: OrderSummaryRecord): string {
  return csvRow([
    order.number,
    order.createdAt,
    order.paidAt,
    order.email,
    order.status,
    order.paymentStatus,
    order.fulfillmentStatus,
    order.itemCount,
    order.designCount,
    decimalAmount(order.total, order.currency),
    order.currency,
    order.paymentIssue,
  ]);
}

/**
 * `GET /api/admin/exports/orders`: the admin list's filters, newest first, as a CSV streamed a page at a time
 * (keyset paging, so a long export neither skips nor repeats an order placed meanwhile).
 */
export function ordersCsv(shop: Shop, query: OrderExportQuery): ReadableStream<Uint8Array> {
  const filter: OrderListFilter = {
    status: query.status ?? null,
    paymentStatus: query.paymentStatus ?? null,
    fulfillmentStatus: query.fulfillmentStatus ?? null,
    search: query.q ? query.q : null,
  };
  const encoder = new TextEncoder();
  let after: OrderListCursor | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark, so Excel reads the UTF-8 (names, emails) as UTF-8.
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(HEADER)}`));
        return;
      }
      const orders = await shop.data.orders.listOrders(filter, after, PAGE);
      if (orders.length > 0) controller.enqueue(encoder.encode(orders.map(row).join('')));
      const last = orders.at(-1);
      if (orders.length < PAGE || !last) controller.close();
      else after = { createdAt: last.createdAt, id: last.id };
    },
  });
}
