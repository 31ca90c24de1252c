import {
  DEFAULT_PAGE_SIZE,
  type Account,
  type AccountOrder,
  type AccountOrderList,
  type AccountOrderQuery,
} from '../../sdk/schemas/index.ts';
import { money } from '../carts/view.ts';
import { decodeCursor, encodeCursor, type CursorScope } from '../data/cursor.ts';
import type { OrderRecord } from '../data/orders.ts';
import { OrderNotFoundError } from '../orders/errors.ts';
import { toOrderView } from '../orders/view.ts';
import { shopperShipments } from '../shipments/order-shipments.ts';
import type { Shop } from '../shop/shop.ts';
import { orderAftercare } from '../refunds/view.ts';

const MAX_ID_LENGTH = 64;

/** `GET /api/account/orders`: newest first, keyset paging; a cursor works only for the account it was made for. */
export async function listAccountOrders(
  shop: Shop,
  account: Account,
  query: AccountOrderQuery,
): Promise<AccountOrderList> {
  const scope: CursorScope = { sort: 'account_orders', q: account.id };
  const after = query.cursor ? decodeCursor(query.cursor, scope, 'string') : null;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  // One more than asked says whether another page follows.
  const rows = await shop.data.customers.listOrders(
    account.id,
    after ? { createdAt: String(after.key), id: after.id } : null,
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      paymentStatus: row.paymentStatus,
      fulfillmentStatus: row.fulfillmentStatus,
      total: money(row.total, row.currency),
      itemCount: row.itemCount,
      createdAt: row.createdAt,
      paidAt: row.paidAt,
      invoice: row.invoice,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(scope, { key: last.createdAt, id: last.id }) : null,
  };
}

/** The customer's own order; another customer's, like one that does not exist, is 404. */
export async function findAccountOrder(shop: Shop, account: Account, orderId: string): Promise<OrderRecord> {
  const order = orderId.length <= MAX_ID_LENGTH ? await shop.data.orders.findOrder(orderId) : null;
  if (!order || order.userId !== account.id) throw new OrderNotFoundError();
  return order;
}

/** `GET /api/account/orders/:orderId`: the order with its invoice and its parcels. */
export async function readAccountOrder(shop: Shop, account: Account, orderId: string): Promise<AccountOrder> {
  const order = await findAccountOrder(shop, account, orderId);
  const [invoice, shipments] = await Promise.all([
    shop.data.orders.findInvoice(order.id),
    shopperShipments(shop, order),
  ]);
  return {
    ...toOrderView(order, shop.settings),
    ...(await orderAftercare(shop, order.id, 'customer')),
    invoice,
    shipments,
  };
}
