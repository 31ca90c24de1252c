import type { AdminDesign, AdminOrder, AdminOrderList, AdminOrderQuery } from '../../sdk/schemas/index.ts';
import { DEFAULT_PAGE_SIZE } from '../../sdk/schemas/index.ts';
import { money } from '../carts/view.ts';
import { decodeCursor, encodeCursor, type CursorScope } from '../data/cursor.ts';
import type { OrderListFilter, OrderRecord, OrderSummaryRecord } from '../data/orders.ts';
import type { UploadRecord } from '../data/uploads.ts';
import { OrderNotFoundError } from '../orders/errors.ts';
import { toOrderView } from '../orders/view.ts';
import { orderAftercare } from '../refunds/view.ts';
import type { Shop } from '../shop/shop.ts';
import { UploadNotFoundError } from '../uploads/errors.ts';
import { downloadName } from '../uploads/file-name.ts';
import { toUpload } from '../uploads/view.ts';

/** The admin's view of orders: every order, with what only the shop may see (payment issues, design hashes). */

const MAX_ID_LENGTH = 64;

function toSummary(order: OrderSummaryRecord): AdminOrderList['items'][number] {
  return {
    id: order.id,
    number: order.number,
    email: order.email,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    total: money(order.total, order.currency),
    itemCount: order.itemCount,
    designCount: order.designCount,
    paymentIssue: order.paymentIssue,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
  };
}

/** `GET /api/admin/orders`: newest first; a cursor is only valid with the filters it was made with. */
export async function listAdminOrders(shop: Shop, query: AdminOrderQuery): Promise<AdminOrderList> {
  const filter: OrderListFilter = {
    status: query.status ?? null,
    paymentStatus: query.paymentStatus ?? null,
    fulfillmentStatus: query.fulfillmentStatus ?? null,
    search: query.q ? query.q : null,
  };
  const scope: CursorScope = {
    sort: 'admin_orders',
    q: JSON.stringify([filter.status, filter.paymentStatus, filter.fulfillmentStatus, filter.search]),
  };
  const after = query.cursor ? decodeCursor(query.cursor, scope, 'string') : null;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  // One more than asked says whether another page follows.
  const rows = await shop.data.orders.listOrders(
    filter,
    after ? { createdAt: String(after.key), id: after.id } : null,
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > limit && last ? encodeCursor(scope, { key: last.createdAt, id: last.id }) : null,
  };
}

/** Any order, for an admin; 404 when there is none. */
export async function findAdminOrder(shop: Shop, orderId: string): Promise<OrderRecord> {
  const order = orderId.length <= MAX_ID_LENGTH ? await shop.data.orders.findOrder(orderId) : null;
  if (!order) throw new OrderNotFoundError();
  return order;
}

/** The designs an order's sticker lines were made from, once each, with the lines made from each. */
async function orderDesigns(shop: Shop, order: OrderRecord): Promise<AdminDesign[]> {
  const lineIds = new Map<string, string[]>();
  for (const line of order.lines) {
    const uploadId = line.sticker?.upload.id;
    if (uploadId) lineIds.set(uploadId, [...(lineIds.get(uploadId) ?? []), line.id]);
  }
  const designs: AdminDesign[] = [];
  for (const [uploadId, lines] of lineIds) {
    // Never missing: the sweep keeps every upload an order line was made from.
    const upload = await shop.data.uploads.find(uploadId);
    if (upload)
      designs.push({
        ...toUpload(shop.settings, upload),
        sha256: upload.sha256,
        downloadName: downloadName(upload.fileName, upload.format),
        lineIds: lines,
      });
  }
  return designs;
}

/** `GET /api/admin/orders/:id`: the order as its shopper sees it, plus its payment issue and designs. */
export async function readAdminOrder(shop: Shop, orderId: string): Promise<AdminOrder> {
  const order = await findAdminOrder(shop, orderId);
  const refundable = await shop.data.refunds.refundable(order.id);
  return {
    ...toOrderView(order, shop.settings),
    ...(await orderAftercare(shop, order.id, 'admin')),
    paymentIssue: order.paymentIssue,
    designs: await orderDesigns(shop, order),
    refundable: money(refundable.order, order.currency),
    issueRefundable: money(refundable.issue, order.currency),
  };
}

/** A design of this order; `upload_not_found` for any upload none of its lines was made from. */
export async function findAdminOrderUpload(shop: Shop, orderId: string, uploadId: string): Promise<UploadRecord> {
  const order = await findAdminOrder(shop, orderId);
  if (!order.lines.some((line) => line.sticker?.upload.id === uploadId)) throw new UploadNotFoundError();
  const upload = await shop.data.uploads.find(uploadId);
  if (!upload) throw new UploadNotFoundError();
  return upload;
}
